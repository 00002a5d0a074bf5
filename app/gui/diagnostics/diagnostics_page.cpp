#include "gui/diagnostics/diagnostics_page.h"

#include "device/device_client.h"
#include "device/modbus_link.h"
#include "device/sim_model.h"
#include "domain/time_format.h"
#include "gui/diagnostics/connect_panel.h"
#include "gui/diagnostics/telemetry_charts.h"
#include "gui/gui_context.h"

#include <QDateTime>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

DiagnosticsPage::DiagnosticsPage(GuiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_store(telemetry::columnNames())
{
    buildUi();
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &DiagnosticsPage::poll);
    // Charts redraw at most 2 × a second, whatever the sample rate, and not
    // at all while their tab is hidden (they catch up when it is shown).
    m_drawTimer = new QTimer(this);
    m_drawTimer->setInterval(500);
    connect(m_drawTimer, &QTimer::timeout, this, [this] {
        if (m_chartsDirty && m_charts->isVisible())
            redrawCharts();
    });
    m_drawTimer->start();
    connect(m_panel, &ConnectPanel::connectRequested, this, &DiagnosticsPage::connectDevice);
    connect(m_panel, &ConnectPanel::disconnectRequested, this, &DiagnosticsPage::disconnectDevice);
    connect(&m_context, &GuiContext::workspaceChanged, this, &DiagnosticsPage::reloadTickets);
    connect(&m_context, &GuiContext::documentsChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            if (id.startsWith("ticket:"_L1))
                return reloadTickets();
    });
    reloadTickets();
    setBusy(false);
    if (m_context.options().demoDevice) {
        // --demo-device: a new user sees a live (simulated) enclosure at once.
        m_panel->selectSimulated(DeviceModel::Freezer);
        QTimer::singleShot(0, this, &DiagnosticsPage::connectDevice);
    }
}

DiagnosticsPage::~DiagnosticsPage()
{
    if (m_link)
        m_link->close();
}

void DiagnosticsPage::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    auto *leftColumn = new QWidget;
    auto *left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    auto *connectBox = new QGroupBox(tr("Connection"));
    auto *connectLayout = new QVBoxLayout(connectBox);
    m_panel = new ConnectPanel;
    connectLayout->addWidget(m_panel);
    m_banner = new QLabel(tr("Not connected."));
    m_banner->setObjectName(u"linkBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    connectLayout->addWidget(m_banner);
    m_counters = new QLabel;
    m_counters->setObjectName(u"linkCounters"_s);
    m_counters->setWordWrap(true);
    connectLayout->addWidget(m_counters);
    left->addWidget(connectBox);

    auto *identityBox = new QGroupBox(tr("Identity"));
    auto *identityLayout = new QVBoxLayout(identityBox);
    m_identity = new QLabel(tr("—"));
    m_identity->setObjectName(u"identityCard"_s);
    m_identity->setTextFormat(Qt::PlainText); // device text is never HTML
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    identityLayout->addWidget(m_identity);
    left->addWidget(identityBox);
    left->addWidget(buildStatusBox());
    left->addWidget(buildActions());
    m_message = new QLabel;
    m_message->setObjectName(u"actionMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    left->addWidget(m_message);
    left->addStretch();
    // Scrolls on a short screen (a 1280 x 800 laptop) rather than making the
    // window taller than the screen.
    auto *leftScroll = new QScrollArea;
    leftScroll->setObjectName(u"diagnosticsColumn"_s);
    leftScroll->setWidget(leftColumn);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(leftColumn->sizeHint().width() +
                                leftScroll->verticalScrollBar()->sizeHint().width());
    layout->addWidget(leftScroll, 0);

    auto *tabs = new QTabWidget;
    m_charts = new TelemetryCharts;
    tabs->addTab(m_charts, tr("Live"));
    m_checkTable = new QTableWidget(0, 3);
    m_checkTable->setObjectName(u"checkTable"_s);
    m_checkTable->setHorizontalHeaderLabels({tr("Check"), tr("Result"), tr("Detail")});
    m_checkTable->horizontalHeader()->setStretchLastSection(true);
    m_checkTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkTable->setWordWrap(true);
    tabs->addTab(m_checkTable, tr("Checks"));
    m_eventTable = new QTableWidget(0, 3);
    m_eventTable->setObjectName(u"eventTable"_s);
    m_eventTable->setHorizontalHeaderLabels({tr("Time"), tr("Event"), tr("Name")});
    m_eventTable->horizontalHeader()->setStretchLastSection(true);
    m_eventTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabs->addTab(m_eventTable, tr("Event log"));
    layout->addWidget(tabs, 1);
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
        if (m_chartsDirty && tabs->currentWidget() == m_charts)
            redrawCharts();
    });
}

