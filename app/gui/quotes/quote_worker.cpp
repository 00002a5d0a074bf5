#include "gui/quotes/quote_worker.h"

#include "gui/gui_context.h"
#include "gui/gui_log.h"

#include <sqlite3.h>

#include <optional>

namespace fb::gui {

// Lives in the worker thread and owns that thread's connection.
class QuoteWorker::Runner : public QObject
{
public:
    Runner(GuiContext &context, QuoteWorker &owner) : m_context(context), m_owner(owner) {}

    void execute(const std::function<void(storage::Database &)> &task)
    {
        if (!m_db) {
            auto opened = m_context.openConnection();
            if (!opened) {
                qCWarning(lcGui) << "quote worker connection:" << opened.error().message;
                QMetaObject::invokeMethod(
                    &m_owner,
                    [owner = &m_owner, message = opened.error().message] {
                        emit owner->failed(message);
                        owner->finishOne();
                    },
                    Qt::QueuedConnection);
                return;
            }
            m_db.emplace(std::move(opened).value());
        }
        task(*m_db);
        // A statement left mid-result would pin an old snapshot: later jobs
        // must see what the GUI thread and other workers committed.
        sqlite3_stmt *statement = nullptr;
        while ((statement = sqlite3_next_stmt(m_db->handle(), statement)) != nullptr) {
            if (sqlite3_stmt_busy(statement))
                sqlite3_reset(statement);
        }
    }

private:
    GuiContext &m_context;
    QuoteWorker &m_owner;
    std::optional<storage::Database> m_db;
};

QuoteWorker::QuoteWorker(GuiContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    m_thread.setObjectName(QStringLiteral("fieldbench-quote-worker"));
    m_runner = new Runner(m_context, *this);
    m_runner->moveToThread(&m_thread);
    // The connection is closed in the worker thread that used it.
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start();
}

QuoteWorker::~QuoteWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void QuoteWorker::post(std::function<void(storage::Database &)> task)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, task = std::move(task)] { runner->execute(task); },
        Qt::QueuedConnection);
}

void QuoteWorker::finishOne()
{
    if (m_pending > 0 && --m_pending == 0)
        emit idle();
}

} // namespace fb::gui
