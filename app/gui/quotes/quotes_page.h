#pragma once

// The quote builder: quotes of a ticket, parts from the catalog (search by
// number or text, filtered by model), labour and travel at the region's
// rates, customer approval on this laptop, PDF preview and save.
//
// Threading: every workspace read and write, and PDF rendering, runs in the
// page's QuoteWorker (its own thread and connection); results come back to
// the GUI thread, which only builds the on-screen document and paints.
// Results that a newer request has overtaken are dropped.

#include "documents/quote_document.h"
#include "domain/result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
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

namespace fb::storage {
class Database;
class QuoteRepository;
} // namespace fb::storage

namespace fb::gui {

class GuiContext;
class QuoteWorker;

class QuotesPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuotesPage(GuiContext &context, QWidget *parent = nullptr);
    ~QuotesPage() override;

    QString currentTicket() const { return m_ticketId; }
    QString currentQuote() const { return m_quoteId; }
    // True while workspace jobs of this page are still running.
    bool isBusy() const;

    // A customer document rendered in the worker: PDF bytes and page images.
    struct RenderedDocument
    {
        QByteArray pdf;
        QList<QImage> pages;
        QString fileName;
    };

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

signals:
    // Every job the page started has finished and its result is shown.
    void idle();

private slots:
    void quoteSelected();

private:
    using Render = std::function<Result<RenderedDocument>(storage::Database &)>;
    using Attach = std::function<Status(storage::Database &, const QByteArray &)>;

    void reloadQuotes(const QString &select = {});
    void showQuote(const QString &quoteId);
    void report(const QString &message);
    void applyEdit(std::function<Result<commercial::Quote>(storage::QuoteRepository &)> edit);
    // Renders in the worker, previews on the GUI thread, attaches (for sync)
    // in the worker once the technician saved it; `changedId` is refreshed.
    void previewDocument(const QString &changedId, Render render, Attach attach);

    GuiContext &m_context;
    QuoteWorker *m_worker = nullptr;
    QString m_ticketId;
    QString m_quoteId;
    quint64 m_ticketRequest = 0;
    quint64 m_quotesRequest = 0;
    quint64 m_quoteRequest = 0;
    quint64 m_searchRequest = 0;
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
