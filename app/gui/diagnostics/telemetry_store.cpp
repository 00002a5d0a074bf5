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
    ++m_generation;
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

namespace {

// Bucket of a time for a width; floor, also for times before 1970.
qint64 keyOf(qint64 timeMs, qint64 width)
{
    const qint64 q = timeMs / width;
    return (timeMs % width != 0 && timeMs < 0) ? q - 1 : q;
}

} // namespace

void TelemetryDecimator::setTarget(int buckets)
{
    buckets = std::max(buckets, 2);
    if (buckets == m_target)
        return;
    m_target = buckets;
    m_generation = ~quint64(0); // the next update() rebuilds at the new width
}

qint64 TelemetryDecimator::toMs() const
{
    // At least a second wide, so one sample still gives the axis a range.
    return std::max((m_lastKey + 1) * m_width, fromMs() + 1000);
}

void TelemetryDecimator::rebuild(const TelemetryStore &store)
{
    m_generation = store.generation();
    m_rows = 0;
    m_buckets.assign(size_t(m_columns.size()), {});
    m_width = 1;
    if (store.size() == 0)
        return;
    // Start at the final width, so a day of samples is read once, not merged
    // seventeen times on the way up.
    const qint64 first = store.firstTime(), last = std::max(store.lastTime(), first);
    while (keyOf(last, m_width) - keyOf(first, m_width) + 1 > m_target)
        m_width *= 2;
    m_firstKey = m_lastKey = keyOf(first, m_width);
    for (auto &buckets : m_buckets)
        buckets.reserve(size_t(m_target) + 1);
}

void TelemetryDecimator::widen()
{
    m_width *= 2;
    m_firstKey = keyOf(m_firstKey, 2);
    m_lastKey = keyOf(m_lastKey, 2);
    for (auto &buckets : m_buckets) {
        size_t out = 0;
        for (size_t i = 0; i < buckets.size(); ++i) {
            Bucket b = buckets[i];
            b.key = keyOf(b.key, 2);
            if (out > 0 && buckets[out - 1].key == b.key) {
                Bucket &into = buckets[out - 1];
                // Strict: on a tie the earlier sample stays, as in a fresh build.
                if (b.min < into.min)
                    into.min = b.min, into.minT = b.minT;
                if (b.max > into.max)
                    into.max = b.max, into.maxT = b.maxT;
            } else {
                buckets[out++] = b;
            }
        }
        buckets.resize(out);
    }
}

void TelemetryDecimator::update(const TelemetryStore &store)
{
    if (store.generation() != m_generation || store.size() < m_rows)
        rebuild(store);
    for (; m_rows < store.size(); ++m_rows) {
        const qint64 t = store.time(m_rows);
        while (keyOf(t, m_width) - m_firstKey + 1 > m_target)
            widen();
        // A sample older than the newest bucket (clock set back) joins the
        // newest bucket rather than reordering what is drawn.
        const qint64 key = std::max(keyOf(t, m_width), m_lastKey);
        m_lastKey = key;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const int column = m_columns.at(c);
            if (column < 0 || column >= store.series().size())
                continue;
            const double v = store.value(m_rows, column);
            if (std::isnan(v))
                continue;
            auto &buckets = m_buckets[size_t(c)];
            if (buckets.empty() || buckets.back().key != key) {
                buckets.push_back({key, t, t, v, v});
                continue;
            }
            Bucket &b = buckets.back();
            if (v < b.min)
                b.min = v, b.minT = t;
            if (v > b.max)
                b.max = v, b.maxT = t;
        }
    }
}

QList<QPointF> TelemetryDecimator::points(int column) const
{
    QList<QPointF> points;
    const qsizetype c = m_columns.indexOf(column);
    if (c < 0 || size_t(c) >= m_buckets.size())
        return points;
    const auto &buckets = m_buckets[size_t(c)];
    points.reserve(qsizetype(buckets.size()) * 2);
    const auto add = [&points](qint64 t, double v) {
        const qsizetype n = points.size();
        // The middle of three equal values is on the line anyway: a flat
        // setpoint is two points, not two per pixel.
        if (n >= 2 && points.at(n - 1).y() == v && points.at(n - 2).y() == v)
            points[n - 1] = QPointF(double(t), v);
        else
            points.append(QPointF(double(t), v));
    };
    for (const Bucket &b : buckets) {
        // In time order, so the line does not zig-zag backwards.
        if (b.minT <= b.maxT) {
            add(b.minT, b.min);
            if (b.maxT != b.minT)
                add(b.maxT, b.max);
        } else {
            add(b.maxT, b.max);
            add(b.minT, b.min);
        }
    }
    return points;
}

} // namespace fb::gui
