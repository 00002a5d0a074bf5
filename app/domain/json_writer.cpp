#include "domain/json_writer.h"

#include <QCborValue>
#include <QLocale>
#include <QStringView>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace fb::json {
namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Writes into this thread's scratch buffer, which keeps its capacity from one
// document to the next; the result is a copy of just the bytes written.
class CompactWriter
{
public:
    CompactWriter() : m_out(scratch()) { m_out.resize(0); }
    QByteArray take() const { return QByteArray(m_out.constData(), m_out.size()); }

    void object(const QJsonObject &object)
    {
        put('{');
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it != object.constBegin())
                put(',');
            string(it.key());
            put(':');
            value(it.value());
        }
        put('}');
    }

    void array(const QJsonArray &array)
    {
        put('[');
        bool first = true;
        for (const QJsonValue &element : array) {
            if (!first)
                put(',');
            first = false;
            value(element);
        }
        put(']');
    }

private:
    // Room for `count` more bytes at the end, growing by doubling; the caller
    // writes there and gives back what it did not use (end()).
    char *grow(qsizetype count)
    {
        const qsizetype size = m_out.size();
        if (m_out.capacity() - size < count)
            m_out.reserve(std::max(m_out.capacity() * 2, size + count));
        m_out.resize(size + count);
        return m_out.data() + size;
    }
    void end(const char *at) { m_out.resize(at - m_out.constData()); }
    void put(char c) { *grow(1) = c; }
    void put(const char *text, qsizetype size) { std::memcpy(grow(size), text, size_t(size)); }

    void value(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Bool:
            value.toBool() ? put("true", 4) : put("false", 5);
            break;
        case QJsonValue::Double:
            number(QCborValue::fromJsonValue(value));
            break;
        case QJsonValue::String:
            string(value.toString());
            break;
        case QJsonValue::Array:
            array(value.toArray());
            break;
        case QJsonValue::Object:
            object(value.toObject());
            break;
        default:
            put("null", 4);
            break;
        }
    }

    // As QJsonDocument: whole numbers (its parser keeps 2.0 and 1e15 as
    // integers) in decimal, others shortest round-trip, non-finite as null.
    void number(const QCborValue &number)
    {
        if (number.isInteger()) {
            char *at = grow(24);
            end(std::to_chars(at, at + 24, number.toInteger()).ptr);
            return;
        }
        const double value = number.toDouble();
        if (!std::isfinite(value)) {
            put("null", 4);
            return;
        }
        const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        put(text.constData(), text.size());
    }

    // JSON's escapes for quote, backslash and control characters, UTF-8 for
    // the rest; a lone surrogate becomes \uXXXX.
    void string(QStringView text)
    {
        char *at = grow(text.size() * 6 + 2); // at most 6 bytes per UTF-16 unit
        *at++ = '"';
        const char16_t *source = text.utf16();
        const char16_t *const last = source + text.size();
        while (source != last) {
            const char16_t unit = *source++;
            if (unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\') {
                *at++ = char(unit);
            } else if (unit < 0x80) {
                *at++ = '\\';
                switch (unit) {
                case u'"':
                    *at++ = '"';
                    break;
                case u'\\':
                    *at++ = '\\';
                    break;
                case 0x8:
                    *at++ = 'b';
                    break;
                case 0xc:
                    *at++ = 'f';
                    break;
                case 0xa:
                    *at++ = 'n';
                    break;
                case 0xd:
                    *at++ = 'r';
                    break;
                case 0x9:
                    *at++ = 't';
                    break;
                default:
                    *at++ = 'u';
                    *at++ = '0';
                    *at++ = '0';
                    *at++ = hexDigit(unit >> 4);
                    *at++ = hexDigit(unit & 0xf);
                    break;
                }
            } else if (unit < 0x800) {
                *at++ = char(0xc0 | (unit >> 6));
                *at++ = char(0x80 | (unit & 0x3f));
            } else if (!QChar::isSurrogate(unit)) {
                *at++ = char(0xe0 | (unit >> 12));
                *at++ = char(0x80 | ((unit >> 6) & 0x3f));
                *at++ = char(0x80 | (unit & 0x3f));
            } else if (QChar::isHighSurrogate(unit) && source != last &&
                       QChar::isLowSurrogate(*source)) {
                const char32_t point = QChar::surrogateToUcs4(unit, *source++);
                *at++ = char(0xf0 | (point >> 18));
                *at++ = char(0x80 | ((point >> 12) & 0x3f));
                *at++ = char(0x80 | ((point >> 6) & 0x3f));
                *at++ = char(0x80 | (point & 0x3f));
            } else {
                *at++ = '\\';
                *at++ = 'u';
                for (int shift = 12; shift >= 0; shift -= 4)
                    *at++ = hexDigit((unit >> shift) & 0xf);
            }
        }
        *at++ = '"';
        end(at);
    }

    static QByteArray &scratch()
    {
        thread_local QByteArray buffer;
        return buffer;
    }

    QByteArray &m_out;
};

} // namespace

QByteArray compact(const QJsonObject &object)
{
    CompactWriter writer;
    writer.object(object);
    return writer.take();
}

QByteArray compact(const QJsonArray &array)
{
    CompactWriter writer;
    writer.array(array);
    return writer.take();
}

} // namespace fb::json
