#include "gui/notices/notices_page.h"

#include "domain/policy/policy.h"
#include "gui/database_worker.h"
#include "gui/gui_context.h"
#include "gui/uptime/uptime_dialog.h"
#include "storage/document_store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

enum Column
{
    TitleColumn,
    EffectiveColumn,
    PublishedColumn,
    NoticeColumn,
    ColumnCount
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

NoticesPage::NoticesPage(GuiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_worker(new DatabaseWorker(context, this))
{
    setObjectName(u"noticesPage"_s);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"noticesTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Notice"), tr("Takes effect"), tr("Published"), tr("Notice given")});
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->setRootIsDecorated(true);
    m_body = new QPlainTextEdit(this);
    m_body->setReadOnly(true); // plain text: HQ content is never rendered as HTML
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    auto *uptime = new QPushButton(tr("Uptime report…"), this);
    uptime->setObjectName(u"uptimeButton"_s);
    connect(uptime, &QPushButton::clicked, this, &NoticesPage::openUptimeReport);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &NoticesPage::showSelected);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_body);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(uptime);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter);

    connect(&context, &GuiContext::workspaceChanged, this, &NoticesPage::refresh);
    connect(&context, &GuiContext::documentsChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            if (id.startsWith("bulletin:"_L1)) {
                refresh();
                return;
            }
        }
    });
    refresh();
}

void NoticesPage::refresh()
{
    if (!m_context.workspace()) {
        m_status->setText(tr("No workspace is open."));
        return;
    }
    m_status->setText(tr("Loading notices…"));
    m_worker->run<Loaded>(
        [](storage::Database &db) {
            Loaded loaded;
            storage::DocumentStore store(db);
            auto documents = store.allOfType(u"bulletin"_s);
            if (!documents) {
                loaded.errors << documents.error().message;
                return loaded;
            }
            for (const QJsonObject &document : *documents) {
                auto bulletin = policy::Bulletin::fromJson(document);
                if (bulletin)
                    loaded.bulletins.append(*bulletin);
                else
                    loaded.errors << bulletin.error().message;
            }
            return loaded;
        },
        [this](Loaded result) { display(result); });
}

void NoticesPage::display(const Loaded &result)
{
    const auto policy = policy::activePolicy();
    m_bulletins = policy::orderForNotices(result.bulletins, policy::currentTime());
    m_tree->clear();
    m_body->clear();
    const QList<std::pair<QString, QString>> groups{
        {u"planned_outage"_s, tr("Planned outages")},
        {u"discontinuation"_s, tr("Discontinuations")},
        {u"advisory"_s, tr("Advisories")},
    };
    const QDateTime now = policy::currentTime();
    int shortNotices = 0;
    for (const auto &[kind, title] : groups) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(TitleColumn);
        bold.setBold(true);
        group->setFont(TitleColumn, bold);
        for (qsizetype i = 0; i < m_bulletins.size(); ++i) {
            const policy::Bulletin &bulletin = m_bulletins.at(i);
            const bool known =
                bulletin.kind == "planned_outage"_L1 || bulletin.kind == "discontinuation"_L1;
            if ((known && bulletin.kind != kind) || (!known && kind != "advisory"_L1))
                continue;
            auto *item = new QTreeWidgetItem(group);
            item->setText(TitleColumn, bulletin.title);
            item->setText(EffectiveColumn, timeText(bulletin.effectiveAt));
            item->setText(PublishedColumn, timeText(bulletin.publishedAt));
            item->setData(TitleColumn, Qt::UserRole, int(i));
            if (bulletin.effectiveAt.isValid() && bulletin.effectiveAt < now)
                item->setForeground(TitleColumn,
                                    palette().brush(QPalette::Disabled, QPalette::Text));
            if (bulletin.effectiveAt.isValid())
                item->setText(NoticeColumn,
                              tr("%n day(s)", nullptr, int(policy::noticeDays(bulletin))));
            if (policy::isShortNotice(bulletin, *policy)) {
                ++shortNotices;
                // Colour, icon and text together: the flag must not rely on hue alone.
                item->setIcon(NoticeColumn, QIcon(u":/icons/sla-breached.svg"_s));
                item->setForeground(NoticeColumn, QColor(0xb0, 0x1e, 0x1e));
                item->setText(NoticeColumn, tr("Short notice: %n day(s) (at least %1 required)",
                                               nullptr, int(policy::noticeDays(bulletin)))
                                                .arg(policy->discontinuationMinNoticeDays));
                item->setData(NoticeColumn, Qt::UserRole, true);
            }
        }
        group->setExpanded(true);
        if (group->childCount() == 0)
            new QTreeWidgetItem(group, {tr("None")});
    }
    QString status = tr("%n notice(s)", nullptr, int(m_bulletins.size()));
    if (shortNotices > 0)
        status += u" · "_s + tr("%n announced with short notice", nullptr, shortNotices);
    if (!result.errors.isEmpty())
        status += u" · "_s + tr("%n could not be read: %1", nullptr, int(result.errors.size()))
                                 .arg(result.errors.constFirst());
    m_status->setText(status);
    emit loaded();
}

void NoticesPage::showSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QVariant index = item ? item->data(TitleColumn, Qt::UserRole) : QVariant();
    if (!index.isValid() || index.toInt() >= m_bulletins.size()) {
        m_body->clear();
        return;
    }
    const policy::Bulletin &bulletin = m_bulletins.at(index.toInt());
    m_body->setPlainText(bulletin.title + u"\n\n"_s + bulletin.body);
}

void NoticesPage::openUptimeReport()
{
    auto *dialog = new UptimeDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace fb::gui
