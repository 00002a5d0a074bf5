#include "gui/quotes/quotes_page.h"

#include "documents/document_inputs.h"
#include "documents/pdf_output.h"
#include "documents/service_report_document.h"
#include "domain/commercial/money_format.h"
#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/quotes/approval_window.h"
#include "gui/quotes/pdf_preview_dialog.h"
#include "gui/quotes/quote_worker.h"
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

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace fb::commercial;

namespace fb::gui {
namespace {

Decimal fromSpin(double value, int decimals)
{
    // The spin box already rounds to `decimals`; its text is the exact decimal.
    return Decimal::parse(QString::number(value, 'f', decimals)).value_or(Decimal());
}

// What the worker hands back; errors travel as the domain's message.
struct TicketChoice
{
    QString id;
    QString number;
    QString model; // wire name, for the catalog filter
    QString error;
};

struct QuoteList
{
    QList<Quote> quotes;
    QString error;
};

struct QuoteView
{
    std::optional<documents::QuoteDocumentInput> input;
    QString error;
};

struct PartList
{
    QList<CatalogPart> parts;
    QString error;
};

struct EditResult
{
    QString quoteId;
    QString error;
};

Result<QuotesPage::RenderedDocument> rendered(QTextDocument &document, Result<QByteArray> pdf,
                                              const QString &fileName)
{
    if (!pdf)
        return pdf.error();
    return QuotesPage::RenderedDocument{*pdf, documents::renderPageImages(document), fileName};
}

} // namespace

QuotesPage::QuotesPage(GuiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_worker(new QuoteWorker(context, this))
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
    m_view->setObjectName(u"quotesView"_s);
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
    connect(m_worker, &QuoteWorker::failed, this, &QuotesPage::report);
    connect(m_worker, &QuoteWorker::idle, this, &QuotesPage::idle);
    showQuote({});
}

QuotesPage::~QuotesPage()
{
    // Stop the worker first: no completion may arrive while the page dies.
    delete m_worker;
    m_worker = nullptr;
    m_view->setDocument(nullptr);
}

bool QuotesPage::isBusy() const
{
    return m_worker && m_worker->pending() > 0;
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
    const quint64 request = ++m_ticketRequest;
    if (!m_context.workspace() || idOrNumber.trimmed().isEmpty()) {
        reloadQuotes();
        return;
    }
    m_worker->run<TicketChoice>(
        [idOrNumber](storage::Database &db) {
            TicketChoice choice;
            auto ticket = storage::TicketRepository(db).find(idOrNumber);
            if (!ticket) {
                choice.error = ticket.error().message;
                return choice;
            }
            choice.id = ticket->id;
            choice.number = ticket->number;
            if (auto warranty = storage::loadWarranty(db, ticket->deviceSerial))
                choice.model = toString(warranty->device().model);
            return choice;
        },
        [this, request](TicketChoice choice) {
            if (request != m_ticketRequest)
                return;
            if (!choice.error.isEmpty()) {
                reloadQuotes();
                report(choice.error);
                return;
            }
            m_ticketId = choice.id;
            m_ticketEdit->setText(choice.number);
            {
                const QSignalBlocker blocker(m_modelFilter);
                m_modelFilter->setCurrentIndex(std::max(0, m_modelFilter->findData(choice.model)));
            }
            reloadQuotes();
            searchParts();
        });
}

void QuotesPage::reloadQuotes(const QString &select)
{
    const quint64 request = ++m_quotesRequest;
    if (!m_context.workspace() || m_ticketId.isEmpty()) {
        const QSignalBlocker blocker(m_quotes);
        m_quotes->clear();
        showQuote({});
        return;
    }
    m_worker->run<QuoteList>(
        [ticketId = m_ticketId](storage::Database &db) {
            QuoteList list;
            auto quotes = storage::QuoteRepository(db).forTicket(ticketId);
            if (quotes)
                list.quotes = std::move(quotes).value();
            else
                list.error = quotes.error().message;
            return list;
        },
        [this, request, select](QuoteList list) {
            if (request != m_quotesRequest)
                return;
            if (!list.error.isEmpty())
                m_status->setText(list.error);
            const QSignalBlocker blocker(m_quotes);
            m_quotes->clear();
            QString chosen = select;
            for (const Quote &quote : std::as_const(list.quotes)) {
                auto *item = new QListWidgetItem(
                    tr("%1 – %2 – %3")
                        .arg(quote.number, displayName(quote.status),
                             formatMoney(quote.total, quote.currency, QLocale(quote.locale))),
                    m_quotes);
                item->setData(Qt::UserRole, quote.id);
                if (chosen.isEmpty() && quote.isEditable())
                    chosen = quote.id;
            }
            for (int row = 0; row < m_quotes->count(); ++row) {
                if (m_quotes->item(row)->data(Qt::UserRole).toString() == chosen)
                    m_quotes->setCurrentRow(row);
            }
            if (m_quotes->currentRow() < 0 && m_quotes->count() > 0)
                m_quotes->setCurrentRow(m_quotes->count() - 1);
            quoteSelected();
        });
}

void QuotesPage::quoteSelected()
{
    showQuote(m_quotes->currentItem() ? m_quotes->currentItem()->data(Qt::UserRole).toString()
                                      : QString());
}

void QuotesPage::showQuote(const QString &quoteId)
{
    m_quoteId = quoteId;
    const quint64 request = ++m_quoteRequest;
    // Nothing can be edited until the quote is read again.
    m_editPanel->setEnabled(false);
    m_approve->setEnabled(false);
    if (!m_context.workspace() || quoteId.isEmpty()) {
        m_view->setDocument(nullptr);
        m_document.reset();
        m_view->setPlainText(
            m_ticketId.isEmpty()
                ? tr("Choose a ticket to see and build its quotes.")
                : tr("Ticket %1 has no quotes yet. “%2” starts one.")
                      .arg(m_ticketEdit->text(),
                           findChild<QPushButton *>(u"quotesNew"_s)->text().remove(u'&')));
        return;
    }
    m_worker->run<QuoteView>(
        [quoteId](storage::Database &db) {
            QuoteView view;
            auto input = documents::loadQuoteDocumentInput(db, quoteId);
            if (input)
                view.input = std::move(input).value();
            else
                view.error = input.error().message;
            return view;
        },
        [this, request](QuoteView view) {
            if (request != m_quoteRequest)
                return;
            m_view->setDocument(nullptr);
            m_document.reset();
            if (!view.input) {
                m_status->setText(view.error);
                return;
            }
            // Laying out the on-screen document is not I/O: it stays here,
            // where the view that shows it lives.
            m_document = documents::buildQuoteDocument(*view.input);
            m_view->setDocument(m_document.get());
            const bool editable = view.input->quote.isEditable();
            m_status->setText(view.input->quote.status == QuoteStatus::Approved
                                  ? tr("Approved: read-only. Further costs need a change order.")
                                  : QString());
            m_editPanel->setEnabled(editable);
            m_approve->setEnabled(editable);
        });
}

void QuotesPage::newQuote()
{
    if (!m_context.workspace() || m_ticketId.isEmpty()) {
        report(tr("Choose a ticket first."));
        return;
    }
    m_worker->run<EditResult>(
        [ticketId = m_ticketId](storage::Database &db) {
            auto quote = storage::QuoteRepository(db).create(ticketId);
            return quote ? EditResult{quote->id, {}} : EditResult{{}, quote.error().message};
        },
        [this](EditResult result) {
            if (!result.error.isEmpty()) {
                report(result.error);
                return;
            }
            emit m_context.documentsChanged({result.quoteId});
            reloadQuotes(result.quoteId);
        });
}

void QuotesPage::searchParts()
{
    const quint64 request = ++m_searchRequest;
    if (!m_context.workspace()) {
        m_parts->clear();
        return;
    }
    m_worker->run<PartList>(
        [text = m_partSearch->text(),
         model = m_modelFilter->currentData().toString()](storage::Database &db) {
            PartList list;
            auto parts = storage::CatalogRepository(db).search(text, model, 200);
            if (parts)
                list.parts = std::move(parts).value();
            else
                list.error = parts.error().message;
            return list;
        },
        [this, request](PartList list) {
            // Typing starts a search per key: only the newest one is shown.
            if (request != m_searchRequest)
                return;
            m_parts->clear();
            if (!list.error.isEmpty())
                m_status->setText(list.error);
            for (const CatalogPart &part : std::as_const(list.parts)) {
                auto *item =
                    new QListWidgetItem(part.partNumber + u"  " + part.description, m_parts);
                item->setData(Qt::UserRole, part.partNumber);
            }
        });
}

void QuotesPage::applyEdit(std::function<Result<Quote>(storage::QuoteRepository &)> edit)
{
    if (!m_context.workspace() || m_quoteId.isEmpty())
        return;
    m_worker->run<EditResult>(
        [edit = std::move(edit)](storage::Database &db) {
            storage::QuoteRepository quotes(db);
            auto result = edit(quotes);
            return result ? EditResult{result->id, {}} : EditResult{{}, result.error().message};
        },
        [this](EditResult result) {
            if (!result.error.isEmpty()) {
                report(result.error);
                return;
            }
            emit m_context.documentsChanged({result.quoteId});
            reloadQuotes(result.quoteId);
        });
}

void QuotesPage::addPart()
{
    if (!m_parts->currentItem()) {
        report(tr("Choose a part from the catalog first."));
        return;
    }
    const QString partNumber = m_parts->currentItem()->data(Qt::UserRole).toString();
    const Decimal qty = Decimal::fromInt(m_partQty->value());
    applyEdit([quoteId = m_quoteId, partNumber, qty](storage::QuoteRepository &quotes) {
        return quotes.addPart(quoteId, partNumber, qty);
    });
}

void QuotesPage::addLabour()
{
    const Decimal hours = fromSpin(m_hours->value(), m_hours->decimals());
    applyEdit([quoteId = m_quoteId, hours](storage::QuoteRepository &quotes) {
        return quotes.addLabour(quoteId, hours);
    });
}

void QuotesPage::addTravel()
{
    const Decimal km = fromSpin(m_km->value(), m_km->decimals());
    applyEdit([quoteId = m_quoteId, km](storage::QuoteRepository &quotes) {
        return quotes.addTravel(quoteId, km);
    });
}

void QuotesPage::openApproval()
{
    if (!m_context.workspace() || m_quoteId.isEmpty())
        return;
    m_worker->run<QuoteView>(
        [quoteId = m_quoteId](storage::Database &db) {
            QuoteView view;
            auto input = documents::loadQuoteDocumentInput(db, quoteId);
            if (input)
                view.input = std::move(input).value();
            else
                view.error = input.error().message;
            return view;
        },
        [this](QuoteView view) {
            if (!view.input) {
                report(view.error);
                return;
            }
            auto *window = new ApprovalWindow(m_context, *view.input, this);
            window->setAttribute(Qt::WA_DeleteOnClose);
            const QString quoteId = view.input->quote.id;
            connect(window, &QDialog::finished, this, [this, quoteId] { reloadQuotes(quoteId); });
            window->open();
        });
}

void QuotesPage::previewDocument(const QString &changedId, Render render, Attach attach)
{
    m_worker->run<Result<RenderedDocument>>(
        std::move(render), [this, changedId, attach](Result<RenderedDocument> document) {
            if (!document) {
                report(document.error().message);
                return;
            }
            auto *preview =
                new PdfPreviewDialog(document->pages, document->pdf, document->fileName, this);
            preview->setAttribute(Qt::WA_DeleteOnClose);
            // Attached for sync once the technician saved it.
            connect(preview, &QDialog::accepted, this,
                    [this, changedId, attach, pdf = document->pdf] {
                        m_worker->run<QString>(
                            [attach, pdf](storage::Database &db) {
                                const Status attached = attach(db, pdf);
                                return attached ? QString() : attached.error().message;
                            },
                            [this, changedId](QString error) {
                                if (!error.isEmpty())
                                    report(error);
                                else
                                    emit m_context.documentsChanged({changedId});
                            });
                    });
            preview->open();
        });
}

void QuotesPage::previewQuotePdf()
{
    if (!m_context.workspace() || m_quoteId.isEmpty())
        return;
    const QString quoteId = m_quoteId;
    previewDocument(
        quoteId,
        [quoteId](storage::Database &db) -> Result<RenderedDocument> {
            auto input = documents::loadQuoteDocumentInput(db, quoteId);
            if (!input)
                return input.error();
            auto document = documents::buildQuoteDocument(*input);
            return rendered(*document, documents::renderQuotePdf(*input),
                            input->quote.number + u".pdf"_s);
        },
        [quoteId](storage::Database &db, const QByteArray &pdf) -> Status {
            auto attached = storage::QuoteRepository(db).attachPdf(quoteId, pdf);
            if (!attached)
                return attached.error();
            return {};
        });
}

void QuotesPage::previewServiceReport()
{
    if (!m_context.workspace() || m_ticketId.isEmpty())
        return;
    const QString ticketId = m_ticketId;
    previewDocument(
        ticketId,
        [ticketId](storage::Database &db) -> Result<RenderedDocument> {
            auto input = documents::loadServiceReportInput(db, ticketId);
            if (!input)
                return input.error();
            auto document = documents::buildServiceReportDocument(*input);
            return rendered(*document, documents::renderServiceReportPdf(*input),
                            input->ticket.number + u"-report.pdf"_s);
        },
        [ticketId](storage::Database &db, const QByteArray &pdf) {
            return documents::attachServiceReport(db, ticketId, pdf);
        });
}

} // namespace fb::gui
