#pragma once

// Live telemetry kept in full (a day at 1 Hz is 86,400 points per series)
// and decimated for display: min and max per pixel-wide bucket keep every
// spike visible while the chart draws a few thousand points at most.

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace fb::gui {

class TelemetryStore
{
public:
    // Series names, fixed when the store is made ("temperature_c", …).
    explicit TelemetryStore(QStringList series = {});

    const QStringList &series() const { return m_names; }
    void reset(const QStringList &series);

    // One sample: a time (ms since epoch) and one value per series; NaN
    // marks a missing value (sensor fault, no battery).
    void append(qint64 timeMs, const std::vector<double> &values);
    qsizetype size() const { return qsizetype(m_times.size()); }
    qint64 firstTime() const { return m_times.empty() ? 0 : m_times.front(); }
    qint64 lastTime() const { return m_times.empty() ? 0 : m_times.back(); }
    qint64 time(qsizetype row) const { return m_times[size_t(row)]; }
    double value(qsizetype row, int series) const { return m_values[size_t(series)][size_t(row)]; }

    // At most 2 × buckets points of series `index` between from and to
    // (ms), x in ms since epoch; NaN samples are skipped.
    QList<QPointF> decimated(int index, qint64 fromMs, qint64 toMs, int buckets) const;

    // Every sample as CSV with a header; times as UTC ISO-8601.
    QByteArray toCsv() const;

    // Changes on every reset(), so a TelemetryDecimator notices a new
    // recording even when it already has more rows than the old one had.
    quint64 generation() const { return m_generation; }

private:
    QStringList m_names;
    quint64 m_generation = 0;
    std::vector<qint64> m_times;
    std::vector<std::vector<double>> m_values;
};

// What the live charts draw: min and max per time bucket of some columns of
// a TelemetryStore, kept up to date as samples arrive (O(1) per sample and
// column) instead of re-reading a day of samples every frame. Buckets are
// aligned to multiples of a power-of-two width (ms); when the recording grows
// past `target` buckets the width doubles and neighbour pairs merge exactly,
// so a spike of one sample stays the min or max of its bucket for ever.
class TelemetryDecimator
{
public:
    explicit TelemetryDecimator(QList<int> columns = {}) : m_columns(std::move(columns)) {}

    // At most this many buckets (≈ plot width in pixels); a change rebuilds.
    void setTarget(int buckets);
    int target() const { return m_target; }
    // Takes the samples added since the last call (all after a reset).
    void update(const TelemetryStore &store);

    qint64 bucketMs() const { return m_width; }
    int bucketCount() const { return m_rows ? int(m_lastKey - m_firstKey + 1) : 0; }
    // Bucket-aligned extent of the recording: it only moves when a sample
    // opens a new bucket, so the time axis is not re-laid out every second.
    qint64 fromMs() const { return m_firstKey * m_width; }
    qint64 toMs() const;

    // Min and max of every bucket of `column` in time order (one point when
    // they coincide); points inside a flat run are left out, they add nothing.
    QList<QPointF> points(int column) const;

private:
    struct Bucket
    {
        qint64 key;
        qint64 minT, maxT;
        double min, max;
    };
    void rebuild(const TelemetryStore &store);
    void widen();

    QList<int> m_columns;
    std::vector<std::vector<Bucket>> m_buckets; // per column, non-empty buckets only
    int m_target = 1000;
    qint64 m_width = 1;
    qint64 m_firstKey = 0, m_lastKey = 0;
    qsizetype m_rows = 0;
    quint64 m_generation = ~quint64(0); // the first update() rebuilds
};

} // namespace fb::gui
