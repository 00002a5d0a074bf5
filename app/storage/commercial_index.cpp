#include "storage/commercial_index.h"

#include "storage/search_text.h"
#include "storage/sqlite_database.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace fb::storage {

Status indexQuote(Database &db, const QJsonObject &quote)
{
    auto statement = db.cached(
        "INSERT INTO quote_rows (doc_id, number, ticket_id, status, extends, currency, total, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(doc_id) DO UPDATE SET "
        "number = ?2, ticket_id = ?3, status = ?4, extends = ?5, currency = ?6, total = ?7, "
        "created_at = ?8");
    if (!statement)
        return statement.error();
    const QString extends = quote.value("extends"_L1).toString();
    (*statement)
        ->bind(1, quote.value("_id"_L1).toString())
        .bind(2, quote.value("number"_L1).toString())
        .bind(3, quote.value("ticket_id"_L1).toString())
        .bind(4, quote.value("status"_L1).toString())
        .bind(6, quote.value("currency"_L1).toString())
        .bind(7, quote.value("total"_L1).toString())
        .bind(8, quote.value("created_at"_L1).toString());
    if (extends.isEmpty())
        (*statement)->bindNull(5);
    else
        (*statement)->bind(5, extends);
    return (*statement)->run();
}

Status indexPart(Database &db, const QJsonObject &part)
{
    auto statement =
        db.cached("INSERT INTO part_rows (doc_id, part_number, description, models, search) "
                  "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(doc_id) DO UPDATE SET part_number = ?2, "
                  "description = ?3, models = ?4, search = ?5");
    if (!statement)
        return statement.error();
    const QString number = part.value("part_number"_L1).toString();
    const QString description = part.value("description"_L1).toString();
    QStringList models;
    for (const QJsonValue &model : part.value("models"_L1).toArray())
        models << model.toString();
    (*statement)
        ->bind(1, part.value("_id"_L1).toString())
        .bind(2, number)
        .bind(3, description)
        .bind(4, models.join(u' '))
        .bind(5, foldForSearch(number + u' ' + description));
    return (*statement)->run();
}

} // namespace fb::storage
