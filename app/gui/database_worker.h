#pragma once

// A worker thread with its own SQLite connection to the open workspace.
// Pages and models post jobs (run in the worker) with a completion (run on
// the GUI thread) so no list query blocks painting. Jobs run in order;
// results of a destroyed DatabaseWorker are dropped, never delivered late.

#include "storage/sqlite_database.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace fb::gui {

class GuiContext;

// Resets every statement still holding rows on `db`. A cached statement left
// mid-result keeps its read transaction (and WAL snapshot) open, so later
// queries on that connection would not see newer commits; workers and the GUI
// thread call this after each job or write.
void releaseReadSnapshot(storage::Database &db);

// While it lives, SQLite stops any statement on `db` (SQLITE_INTERRUPT) as
// soon as `latest` no longer holds `generation`: a list query superseded by
// a newer filter gives its thread back at once instead of running to the end.
class SupersededQueryGuard
{
public:
    SupersededQueryGuard(storage::Database &db, std::shared_ptr<const std::atomic<quint64>> latest,
                         quint64 generation);
    ~SupersededQueryGuard();
    SupersededQueryGuard(const SupersededQueryGuard &) = delete;
    SupersededQueryGuard &operator=(const SupersededQueryGuard &) = delete;

    bool superseded() const { return m_latest->load() != m_generation; }

private:
    static int check(void *guard);

    storage::Database &m_db;
    std::shared_ptr<const std::atomic<quint64>> m_latest;
    quint64 m_generation;
};

class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseWorker(GuiContext &context, QObject *parent = nullptr);
    ~DatabaseWorker() override; // waits for the running job

    // `job` runs in the worker thread; `done` then runs on this object's
    // (the GUI) thread with the job's result. R must be copyable or movable.
    template<class R>
    void run(std::function<R(storage::Database &)> job, std::function<void(R)> done)
    {
        post([this, job = std::move(job), done = std::move(done)](storage::Database &db) mutable {
            auto result = std::make_shared<R>(job(db));
            QMetaObject::invokeMethod(
                this, [done = std::move(done), result]() mutable { done(std::move(*result)); },
                Qt::QueuedConnection);
        });
    }

signals:
    // The worker could not open its connection; `message` says why.
    void failed(const QString &message);

private:
    void post(std::function<void(storage::Database &)> task);

    class Runner;
    GuiContext &m_context;
    QThread m_thread;
    Runner *m_runner = nullptr;
};

} // namespace fb::gui
