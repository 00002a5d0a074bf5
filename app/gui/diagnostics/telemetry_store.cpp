#include "gui/diagnostics/telemetry_store.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

TelemetryStore::TelemetryStore(QStringList series)
{
    reset(series);
}

void TelemetryStore::reset(const QStringList &series)
{
    m_names = series;
    m_times.clear();
    m_values.assign(size_t(series.size()), {});
}

void TelemetryStore::append(qint64 timeMs, const std::vector<double> &values)
{
    m_times.push_back(timeMs);
    for (size_t i = 0; i < m_values.size(); ++i)
        m_values[i].push_back(i < values.size() ? values[i] : qQNaN());
}

QList<QPointF> TelemetryStore::decimated(int index, qint64 fromMs, qint64 toMs, int buckets) const
{
    QList<QPointF> points;
    if (index < 0 || size_t(index) >= m_values.size() || m_times.empty() || toMs <= fromMs)
        return points;
    const auto &values = m_values[size_t(index)];
    const auto begin = std::lower_bound(m_times.begin(), m_times.end(), fromMs);
    const auto end = std::upper_bound(begin, m_times.end(), toMs);
    const auto first = size_t(begin - m_times.begin());
    const auto last = size_t(end - m_times.begin());
    const size_t count = last - first;
    buckets = std::max(buckets, 1);
    if (count <= size_t(buckets) * 2) {
        points.reserve(qsizetype(count));
        for (size_t i = first; i < last; ++i)
            if (!std::isnan(values[i]))
                points.append(QPointF(double(m_times[i]), values[i]));
        return points;
    }
    points.reserve(buckets * 2);
    const double span = double(toMs - fromMs) / buckets;
    size_t i = first;
    for (int b = 0; b < buckets && i < last; ++b) {
        const auto bucketEnd = qint64(double(fromMs) + span * (b + 1));
        size_t minAt = SIZE_MAX, maxAt = SIZE_MAX;
        for (; i < last && m_times[i] <= bucketEnd; ++i) {
            if (std::isnan(values[i]))
                continue;
            if (minAt == SIZE_MAX || values[i] < values[minAt])
                minAt = i;
            if (maxAt == SIZE_MAX || values[i] > values[maxAt])
                maxAt = i;
        }
        if (minAt == SIZE_MAX)
            continue;
        // In time order, so the line does not zig-zag backwards.
        const size_t a = std::min(minAt, maxAt), c = std::max(minAt, maxAt);
        points.append(QPointF(double(m_times[a]), values[a]));
        if (c != a)
            points.append(QPointF(double(m_times[c]), values[c]));
    }
    return points;
}

QByteArray TelemetryStore::toCsv() const
{
    QByteArray csv = "time";
    for (const QString &name : m_names)
        csv += ',' + name.toUtf8();
    csv += '\n';
    for (size_t row = 0; row < m_times.size(); ++row) {
        csv += QDateTime::fromMSecsSinceEpoch(m_times[row], Qt::UTC)
                   .toString(Qt::ISODateWithMs)
                   .toUtf8();
        for (const auto &series : m_values) {
            csv += ',';
            if (!std::isnan(series[row]))
                csv += QByteArray::number(series[row], 'g', 10);
        }
        csv += '\n';
    }
    return csv;
}

} // namespace fb::gui
