#include "gui/manuals/manuals_page.h"
#include "gui/first_paint.h"

#include "gui/dialog_seam.h"
#include "gui/gui_context.h"
#include "gui/manuals/manual_bookmarks.h"
#include "gui/manuals/manual_browser.h"
#include "gui/manuals/manual_service.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

constexpr int LinkRole = Qt::UserRole + 1;

struct PageResult
{
    QString error;
    manuals::ChapterEntry entry;
    QString anchor;
    QString html;
    QString pagePath;
    QString imagesDirectory;
};

QToolButton *toolButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setAutoRaise(true);
    return button;
}

// Each language in its own words (not translated, as language pickers do).
QString languageName(const QString &code)
{
    if (code == "en"_L1)
        return u"English"_s;
    if (code == "de"_L1)
        return u"Deutsch"_s;
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

} // namespace

ManualsPage::ManualsPage(GuiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_service(new ManualService(context, this)),
      m_export(new ManualExport(this))
{
    setObjectName(u"manualsPage"_s);
    buildUi();
    connect(m_export, &ManualExport::finished, this,
            [this](const QString &target, const QString &error) {
                if (!error.isEmpty())
                    DialogSeam::warning(this, tr("Print and PDF export"), error);
                emit exportFinished(target, error);
            });
    connect(m_service, &ManualService::loaded, this, &ManualsPage::onLoaded);
    connect(&m_context, &GuiContext::workspaceChanged, this, &ManualsPage::refresh);
    connect(&m_context, &GuiContext::documentsChanged, this, [this](const QStringList &ids) {
        if (std::any_of(ids.begin(), ids.end(),
                        [](const QString &id) { return id.startsWith(u"manual:"_s); }))
            refresh(); // a chapter update from HQ arrived
    });
    m_browser->showMessage(tr("Service manuals"), tr("Opening the manuals…"));
    m_service->reload();
}

ManualsPage::~ManualsPage() = default;

void ManualsPage::buildUi()
{
    m_model = new QComboBox(this);
    m_model->setObjectName(u"manualModel"_s);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"manualLanguage"_s);
    for (const QString &code : manuals::supportedLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(m_language->findData(manuals::effectiveLanguage(QLocale().name())));

    m_toc = new QTreeWidget(this);
    m_toc->setObjectName(u"manualContents"_s);
    m_toc->setHeaderHidden(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"manualSearch"_s);
    m_search->setPlaceholderText(tr("Search the manuals"));
    addClearButton(m_search);
    m_thisModelOnly = new QCheckBox(tr("Only this model"), this);
    m_results = new QListWidget(this);
    m_results->setObjectName(u"manualSearchResults"_s);
    m_results->setWordWrap(true);
    m_bookmarkList = new QListWidget(this);
    m_bookmarkList->setObjectName(u"manualBookmarks"_s);
    auto *removeBookmarkButton = new QPushButton(tr("Remove bookmark"), this);

    auto *searchPane = new QWidget(this);
    auto *searchLayout = new QVBoxLayout(searchPane);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    searchLayout->addWidget(m_search);
    searchLayout->addWidget(m_thisModelOnly);
    searchLayout->addWidget(m_results, 1);
    auto *bookmarkPane = new QWidget(this);
    auto *bookmarkLayout = new QVBoxLayout(bookmarkPane);
    bookmarkLayout->setContentsMargins(0, 0, 0, 0);
    bookmarkLayout->addWidget(m_bookmarkList, 1);
    bookmarkLayout->addWidget(removeBookmarkButton);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_toc, tr("Contents"));
    m_tabs->addTab(searchPane, tr("Search"));
    m_tabs->addTab(bookmarkPane, tr("Bookmarks"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_model, 1);
    pickers->addWidget(m_language);
    leftLayout->addLayout(pickers);
    leftLayout->addWidget(m_tabs, 1);

    m_back = toolButton(tr("Back"), u"manualBack"_s, this);
    m_forward = toolButton(tr("Forward"), u"manualForward"_s, this);
    auto *find = toolButton(tr("Find"), u"manualFind"_s, this);
    m_bookmark = toolButton(tr("Bookmark"), u"manualBookmark"_s, this);
    auto *printButton = toolButton(tr("Print…"), u"manualPrint"_s, this);
    auto *pdfButton = toolButton(tr("Export PDF…"), u"manualPdf"_s, this);
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    auto *tools = new QHBoxLayout;
    for (QToolButton *button : {m_back, m_forward, find, m_bookmark, printButton, pdfButton})
        tools->addWidget(button);
    tools->addStretch(1);

    m_location = new QLabel(this);
    m_location->setObjectName(u"manualLocation"_s);
    m_location->setTextFormat(Qt::PlainText);
    m_location->setWordWrap(true);
    m_browser = new ManualBrowser(this);

    m_findBar = new QWidget(this);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(u"manualFindText"_s);
    m_findEdit->setPlaceholderText(tr("Find in page"));
    auto *previous = toolButton(tr("Previous"), u"manualFindPrevious"_s, m_findBar);
    auto *next = toolButton(tr("Next"), u"manualFindNext"_s, m_findBar);
    auto *close = toolButton(tr("Close"), u"manualFindClose"_s, m_findBar);
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setTextFormat(Qt::PlainText);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(close);
    m_findBar->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_location);
    rightLayout->addWidget(m_browser, 1);
    rightLayout->addWidget(m_findBar);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(200);
    connect(m_searchDebounce, &QTimer::timeout, this, &ManualsPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ManualsPage::runSearch);
    connect(m_thisModelOnly, &QCheckBox::toggled, this, &ManualsPage::runSearch);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        loadTableOfContents();
        if (m_thisModelOnly->isChecked())
            runSearch();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        loadTableOfContents();
        runSearch();
        if (!currentLink().isEmpty())
            showLink(currentLink(), false); // the same chapter in the new language
    });
    auto openItem = [this](const QVariant &link) {
        if (!link.toString().isEmpty())
            openLink(link.toString());
    };
    connect(m_toc, &QTreeWidget::itemActivated, this,
            [openItem](QTreeWidgetItem *item) { openItem(item->data(0, LinkRole)); });
    connect(m_toc, &QTreeWidget::itemClicked, this,
            [openItem](QTreeWidgetItem *item) { openItem(item->data(0, LinkRole)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [openItem](QListWidgetItem *item) { openItem(item->data(LinkRole)); });
    connect(m_results, &QListWidget::itemActivated, this,
            [openItem](QListWidgetItem *item) { openItem(item->data(LinkRole)); });
    connect(m_bookmarkList, &QListWidget::itemActivated, this,
            [openItem](QListWidgetItem *item) { openItem(item->data(LinkRole)); });
    connect(m_bookmarkList, &QListWidget::itemClicked, this,
            [openItem](QListWidgetItem *item) { openItem(item->data(LinkRole)); });
    connect(removeBookmarkButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_bookmarkList->currentItem())
            removeBookmark(item->data(LinkRole).toString());
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString link = url.toString();
        if (link.startsWith(u"manual:"_s))
            openLink(link);
        else // never loaded: the manuals work offline and trust no remote content
            m_location->setText(tr("External links are not opened from the manuals."));
    });
    connect(m_back, &QToolButton::clicked, this, &ManualsPage::back);
    connect(m_forward, &QToolButton::clicked, this, &ManualsPage::forward);
    connect(find, &QToolButton::clicked, this, &ManualsPage::focusFilter);
    connect(m_bookmark, &QToolButton::clicked, this, &ManualsPage::addBookmark);
    connect(printButton, &QToolButton::clicked, this, &ManualsPage::print);
    connect(pdfButton, &QToolButton::clicked, this, [this] { exportPdf(); });
    connect(m_findEdit, &QLineEdit::returnPressed, this,
            [this] { findInPage(m_findEdit->text()); });
    connect(next, &QToolButton::clicked, this, [this] { findInPage(m_findEdit->text()); });
    connect(previous, &QToolButton::clicked, this,
            [this] { findInPage(m_findEdit->text(), true); });
    connect(close, &QToolButton::clicked, m_findBar, &QWidget::hide);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_findBar, &QWidget::hide);
    reloadBookmarks();
    updateActions();
}

