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
    double value(qsizetype row, int series) const { return m_values[size_t(series)][size_t(row)]; }

    // At most 2 × buckets points of series `index` between from and to
    // (ms), x in ms since epoch; NaN samples are skipped.
    QList<QPointF> decimated(int index, qint64 fromMs, qint64 toMs, int buckets) const;

    // Every sample as CSV with a header; times as UTC ISO-8601.
    QByteArray toCsv() const;

private:
    QStringList m_names;
    std::vector<qint64> m_times;
    std::vector<std::vector<double>> m_values;
};

} // namespace fb::gui
