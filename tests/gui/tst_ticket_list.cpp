// The ticket list model and the Tickets page filters against the repository
// on a real 300-ticket workspace.

#include "domain/time_format.h"
#include "gui/database_worker.h"
#include "gui/gui_context.h"
#include "gui/tickets/sla_display.h"
#include "gui/tickets/ticket_list_model.h"
#include "gui/tickets/tickets_page.h"
#include "storage/ticket_repository.h"
#include "storage/workspace.h"
#include "support/test_support.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using fb::gui::GuiContext;
using fb::gui::TicketListModel;
using fb::storage::TicketFilter;
using fb::storage::TicketSort;
using fb::storage::TicketSortKey;

class TicketListTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPassesTesterThroughFilterAndSort();
    void loadsRowsLazily();
    void sortMatchesRepository_data();
    void sortMatchesRepository();
    void pageFiltersMatchRepository_data();
    void pageFiltersMatchRepository();
    void supersededQueriesAreDropped();
    void unchangedFilterStartsNoQuery();
    void supersededQueryIsInterrupted();
    void listQueriesReadOneCoveringIndex_data();
    void listQueriesReadOneCoveringIndex();
    void showsDeadlineWithSlaState();
    void reportsMissingWorkspace();

private:
    QVector<qint64> repositoryIds(const TicketFilter &filter, TicketSort sort = {});
    static void waitForQuery(TicketListModel &model);

    QTemporaryDir m_dir;
    GuiContext m_context;
    std::optional<fb::storage::Database> m_db; // the test's own connection
};

void TicketListTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto workspace = fb::test::createWorkspace(m_dir, 300);
    QVERIFY(workspace);
    auto connection = workspace->openConnection();
    QVERIFY(connection.ok());
    m_db.emplace(std::move(connection).value());
    m_context.setWorkspace(std::move(workspace));
}

QVector<qint64> TicketListTest::repositoryIds(const TicketFilter &filter, TicketSort sort)
{
    fb::storage::TicketRepository tickets(*m_db);
    auto ids = tickets.listRowIds(filter, sort);
    if (!ids) {
        qWarning("listRowIds: %s", qPrintable(ids.error().message));
        return {};
    }
    return *ids;
}

void TicketListTest::waitForQuery(TicketListModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
}

void TicketListTest::modelPassesTesterThroughFilterAndSort()
{
    TicketListModel model(m_context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitForQuery(model);
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.columnCount(), int(TicketListModel::ColumnCount));

    model.setFilter({u"new"_s, QString(), QString()});
    waitForQuery(model);
    QCOMPARE(model.rowIds(), repositoryIds({u"new"_s, {}, {}}));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 300);

    model.sort(TicketListModel::Number, Qt::AscendingOrder);
    waitForQuery(model);
    // Every loaded cell of the new order is consistent for the tester too.
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row, TicketListModel::Number));
    QTRY_VERIFY(model.rowAt(model.rowCount() - 1) != nullptr);

    model.setFilter({});
    waitForQuery(model);
    QCOMPARE(model.rowCount(), 300);
    model.refresh();
    waitForQuery(model);
    QCOMPARE(model.rowCount(), 300);
}

void TicketListTest::loadsRowsLazily()
{
    TicketListModel model(m_context);
    waitForQuery(model);
    QCOMPARE(model.rowCount(), 300);
    // The first page comes with the ids (a view shows it right away)...
    QVERIFY(model.rowAt(0) != nullptr);
    QVERIFY(model.rowAt(TicketListModel::kPageSize - 1) != nullptr);
    // ...the others only when a view asks.
    QVERIFY(model.rowAt(TicketListModel::kPageSize) == nullptr);
    QVERIFY(
        !model.data(model.index(TicketListModel::kPageSize, TicketListModel::Number)).isValid());
    QTRY_VERIFY(model.rowAt(TicketListModel::kPageSize) != nullptr);

    fb::storage::TicketRepository tickets(*m_db);
    auto expected = tickets.rowsByRowId({model.rowIdAt(0)});
    QVERIFY(expected.ok());
    QCOMPARE(model.data(model.index(0, TicketListModel::Number)).toString(),
             expected->first().number);
    QCOMPARE(model.data(model.index(0, 0), TicketListModel::TicketIdRole).toString(),
             expected->first().id);
    QCOMPARE(model.data(model.index(0, TicketListModel::Summary)).toString(),
             expected->first().summary);
}

void TicketListTest::sortMatchesRepository_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int column = 0; column < TicketListModel::ColumnCount; ++column) {
        QTest::addRow("column %d asc", column) << column << false;
        QTest::addRow("column %d desc", column) << column << true;
    }
}

