#include "gui/manuals/manual_service.h"

#include "gui/gui_context.h"

namespace fb::gui {

ManualService::ManualService(GuiContext &context, QObject *parent)
    : QObject(parent), m_context(context),
      m_library(std::make_shared<std::unique_ptr<manuals::ManualLibrary>>())
{
    m_pool.setMaxThreadCount(1);
}

ManualService::~ManualService()
{
    m_pool.waitForDone();
}

void ManualService::reload()
{
    struct Outcome
    {
        QString error;
        QStringList problems;
        QStringList manuals;
    };
    auto library = m_library;
    GuiContext *context = &m_context;
    QPointer<ManualService> self(this);
    m_pool.start([library, context, self] {
        auto outcome = std::make_shared<Outcome>();
        auto opened = manuals::ManualLibrary::openDefault();
        if (!opened) {
            library->reset();
            outcome->error = opened.error().message;
        } else {
            *library = std::move(opened).value();
            // HQ's chapter updates, when a workspace is open.
            if (auto db = context->openConnection()) {
                auto problems = (*library)->applyUpdatesFrom(*db);
                outcome->problems = problems ? *problems : QStringList{problems.error().message};
            }
            outcome->manuals = (*library)->manuals();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, outcome] {
                if (!self)
                    return;
                self->m_loaded = outcome->error.isEmpty();
                self->m_manuals = outcome->manuals;
                emit self->loaded(outcome->error, outcome->problems);
            },
            Qt::QueuedConnection);
    });
}

} // namespace fb::gui