QWidget *DiagnosticsPage::buildStatusBox()
{
    auto *box = new QGroupBox(tr("Status"));
    m_lights = new QGridLayout(box);
    m_lights->setColumnStretch(1, 1); // texts next to their lights
    const QList<std::pair<QString, QString>> lights{{u"power"_s, tr("Mains")},
                                                    {u"battery"_s, tr("Battery")},
                                                    {u"temperature"_s, tr("Temperature")},
                                                    {u"network"_s, tr("Network")},
                                                    {u"hq"_s, tr("HQ")},
                                                    {u"antennas"_s, tr("Antennas")},
                                                    {u"door"_s, tr("Door")},
                                                    {u"scan"_s, tr("Scan")}};
    int row = 0;
    for (const auto &[key, title] : lights) {
        auto *dot = new QLabel(u"●"_s);
        dot->setObjectName(u"light_"_s + key);
        auto *text = new QLabel(title);
        text->setObjectName(u"lightText_"_s + key);
        text->setTextFormat(Qt::PlainText);
        m_lights->addWidget(dot, row, 0);
        m_lights->addWidget(text, row, 1);
        m_lightLabels.insert(key, dot);
        m_lightLabels.insert(key + u"_text"_s, text);
        ++row;
    }
    return box;
}

void DiagnosticsPage::setLight(const QString &key, int state, const QString &text)
{
    QLabel *dot = m_lightLabels.value(key);
    QLabel *label = m_lightLabels.value(key + u"_text"_s);
    if (!dot || !label)
        return;
    const char *color = state > 0 ? "#2ca02c" : state == 0 ? "#d62728" : "#999999";
    dot->setStyleSheet(u"color: %1;"_s.arg(QLatin1String(color)));
    dot->setProperty("state", state);
    label->setText(text);
}

QString DiagnosticsPage::bannerText() const
{
    return m_banner->text();
}

void DiagnosticsPage::connectDevice()
{
    disconnectDevice();
    device::LinkSettings settings = m_panel->settings();
    if (const auto model = m_panel->simulatedModel()) {
        m_simulator = std::make_shared<device::EnclosureSimulator>(*model);
        m_link = device::makeSimulatedLink(settings, m_simulator);
    } else {
        if (Status valid = settings.validate(); !valid) {
            showMessage(valid.error().message, true);
            return;
        }
        m_link = device::ModbusLink::create(settings);
    }
    m_client = std::make_unique<device::DeviceClient>(m_link.get());
    connect(m_link.get(), &device::ModbusLink::stateChanged, this,
            &DiagnosticsPage::linkStateChanged);
    connect(m_link.get(), &device::ModbusLink::countersChanged, this,
            &DiagnosticsPage::updateCounters);
    m_store.reset(telemetry::columnNames());
    m_readings.reset();
    m_checks.clear();
    m_eventSignature = 0;
    m_panel->setConnected(true);
    m_link->open();
    m_pollTimer->start();
    updateCounters();
}

