#pragma once

// The uptime report: per device, the last twelve months' availability as a
// bar chart against the 99.9 % target line, the intervals excluded as
// internet outages or force majeure (editable), and PDF export.

#include "gui/uptime/uptime_report.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace fb::gui {

class DatabaseWorker;
class GuiContext;

class UptimeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UptimeDialog(GuiContext &context, QWidget *parent = nullptr);

    QComboBox *deviceBox() const { return m_device; }
    const QList<policy::MonthUptime> &months() const { return m_months; }
    // Writes the PDF without asking for a file name (the Export button asks).
    Status exportPdf(const QString &path);
    Status addExclusion(const policy::UptimeExclusion &exclusion);

public slots:
    void reload();

signals:
    void loaded();

private:
    void showDevice();
    void rebuildChart();
    void rebuildExclusions();
    void exportWithDialog();
    void addFromForm();
    void removeSelected();

    GuiContext &m_context;
    DatabaseWorker *m_worker = nullptr;
    UptimeSource m_source;
    QList<policy::MonthUptime> m_months;
    QComboBox *m_device = nullptr;
    QChartView *m_chartView = nullptr;
    QTableWidget *m_exclusions = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace fb::gui
