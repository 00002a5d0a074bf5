// The app's start-up follows the service policy: opening a workspace whose
// deadlines were computed with another policy recomputes them (in a worker
// thread) before the window shows; an unchanged policy writes nothing.

#include "domain/policy/policy.h"
#include "domain/time_format.h"
#include "gui/dialog_seam.h"
#include "gui/workspace_setup.h"
#include "storage/document_store.h"
#include "storage/sla_index.h"
#include "storage/ticket_repository.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;

namespace {

std::shared_ptr<const policy::Policy> twoDayPolicy()
{
    QFile file(u":/policy/default-policy.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no embedded policy");
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject sla = document.value("sla"_L1).toObject();
    sla.insert("response_normal"_L1, QJsonObject{{"clock"_L1, u"business"_s}, {"hours"_L1, 18}});
    document.insert("sla"_L1, sla);
    auto parsed = policy::Policy::fromJson(document);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return std::make_shared<const policy::Policy>(std::move(parsed).value());
}

QString responseDue(storage::Workspace &workspace)
{
    auto rows = storage::TicketRepository(workspace.db()).list({});
    return rows && !rows->isEmpty() ? rows->first().responseDue : QString();
}

} // namespace

class TestSlaPolicyStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        gui::DialogSeam::setAutoAnswer(true);
    }
    void cleanup() { policy::setActivePolicy(nullptr); }

    void startupRecomputesForAChangedPolicy()
    {
        QTemporaryDir dir;
        const QString path = storage::Workspace::pathInDirectory(dir.path());
        {
            auto workspace = test::createWorkspace(dir);
            QVERIFY(workspace);
            QVERIFY(*storage::recomputeDeadlinesIfPolicyChanged(workspace->db(),
                                                                *policy::activePolicy()));
            storage::DocumentStore store(workspace->db());
            QVERIFY(store.put({{"_id"_L1, u"customer:c1"_s},
                               {"type"_L1, u"customer"_s},
                               {"name"_L1, u"Acme"_s},
                               {"region"_L1, u"us"_s}}));
            QVERIFY(store.put({{"_id"_L1, u"site:s1"_s},
                               {"type"_L1, u"site"_s},
                               {"customer_id"_L1, u"customer:c1"_s},
                               {"name"_L1, u"Lab"_s},
                               {"address"_L1, u"1 Main St"_s},
                               {"region"_L1, u"us"_s}}));
            QVERIFY(store.put({{"_id"_L1, u"device:SN1"_s},
                               {"type"_L1, u"device"_s},
                               {"serial"_L1, u"SN1"_s},
                               {"model"_L1, u"freezer"_s},
                               {"site_id"_L1, u"site:s1"_s},
                               {"install_date"_L1, u"2026-01-01"_s},
                               {"firmware"_L1, u"1.4.2"_s}}));
            // Monday 7 Dec 2026, 10:00 CST.
            QVERIFY(storage::TicketRepository(workspace->db())
                        .create({u"site:s1"_s, u"SN1"_s, Priority::Normal, Channel::Email,
                                 u"Door will not lock"_s, *parseIsoTime(u"2026-12-07T16:00:00Z"_s),
                                 u"tech"_s}));
            QCOMPARE(responseDue(*workspace), u"2026-12-08T16:00:00Z"_s);
        }

        // Same policy: the start-up rewrites nothing (a marked row stays marked).
        {
            auto workspace =
                storage::Workspace::open(path, storage::Workspace::OpenMode::OpenExisting);
            QVERIFY(workspace);
            QVERIFY((*workspace)->db().exec("UPDATE ticket_rows SET response_due = 'marked'"));
        }
        {
            auto workspace = gui::WorkspaceSetup::openAtStartup(path);
            QVERIFY(workspace);
            QCOMPARE(responseDue(*workspace), u"marked"_s);
        }

        // Another policy: recomputed before the workspace is handed to the window.
        policy::setActivePolicy(twoDayPolicy());
        {
            auto workspace = gui::WorkspaceSetup::openAtStartup(path);
            QVERIFY(workspace);
            QCOMPARE(responseDue(*workspace), u"2026-12-09T16:00:00Z"_s);
            QCOMPARE(*workspace->metaValue(QString::fromLatin1(storage::kPolicyDigestKey)),
                     storage::policyDigest(*policy::activePolicy()));
        }
        QVERIFY(gui::DialogSeam::takeMessages().isEmpty());
    }
};

QTEST_MAIN(TestSlaPolicyStartup)
#include "test_sla_policy_startup.moc"
