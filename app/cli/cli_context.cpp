#include "cli/cli_context.h"

#include "domain/policy/policy.h"
#include "storage/sla_index.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fb::cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return ExitUsage;
    case ErrorKind::Check:
        return ExitCheckFailed;
    case ErrorKind::Device:
        return ExitDevice;
    case ErrorKind::Network:
    case ErrorKind::Auth: // cli.md: wrong credentials exit 4, like any HQ failure
        return ExitNetwork;
    case ErrorKind::Data:
    case ErrorKind::Rule:
    case ErrorKind::NotFound:
        return ExitData;
    }
    return ExitData;
}

QString CliContext::workspacePath() const
{
    return dataDir.isEmpty() ? storage::Workspace::defaultPath()
                             : storage::Workspace::pathInDirectory(dataDir);
}

Result<storage::Workspace *> CliContext::workspace(bool create)
{
    if (!m_workspace) {
        auto opened = storage::Workspace::open(workspacePath(),
                                               create ? storage::Workspace::OpenMode::CreateIfMissing
                                                      : storage::Workspace::OpenMode::OpenExisting);
        if (!opened)
            return opened.error();
        // Stored SLA deadlines follow the active policy (FIELDBENCH_POLICY_FILE).
        if (auto updated = storage::recomputeDeadlinesIfPolicyChanged((*opened)->db(),
                                                                      *policy::activePolicy());
            !updated)
            return makeError(updated.error().kind,
                             QCoreApplication::translate(
                                 "fb::cli::CliContext",
                                 "Updating the SLA deadlines for the changed service policy "
                                 "failed: %1")
                                 .arg(updated.error().message));
        m_workspace = std::move(opened).value();
    }
    return m_workspace.get();
}

void CliContext::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::fail(const Error &error)
{
    QString line = error.message.simplified();
    m_err << "fieldbench-cli: " << line << Qt::endl;
    return exitCodeFor(error.kind);
}

} // namespace fb::cli
