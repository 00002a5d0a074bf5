#pragma once

// A small parser for a command's own options and positional arguments.
// Unknown options and missing values are usage errors (exit code 2).

#include "domain/result.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fb::cli {

struct OptionSpec
{
    QString name;       // without dashes: "status"
    bool takesValue = true;
};

class Arguments
{
public:
    static Result<Arguments> parse(const QStringList &words, const QList<OptionSpec> &options);

    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList &positionals() const { return m_positionals; }

    // Fails unless there are between `min` and `max` positionals.
    Status expectPositionals(int min, int max, const QString &usage) const;
    // Reads an integer option within [low, high].
    Result<qint64> integer(const QString &name, qint64 fallback, qint64 low, qint64 high) const;

private:
    QMap<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positionals;
};

} // namespace fb::cli
