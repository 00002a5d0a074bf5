#include "gui/quotes/approval_window.h"

#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/quotes/signature_pad.h"
#include "storage/quote_repository.h"
#include "storage/workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fb::gui {

ApprovalWindow::ApprovalWindow(GuiContext &context, documents::QuoteDocumentInput input,
                               QWidget *parent)
    : QDialog(parent, Qt::Window | Qt::CustomizeWindowHint | Qt::WindowTitleHint),
      m_context(context), m_input(std::move(input))
{
    setWindowTitle(tr("Quote %1 for your approval").arg(m_input.quote.number));
    setModal(true);
    QFont large = font();
    large.setPointSizeF(std::max<qreal>(16, large.pointSizeF() * 1.6));
    setFont(large);

    // The quote and its terms, exactly as on the PDF, in large type.
    m_document = documents::buildQuoteDocument(m_input, large.pointSizeF());
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("approvalQuote"));
    m_view->setOpenLinks(false);
    m_view->setDocument(m_document.get());

    m_signer = new QLineEdit(this);
    m_signer->setObjectName(QStringLiteral("approvalSigner"));
    m_signer->setPlaceholderText(tr("Your full name"));
    m_pad = new SignaturePad(this);
    m_pad->setObjectName(QStringLiteral("approvalSignature"));
    auto *clear = new QPushButton(tr("Clear signature"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setPlaceholderText(tr("Reason, if you decline"));
    m_approve = new QPushButton(tr("Approve and sign"), this);
    m_approve->setObjectName(QStringLiteral("approvalApprove"));
    m_decline = new QPushButton(tr("Decline"), this);
    m_decline->setObjectName(QStringLiteral("approvalDecline"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 3);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(new QLabel(tr("Name:"), this));
    nameRow->addWidget(m_signer, 1);
    layout->addLayout(nameRow);
    layout->addWidget(new QLabel(tr("Sign here with your finger, a pen or the mouse:"), this));
    layout->addWidget(m_pad, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(clear);
    buttons->addStretch(1);
    buttons->addWidget(m_reason, 2);
    buttons->addWidget(m_decline);
    buttons->addWidget(m_approve);
    layout->addLayout(buttons);

    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(m_pad, &SignaturePad::changed, this, &ApprovalWindow::updateButtons);
    connect(m_signer, &QLineEdit::textChanged, this, &ApprovalWindow::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &ApprovalWindow::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalWindow::approve);
    connect(m_decline, &QPushButton::clicked, this, &ApprovalWindow::decline);
    updateButtons();
    setWindowState(Qt::WindowFullScreen);
}

ApprovalWindow::~ApprovalWindow()
{
    m_view->setDocument(nullptr); // the document is ours, not the view's
}

void ApprovalWindow::updateButtons()
{
    m_approve->setEnabled(!m_signer->text().trimmed().isEmpty() && !m_pad->isEmpty());
    m_decline->setEnabled(!m_reason->text().trimmed().isEmpty());
}

void ApprovalWindow::showError(const QString &message)
{
    m_lastError = message;
    DialogSeam::warning(this, windowTitle(), message);
}

void ApprovalWindow::approve()
{
    if (!m_context.workspace())
        return;
    storage::QuoteRepository quotes(m_context.workspace()->db());
    auto approved = quotes.approve(m_input.quote.id, m_signer->text(), m_pad->png());
    if (!approved) {
        showError(approved.error().message);
        return;
    }
    emit m_context.documentsChanged({m_input.quote.id});
    accept();
}

void ApprovalWindow::decline()
{
    if (!m_context.workspace())
        return;
    storage::QuoteRepository quotes(m_context.workspace()->db());
    auto declined = quotes.decline(m_input.quote.id, m_reason->text());
    if (!declined) {
        showError(declined.error().message);
        return;
    }
    emit m_context.documentsChanged({m_input.quote.id});
    reject();
}

} // namespace fb::gui
