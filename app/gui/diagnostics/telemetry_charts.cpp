#include "gui/diagnostics/telemetry_charts.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

QStringList telemetry::columnNames()
{
    QStringList names{u"temperature_c"_s, u"setpoint_c"_s, u"alarm_low_c"_s,
                      u"alarm_high_c"_s,  u"supply_v"_s,   u"battery_v"_s};
    for (int i = 1; i <= 8; ++i)
        names << u"return_loss_db_%1"_s.arg(i);
    return names;
}

TelemetryCharts::TelemetryCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_temperature = makeChart(tr("Temperature"), tr("°C"));
    addLine(m_temperature, tr("Temperature"), telemetry::Temperature, Qt::SolidLine,
            QColor(0x1f, 0x77, 0xb4));
    addLine(m_temperature, tr("Setpoint"), telemetry::Setpoint, Qt::DashLine, Qt::darkGreen);
    addLine(m_temperature, tr("Alarm low"), telemetry::AlarmLow, Qt::DotLine, Qt::red);
    addLine(m_temperature, tr("Alarm high"), telemetry::AlarmHigh, Qt::DotLine, Qt::red);
    m_power = makeChart(tr("Supply and battery"), tr("V"));
    addLine(m_power, tr("Supply"), telemetry::SupplyV, Qt::SolidLine, QColor(0xff, 0x7f, 0x0e));
    addLine(m_power, tr("Battery"), telemetry::BatteryV, Qt::SolidLine, QColor(0x2c, 0xa0, 0x2c));
    m_antennas = makeChart(tr("Antenna return loss"), tr("dB"));
    static const QColor colors[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728,
                                    0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f};
    for (int i = 0; i < 8; ++i)
        addLine(m_antennas, tr("Antenna %1").arg(i + 1), telemetry::ReturnLoss1 + i, Qt::SolidLine,
                colors[i]);
    for (Chart *c : {&m_temperature, &m_power, &m_antennas})
        layout->addWidget(c->view, 1);
}

TelemetryCharts::Chart TelemetryCharts::makeChart(const QString &title, const QString &unit)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->legend()->setAlignment(Qt::AlignRight);
    c.chart->setMargins(QMargins(4, 4, 4, 4));
    c.x = new QDateTimeAxis;
    c.x->setFormat(u"HH:mm:ss"_s);
    c.x->setTickCount(5);
    c.y = new QValueAxis;
    c.y->setTitleText(unit);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    c.view = new QChartView(c.chart, this);
    c.view->setRenderHint(QPainter::Antialiasing, false); // cheaper frames with many points
    c.view->setMinimumHeight(160);
    return c;
}

QLineSeries *TelemetryCharts::addLine(Chart &chart, const QString &name, int column,
                                      Qt::PenStyle style, const QColor &color)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setStyle(style);
    // 1 px: the raster engine draws it with its fast line stroker; a 1.5 px
    // pen goes through the general path stroker, several times slower.
    pen.setWidthF(1.0);
    series->setPen(pen);
    series->setUseOpenGL(false);
    chart.chart->addSeries(series);
    series->attachAxis(chart.x);
    series->attachAxis(chart.y);
    chart.lines.append(series);
    chart.columns.append(column);
    chart.decimator = TelemetryDecimator(chart.columns);
    return series;
}

void TelemetryCharts::draw(Chart &chart, const TelemetryStore &store, int visibleLines)
{
    chart.decimator.setTarget(std::max(100, chart.view->width()));
    chart.decimator.update(store);
    double low = qInf(), high = -qInf();
    for (int i = 0; i < chart.lines.size(); ++i) {
        QLineSeries *line = chart.lines.at(i);
        const bool visible = i < visibleLines;
        if (line->isVisible() != visible)
            line->setVisible(visible);
        if (!visible)
            continue;
        const QList<QPointF> points = chart.decimator.points(chart.columns.at(i));
        // replace() re-lays out the whole line; most seconds change nothing.
        if (points != line->points())
            line->replace(points);
        for (const QPointF &p : points) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    }
    const qint64 from = chart.decimator.fromMs(), to = chart.decimator.toMs();
    if (from != chart.from || to != chart.to) {
        chart.from = from;
        chart.to = to;
        chart.x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    }
    if (std::isfinite(low) && std::isfinite(high)) {
        const double pad = std::max(0.5, (high - low) * 0.1);
        if (chart.y->min() != low - pad || chart.y->max() != high + pad)
            chart.y->setRange(low - pad, high + pad);
    }
}

void TelemetryCharts::refresh(const TelemetryStore &store, int antennas)
{
    draw(m_temperature, store, 4);
    draw(m_power, store, 2);
    draw(m_antennas, store, antennas);
}

QList<QPointF> TelemetryCharts::drawnPoints(int column) const
{
    for (const Chart *c : {&m_temperature, &m_power, &m_antennas})
        if (const qsizetype i = c->columns.indexOf(column); i >= 0)
            return c->lines.at(i)->points();
    return {};
}

} // namespace fb::gui
