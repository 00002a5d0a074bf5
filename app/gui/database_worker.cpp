#include "gui/database_worker.h"

#include "gui/gui_context.h"
#include "gui/gui_log.h"

#include <sqlite3.h>

namespace fb::gui {

void releaseReadSnapshot(storage::Database &db)
{
    sqlite3_stmt *statement = nullptr;
    while ((statement = sqlite3_next_stmt(db.handle(), statement)) != nullptr) {
        if (sqlite3_stmt_busy(statement))
            sqlite3_reset(statement);
    }
}

SupersededQueryGuard::SupersededQueryGuard(storage::Database &db,
                                           std::shared_ptr<const std::atomic<quint64>> latest,
                                           quint64 generation)
    : m_db(db), m_latest(std::move(latest)), m_generation(generation)
{
    // Every ~1000 VM steps: an atomic load, far below a query's own cost.
    sqlite3_progress_handler(m_db.handle(), 1000, &SupersededQueryGuard::check, this);
}

SupersededQueryGuard::~SupersededQueryGuard()
{
    sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

int SupersededQueryGuard::check(void *guard)
{
    return static_cast<SupersededQueryGuard *>(guard)->superseded() ? 1 : 0;
}

// Lives in the worker thread and owns that thread's connection.
class DatabaseWorker::Runner : public QObject
{
public:
    explicit Runner(GuiContext &context, DatabaseWorker &owner) : m_context(context), m_owner(owner)
    {}

    void execute(const std::function<void(storage::Database &)> &task)
    {
        if (!m_db) {
            auto opened = m_context.openConnection();
            if (!opened) {
                qCWarning(lcGui) << "worker connection:" << opened.error().message;
                const QString message = opened.error().message;
                QMetaObject::invokeMethod(
                    &m_owner, [owner = &m_owner, message] { emit owner->failed(message); },
                    Qt::QueuedConnection);
                return;
            }
            m_db.emplace(std::move(opened).value());
        }
        task(*m_db);
        releaseReadSnapshot(*m_db);
    }

private:
    GuiContext &m_context;
    DatabaseWorker &m_owner;
    std::optional<storage::Database> m_db;
};

DatabaseWorker::DatabaseWorker(GuiContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
    m_thread.setObjectName(QStringLiteral("fieldbench-db-worker"));
    m_runner = new Runner(m_context, *this);
    m_runner->moveToThread(&m_thread);
    // The connection is closed in the worker thread that used it.
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::post(std::function<void(storage::Database &)> task)
{
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, task = std::move(task)] { runner->execute(task); },
        Qt::QueuedConnection);
}

} // namespace fb::gui
