#pragma once

// The quote builder's and work log's own worker thread with its own SQLite
// connection, so quote reads, edits, approvals' follow-ups and PDF rendering
// never block painting. Jobs run one after another in the order posted (an
// edit and the reload after it cannot overtake each other); each completion
// runs on the GUI thread. Results for a destroyed worker are dropped.

#include "storage/sqlite_database.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace fb::gui {

class GuiContext;

class QuoteWorker : public QObject
{
    Q_OBJECT

public:
    explicit QuoteWorker(GuiContext &context, QObject *parent = nullptr);
    ~QuoteWorker() override; // waits for the running job

    // `job` runs in the worker thread; `done` then runs on the GUI thread.
    template<class R>
    void run(std::function<R(storage::Database &)> job, std::function<void(R)> done)
    {
        post([this, job = std::move(job), done = std::move(done)](storage::Database &db) mutable {
            auto result = std::make_shared<R>(job(db));
            QMetaObject::invokeMethod(
                this,
                [this, done = std::move(done), result]() mutable {
                    done(std::move(*result));
                    finishOne();
                },
                Qt::QueuedConnection);
        });
    }

    // Jobs posted and not yet completed on the GUI thread.
    int pending() const { return m_pending; }

signals:
    // The worker could not open its connection; the job was dropped.
    void failed(const QString &message);
    // Every posted job has completed (tests and busy indicators wait on it).
    void idle();

private:
    void post(std::function<void(storage::Database &)> task);
    void finishOne();

    class Runner;
    GuiContext &m_context;
    QThread m_thread;
    Runner *m_runner = nullptr;
    int m_pending = 0;
};

} // namespace fb::gui
