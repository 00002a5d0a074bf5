#include "support/test_support.h"

#include "storage/demo_workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace fb::test {

std::unique_ptr<storage::Workspace> createWorkspace(const QTemporaryDir &dir, int demoTickets,
                                                    quint64 seed)
{
    const QString path = storage::Workspace::pathInDirectory(dir.path());
    auto opened = storage::Workspace::open(path, storage::Workspace::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning("createWorkspace: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    std::unique_ptr<storage::Workspace> workspace = std::move(opened).value();
    if (demoTickets > 0) {
        DemoOptions options;
        options.tickets = demoTickets;
        options.seed = seed;
        options.anchor = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        auto counts = storage::createDemoWorkspace(*workspace, options);
        if (!counts) {
            qWarning("createWorkspace demo: %s", qPrintable(counts.error().message));
            return nullptr;
        }
    }
    return workspace;
}

QString dataPath(const QString &relative)
{
    return QString::fromUtf8(FIELDBENCH_TEST_DATA_DIR) + u'/' + relative;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace fb::test
