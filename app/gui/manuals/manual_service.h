#pragma once

// Owns the manual package for the Manuals page and runs every call into it on
// one background thread (SQLite and file reads stay off the GUI thread;
// ManualLibrary is used by one thread at a time). Completions come back on
// the GUI thread and are dropped once the service is gone.

#include "manuals/manual_library.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace fb::gui {

class GuiContext;

class ManualService : public QObject
{
    Q_OBJECT

public:
    explicit ManualService(GuiContext &context, QObject *parent = nullptr);
    ~ManualService() override; // waits for the running job

    // Opens the package (again) and applies HQ updates from the workspace;
    // emits loaded() with an empty error on success.
    void reload();
    bool isLoaded() const { return m_loaded; }
    const QStringList &manuals() const { return m_manuals; }

    // `job` runs in the background with the library; `done` on the GUI thread.
    template<class R>
    void run(std::function<R(manuals::ManualLibrary &)> job, std::function<void(R)> done)
    {
        auto library = m_library;
        QPointer<ManualService> self(this);
        m_pool.start([library, self, job = std::move(job), done = std::move(done)]() mutable {
            if (!*library)
                return;
            auto result = std::make_shared<R>(job(**library));
            QMetaObject::invokeMethod(
                self.data(),
                [self, done = std::move(done), result]() mutable {
                    if (self)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

signals:
    void loaded(const QString &error, const QStringList &updateProblems);

private:
    GuiContext &m_context;
    QThreadPool m_pool;
    // Shared with queued jobs; only touched from the pool's one thread.
    std::shared_ptr<std::unique_ptr<manuals::ManualLibrary>> m_library;
    QStringList m_manuals;
    bool m_loaded = false;
};

} // namespace fb::gui
