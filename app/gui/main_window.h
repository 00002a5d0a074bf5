#pragma once

// The main window: page navigation on the left (Ctrl+1 … Ctrl+8), the
// current page on the right, workspace/sync/device state in the status bar.
// Pages are made the first time they are shown so start-up stays fast.

#include "gui/page_list.h"

#include <QMainWindow>
#include <QVector>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace fb::gui {

class GuiContext;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(GuiContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The page with `id`, made now if it was not yet; null for an unknown id.
    QWidget *page(const QString &id);
    QWidget *currentPage() const;
    QString currentPageId() const;
    bool isPageCreated(const QString &id) const;

public slots:
    void showPage(const QString &id);
    void showPageAt(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void updateWorkspaceLabel();
    void updateDeviceLabel();
    QWidget *ensurePage(int index);
    // Calls `slot` on the current page if the page has it.
    bool invokeOnCurrentPage(const char *slot);
    void invokeOnTickets(const char *slot);
    void restoreSettings();
    void saveSettings();

    GuiContext &m_context;
    QList<PageInfo> m_pageInfos;
    QVector<QWidget *> m_pages; // null until made
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
};

} // namespace fb::gui
