// The SLA widgets on a real demo workspace: notices page, contacts panel,
// escalation dialog, deadline notifier and the uptime report with its PDF.

#include "domain/policy/policy.h"
#include "domain/time_format.h"
#include "gui/gui_context.h"
#include "gui/notices/notices_page.h"
#include "gui/sla/contacts_panel.h"
#include "gui/sla/escalation_dialog.h"
#include "gui/sla/sla_notifier.h"
#include "gui/uptime/uptime_dialog.h"
#include "storage/document_store.h"
#include "storage/ticket_repository.h"
#include "support/test_support.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::gui;

namespace {

QDateTime at(const QString &iso)
{
    return *parseIsoTime(iso);
}
const QDateTime kAnchor = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC); // the demo's "now"

} // namespace

class TestSlaGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto workspace = test::createWorkspace(m_dir, 20);
        QVERIFY(workspace);
        m_context.setWorkspace(std::move(workspace));
        policy::setClock([] { return kAnchor; });
    }
    void cleanupTestCase() { policy::setClock({}); }

    void noticesPageFlagsShortNotice()
    {
        NoticesPage page(m_context);
        QSignalSpy loaded(&page, &NoticesPage::loaded);
        QVERIFY(loaded.wait(10000));
        QTreeWidget *tree = page.tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *outages = tree->topLevelItem(0);
        QCOMPARE(outages->child(0)->text(0), u"Cloud portal maintenance"_s); // upcoming first
        QCOMPARE(outages->child(outages->childCount() - 1)->text(0),
                 u"Network provider maintenance"_s);
        QTreeWidgetItem *discontinuations = tree->topLevelItem(1);
        int flagged = 0;
        for (int i = 0; i < discontinuations->childCount(); ++i) {
            QTreeWidgetItem *item = discontinuations->child(i);
            if (item->data(3, Qt::UserRole).toBool()) {
                ++flagged;
                QCOMPARE(item->text(0), u"Legacy reader firmware 1.x no longer supported"_s);
                QVERIFY(item->text(3).contains(u"14"_s));
                QVERIFY(!item->icon(3).isNull());
            }
        }
        QCOMPARE(flagged, 1);
    }

    void contactsPanelPreparesCallAndMail()
    {
        storage::TicketRepository tickets(m_context.workspace()->db());
        auto rows = tickets.list({}, {}, 1);
        QVERIFY(rows && !rows->isEmpty());
        auto ticket = tickets.find(rows->first().id);
        QVERIFY(ticket);
        // A diagnostic report for the ticket: its result goes into the e-mail.
        storage::DocumentStore store(m_context.workspace()->db());
        QVERIFY(store.put(
            {{"_id"_L1, u"report:gui-1"_s},
             {"type"_L1, u"report"_s},
             {"ticket_id"_L1, ticket->id},
             {"device_serial"_L1, ticket->deviceSerial},
             {"taken_at"_L1, u"2026-11-29T09:00:00Z"_s},
             {"checks"_L1, QJsonArray{QJsonObject{{"name"_L1, u"antennas"_s},
                                                  {"passed"_L1, false},
                                                  {"detail"_L1, u"antenna 2 open"_s}}}}}));
        ContactsPanel panel(m_context);
        QSignalSpy loaded(&panel, &ContactsPanel::loaded);
        panel.showTicket(*ticket);
        QVERIFY(loaded.wait(10000));
        QVERIFY2(panel.callUrl().toString().startsWith(u"tel:+"_s),
                 qPrintable(panel.callUrl().toString()));
        const auto region = policy::activePolicy()->region(panel.region());
        QVERIFY(region);
        QCOMPARE(panel.emailUrl().path(), region->contacts.nonUrgentEmail);
        const QUrlQuery query(panel.emailUrl());
        QVERIFY(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded).contains(ticket->number));
        const QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
        QVERIFY2(body.contains(u"antenna 2 open"_s), qPrintable(body));
        QVERIFY(body.contains(ticket->deviceSerial));
        QVERIFY(panel.findChild<QPushButton *>(u"callButton"_s)->isEnabled());
    }

    void escalationDialogNeedsTimeline()
    {
        EscalationDialog internal(u"T-000001"_s, TicketStatus::EscalatedInternal,
                                  at(u"2026-12-08T19:00:00Z"_s), u"America/Chicago"_s);
        auto *ok = internal.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        internal.findChild<QPlainTextEdit *>(u"timelineEdit"_s)
            ->setPlainText(u"Firmware fix by Friday"_s);
        QVERIFY(ok->isEnabled());
        QCOMPARE(internal.combinedReason(u"Needs engineering"_s),
                 u"Needs engineering\nNext steps: Firmware fix by Friday"_s);
        EscalationDialog onsite(u"T-000001"_s, TicketStatus::OnsiteScheduled, QDateTime(),
                                QString());
        QVERIFY(onsite.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(onsite.combinedReason(u"Reader swap"_s), u"Reader swap"_s);
    }

    void notifierReportsTransitions()
    {
        storage::TicketRepository tickets(m_context.workspace()->db());
        auto rows = tickets.list({}, {}, 1);
        QVERIFY(rows && !rows->isEmpty());
        auto source = tickets.find(rows->first().id);
        QVERIFY(source);
        // A fresh high-priority ticket: 4 calendar hours from the anchor.
        auto ticket = tickets.create({source->siteId, source->deviceSerial, Priority::High,
                                      Channel::Phone, u"Freezer alarm"_s, kAnchor, u"tech"_s});
        QVERIFY(ticket);
        QStatusBar bar;
        SlaNotifier notifier(m_context, &bar);
        QSignalSpy scanned(&notifier, &SlaNotifier::scanned);
        QSignalSpy notified(&notifier, &SlaNotifier::notified);
        notifier.checkNow();
        QVERIFY(scanned.wait(10000)); // baseline
        QCOMPARE(notified.count(), 0);
        policy::setClock([] { return kAnchor.addSecs(3 * 3600 + 30 * 60); });
        notifier.checkNow();
        QVERIFY(scanned.wait(10000));
        bool sawAtRisk = false;
        for (const QList<QVariant> &signal : notified)
            sawAtRisk = sawAtRisk || (signal.at(0).toString() == ticket->number &&
                                      signal.at(1).toString() == u"at_risk"_s);
        QVERIFY(sawAtRisk);
        QVERIFY(bar.currentMessage().contains(u"at risk"_s) ||
                bar.currentMessage().contains(u"breached"_s));
        policy::setClock([] { return kAnchor; });
    }

    void uptimeReportAndPdf()
    {
        storage::TicketRepository tickets(m_context.workspace()->db());
        auto rows = tickets.list({}, {}, 1);
        QVERIFY(rows && !rows->isEmpty());
        const QString serial = rows->first().deviceSerial;
        storage::DocumentStore store(m_context.workspace()->db());
        const QJsonArray events{QJsonObject{{"time"_L1, u"2026-11-10T10:00:00Z"_s},
                                            {"code"_L1, 8},
                                            {"name"_L1, u"network_down"_s},
                                            {"value"_L1, 0}},
                                QJsonObject{{"time"_L1, u"2026-11-10T11:00:00Z"_s},
                                            {"code"_L1, 9},
                                            {"name"_L1, u"network_up"_s},
                                            {"value"_L1, 0}}};
        QVERIFY(store.put({{"_id"_L1, u"report:uptime-1"_s},
                           {"type"_L1, u"report"_s},
                           {"device_serial"_L1, serial},
                           {"taken_at"_L1, u"2026-11-20T09:00:00Z"_s},
                           {"readings"_L1, QJsonObject{{"events"_L1, events}}}}));
        UptimeDialog dialog(m_context);
        QSignalSpy loaded(&dialog, &UptimeDialog::loaded);
        QVERIFY(loaded.wait(10000));
        dialog.deviceBox()->setCurrentIndex(dialog.deviceBox()->findText(serial));
        QCOMPARE(dialog.months().size(), 12);
        QCOMPARE(dialog.months().last().downSeconds, 3600);
        QVERIFY(!dialog.months().last().meetsTarget);

        // Bad interval refused, nothing stored.
        QVERIFY(!dialog.addExclusion({serial,
                                      at(u"2026-11-10T11:00:00Z"_s),
                                      at(u"2026-11-10T10:00:00Z"_s),
                                      u"internet_outage"_s,
                                      {}}));
        QVERIFY(
            dialog.addExclusion({serial, at(u"2026-11-10T10:00:00Z"_s),
                                 at(u"2026-11-10T10:50:00Z"_s), u"internet_outage"_s, u"ISP"_s}));
        QCOMPARE(dialog.months().last().downSeconds, 600);
        QVERIFY(dialog.months().last().meetsTarget);
        auto stored =
            m_context.workspace()->metaValue(QString::fromLatin1(policy::kUptimeExclusionsMetaKey));
        QVERIFY(stored && stored->contains(u"internet_outage"_s));

        const QString pdf = m_dir.filePath(u"uptime.pdf"_s);
        QVERIFY(dialog.exportPdf(pdf));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(u"Uptime report for device %1"_s.arg(serial)),
                 qPrintable(content));
        QVERIFY(content.contains(u"target met"_s));
        QVERIFY(content.contains(u"99.9"_s));
        // An unwritable path is a clear error.
        auto refused = dialog.exportPdf(u"/nonexistent-dir/x/uptime.pdf"_s);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"/nonexistent-dir"_s));
    }

private:
    QTemporaryDir m_dir;
    GuiContext m_context;
};

QTEST_MAIN(TestSlaGui)
#include "test_sla_gui.moc"
