#include "gui/uptime/uptime_dialog.h"

#include "domain/policy/policy.h"
#include "domain/time_format.h"
#include "gui/database_worker.h"
#include "gui/gui_context.h"
#include "storage/workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

UptimeDialog::UptimeDialog(GuiContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_worker(new DatabaseWorker(context, this))
{
    setObjectName(u"uptimeDialog"_s);
    setWindowTitle(tr("Uptime report"));
    resize(900, 700);
    m_device = new QComboBox(this);
    m_device->setObjectName(u"uptimeDevice"_s);
    connect(m_device, &QComboBox::currentIndexChanged, this, &UptimeDialog::showDevice);
    m_chartView = new QChartView(new QChart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_exclusions = new QTableWidget(0, 4, this);
    m_exclusions->setHorizontalHeaderLabels(
        {tr("From (UTC)"), tr("To (UTC)"), tr("Reason"), tr("Note")});
    m_exclusions->horizontalHeader()->setStretchLastSection(true);
    m_exclusions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exclusions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_start = new QDateTimeEdit(QDateTime::currentDateTimeUtc().addSecs(-3600), this);
    m_end = new QDateTimeEdit(QDateTime::currentDateTimeUtc(), this);
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    }
    m_reason = new QComboBox(this);
    m_reason->addItem(tr("Internet outage outside the vendor's control"), u"internet_outage"_s);
    m_reason->addItem(tr("Force majeure"), u"force_majeure"_s);
    m_note = new QLineEdit(this);
    auto *add = new QPushButton(tr("Exclude interval"), this);
    auto *remove = new QPushButton(tr("Remove selected"), this);
    connect(add, &QPushButton::clicked, this, &UptimeDialog::addFromForm);
    connect(remove, &QPushButton::clicked, this, &UptimeDialog::removeSelected);

    auto *form = new QHBoxLayout;
    form->addWidget(m_start);
    form->addWidget(m_end);
    form->addWidget(m_reason);
    form->addWidget(m_note, 1);
    form->addWidget(add);
    form->addWidget(remove);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &UptimeDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QFormLayout;
    top->addRow(tr("Device:"), m_device);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chartView, 3);
    layout->addWidget(m_summary);
    layout->addWidget(
        new QLabel(tr("Excluded intervals (all devices unless the note says otherwise):"), this));
    layout->addWidget(m_exclusions, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    reload();
}

void UptimeDialog::reload()
{
    m_worker->run<UptimeSource>([](storage::Database &db) { return loadUptimeSource(db); },
                                [this](UptimeSource source) {
                                    const QString current = m_device->currentText();
                                    m_source = std::move(source);
                                    {
                                        const QSignalBlocker block(m_device);
                                        m_device->clear();
                                        m_device->addItems(m_source.serials);
                                        const int index = m_device->findText(current);
                                        m_device->setCurrentIndex(qMax(0, index));
                                    }
                                    rebuildExclusions();
                                    showDevice();
                                    emit loaded();
                                });
}

void UptimeDialog::showDevice()
{
    const QString serial = m_device->currentText();
    m_months = serial.isEmpty() ? QList<policy::MonthUptime>()
                                : recentMonths(m_source, serial, 12, policy::currentTime());
    rebuildChart();
    if (!m_source.error.isEmpty())
        m_summary->setText(m_source.error);
    else if (m_months.isEmpty())
        m_summary->setText(tr("No devices in this workspace."));
    else {
        const policy::MonthUptime &last = m_months.constLast();
        m_summary->setText(
            tr("This month: %1 % available, %2 min counted downtime of %3 min allowed.")
                .arg(QLocale().toString(last.availabilityPercent, 'f', 3))
                .arg(QLocale().toString(double(last.downSeconds) / 60.0, 'f', 1))
                .arg(QLocale().toString(double(last.allowedSeconds) / 60.0, 'f', 1)));
    }
}

void UptimeDialog::rebuildChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Monthly availability of %1").arg(m_device->currentText()));
    auto *bars = new QBarSet(tr("Availability %"));
    auto *target = new QLineSeries;
    const double targetPercent = policy::activePolicy()->uptimeTargetPercent.toDouble();
    target->setName(tr("Target %1 %").arg(QLocale().toString(targetPercent)));
    QStringList categories;
    double lowest = targetPercent;
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const policy::MonthUptime &month = m_months.at(i);
        *bars << month.availabilityPercent;
        categories << QLocale().toString(QDate(month.year, month.month, 1), u"MMM yy"_s);
        lowest = qMin(lowest, month.availabilityPercent);
    }
    // The line spans the whole category axis (-0.5 … n-0.5).
    target->append(-0.5, targetPercent);
    target->append(double(m_months.size()) - 0.5, targetPercent);
    auto *series = new QBarSeries;
    series->append(bars);
    chart->addSeries(series);
    chart->addSeries(target);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *yAxis = new QValueAxis;
    // Zoomed near the target: a 99.9 % line is invisible on a 0–100 axis.
    yAxis->setRange(qMax(0.0, qMin(lowest, targetPercent) - 0.2), 100.0);
    yAxis->setLabelFormat(u"%.2f"_s);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    target->attachAxis(xAxis);
    target->attachAxis(yAxis);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void UptimeDialog::rebuildExclusions()
{
    m_exclusions->setRowCount(0);
    for (const policy::UptimeExclusion &exclusion : m_source.exclusions) {
        const int row = m_exclusions->rowCount();
        m_exclusions->insertRow(row);
        m_exclusions->setItem(row, 0, new QTableWidgetItem(toIsoUtc(exclusion.start)));
        m_exclusions->setItem(row, 1, new QTableWidgetItem(toIsoUtc(exclusion.end)));
        m_exclusions->setItem(row, 2, new QTableWidgetItem(exclusion.reason));
        m_exclusions->setItem(
            row, 3,
            new QTableWidgetItem(exclusion.deviceSerial.isEmpty()
                                     ? exclusion.note
                                     : exclusion.deviceSerial + u": "_s + exclusion.note));
    }
}

