#pragma once

// Logs work on a ticket: one time entry (labour or travel, start and end)
// and/or one part fitted from the catalog (parts that fit the device's model).
// The quote rules decide (service-policy.md §6): out-of-warranty work needs
// an approved quote and work beyond it an approved change order; a refusal is
// shown in the dialog, which stays open so the technician can correct it.
// Reads and the write run in a worker thread with its own connection.

#include "domain/commercial/work_log.h"
#include "domain/ticket.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace fb::gui {

class GuiContext;
class QuoteWorker;

class LogWorkDialog : public QDialog
{
    Q_OBJECT

public:
    LogWorkDialog(GuiContext &context, const Ticket &ticket, QWidget *parent = nullptr);
    ~LogWorkDialog() override;

    // What the form asks for (ids, `by` and `at` are filled in when logged).
    commercial::WorkLogRequest request() const;
    bool isBusy() const;
    QString lastError() const { return m_lastError; }

    // For tests: the controls a technician uses.
    QGroupBox *timeGroup() const { return m_timeGroup; }
    QComboBox *kindCombo() const { return m_kind; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QDateTimeEdit *endEdit() const { return m_end; }
    QGroupBox *partGroup() const { return m_partGroup; }
    QComboBox *partCombo() const { return m_part; }
    QSpinBox *quantitySpin() const { return m_qty; }
    QPushButton *logButton() const;

public slots:
    // Logs the work; accepts the dialog when the workspace took it.
    void submit();

signals:
    // The catalog choices for the part box arrived.
    void partsLoaded();
    // The work was refused or could not be written; the message says why.
    void refused(const QString &message);

private:
    void loadParts();
    void updateButton();
    void showError(const QString &message);

    GuiContext &m_context;
    Ticket m_ticket;
    QuoteWorker *m_worker = nullptr;
    QGroupBox *m_timeGroup = nullptr;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLabel *m_duration = nullptr;
    QGroupBox *m_partGroup = nullptr;
    QComboBox *m_part = nullptr;
    QSpinBox *m_qty = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_lastError;
    bool m_submitting = false;
};

} // namespace fb::gui