void ManualsPage::refresh()
{
    m_service->reload();
}

void ManualsPage::onLoaded(const QString &error, const QStringList &problems)
{
    const bool ok = error.isEmpty();
    m_tabs->setEnabled(ok);
    m_model->setEnabled(ok);
    if (!ok) {
        m_browser->showMessage(tr("Service manuals unavailable"), error);
        m_location->clear();
        emit libraryLoaded(false);
        return;
    }
    const QString previous = m_model->currentData().toString();
    {
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        for (const QString &manual : m_service->manuals())
            m_model->addItem(manual.left(1).toUpper() + manual.mid(1).replace(u'-', u' '), manual);
        const int index = m_model->findData(previous);
        m_model->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (!problems.isEmpty())
        m_location->setText(
            tr("Some manual updates from HQ could not be used: %1").arg(problems.first()));
    loadTableOfContents();
    emit libraryLoaded(true);
    const QString link = !m_pendingLink.isEmpty() ? m_pendingLink : currentLink();
    m_pendingLink.clear();
    if (!link.isEmpty())
        showLink(link, currentLink() != link);
    else if (m_model->count() > 0)
        showLink(u"manual:"_s + m_model->currentData().toString(), true);
}

void ManualsPage::openLink(const QString &url)
{
    if (!m_service->isLoaded()) {
        m_pendingLink = url; // shown once the package is open
        return;
    }
    showLink(url, true);
}

void ManualsPage::showLink(const QString &url, bool record)
{
    const QString language = m_language->currentData().toString();
    const quint64 request = ++m_pageRequest;
    m_service->run<PageResult>(
        [url, language](manuals::ManualLibrary &library) {
            PageResult result;
            auto resolved = library.resolve(url, language);
            if (!resolved) {
                result.error = resolved.error().message;
                return result;
            }
            auto html = library.pageHtml(resolved->chapter);
            if (!html) {
                result.error = html.error().message;
                return result;
            }
            result.entry = resolved->chapter;
            result.anchor = resolved->anchor;
            result.html = *html;
            result.pagePath = library.pagePath(resolved->chapter);
            result.imagesDirectory = library.imagesDirectory();
            return result;
        },
        [this, url, record, language, request](PageResult result) {
            if (request != m_pageRequest)
                return; // a newer page was asked for meanwhile
            if (!result.error.isEmpty()) {
                m_location->setText(result.error);
                emit linkFailed(result.error);
                return;
            }
            const manuals::ChapterEntry &entry = result.entry;
            const QString link =
                result.anchor.isEmpty() ? entry.link() : entry.link() + u'#' + result.anchor;
            m_browser->showPage(result.html, result.pagePath, result.imagesDirectory);
            if (!result.anchor.isEmpty())
                m_browser->scrollToAnchor(result.anchor);
            else
                m_browser->verticalScrollBar()->setValue(0);
            if (record && currentLink() != link) {
                m_history = m_history.mid(0, m_historyIndex + 1);
                m_history.append(link);
                m_historyIndex = m_history.size() - 1;
            } else if (!record && m_historyIndex >= 0) {
                m_history[m_historyIndex] = link;
            }
            m_page = {entry.meta.title, result.html, result.pagePath, result.imagesDirectory};
            QString location = m_model->itemText(m_model->findData(entry.meta.manual)) + u" › "_s +
                               entry.meta.title;
            if (entry.meta.language != language)
                location += u"  —  "_s +
                            tr("shown in %1: this chapter has no %2 version")
                                .arg(languageName(entry.meta.language), languageName(language));
            if (entry.updated())
                location += u"  —  "_s + tr("updated by HQ to version %1").arg(entry.meta.version);
            m_location->setText(location);
            if (m_model->currentData().toString() != entry.meta.manual)
                m_model->setCurrentIndex(m_model->findData(entry.meta.manual)); // reloads the TOC
            else
                selectInTableOfContents(link);
            updateActions();
            emit pageShown(link);
        });
}

void ManualsPage::loadTableOfContents()
{
    const QString model = m_model->currentData().toString();
    const QString language = m_language->currentData().toString();
    if (model.isEmpty() || !m_service->isLoaded())
        return;
    m_service->run<QList<manuals::ChapterEntry>>(
        [model, language](manuals::ManualLibrary &library) {
            return library.tableOfContents(model, language);
        },
        [this, model, language](QList<manuals::ChapterEntry> chapters) {
            if (model != m_model->currentData().toString() ||
                language != m_language->currentData().toString())
                return;
            m_toc->clear();
            for (const manuals::ChapterEntry &entry : std::as_const(chapters)) {
                auto *chapter = new QTreeWidgetItem(m_toc);
                QString title = entry.meta.title;
                if (entry.meta.language != language)
                    title += u" ("_s + languageName(entry.meta.language) + u')';
                chapter->setText(0, title);
                chapter->setData(0, LinkRole, entry.link());
                QTreeWidgetItem *parentSection = chapter;
                for (const manuals::ChapterSection &section : entry.sections) {
                    auto *item = new QTreeWidgetItem(
                        section.level >= 3 && parentSection != chapter ? parentSection : chapter);
                    item->setText(0, section.title);
                    item->setData(0, LinkRole, QString(entry.link() + u'#' + section.anchor));
                    if (section.level <= 2)
                        parentSection = item;
                }
            }
            selectInTableOfContents(currentLink());
            emit tableOfContentsShown(model);
        });
}

void ManualsPage::selectInTableOfContents(const QString &link)
{
    const QString chapterLink = link.section(u'#', 0, 0);
    for (int i = 0; i < m_toc->topLevelItemCount(); ++i) {
        QTreeWidgetItem *chapter = m_toc->topLevelItem(i);
        if (chapter->data(0, LinkRole).toString() != chapterLink)
            continue;
        QTreeWidgetItem *best = chapter;
        for (QTreeWidgetItemIterator it(chapter); *it && ((*it) == chapter || (*it)->parent());
             ++it) {
            if ((*it)->data(0, LinkRole).toString() == link)
                best = *it;
        }
        const QSignalBlocker blocker(m_toc);
        m_toc->setCurrentItem(best);
        chapter->setExpanded(true);
        return;
    }
}

void ManualsPage::focusFilter()
{
    m_findBar->show();
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

bool ManualsPage::findInPage(const QString &text, bool backwards)
{
    m_findBar->show();
    if (m_findEdit->text() != text)
        m_findEdit->setText(text);
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) { // wrap around
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void ManualsPage::back()
{
    if (!canGoBack())
        return;
    --m_historyIndex;
    showLink(m_history.at(m_historyIndex), false);
}

void ManualsPage::forward()
{
    if (!canGoForward())
        return;
    ++m_historyIndex;
    showLink(m_history.at(m_historyIndex), false);
}

void ManualsPage::search(const QString &text)
{
    m_tabs->setCurrentIndex(1);
    m_search->setText(text);
    runSearch();
}

void ManualsPage::runSearch()
{
    m_searchDebounce->stop();
    const QString text = m_search->text().trimmed();
    const quint64 request = ++m_searchRequest;
    if (text.isEmpty() || !m_service->isLoaded()) {
        m_results->clear();
        return;
    }
    manuals::SearchQuery query{
        text, m_thisModelOnly->isChecked() ? m_model->currentData().toString() : QString(),
        m_language->currentData().toString(), 50};
    m_service->run<Result<QList<manuals::SearchHit>>>(
        [query](manuals::ManualLibrary &library) { return library.search(query); },
        [this, request](Result<QList<manuals::SearchHit>> hits) {
            if (request != m_searchRequest)
                return;
            m_results->clear();
            if (!hits) {
                m_results->addItem(hits.error().message);
                emit searchFinished(0);
                return;
            }
            for (const manuals::SearchHit &hit : std::as_const(*hits)) {
                auto *item = new QListWidgetItem(m_results);
                item->setData(LinkRole, hit.link());
                item->setToolTip(hit.link());
                // Everything from the index is escaped; only the match markers become <b>.
                auto *label = new QLabel(m_results);
                label->setTextFormat(Qt::RichText);
                label->setWordWrap(true);
                label->setText(u"<b>%1</b> <small>(%2)</small><br/>%3"_s.arg(
                    (hit.anchor.isEmpty() ? hit.chapterTitle
                                          : hit.chapterTitle + u" › "_s + hit.sectionTitle)
                        .toHtmlEscaped(),
                    hit.manual.toHtmlEscaped(), manuals::snippetToHtml(hit.snippet)));
                label->setContentsMargins(4, 4, 4, 4);
                item->setSizeHint(label->sizeHint());
                m_results->setItemWidget(item, label);
            }
            if (hits->isEmpty())
                m_results->addItem(tr("Nothing found."));
            emit searchFinished(static_cast<int>(hits->size()));
        });
}

void ManualsPage::reloadBookmarks()
{
    m_bookmarkList->clear();
    for (const ManualBookmark &bookmark : ManualBookmarks::load()) {
        auto *item = new QListWidgetItem(bookmark.title, m_bookmarkList);
        item->setData(LinkRole, bookmark.link);
        item->setToolTip(bookmark.link);
    }
}

void ManualsPage::addBookmark()
{
    if (currentLink().isEmpty())
        return;
    ManualBookmarks::add({currentLink(), m_location->text().section(u"  —  "_s, 0, 0)});
    reloadBookmarks();
    m_tabs->setCurrentIndex(2);
}

void ManualsPage::removeBookmark(const QString &link)
{
    ManualBookmarks::remove(link);
    reloadBookmarks();
}

bool ManualsPage::print()
{
    return m_export->print(m_page);
}

bool ManualsPage::exportPdf(const QString &path)
{
    return m_export->exportPdf(m_page, path);
}

void ManualsPage::setLanguage(const QString &language)
{
    const int index = m_language->findData(manuals::effectiveLanguage(language));
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void ManualsPage::updateActions()
{
    m_back->setEnabled(canGoBack());
    m_forward->setEnabled(canGoForward());
    m_bookmark->setEnabled(!currentLink().isEmpty());
}

} // namespace fb::gui
