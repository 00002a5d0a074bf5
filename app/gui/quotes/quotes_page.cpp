#include "gui/quotes/quotes_page.h"

#include "documents/document_inputs.h"
#include "documents/pdf_output.h"
#include "domain/commercial/money_format.h"
#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/quotes/approval_window.h"
#include "gui/quotes/pdf_preview_dialog.h"
#include "storage/catalog_repository.h"
#include "storage/quote_repository.h"
#include "storage/ticket_repository.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace fb::commercial;

namespace fb::gui {
namespace {

Decimal fromSpin(double value, int decimals)
{
    // The spin box already rounds to `decimals`; its text is the exact decimal.
    return Decimal::parse(QString::number(value, 'f', decimals)).value_or(Decimal());
}

} // namespace

QuotesPage::QuotesPage(GuiContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_ticketEdit = new QLineEdit(this);
    m_ticketEdit->setPlaceholderText(tr("Ticket number, e.g. T-000123"));
    auto *load = new QPushButton(tr("Show quotes"), this);
    auto *create = new QPushButton(tr("New quote / change order"), this);
    create->setObjectName(u"quotesNew"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Ticket:"), this));
    top->addWidget(m_ticketEdit, 1);
    top->addWidget(load);
    top->addWidget(create);

    m_quotes = new QListWidget(this);
    m_quotes->setObjectName(u"quotesList"_s);
    m_view = new QTextBrowser(this);
    m_view->setOpenLinks(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_editPanel = new QWidget(this);
    m_partSearch = new QLineEdit(m_editPanel);
    m_partSearch->setObjectName(u"quotesPartSearch"_s);
    m_partSearch->setPlaceholderText(tr("Part number or text"));
    m_modelFilter = new QComboBox(m_editPanel);
    m_modelFilter->addItem(tr("All models"), QString());
    for (const QString &model : allDeviceModelNames())
        m_modelFilter->addItem(displayName(*deviceModelFromString(model)), model);
    m_parts = new QListWidget(m_editPanel);
    m_parts->setObjectName(u"quotesParts"_s);
    m_partQty = new QSpinBox(m_editPanel);
    m_partQty->setRange(1, 999);
    auto *addPartButton = new QPushButton(tr("Add part"), m_editPanel);
    m_hours = new QDoubleSpinBox(m_editPanel);
    m_hours->setRange(0.25, 200);
    m_hours->setDecimals(2);
    m_hours->setSingleStep(0.25);
    m_hours->setValue(1);
    auto *addLabourButton = new QPushButton(tr("Add labour"), m_editPanel);
    m_km = new QDoubleSpinBox(m_editPanel);
    m_km->setRange(0, 5000);
    m_km->setDecimals(1);
    m_km->setValue(20);
    auto *addTravelButton = new QPushButton(tr("Add travel"), m_editPanel);

    auto *editLayout = new QFormLayout(m_editPanel);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_partSearch, 1);
    searchRow->addWidget(m_modelFilter);
    editLayout->addRow(tr("Parts catalog:"), searchRow);
    editLayout->addRow(m_parts);
    auto *partRow = new QHBoxLayout;
    partRow->addWidget(m_partQty);
    partRow->addWidget(addPartButton);
    editLayout->addRow(tr("Quantity:"), partRow);
    auto *labourRow = new QHBoxLayout;
    labourRow->addWidget(m_hours);
    labourRow->addWidget(addLabourButton);
    editLayout->addRow(tr("Labour hours:"), labourRow);
    auto *travelRow = new QHBoxLayout;
    travelRow->addWidget(m_km);
    travelRow->addWidget(addTravelButton);
    editLayout->addRow(tr("Travel km:"), travelRow);

    m_approve = new QPushButton(tr("Customer approval…"), this);
    m_approve->setObjectName(u"quotesApprove"_s);
    auto *pdf = new QPushButton(tr("Quote PDF…"), this);
    auto *reportPdf = new QPushButton(tr("Service report PDF…"), this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(pdf);
    actions->addWidget(reportPdf);
    actions->addStretch(1);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_status);
    centreLayout->addLayout(actions);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_quotes);
    splitter->addWidget(centre);
    splitter->addWidget(m_editPanel);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(load, &QPushButton::clicked, this, [this] { showTicket(m_ticketEdit->text()); });
    connect(m_ticketEdit, &QLineEdit::returnPressed, this,
            [this] { showTicket(m_ticketEdit->text()); });
    connect(create, &QPushButton::clicked, this, &QuotesPage::newQuote);
    connect(m_quotes, &QListWidget::currentRowChanged, this, &QuotesPage::quoteSelected);
    connect(m_partSearch, &QLineEdit::textChanged, this, &QuotesPage::searchParts);
    connect(m_modelFilter, &QComboBox::currentIndexChanged, this, &QuotesPage::searchParts);
    connect(addPartButton, &QPushButton::clicked, this, &QuotesPage::addPart);
    connect(addLabourButton, &QPushButton::clicked, this, &QuotesPage::addLabour);
    connect(addTravelButton, &QPushButton::clicked, this, &QuotesPage::addTravel);
    connect(m_approve, &QPushButton::clicked, this, &QuotesPage::openApproval);
    connect(pdf, &QPushButton::clicked, this, &QuotesPage::previewQuotePdf);
    connect(reportPdf, &QPushButton::clicked, this, &QuotesPage::previewServiceReport);
    connect(&m_context, &GuiContext::workspaceChanged, this, [this] { showTicket(m_ticketId); });
    showQuote({});
}

QuotesPage::~QuotesPage()
{
    m_view->setDocument(nullptr);
}

void QuotesPage::report(const QString &message)
{
    m_status->setText(message);
    if (!message.isEmpty())
        DialogSeam::warning(this, tr("Quotes"), message);
}

void QuotesPage::showTicket(const QString &idOrNumber)
{
    m_ticketId.clear();
    if (!m_context.workspace() || idOrNumber.trimmed().isEmpty()) {
        reloadQuotes();
        return;
    }
    auto ticket = storage::TicketRepository(m_context.workspace()->db()).find(idOrNumber);
    if (!ticket) {
        reloadQuotes();
        report(ticket.error().message);
        return;
    }
    m_ticketId = ticket->id;
    m_ticketEdit->setText(ticket->number);
    if (auto warranty = storage::loadWarranty(m_context.workspace()->db(), ticket->deviceSerial)) {
        const int index = m_modelFilter->findData(toString(warranty->device().model));
        m_modelFilter->setCurrentIndex(std::max(0, index));
    }
    reloadQuotes();
    searchParts();
}

void QuotesPage::reloadQuotes(const QString &select)
{
    const QSignalBlocker blocker(m_quotes);
    m_quotes->clear();
    QString chosen = select;
    if (m_context.workspace() && !m_ticketId.isEmpty()) {
        auto quotes = storage::QuoteRepository(m_context.workspace()->db()).forTicket(m_ticketId);
        if (quotes) {
            for (const Quote &quote : std::as_const(*quotes)) {
                auto *item = new QListWidgetItem(
                    tr("%1 – %2 – %3")
                        .arg(quote.number, displayName(quote.status),
                             formatMoney(quote.total, quote.currency, QLocale(quote.locale))),
                    m_quotes);
                item->setData(Qt::UserRole, quote.id);
                if (chosen.isEmpty() && quote.isEditable())
                    chosen = quote.id;
            }
        }
    }
    for (int row = 0; row < m_quotes->count(); ++row) {
        if (m_quotes->item(row)->data(Qt::UserRole).toString() == chosen)
            m_quotes->setCurrentRow(row);
    }
    if (m_quotes->currentRow() < 0 && m_quotes->count() > 0)
        m_quotes->setCurrentRow(m_quotes->count() - 1);
    showQuote(m_quotes->currentItem() ? m_quotes->currentItem()->data(Qt::UserRole).toString()
                                      : QString());
}

void QuotesPage::quoteSelected()
{
    showQuote(m_quotes->currentItem() ? m_quotes->currentItem()->data(Qt::UserRole).toString()
                                      : QString());
}

void QuotesPage::showQuote(const QString &quoteId)
{
    m_quoteId = quoteId;
    m_view->setDocument(nullptr);
    m_document.reset();
    bool editable = false;
    if (m_context.workspace() && !quoteId.isEmpty()) {
        auto input = documents::loadQuoteDocumentInput(m_context.workspace()->db(), quoteId);
        if (input) {
            m_document = documents::buildQuoteDocument(*input);
            m_view->setDocument(m_document.get());
            editable = input->quote.isEditable();
            m_status->setText(input->quote.status == QuoteStatus::Approved
                                  ? tr("Approved: read-only. Further costs need a change order.")
                                  : QString());
        } else {
            m_status->setText(input.error().message);
        }
    } else {
        m_view->setPlainText(tr("Choose a ticket to see and build its quotes."));
    }
    m_editPanel->setEnabled(editable);
    m_approve->setEnabled(editable);
}

void QuotesPage::newQuote()
{
    if (!m_context.workspace() || m_ticketId.isEmpty()) {
        report(tr("Choose a ticket first."));
        return;
    }
    auto quote = storage::QuoteRepository(m_context.workspace()->db()).create(m_ticketId);
    if (!quote) {
        report(quote.error().message);
        return;
    }
    emit m_context.documentsChanged({quote->id});
    reloadQuotes(quote->id);
}

void QuotesPage::searchParts()
{
    m_parts->clear();
    if (!m_context.workspace())
        return;
    auto parts = storage::CatalogRepository(m_context.workspace()->db())
                     .search(m_partSearch->text(), m_modelFilter->currentData().toString(), 200);
    if (!parts)
        return;
    for (const CatalogPart &part : std::as_const(*parts)) {
        auto *item = new QListWidgetItem(part.partNumber + u"  " + part.description, m_parts);
        item->setData(Qt::UserRole, part.partNumber);
    }
}

template<class Edit> void QuotesPage::applyEdit(Edit edit)
{
    if (!m_context.workspace() || m_quoteId.isEmpty())
        return;
    storage::QuoteRepository quotes(m_context.workspace()->db());
    auto result = edit(quotes);
    if (!result) {
        report(result.error().message);
        return;
    }
    emit m_context.documentsChanged({m_quoteId});
    reloadQuotes(m_quoteId);
}

void QuotesPage::addPart()
{
    if (!m_parts->currentItem()) {
        report(tr("Choose a part from the catalog first."));
        return;
    }
    const QString partNumber = m_parts->currentItem()->data(Qt::UserRole).toString();
    const Decimal qty = Decimal::fromInt(m_partQty->value());
    applyEdit([&](storage::QuoteRepository &quotes) {
        return quotes.addPart(m_quoteId, partNumber, qty);
    });
}

void QuotesPage::addLabour()
{
    const Decimal hours = fromSpin(m_hours->value(), m_hours->decimals());
    applyEdit([&](storage::QuoteRepository &quotes) { return quotes.addLabour(m_quoteId, hours); });
}

void QuotesPage::addTravel()
{
    const Decimal km = fromSpin(m_km->value(), m_km->decimals());
    applyEdit([&](storage::QuoteRepository &quotes) { return quotes.addTravel(m_quoteId, km); });
}

void QuotesPage::openApproval()
{
    if (!m_context.workspace() || m_quoteId.isEmpty())
        return;
    auto input = documents::loadQuoteDocumentInput(m_context.workspace()->db(), m_quoteId);
    if (!input) {
        report(input.error().message);
        return;
    }
    ApprovalWindow window(m_context, *input, this);
    window.exec();
    reloadQuotes(m_quoteId);
}

void QuotesPage::previewQuotePdf()
{
    if (!m_context.workspace() || m_quoteId.isEmpty())
        return;
    auto input = documents::loadQuoteDocumentInput(m_context.workspace()->db(), m_quoteId);
    if (!input) {
        report(input.error().message);
        return;
    }
    auto document = documents::buildQuoteDocument(*input);
    auto pdf = documents::renderQuotePdf(*input);
    if (!pdf) {
        report(pdf.error().message);
        return;
    }
    PdfPreviewDialog preview(documents::renderPageImages(*document), *pdf,
                             input->quote.number + u".pdf"_s, this);
    if (preview.exec() == QDialog::Accepted) {
        // Attached for sync once the technician saved it.
        auto attached =
            storage::QuoteRepository(m_context.workspace()->db()).attachPdf(m_quoteId, *pdf);
        if (!attached)
            report(attached.error().message);
        else
            emit m_context.documentsChanged({m_quoteId});
    }
}

void QuotesPage::previewServiceReport()
{
    if (!m_context.workspace() || m_ticketId.isEmpty())
        return;
    auto input = documents::loadServiceReportInput(m_context.workspace()->db(), m_ticketId);
    if (!input) {
        report(input.error().message);
        return;
    }
    auto document = documents::buildServiceReportDocument(*input);
    auto pdf = documents::renderServiceReportPdf(*input);
    if (!pdf) {
        report(pdf.error().message);
        return;
    }
    PdfPreviewDialog preview(documents::renderPageImages(*document), *pdf,
                             input->ticket.number + u"-report.pdf"_s, this);
    if (preview.exec() == QDialog::Accepted) {
        if (Status attached =
                documents::attachServiceReport(m_context.workspace()->db(), input->ticket.id, *pdf);
            !attached)
            report(attached.error().message);
        else
            emit m_context.documentsChanged({input->ticket.id});
    }
}

} // namespace fb::gui
