// fieldbench-cli warranty and quote commands as a script would run them:
// the real executable, JSON on stdout, one stderr line and exit codes (cli.md).

#include "commercial_fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QJsonValue json;
    QString err;
};

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    // `moduleDir`, when given, is where the CLI looks for its modules; an empty
    // one lets it look where the build (like the package) puts them.
    Run cli(const QStringList &arguments, const std::optional<QString> &moduleDir = {})
    {
        QProcess process;
        if (moduleDir) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            if (moduleDir->isEmpty())
                environment.remove(u"FIELDBENCH_MODULE_DIR"_s);
            else
                environment.insert(u"FIELDBENCH_MODULE_DIR"_s, *moduleDir);
            process.setProcessEnvironment(environment);
        }
        process.start(QString::fromUtf8(FIELDBENCH_CLI_PATH),
                      QStringList{u"--data-dir"_s, m_fixture->dir.path(), u"--json"_s} + arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.code = process.exitCode();
        const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput());
        run.json =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    void expectFailure(const QStringList &arguments, int code, const QString &mention,
                       const std::optional<QString> &moduleDir = {})
    {
        const Run run = cli(arguments, moduleDir);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.trimmed().count(u'\n') == 0 || run.err.contains(u"Usage"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(mention), qPrintable(run.err));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_fixture->dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<fb::test::CommercialFixture>();
        QVERIFY(m_fixture->setUp());
        m_fixture->workspace.reset(); // the CLI opens the file itself
    }

    void warrantyCheck()
    {
        Run run = cli(
            {u"warranty"_s, u"check"_s, u"--device"_s, u"FBC-OLD"_s, u"--on"_s, u"2024-06-01"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject covered = run.json.toObject();
        QCOMPARE(covered.keys(),
                 (QStringList{u"basis"_s, u"covered"_s, u"event_id"_s, u"until"_s}));
        QCOMPARE(covered.value("covered"_L1).toBool(), true);
        QCOMPARE(covered.value("basis"_L1).toString(), u"device_warranty"_s);
        QCOMPARE(covered.value("until"_L1).toString(), u"2025-01-09"_s);
        QVERIFY(covered.value("event_id"_L1).isNull());

        run = cli({u"warranty"_s, u"check"_s, u"--device"_s, u"FBC-OLD"_s, u"--on"_s,
                   u"2026-01-01"_s, u"--part"_s, u"ANT-UHF-01"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json.toObject().value("covered"_L1).toBool(), false);
        QCOMPARE(run.json.toObject().value("basis"_L1).toString(), u"none"_s);

        expectFailure({u"warranty"_s, u"check"_s}, 2, u"--device"_s);
        expectFailure(
            {u"warranty"_s, u"check"_s, u"--device"_s, u"FBC-OLD"_s, u"--on"_s, u"2026-13-01"_s}, 2,
            u"--on"_s);
        expectFailure({u"warranty"_s, u"check"_s, u"--device"_s, u"NOPE"_s}, 5, u"NOPE"_s);
    }

    void warrantyEval()
    {
        const QJsonObject history{
            {"device"_L1, QJsonObject{{"_id"_L1, u"device:X1"_s},
                                      {"type"_L1, u"device"_s},
                                      {"serial"_L1, u"X1"_s},
                                      {"model"_L1, u"locker"_s},
                                      {"site_id"_L1, u"site:a"_s},
                                      {"install_date"_L1, u"2024-02-29"_s}}},
            {"events"_L1,
             QJsonArray{
                 QJsonObject{
                     {"_id"_L1, u"service_event:A"_s},
                     {"type"_L1, u"service_event"_s},
                     {"device_serial"_L1, u"X1"_s},
                     {"date"_L1, u"2025-06-01"_s},
                     {"charged"_L1, true},
                     {"parts"_L1,
                      QJsonArray{QJsonObject{{"part_number"_L1, u"LCK-SOL-24"_s}, {"qty"_L1, 1}}}}},
                 QJsonObject{{"_id"_L1, u"service_event:B"_s},
                             {"type"_L1, u"service_event"_s},
                             {"device_serial"_L1, u"X1"_s},
                             {"date"_L1, u"2025-08-15"_s},
                             {"charged"_L1, false},
                             {"parts"_L1, QJsonArray{QJsonObject{
                                              {"part_number"_L1, u"LCK-SOL-24"_s},
                                              {"qty"_L1, 1},
                                              {"replaces_event_id"_L1, u"service_event:A"_s}}}}}}}};
        const QString file = writeFile(u"history.json"_s, QJsonDocument(history).toJson());
        Run run = cli({u"warranty"_s, u"eval"_s, u"--history"_s, file, u"--on"_s, u"2025-11-13"_s,
                       u"--part"_s, u"LCK-SOL-24"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json.toObject(), (QJsonObject{{"covered"_L1, true},
                                                   {"basis"_L1, u"repair_warranty"_s},
                                                   {"until"_L1, u"2025-11-13"_s},
                                                   {"event_id"_L1, u"service_event:B"_s}}));
        run = cli({u"warranty"_s, u"eval"_s, u"--history"_s, file, u"--on"_s, u"2025-02-27"_s});
        QCOMPARE(run.json.toObject().value("until"_L1).toString(),
                 u"2025-02-27"_s); // leap-day install

        expectFailure(
            {u"warranty"_s, u"eval"_s, u"--history"_s, writeFile(u"bad.json"_s, "{\"device\": {")},
            5, u"bad.json"_s);
        expectFailure({u"warranty"_s, u"eval"_s, u"--history"_s, writeFile(u"empty.json"_s, "{}")},
                      5, u"device"_s);
        expectFailure(
            {u"warranty"_s, u"eval"_s, u"--history"_s, m_fixture->dir.filePath(u"missing.json"_s)},
            5, u"missing.json"_s);
        expectFailure({u"warranty"_s, u"eval"_s}, 2, u"--history"_s);
    }

    void quoteLifecycle()
    {
        Run run = cli({u"quote"_s, u"create"_s, u"--ticket"_s, u"T-000001"_s});
        QCOMPARE(run.code, 0);
        QJsonObject quote = run.json.toObject();
        for (const char *key : {"_id", "type", "ticket_id", "number", "region", "currency", "lines",
                                "tax_rate", "subtotal", "tax", "total", "status", "extends"})
            QVERIFY2(quote.contains(QLatin1StringView(key)), key);
        QCOMPARE(quote.value("number"_L1).toString(), u"Q-000001"_s);
        QCOMPARE(quote.value("status"_L1).toString(), u"draft"_s);
        QCOMPARE(quote.value("total"_L1).toString(), u"0.00"_s);

        QCOMPARE(cli({u"quote"_s, u"add-part"_s, u"Q-000001"_s, u"ANT-UHF-01"_s, u"2"_s}).code, 0);
        QCOMPARE(cli({u"quote"_s, u"add-labour"_s, u"Q-000001"_s, u"1.5"_s}).code, 0);
        run = cli({u"quote"_s, u"add-travel"_s, quote.value("_id"_L1).toString(), u"37.3"_s});
        QCOMPARE(run.code, 0);
        quote = run.json.toObject();
        QCOMPARE(quote.value("subtotal"_L1).toString(), u"621.53"_s);
        QCOMPARE(quote.value("tax"_L1).toString(), u"51.28"_s);
        QCOMPARE(quote.value("total"_L1).toString(), u"672.81"_s);
        const QJsonObject firstLine = quote.value("lines"_L1).toArray().first().toObject();
        QCOMPARE(firstLine.value("unit_price"_L1).toString(), u"149.00"_s);
        QCOMPARE(firstLine.value("amount"_L1).toString(), u"298.00"_s);
        QCOMPARE(firstLine.value("coverage"_L1).toString(), u"none"_s);

        expectFailure({u"quote"_s, u"add-part"_s, u"Q-000001"_s, u"ANT-UHF-01"_s, u"two"_s}, 2,
                      u"QTY"_s);
        expectFailure({u"quote"_s, u"add-part"_s, u"Q-000001"_s, u"NOPE-9"_s, u"1"_s}, 5,
                      u"NOPE-9"_s);
        expectFailure({u"quote"_s, u"add-labour"_s, u"Q-000001"_s}, 2, u"Usage"_s);
        expectFailure({u"quote"_s, u"show"_s, u"Q-000077"_s}, 5, u"Q-000077"_s);
        expectFailure({u"quote"_s, u"create"_s, u"--ticket"_s, u"T-999999"_s}, 2, u"T-999999"_s);

        // Dispatch is refused while the quote is not approved.
        QCOMPARE(cli({u"tickets"_s, u"set-status"_s, u"T-000001"_s, u"remote_troubleshooting"_s,
                      u"--reason"_s, u"call back"_s})
                     .code,
                 0);
        expectFailure({u"tickets"_s, u"set-status"_s, u"T-000001"_s, u"onsite_scheduled"_s,
                       u"--reason"_s, u"visit"_s},
                      5, u"out of warranty"_s);

        const QString notPng = writeFile(u"sig.txt"_s, "hello");
        expectFailure({u"quote"_s, u"approve"_s, u"Q-000001"_s, u"--signer"_s, u"Ann"_s,
                       u"--signature"_s, notPng},
                      2, u"PNG"_s);
        expectFailure({u"quote"_s, u"approve"_s, u"Q-000001"_s, u"--signature"_s, notPng}, 2,
                      u"--signer"_s);
        const QString png = writeFile(u"sig.png"_s, fb::test::signaturePng());
        run = cli({u"quote"_s, u"approve"_s, u"Q-000001"_s, u"--signer"_s, u"Ann Smith"_s,
                   u"--signature"_s, png});
        QCOMPARE(run.code, 0);
        quote = run.json.toObject();
        QCOMPARE(quote.value("status"_L1).toString(), u"approved"_s);
        const QJsonObject approval = quote.value("approval"_L1).toObject();
        QCOMPARE(approval.value("signer"_L1).toString(), u"Ann Smith"_s);
        QCOMPARE(approval.value("content_sha256"_L1).toString().size(), 64);
        QVERIFY(approval.value("signed_at"_L1).toString().endsWith(u'Z'));

        expectFailure({u"quote"_s, u"add-labour"_s, u"Q-000001"_s, u"1"_s}, 5, u"change order"_s);
        QCOMPARE(cli({u"tickets"_s, u"set-status"_s, u"T-000001"_s, u"onsite_scheduled"_s,
                      u"--reason"_s, u"visit"_s})
                     .code,
                 0);

        const QString out = m_fixture->dir.filePath(u"q1.pdf"_s);
        run = cli({u"quote"_s, u"pdf"_s, u"Q-000001"_s, u"--out"_s, out});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json.toObject().value("file"_L1).toString(), out);
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(4) == "%PDF");
        run = cli({u"quote"_s, u"show"_s, u"Q-000001"_s});
        QVERIFY(run.json.toObject().value("_attachments"_L1).toObject().contains("quote.pdf"_L1));
        QCOMPARE(run.json.toObject().value("approval"_L1).toObject(), approval);

        // A change order extends the approved quote.
        run = cli({u"quote"_s, u"create"_s, u"--ticket"_s, u"T-000001"_s});
        QCOMPARE(run.json.toObject().value("extends"_L1).toString(),
                 quote.value("_id"_L1).toString());
        expectFailure(
            {u"quote"_s, u"pdf"_s, u"Q-000001"_s, u"--out"_s, u"/nonexistent-dir/q.pdf"_s}, 5,
            u"/nonexistent-dir/q.pdf"_s);
    }

    // Without its documents module (a broken install) the CLI says so where the
    // module is needed, writes nothing, and every other command still works.
    void missingOrForeignDocumentsModule()
    {
        QCOMPARE(cli({u"quote"_s, u"create"_s, u"--ticket"_s, u"T-000001"_s}).code, 0);
        QCOMPARE(cli({u"quote"_s, u"add-labour"_s, u"Q-000001"_s, u"1"_s}).code, 0);
        const QString png = writeFile(u"sig.png"_s, fb::test::signaturePng());
        const QString out = m_fixture->dir.filePath(u"q.pdf"_s);

        const QString empty = m_fixture->dir.filePath(u"no-modules"_s);
        QVERIFY(QDir().mkpath(empty));
        const QString garbled = m_fixture->dir.filePath(u"garbled"_s);
        QVERIFY(QDir().mkpath(garbled));
        QFile garbage(garbled + u"/fieldbench-documents.so"_s);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("\x7f"
                      "ELF but not really a module");
        garbage.close();
        // A real shared library without the module's entry point.
        const QString unrelated = m_fixture->dir.filePath(u"unrelated"_s);
        QVERIFY(QDir().mkpath(unrelated));
        QVERIFY(QFile::copy(u"/lib/x86_64-linux-gnu/libsqlite3.so.0"_s,
                            unrelated + u"/fieldbench-documents.so"_s));
        for (const QString &dir : {empty, garbled}) {
            expectFailure({u"quote"_s, u"pdf"_s, u"Q-000001"_s, u"--out"_s, out}, 5,
                          u"documents module could not be loaded"_s, dir);
            expectFailure({u"quote"_s, u"report"_s, u"--ticket"_s, u"T-000001"_s, u"--out"_s, out},
                          5, u"Reinstall Fieldbench"_s, dir);
        }
        expectFailure({u"quote"_s, u"pdf"_s, u"Q-000001"_s, u"--out"_s, out}, 5,
                      u"has no entry point fieldbench_documents_module"_s, unrelated);
        expectFailure({u"quote"_s, u"pdf"_s, u"Q-000001"_s, u"--out"_s, out}, 5,
                      u"belongs to another build of Fieldbench"_s,
                      QString::fromUtf8(FIELDBENCH_FOREIGN_MODULE_DIR));
        expectFailure({u"quote"_s, u"approve"_s, u"Q-000001"_s, u"--signer"_s, u"Ann"_s,
                       u"--signature"_s, png},
                      5, u"documents module"_s, empty);
        QVERIFY(!QFile::exists(out));
        Run run = cli({u"quote"_s, u"show"_s, u"Q-000001"_s}, empty);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json.toObject().value("status"_L1).toString(), u"draft"_s);
        QVERIFY(!run.json.toObject().value("_attachments"_L1).toObject().contains("quote.pdf"_L1));

        // The module where the build puts it, found as the package installs it.
        run = cli({u"quote"_s, u"pdf"_s, u"Q-000001"_s, u"--out"_s, out}, QString());
        QCOMPARE(run.code, 0);
        QVERIFY(QFile::exists(out));
    }

private:
    std::unique_ptr<fb::test::CommercialFixture> m_fixture;
};

QTEST_MAIN(CliTest)
#include "tst_cli.moc"