void DiagnosticsPage::disconnectDevice()
{
    m_pollTimer->stop();
    if (m_link) {
        m_link->disconnect(this);
        m_link->close();
        // Deferred: we may be inside one of the link's own callbacks.
        m_link.release()->deleteLater();
    }
    if (m_client)
        m_client.release()->deleteLater();
    m_simulator.reset();
    m_reading = false;
    m_panel->setConnected(false);
    m_banner->setText(tr("Not connected."));
    m_context.setConnectedDevice(QString());
    setBusy(false);
}

void DiagnosticsPage::linkStateChanged()
{
    if (!m_link)
        return;
    m_banner->setText(m_link->stateMessage());
    const bool open = m_link->state() == device::ModbusLink::State::Open;
    const bool lost = m_link->state() == device::ModbusLink::State::Lost;
    m_banner->setStyleSheet(lost ? u"color: #d62728; font-weight: bold;"_s : QString());
    if (open) {
        poll(); // the first full report comes at once, not a second later
    } else if (lost) {
        for (const QString &key : {u"power"_s, u"battery"_s, u"temperature"_s, u"network"_s,
                                   u"hq"_s, u"antennas"_s, u"door"_s, u"scan"_s})
            setLight(key, -1, m_lightLabels.value(key + u"_text"_s)->text());
    }
    m_context.setConnectedDevice(open && m_readings ? m_readings->identity.serial : QString());
    setBusy(m_busy);
}

void DiagnosticsPage::updateCounters()
{
    if (!m_link)
        return m_counters->clear();
    const device::LinkCounters &c = m_link->counters();
    m_counters->setText(tr("Requests %1 · timeouts %2 · CRC errors %3 · exceptions %4 · "
                           "stray bytes %5 · wrong address %6 · reconnects %7")
                            .arg(QLocale().toString(qulonglong(c.requests)))
                            .arg(c.timeouts)
                            .arg(c.crcErrors)
                            .arg(c.exceptions)
                            .arg(c.garbageBytes)
                            .arg(c.wrongAddress)
                            .arg(c.reconnects));
}

void DiagnosticsPage::poll()
{
    if (!m_client || m_reading || m_link->state() != device::ModbusLink::State::Open)
        return;
    m_reading = true;
    QPointer<DiagnosticsPage> guard(this);
    m_client->readAll([guard, this](const Result<device::Readings> &readings) {
        if (!guard)
            return;
        m_reading = false;
        if (!readings) {
            showMessage(readings.error().message, true);
            return;
        }
        showReadings(*readings);
    });
}

