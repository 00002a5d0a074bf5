#pragma once

// Live charts of the diagnostics page: temperature with setpoint and alarm
// band, supply and battery voltage, per-antenna return loss. They draw a
// decimated view of the TelemetryStore, which keeps every sample.

#include "gui/diagnostics/telemetry_store.h"

#include <QWidget>

#include <QList>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace fb::gui {

// Column layout of the store the charts read.
namespace telemetry {
enum Column
{
    Temperature = 0,
    Setpoint,
    AlarmLow,
    AlarmHigh,
    SupplyV,
    BatteryV,
    ReturnLoss1, // … ReturnLoss1 + 7
    ColumnCount = ReturnLoss1 + 8,
};
QStringList columnNames();
} // namespace telemetry

class TelemetryCharts : public QWidget
{
    Q_OBJECT
public:
    explicit TelemetryCharts(QWidget *parent = nullptr);

    // Redraws from the store; `antennas` is how many antenna lines to show.
    // Only new samples are read, and only lines and axes that changed are
    // touched: a 1 Hz sample usually moves one bucket of a few lines.
    void refresh(const TelemetryStore &store, int antennas);

    // For tests: the points a line of `column` currently draws.
    QList<QPointF> drawnPoints(int column) const;

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QList<QLineSeries *> lines;
        QList<int> columns;
        TelemetryDecimator decimator; // over `columns`, kept up to date
        qint64 from = 0, to = 0;      // the time axis range last set
    };
    Chart makeChart(const QString &title, const QString &unit);
    QLineSeries *addLine(Chart &chart, const QString &name, int column, Qt::PenStyle style,
                         const QColor &color);
    void draw(Chart &chart, const TelemetryStore &store, int visibleLines);

    Chart m_temperature;
    Chart m_power;
    Chart m_antennas;
};

} // namespace fb::gui
