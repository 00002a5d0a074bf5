#pragma once

// Opening the workspace at start-up. A missing file leads to a choice
// between a demo workspace (made in a worker thread with progress shown) and
// an empty one; a file that cannot be opened (damaged, not a workspace,
// from a newer Fieldbench) is reported and never modified.

#include "storage/workspace.h"

#include <QString>

#include <memory>

class QWidget;

namespace fb::gui {

class WorkspaceSetup
{
public:
    // Returns the open workspace, or null when the user chose to quit.
    static std::unique_ptr<storage::Workspace> openAtStartup(const QString &path,
                                                             QWidget *parent = nullptr);

    // Creates a demo workspace at `path` in a worker thread while a progress
    // dialog runs; returns an empty string or the error message.
    static QString createDemo(const QString &path, int tickets, QWidget *parent = nullptr);

    static constexpr int kDemoTickets = 2000;
};

} // namespace fb::gui
