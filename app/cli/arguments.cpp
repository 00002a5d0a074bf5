#include "cli/arguments.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fb::cli {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("fb::cli::Arguments", text); }
} // namespace

Result<Arguments> Arguments::parse(const QStringList &words, const QList<OptionSpec> &options)
{
    Arguments arguments;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word == "--"_L1) {
            arguments.m_positionals << words.mid(i + 1);
            break;
        }
        if (!word.startsWith("--"_L1) || word.size() == 2) {
            arguments.m_positionals << word;
            continue;
        }
        QString name = word.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        const auto spec = std::find_if(options.begin(), options.end(),
                                       [&](const OptionSpec &o) { return o.name == name; });
        if (spec == options.end())
            return makeError(ErrorKind::Usage, tr("Unknown option --%1.").arg(name));
        if (!spec->takesValue) {
            if (hasInline)
                return makeError(ErrorKind::Usage, tr("Option --%1 takes no value.").arg(name));
            arguments.m_flags.insert(name);
            continue;
        }
        if (hasInline) {
            arguments.m_values.insert(name, inlineValue);
        } else {
            if (i + 1 >= words.size())
                return makeError(ErrorKind::Usage, tr("Option --%1 needs a value.").arg(name));
            arguments.m_values.insert(name, words.at(++i));
        }
    }
    return arguments;
}

Status Arguments::expectPositionals(int min, int max, const QString &usage) const
{
    const auto count = m_positionals.size();
    if (count < min)
        return makeError(ErrorKind::Usage, tr("Missing arguments. Usage: %1").arg(usage));
    if (count > max)
        return makeError(ErrorKind::Usage, tr("Unexpected argument \"%1\". Usage: %2")
                                               .arg(m_positionals.at(max), usage));
    return {};
}

Result<qint64> Arguments::integer(const QString &name, qint64 fallback, qint64 low,
                                  qint64 high) const
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const qint64 value = m_values.value(name).toLongLong(&ok);
    if (!ok || value < low || value > high)
        return makeError(ErrorKind::Usage, tr("--%1 must be a whole number from %2 to %3.")
                                               .arg(name)
                                               .arg(low)
                                               .arg(high));
    return value;
}

} // namespace fb::cli
