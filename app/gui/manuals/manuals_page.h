#pragma once

// The Manuals page: table of contents per model and language, the chapter
// view (images, tables, code), back/forward, find in page, bookmarks, print
// and PDF export, and ranked full-text search with highlighted snippets.
// Other pages open deep links ("manual:<model>/<chapter>#<anchor>") through
// GuiContext::openManualLink, which the main window routes to openLink().
// A missing or damaged package shows a clear message; the rest of the app
// is unaffected. All package access runs off the GUI thread (ManualService).

#include "gui/manuals/manual_export.h"
#include "manuals/manual_library.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace fb::gui {

class GuiContext;
class ManualBrowser;
class ManualService;

class ManualsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ManualsPage(GuiContext &context, QWidget *parent = nullptr);
    ~ManualsPage() override;

    ManualBrowser *browser() const { return m_browser; }
    QTreeWidget *tableOfContents() const { return m_toc; }
    QListWidget *searchResults() const { return m_results; }
    QListWidget *bookmarkList() const { return m_bookmarkList; }
    QComboBox *modelBox() const { return m_model; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *locationLabel() const { return m_location; }
    QString currentLink() const { return m_history.value(m_historyIndex); }
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }

public slots:
    void openLink(const QString &url);
    void refresh();     // F5: reopen the package and HQ updates
    void focusFilter(); // Ctrl+F: find in page
    void back();
    void forward();
    void search(const QString &text);
    // Returns false (and shows "Not found") when the text is not on the page.
    bool findInPage(const QString &text, bool backwards = false);
    void addBookmark();
    void removeBookmark(const QString &link);
    // Print and PDF export run in the background and end with
    // exportFinished(); both return false when nothing was started.
    bool print();
    // Writes the current chapter as PDF; asks for a file when `path` is empty.
    bool exportPdf(const QString &path = {});
    void setLanguage(const QString &language);

signals:
    void libraryLoaded(bool ok);
    void pageShown(const QString &link);
    void linkFailed(const QString &message);
    void tableOfContentsShown(const QString &model);
    void searchFinished(int hits);
    // A print or PDF export ended; `error` is empty on success (and was shown).
    void exportFinished(const QString &target, const QString &error);

private:
    void buildUi();
    void onLoaded(const QString &error, const QStringList &problems);
    void showLink(const QString &url, bool record);
    void loadTableOfContents();
    void runSearch();
    void reloadBookmarks();
    void updateActions();
    void selectInTableOfContents(const QString &link);

    GuiContext &m_context;
    ManualService *m_service = nullptr;
    ManualBrowser *m_browser = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_language = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_toc = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_thisModelOnly = nullptr;
    QListWidget *m_results = nullptr;
    QListWidget *m_bookmarkList = nullptr;
    QLabel *m_location = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_bookmark = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QStringList m_history;
    qsizetype m_historyIndex = -1;
    ManualExport *m_export = nullptr;
    ChapterPage m_page; // the chapter shown, for print and PDF
    QString m_pendingLink;
    quint64 m_pageRequest = 0;
    quint64 m_searchRequest = 0;
};

} // namespace fb::gui
