#include "gui/gui_context.h"

#include "storage/workspace.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

GuiContext::GuiContext(GuiOptions options, QObject *parent)
    : QObject(parent), m_options(options), m_syncState(tr("Offline"))
{}

GuiContext::~GuiContext() = default;

void GuiContext::setWorkspace(std::unique_ptr<storage::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    if (m_workspace)
        m_workspacePath = m_workspace->path();
    emit workspaceChanged();
}

Result<storage::Database> GuiContext::openConnection() const
{
    if (!m_workspace)
        return makeError(ErrorKind::Data, tr("No workspace is open."));
    return m_workspace->openConnection();
}

QString GuiContext::userName() const
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? u"technician"_s : name;
}

void GuiContext::setSyncState(const QString &text)
{
    if (text == m_syncState)
        return;
    m_syncState = text;
    emit syncStateChanged(text);
}

void GuiContext::setConnectedDevice(const QString &description)
{
    if (description == m_connectedDevice)
        return;
    m_connectedDevice = description;
    emit connectedDeviceChanged(description);
}

void GuiContext::afterFirstFrame(QObject *receiver, std::function<void()> work)
{
    if (!m_waitingForFirstFrame) {
        work();
        return;
    }
    connect(this, &GuiContext::firstFrameShown, receiver, std::move(work),
            Qt::SingleShotConnection);
}

void GuiContext::firstFramePainted()
{
    if (!m_waitingForFirstFrame)
        return;
    m_waitingForFirstFrame = false;
    emit firstFrameShown();
}

} // namespace fb::gui
