#include "domain/time_format.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace fb {

QString toIsoUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

std::optional<QDateTime> parseIsoTime(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 20)
        return std::nullopt;
    // Without a zone designator Qt would read local time; the contract forbids that.
    const QChar last = trimmed.back();
    const bool hasOffset = last == u'Z' || (trimmed.size() >= 25 && (trimmed[trimmed.size() - 6] == u'+' || trimmed[trimmed.size() - 6] == u'-'));
    if (!hasOffset)
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QString toIsoDate(QDate date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

std::optional<QDate> parseIsoDate(const QString &text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString toIsoWithOffset(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const int offset = time.offsetFromUtc();
    const QString base = time.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    if (offset == 0 && time.timeSpec() == Qt::UTC)
        return base + u"Z"_s;
    const int absMinutes = qAbs(offset) / 60;
    return base + (offset < 0 ? u'-' : u'+')
           + u"%1:%2"_s.arg(absMinutes / 60, 2, 10, QChar(u'0')).arg(absMinutes % 60, 2, 10, QChar(u'0'));
}

} // namespace fb