void TicketListTest::sortMatchesRepository()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    TicketListModel model(m_context);
    waitForQuery(model);
    model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    waitForQuery(model);
    QCOMPARE(model.rowIds(),
             repositoryIds({}, {TicketListModel::sortKeyForColumn(column), descending}));
}

void TicketListTest::pageFiltersMatchRepository_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("search");
    QTest::newRow("all") << QString() << QString() << QString();
    QTest::newRow("status new") << u"new"_s << QString() << QString();
    QTest::newRow("status closed") << u"closed"_s << QString() << QString();
    QTest::newRow("priority high") << QString() << u"high"_s << QString();
    QTest::newRow("resolved normal") << u"resolved"_s << u"normal"_s << QString();
    QTest::newRow("number text") << QString() << QString() << u"T-00001"_s;
    QTest::newRow("word") << QString() << QString() << u"door"_s;
    QTest::newRow("status and text") << u"onsite"_s << QString() << u"a"_s;
    QTest::newRow("no match") << QString() << QString() << u"zzzz-no-such-ticket"_s;
    QTest::newRow("like wildcards are literal") << QString() << QString() << u"%_"_s;
}

void TicketListTest::pageFiltersMatchRepository()
{
    QFETCH(QString, status);
    QFETCH(QString, priority);
    QFETCH(QString, search);
    fb::gui::TicketsPage page(m_context);
    waitForQuery(*page.model());

    // Drive the page's own widgets, as a user would.
    const int statusIndex = page.statusFilter()->findData(status);
    const int priorityIndex = page.priorityFilter()->findData(priority);
    QVERIFY(statusIndex >= 0);
    QVERIFY(priorityIndex >= 0);
    page.statusFilter()->setCurrentIndex(statusIndex);
    page.priorityFilter()->setCurrentIndex(priorityIndex);
    page.searchEdit()->setText(search);

    const QVector<qint64> expected = repositoryIds({status, priority, search});
    QTRY_COMPARE(page.model()->filter().search, search.trimmed()); // after the debounce
    waitForQuery(*page.model());
    QCOMPARE(page.model()->rowIds(), expected);
    QCOMPARE(page.model()->rowCount(), int(expected.size()));
    QVERIFY(page.findChild<QLabel *>(u"ticketCount"_s)
                ->text()
                .contains(QString::number(expected.size())));
}

void TicketListTest::supersededQueriesAreDropped()
{
    TicketListModel model(m_context);
    waitForQuery(model);
    int finished = 0;
    connect(&model, &TicketListModel::queryFinished, this, [&finished] { ++finished; });
    const QStringList statuses{u"new"_s, u"onsite"_s, u"closed"_s, u"resolved"_s};
    for (const QString &status : statuses)
        model.setFilter({status, {}, {}});
    waitForQuery(model);
    QTest::qWait(100); // let any late answer arrive; it must not replace the last one
    QCOMPARE(model.rowIds(), repositoryIds({u"resolved"_s, {}, {}}));
    QCOMPARE(finished, 1);
}

void TicketListTest::unchangedFilterStartsNoQuery()
{
    // The old benchmark waited 30 s for an answer to "clear all filters" when
    // no filter was set: an unchanged filter starts no query and says so.
    TicketListModel model(m_context);
    waitForQuery(model);
    QSignalSpy finished(&model, &TicketListModel::queryFinished);
    QVERIFY(!model.setFilter({}));
    QVERIFY(!model.isLoading());
    QVERIFY(model.setFilter({u"closed"_s, {}, {}}));
    waitForQuery(model);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!model.setFilter({u"closed"_s, {}, {}}));
    // Clearing every filter gives back every ticket, once.
    QVERIFY(model.setFilter({}));
    waitForQuery(model);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.rowIds(), repositoryIds({}));
}

void TicketListTest::supersededQueryIsInterrupted()
{
    // A query long enough to reach the progress handler many times.
    const char *sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                      "WHERE i < 200000) SELECT count(*) FROM n";
    auto latest = std::make_shared<std::atomic<quint64>>(7);
    {
        fb::gui::SupersededQueryGuard guard(*m_db, latest, 7);
        auto counted = m_db->scalar(sql);
        QVERIFY2(counted.ok(), counted.ok() ? "" : qPrintable(counted.error().message));
        QCOMPARE(counted->toInt(), 200000);
        QVERIFY(!guard.superseded());
    }
    {
        fb::gui::SupersededQueryGuard guard(*m_db, latest, 6); // a newer query exists
        QVERIFY(guard.superseded());
        auto counted = m_db->scalar(sql);
        QVERIFY(!counted.ok());
        QVERIFY2(counted.error().message.contains(u"interrupt"_s, Qt::CaseInsensitive),
                 qPrintable(counted.error().message));
    }
    // Without a guard the connection answers again.
    auto again = m_db->scalar(sql);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(again->toInt(), 200000);
}

