#pragma once

// The pages of the main window, in navigation order (Ctrl+1 … Ctrl+8).
//
// Each page is a QWidget made by its factory the first time it is shown.
// The main window calls these slots on the current page when they exist
// (found by name, so pages implement only what makes sense for them):
//   refresh()            F5
//   focusFilter()        Ctrl+F
//   newTicket()          Ctrl+N        (Tickets)
//   changeStatus()       Ctrl+Shift+S  (Tickets)
//   addNote()            Ctrl+Shift+N  (Tickets)
//   showTicket(QString)  GuiContext::showTicket (Tickets)
//   openLink(QString)    GuiContext::openManualLink (Manuals)

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace fb::gui {

class GuiContext;

struct PageInfo
{
    QString id; // stable: "tickets", "devices", "diagnostics", "manuals", ...
    QString title;
    QIcon icon;
    std::function<QWidget *(GuiContext &, QWidget *parent)> factory;
};

QList<PageInfo> pageList();

} // namespace fb::gui
