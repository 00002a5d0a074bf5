#pragma once

// The quote builder: quotes of a ticket, parts from the catalog (search by
// number or text, filtered by model), labour and travel at the region's
// rates, customer approval on this laptop, PDF preview and save.
//
// Threading: catalog searches and quote edits are short SQLite statements on
// the GUI thread's connection (GuiContext allows short writes there).

#include "documents/quote_document.h"

#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTextBrowser;
class QTextDocument;

namespace fb::gui {

class GuiContext;

class QuotesPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuotesPage(GuiContext &context, QWidget *parent = nullptr);
    ~QuotesPage() override;

    QString currentTicket() const { return m_ticketId; }
    QString currentQuote() const { return m_quoteId; }

public slots:
    // "ticket:…" or "T-000123"
    void showTicket(const QString &idOrNumber);
    void newQuote();
    void searchParts();
    void addPart();
    void addLabour();
    void addTravel();
    void openApproval();
    void previewQuotePdf();
    void previewServiceReport();

private slots:
    void quoteSelected();

private:
    void reloadQuotes(const QString &select = {});
    void showQuote(const QString &quoteId);
    void report(const QString &message);
    template<class Edit> void applyEdit(Edit edit);

    GuiContext &m_context;
    QString m_ticketId;
    QString m_quoteId;
    std::unique_ptr<QTextDocument> m_document;
    QLineEdit *m_ticketEdit = nullptr;
    QListWidget *m_quotes = nullptr;
    QTextBrowser *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_partSearch = nullptr;
    QComboBox *m_modelFilter = nullptr;
    QListWidget *m_parts = nullptr;
    QSpinBox *m_partQty = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QDoubleSpinBox *m_km = nullptr;
    QWidget *m_editPanel = nullptr;
    QPushButton *m_approve = nullptr;
};

} // namespace fb::gui