void TicketListTest::listQueriesReadOneCoveringIndex_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("no filter") << QString();
    QTest::newRow("status") << u" WHERE status = ?1"_s;
    QTest::newRow("priority") << u" WHERE priority = ?2"_s;
    QTest::newRow("status, priority") << u" WHERE status = ?1 AND priority = ?2"_s;
    QTest::newRow("text") << u" WHERE search LIKE ?3 ESCAPE '\\'"_s;
    QTest::newRow("status, text") << u" WHERE status = ?1 AND search LIKE ?3 ESCAPE '\\'"_s;
    QTest::newRow("priority, text") << u" WHERE priority = ?2 AND search LIKE ?3 ESCAPE '\\'"_s;
    QTest::newRow("all three")
        << u" WHERE status = ?1 AND priority = ?2 AND search LIKE ?3 ESCAPE '\\'"_s;
}

void TicketListTest::listQueriesReadOneCoveringIndex()
{
    // The shape of TicketRepository::listRowIds in the default order: every
    // filter combination reads one index range in order (schema v6), with no
    // sort and no table row per ticket; this is what keeps a filter over
    // 100,000 tickets in tens of milliseconds.
    QFETCH(QString, where);
    for (const char *direction : {" DESC", " ASC"}) {
        const QByteArray sql = "EXPLAIN QUERY PLAN SELECT rowid FROM ticket_rows" + where.toUtf8() +
                               " ORDER BY received_at" + direction + ", number" + direction;
        auto plan = m_db->prepare(sql.constData());
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        QStringList steps;
        QVERIFY(plan->forEachRow([&] { steps << plan->text(3); }).ok());
        const QString text = steps.join(u" | "_s);
        QVERIFY2(steps.size() == 1 && text.contains(u"USING COVERING INDEX ticket_rows_list"_s),
                 qPrintable(text));
        QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
    }
}

void TicketListTest::showsDeadlineWithSlaState()
{
    // The state is the policy module's (stored or computed when read); the
    // list shows it as time + text + colour + icon, exactly as given.
    TicketListModel model(m_context);
    waitForQuery(model);
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row, 0));
    QTRY_VERIFY(model.rowAt(model.rowCount() - 1) != nullptr);
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const fb::storage::TicketRow *ticket = model.rowAt(row);
        QVERIFY(ticket);
        const QModelIndex deadline = model.index(row, TicketListModel::NextDeadline);
        const QString shown = model.data(deadline).toString();
        const fb::gui::SlaLook look = fb::gui::slaLookFromState(ticket->slaState);
        if (!ticket->nextDue.isEmpty()) {
            const auto due = fb::parseIsoTime(ticket->nextDue);
            QVERIFY(due.has_value());
            QVERIFY2(shown.contains(QLocale().toString(due->toLocalTime(), QLocale::ShortFormat)),
                     qPrintable(shown));
        }
        if (look != fb::gui::SlaLook::None) {
            QVERIFY2(shown.contains(fb::gui::slaText(look)), qPrintable(shown));
            QVERIFY(!model.data(deadline, Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(model.data(deadline, Qt::ForegroundRole).isValid());
            ++checked;
        } else if (ticket->nextDue.isEmpty()) {
            QCOMPARE(shown, QString());
        }
    }
    QVERIFY(checked > 0 || model.rowCount() == 0);

    QCOMPARE(fb::gui::slaLookFromState(u"at_risk"_s), fb::gui::SlaLook::AtRisk);
    QCOMPARE(fb::gui::slaLookFromState(u"breached"_s), fb::gui::SlaLook::Breached);
    QCOMPARE(fb::gui::slaLookFromState(u"met"_s), fb::gui::SlaLook::Met);
    QCOMPARE(fb::gui::slaLookFromState(u"on_track"_s), fb::gui::SlaLook::OnTrack);
    // Unknown states are not turned into a made-up one.
    QCOMPARE(fb::gui::slaLookFromState(u"garbage"_s), fb::gui::SlaLook::None);
    QCOMPARE(fb::gui::slaText(fb::gui::SlaLook::None), QString());
    QCOMPARE(fb::gui::slaText(fb::gui::SlaLook::AtRisk), u"at risk"_s);
}

void TicketListTest::reportsMissingWorkspace()
{
    GuiContext empty;
    TicketListModel model(empty);
    QSignalSpy failed(&model, &TicketListModel::queryFailed);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"No workspace"_s));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TicketListTest)
#include "tst_ticket_list.moc"
