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

class EarlyOpen;

class WorkspaceSetup
{
public:
    // Starts opening the workspace the arguments name (or the default one)
    // on a thread of its own before QApplication exists, so opening overlaps
    // the platform and font set-up. Null when the arguments hold anything
    // but the app's own options (help, errors: the parser exits at once).
    // Call after the organisation and application names are set.
    static std::shared_ptr<EarlyOpen> startEarly(int argc, char **argv);

    // Returns the open workspace, or null when the user chose to quit. An
    // early open of the same path that succeeded is taken over; any problem
    // is left to the normal path (dialogs, translated messages).
    static std::unique_ptr<storage::Workspace>
    openAtStartup(const QString &path, QWidget *parent = nullptr,
                  std::shared_ptr<EarlyOpen> early = nullptr);

    // Creates a demo workspace at `path` in a worker thread while a progress
    // dialog runs; returns an empty string or the error message.
    static QString createDemo(const QString &path, int tickets, QWidget *parent = nullptr);

    static constexpr int kDemoTickets = 2000;
};

} // namespace fb::gui
