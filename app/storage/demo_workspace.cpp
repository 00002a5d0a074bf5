#include "storage/demo_workspace.h"

#include "domain/policy/demo_bulletins.h"
#include "storage/demo_commercial.h"
#include "storage/document_store.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>


using namespace Qt::Literals::StringLiterals;

namespace fb::storage {

Result<DemoCounts> createDemoWorkspace(Workspace &workspace, const DemoOptions &options)
{
    DocumentStore store(workspace.db());
    auto existing = store.countOfType(u"ticket"_s);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(ErrorKind::Rule,
                         QCoreApplication::translate(
                             "fb::storage::Demo",
                             "The workspace already holds %n ticket(s); demo data goes only into "
                             "an empty workspace. Use another --data-dir.",
                             nullptr, *existing));

    DocumentStore::BulkWriter writer(store, false);
    Status written;
    const DemoCounts counts = DemoGenerator(options).generate([&](const QJsonObject &document) {
        if (written)
            written = writer.add(document);
    });
    const QDateTime bulletinsNow =
        options.anchor.isValid() ? options.anchor : QDateTime::currentDateTimeUtc();
    for (const QJsonObject &bulletin : policy::demoBulletins(bulletinsNow))
        written = written ? writer.add(bulletin) : written;
    if (written) // parts catalog, HQ rates and a few quotes (issue 7)
        written = addCommercialDemo(workspace.db(), writer, options.anchor.isValid() ? options.anchor : QDateTime::currentDateTimeUtc());
    if (written)
        written = writer.commit();
    if (!written)
        return written.error();
    if (Status marked = workspace.setMetaValue(u"demo_seed"_s, QString::number(options.seed)); !marked)
        return marked.error();
    return counts;
}

} // namespace fb::storage