void DiagnosticsPage::showReadings(const device::Readings &r)
{
    const bool first = !m_readings;
    m_readings = r;
    const device::DeviceStatus &s = r.status;
    m_identity->setText(tr("%1\nSerial %2\nFirmware %3 · bootloader %4 · hardware %5\n"
                           "Address %6 · uptime %7 h")
                            .arg(displayName(*r.identity.model), r.identity.serial,
                                 r.identity.firmwareText(), r.identity.bootloaderText())
                            .arg(r.identity.hardware)
                            .arg(s.ipText())
                            .arg(QLocale().toString(s.uptimeS / 3600.0, 'f', 1)));
    m_context.setConnectedDevice(r.identity.serial);

    const QLocale locale;
    setLight(u"power"_s, s.has(device::flag::Mains) ? 1 : 0,
             s.has(device::flag::Mains)
                 ? tr("Mains %1 V").arg(locale.toString(s.supplyMv / 1000.0, 'f', 1))
                 : tr("On battery"));
    setLight(u"battery"_s,
             !s.batteryPercent         ? -1
             : *s.batteryPercent >= 20 ? 1
                                       : 0,
             s.batteryPercent ? tr("Battery %1 %").arg(*s.batteryPercent) : tr("No battery"));
    const bool inBand = s.temperatureC && *s.temperatureC >= r.settings.alarmLowC &&
                        *s.temperatureC <= r.settings.alarmHighC;
    setLight(u"temperature"_s, inBand ? 1 : 0,
             s.temperatureC ? tr("%1 °C").arg(locale.toString(*s.temperatureC, 'f', 2))
                            : tr("Sensor fault"));
    setLight(u"network"_s, s.has(device::flag::NetworkLink) ? 1 : 0,
             s.has(device::flag::NetworkLink) ? tr("Link %1 Mbit/s").arg(s.linkMbps)
                                              : tr("Link down"));
    setLight(u"hq"_s, s.has(device::flag::HqReachable) ? 1 : 0,
             s.has(device::flag::HqReachable) ? tr("HQ reachable") : tr("HQ unreachable"));
    int bad = 0;
    for (const device::Antenna &a : r.antennas)
        bad += a.returnLossDb < 10.0;
    setLight(u"antennas"_s, bad ? 0 : 1,
             bad ? tr("%1 of %2 antennas faulty").arg(bad).arg(r.antennas.size())
                 : tr("%1 antennas OK").arg(r.antennas.size()));
    const bool doorOk = !s.has(device::flag::DoorOpen) && s.has(device::flag::LockEngaged);
    setLight(u"door"_s, doorOk ? 1 : 0,
             s.has(device::flag::DoorOpen)      ? tr("Door open")
             : s.has(device::flag::LockEngaged) ? tr("Closed, locked")
                                                : tr("Closed, unlocked"));
    setLight(u"scan"_s, s.has(device::flag::ScanInProgress) ? -1 : 1,
             s.has(device::flag::ScanInProgress) ? tr("Scanning…")
                                                 : tr("%1 tags").arg(s.tagsFound));

    std::vector<double> values(telemetry::ColumnCount, qQNaN());
    values[telemetry::Temperature] = s.temperatureC.value_or(qQNaN());
    values[telemetry::Setpoint] = s.setpointC.value_or(qQNaN());
    values[telemetry::AlarmLow] = r.settings.alarmLowC;
    values[telemetry::AlarmHigh] = r.settings.alarmHighC;
    values[telemetry::SupplyV] = s.supplyMv / 1000.0;
    values[telemetry::BatteryV] = s.batteryMv ? *s.batteryMv / 1000.0 : qQNaN();
    for (const device::Antenna &a : r.antennas)
        values[size_t(telemetry::ReturnLoss1 + a.number - 1)] = a.returnLossDb;
    m_store.append(r.takenAt.toMSecsSinceEpoch(), values);
    m_chartsDirty = true;
    showEvents(r);
    if (first) {
        const device::ModelLimits limits = device::limitsFor(*r.identity.model);
        // The spin box only offers what this model accepts (checked again on send).
        m_setpoint->setRange(limits.setpointMin / 100.0, limits.setpointMax / 100.0);
        m_setpoint->setValue(r.settings.setpointC);
        runChecks();
    }
    setBusy(m_busy);
}

void DiagnosticsPage::showEvents(const device::Readings &r)
{
    quint32 signature = quint32(r.events.size());
    if (!r.events.isEmpty())
        signature ^= quint32(r.events.first().time.toSecsSinceEpoch()) * 31u +
                     quint32(r.events.first().code);
    if (signature == m_eventSignature && m_eventTable->rowCount() == r.events.size())
        return;
    m_eventSignature = signature;
    m_eventTable->setRowCount(int(r.events.size()));
    const QLocale locale;
    for (int i = 0; i < r.events.size(); ++i) {
        const device::Event &e = r.events.at(i);
        m_eventTable->setItem(
            i, 0,
            new QTableWidgetItem(locale.toString(e.time.toLocalTime(), QLocale::ShortFormat)));
        m_eventTable->setItem(i, 1,
                              new QTableWidgetItem(device::eventDescription(e.code, e.value)));
        m_eventTable->setItem(i, 2, new QTableWidgetItem(e.name()));
    }
}

void DiagnosticsPage::redrawCharts()
{
    m_chartsDirty = false;
    m_charts->refresh(m_store, m_readings ? int(m_readings->antennas.size()) : 0);
}

void DiagnosticsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #d62728;"_s : QString());
}

} // namespace fb::gui