Status UptimeDialog::addExclusion(const policy::UptimeExclusion &exclusion)
{
    if (!exclusion.start.isValid() || exclusion.end <= exclusion.start)
        return makeError(ErrorKind::Usage, tr("An excluded interval must end after it starts."));
    if (!m_context.workspace())
        return makeError(ErrorKind::Usage, tr("No workspace is open."));
    QList<policy::UptimeExclusion> updated = m_source.exclusions;
    updated.append(exclusion);
    if (Status saved = saveExclusions(m_context.workspace()->db(), updated); !saved)
        return saved;
    m_source.exclusions = updated;
    rebuildExclusions();
    showDevice();
    return {};
}

void UptimeDialog::addFromForm()
{
    policy::UptimeExclusion exclusion{m_device->currentText(), m_start->dateTime().toUTC(),
                                      m_end->dateTime().toUTC(), m_reason->currentData().toString(),
                                      m_note->text().trimmed()};
    if (Status added = addExclusion(exclusion); !added)
        QMessageBox::warning(this, tr("Interval not excluded"), added.error().message);
    else
        m_note->clear();
}

void UptimeDialog::removeSelected()
{
    const int row = m_exclusions->currentRow();
    if (row < 0 || row >= m_source.exclusions.size() || !m_context.workspace())
        return;
    QList<policy::UptimeExclusion> updated = m_source.exclusions;
    updated.removeAt(row);
    if (Status saved = saveExclusions(m_context.workspace()->db(), updated); !saved) {
        QMessageBox::warning(this, tr("Interval not removed"), saved.error().message);
        return;
    }
    m_source.exclusions = updated;
    rebuildExclusions();
    showDevice();
}

Status UptimeDialog::exportPdf(const QString &path)
{
    return writeUptimePdf(
        path, m_device->currentText(), m_months,
        [this](QPainter &painter, const QRectF &rect) {
            // A dialog never shown has no layout yet: give the chart a size to draw at.
            if (m_chartView->width() < 200)
                m_chartView->resize(800, 400);
            m_chartView->render(&painter, rect);
        });
}

void UptimeDialog::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export uptime report"), tr("uptime-%1.pdf").arg(m_device->currentText()),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status written = exportPdf(path); !written)
        QMessageBox::warning(this, tr("Report not exported"), written.error().message);
}

} // namespace fb::gui
