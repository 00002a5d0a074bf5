#pragma once

// The customer-facing approval screen: a separate, modal, full-screen window
// in large type with only the quote and its terms, a signature pad, the
// signer's name and Approve / Decline (with a reason). Nothing else of the
// workspace can be reached from it.

#include "documents/quote_document.h"

#include <QDialog>
#include <QString>

#include <memory>

class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTextDocument;

namespace fb::gui {

class GuiContext;
class SignaturePad;

class ApprovalWindow : public QDialog
{
    Q_OBJECT

public:
    ApprovalWindow(GuiContext &context, documents::QuoteDocumentInput input,
                   QWidget *parent = nullptr);
    ~ApprovalWindow() override;

    // For tests: the controls a customer uses.
    QLineEdit *signerEdit() const { return m_signer; }
    QLineEdit *reasonEdit() const { return m_reason; }
    SignaturePad *signaturePad() const { return m_pad; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *declineButton() const { return m_decline; }
    QString lastError() const { return m_lastError; }

private slots:
    void approve();
    void decline();
    void updateButtons();

private:
    void showError(const QString &message);

    GuiContext &m_context;
    documents::QuoteDocumentInput m_input;
    std::unique_ptr<QTextDocument> m_document;
    QTextBrowser *m_view = nullptr;
    QLineEdit *m_signer = nullptr;
    QLineEdit *m_reason = nullptr;
    SignaturePad *m_pad = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_decline = nullptr;
    QString m_lastError;
};

} // namespace fb::gui
