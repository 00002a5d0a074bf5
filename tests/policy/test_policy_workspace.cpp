// Stored SLA deadlines follow the service policy: a workspace remembers the
// digest of the policy its deadlines were computed with; opening it under a
// different policy (an override file, a changed default) recomputes every
// ticket once, and an unchanged policy writes nothing. Checked in-process
// and through the real fieldbench-cli with FIELDBENCH_POLICY_FILE.

#include "domain/policy/policy.h"
#include "domain/time_format.h"
#include "storage/document_store.h"
#include "storage/sla_index.h"
#include "storage/ticket_repository.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fb;
using namespace fb::storage;

namespace {

QJsonObject defaultPolicyJson()
{
    QFile file(u":/policy/default-policy.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no embedded policy");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Policy B: two business days for a normal ticket's first response.
QJsonObject policyB()
{
    QJsonObject document = defaultPolicyJson();
    QJsonObject sla = document.value("sla"_L1).toObject();
    sla.insert("response_normal"_L1, QJsonObject{{"clock"_L1, u"business"_s}, {"hours"_L1, 18}});
    document.insert("sla"_L1, sla);
    return document;
}

QString writePolicy(const QTemporaryDir &dir, const QString &name, const QJsonObject &document)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// One US ticket received Monday 7 Dec 2026, 10:00 CST.
QString seedTicket(Workspace &workspace)
{
    DocumentStore store(workspace.db());
    const QList<QJsonObject> documents{{{"_id"_L1, u"customer:c1"_s},
                                        {"type"_L1, u"customer"_s},
                                        {"name"_L1, u"Acme"_s},
                                        {"region"_L1, u"us"_s}},
                                       {{"_id"_L1, u"site:s1"_s},
                                        {"type"_L1, u"site"_s},
                                        {"customer_id"_L1, u"customer:c1"_s},
                                        {"name"_L1, u"Lab"_s},
                                        {"address"_L1, u"1 Main St"_s},
                                        {"region"_L1, u"us"_s}},
                                       {{"_id"_L1, u"device:SN1"_s},
                                        {"type"_L1, u"device"_s},
                                        {"serial"_L1, u"SN1"_s},
                                        {"model"_L1, u"freezer"_s},
                                        {"site_id"_L1, u"site:s1"_s},
                                        {"install_date"_L1, u"2026-01-01"_s},
                                        {"firmware"_L1, u"1.4.2"_s}}};
    for (const QJsonObject &document : documents) {
        if (!store.put(document))
            qFatal("seed failed");
    }
    auto ticket =
        TicketRepository(workspace.db())
            .create({u"site:s1"_s, u"SN1"_s, Priority::Normal, Channel::Email,
                     u"Door will not lock"_s, *parseIsoTime(u"2026-12-07T16:00:00Z"_s), u"tech"_s});
    if (!ticket)
        qFatal("%s", qPrintable(ticket.error().message));
    return ticket->number;
}

QString responseDue(Workspace &workspace, const QString &number)
{
    auto rows = TicketRepository(workspace.db()).list({});
    for (const TicketRow &row : *rows) {
        if (row.number == number)
            return row.responseDue;
    }
    return {};
}

qint64 totalChanges(Workspace &workspace)
{
    return workspace.db().scalar("SELECT total_changes()")->toLongLong();
}

std::unique_ptr<Workspace> reopen(const QTemporaryDir &dir)
{
    auto opened =
        Workspace::open(Workspace::pathInDirectory(dir.path()), Workspace::OpenMode::OpenExisting);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments, const QString &policyFile)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    static QTemporaryDir runtimeDir;
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir.path());
    if (policyFile.isEmpty())
        environment.remove(u"FIELDBENCH_POLICY_FILE"_s);
    else
        environment.insert(u"FIELDBENCH_POLICY_FILE"_s, policyFile);
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(FIELDBENCH_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("fieldbench-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

constexpr auto kDueA = "2026-12-08T16:00:00Z"; // one business day: Tue 10:00 CST
constexpr auto kDueB = "2026-12-09T16:00:00Z"; // two business days: Wed 10:00 CST

} // namespace

class TestPolicyWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { policy::setActivePolicy(nullptr); }

    void digestIsCanonical()
    {
        const policy::Policy &builtIn = policy::Policy::builtIn();
        const QString digest = policyDigest(builtIn);
        QCOMPARE(digest.size(), 64);
        // Key order and whitespace of the file do not matter; content does.
        auto reparsed = policy::Policy::fromJson(defaultPolicyJson());
        QVERIFY(reparsed);
        QCOMPARE(policyDigest(*reparsed), digest);
        auto other = policy::Policy::fromJson(policyB());
        QVERIFY(other);
        QVERIFY(policyDigest(*other) != digest);
    }

    void reopeningUnderAnotherPolicyRecomputes()
    {
        QTemporaryDir dir;
        QTemporaryDir policies;
        QString number;
        {
            auto workspace = test::createWorkspace(dir);
            QVERIFY(workspace);
            // A new workspace records the policy before it has tickets.
            auto first =
                recomputeDeadlinesIfPolicyChanged(workspace->db(), *policy::activePolicy());
            QVERIFY(first);
            QVERIFY(*first);
            number = seedTicket(*workspace);
            QCOMPARE(responseDue(*workspace, number), QString::fromLatin1(kDueA));
            QCOMPARE(*workspace->metaValue(QString::fromLatin1(kPolicyDigestKey)),
                     policyDigest(*policy::activePolicy()));
        }

        // Unchanged policy: reopening writes nothing at all.
        {
            auto workspace = reopen(dir);
            const qint64 before = totalChanges(*workspace);
            auto updated =
                recomputeDeadlinesIfPolicyChanged(workspace->db(), *policy::activePolicy());
            QVERIFY(updated);
            QVERIFY(!*updated);
            QCOMPARE(totalChanges(*workspace), before);
            QCOMPARE(responseDue(*workspace, number), QString::fromLatin1(kDueA));
        }

        // Policy B (an override file): the stored deadline moves to B's value.
        QVERIFY(policy::useOverrideFile(writePolicy(policies, u"b.json"_s, policyB())));
        {
            auto workspace = reopen(dir);
            QCOMPARE(responseDue(*workspace, number), QString::fromLatin1(kDueA)); // stale
            const qint64 before = totalChanges(*workspace);
            auto updated =
                recomputeDeadlinesIfPolicyChanged(workspace->db(), *policy::activePolicy());
            QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
            QVERIFY(*updated);
            QVERIFY(totalChanges(*workspace) > before);
            QCOMPARE(responseDue(*workspace, number), QString::fromLatin1(kDueB));
            QCOMPARE(*workspace->metaValue(QString::fromLatin1(kPolicyDigestKey)),
                     policyDigest(*policy::activePolicy()));
        }
        // B again: nothing to do.
        {
            auto workspace = reopen(dir);
            const qint64 before = totalChanges(*workspace);
            QVERIFY(!*recomputeDeadlinesIfPolicyChanged(workspace->db(), *policy::activePolicy()));
            QCOMPARE(totalChanges(*workspace), before);
        }
        // A broken override file is refused; B stays active and nothing changes.
        QVERIFY(!policy::useOverrideFile(writePolicy(policies, u"bad.json"_s, {})));
        {
            auto workspace = reopen(dir);
            QVERIFY(!*recomputeDeadlinesIfPolicyChanged(workspace->db(), *policy::activePolicy()));
            QCOMPARE(responseDue(*workspace, number), QString::fromLatin1(kDueB));
        }
        // Back to the built-in policy: back to A's deadline.
        policy::setActivePolicy(nullptr);
        {
            auto workspace = reopen(dir);
            QVERIFY(*recomputeDeadlinesIfPolicyChanged(workspace->db(), *policy::activePolicy()));
            QCOMPARE(responseDue(*workspace, number), QString::fromLatin1(kDueA));
        }
    }

    void garbageDigestIsTreatedAsChanged()
    {
        QTemporaryDir dir;
        auto workspace = test::createWorkspace(dir);
        QVERIFY(workspace);
        const QString number = seedTicket(*workspace);
        QVERIFY(workspace->setMetaValue(QString::fromLatin1(kPolicyDigestKey), u"\x01garbage"_s));
        // Damage the stored row so a recompute is visible.
        QVERIFY(workspace->db().exec("UPDATE ticket_rows SET response_due = 'x'"));
        QVERIFY(*recomputeDeadlinesIfPolicyChanged(workspace->db(), *policy::activePolicy()));
        QCOMPARE(responseDue(*workspace, number), QString::fromLatin1(kDueA));
    }

    void cliFollowsThePolicyFile()
    {
        QTemporaryDir dir;
        QTemporaryDir policies;
        QString number;
        {
            auto workspace = test::createWorkspace(dir);
            QVERIFY(workspace);
            number = seedTicket(*workspace);
        }
        const QStringList list{u"--data-dir"_s, dir.path(), u"--json"_s, u"tickets"_s, u"list"_s};
        const auto dueOf = [&](const Run &run) {
            const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
            for (const QJsonValue &row : rows) {
                if (row.toObject().value("number"_L1).toString() == number)
                    return row.toObject().value("response_due"_L1).toString();
            }
            return QString();
        };
        Run run = cli(list, writePolicy(policies, u"b.json"_s, policyB()));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(dueOf(run), QString::fromLatin1(kDueB));
        run = cli(list, {});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(dueOf(run), QString::fromLatin1(kDueA));
        // The workspace itself was rewritten, not only the output.
        auto workspace = reopen(dir);
        QCOMPARE(responseDue(*workspace, number), QString::fromLatin1(kDueA));
        QCOMPARE(*workspace->metaValue(QString::fromLatin1(kPolicyDigestKey)),
                 policyDigest(policy::Policy::builtIn()));
    }
};

QTEST_MAIN(TestPolicyWorkspace)
#include "test_policy_workspace.moc"
