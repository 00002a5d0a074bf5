#include "gui/tickets/log_work_dialog.h"

#include "gui/gui_context.h"
#include "gui/quotes/quote_worker.h"
#include "storage/asset_repository.h"
#include "storage/catalog_repository.h"
#include "storage/ticket_repository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

struct PartChoices
{
    QList<std::pair<QString, QString>> parts; // part number, description
    QString error;
};

struct LogResult
{
    QString ticketId;
    QString error;
};

// The locale's short format, but with a four-digit year: a two-digit one
// would let an edit land in the wrong century.
QString editFormat()
{
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains("yyyy"_L1))
        format.replace("yy"_L1, "yyyy"_L1);
    return format;
}

QDateTime wholeMinute(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.addSecs(-utc.time().second()).addMSecs(-utc.time().msec());
}

} // namespace

LogWorkDialog::LogWorkDialog(GuiContext &context, const Ticket &ticket, QWidget *parent)
    : QDialog(parent), m_context(context), m_ticket(ticket),
      m_worker(new QuoteWorker(context, this))
{
    setWindowTitle(tr("Log work on %1").arg(ticket.number));
    setObjectName(u"logWorkDialog"_s);

    m_timeGroup = new QGroupBox(tr("Time spent"), this);
    m_timeGroup->setObjectName(u"logWorkTime"_s);
    m_timeGroup->setCheckable(true);
    m_timeGroup->setChecked(true);
    m_kind = new QComboBox(m_timeGroup);
    m_kind->setObjectName(u"logWorkKind"_s);
    m_kind->addItem(tr("Labour"), u"labour"_s);
    m_kind->addItem(tr("Travel"), u"travel"_s);
    // Local wall time in the editors; stored as UTC.
    const QDateTime end = wholeMinute(QDateTime::currentDateTimeUtc()).toLocalTime();
    QDateTime start = end.addSecs(-3600);
    if (ticket.receivedAt.isValid() && start < ticket.receivedAt)
        start = ticket.receivedAt.toLocalTime();
    m_start = new QDateTimeEdit(start, m_timeGroup);
    m_start->setObjectName(u"logWorkStart"_s);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(editFormat());
    m_end = new QDateTimeEdit(end, m_timeGroup);
    m_end->setObjectName(u"logWorkEnd"_s);
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(editFormat());
    m_duration = new QLabel(m_timeGroup);
    m_duration->setTextFormat(Qt::PlainText);
    auto *timeForm = new QFormLayout(m_timeGroup);
    timeForm->addRow(tr("Kind:"), m_kind);
    timeForm->addRow(tr("Start:"), m_start);
    timeForm->addRow(tr("End:"), m_end);
    timeForm->addRow(QString(), m_duration);

    m_partGroup = new QGroupBox(tr("Part fitted"), this);
    m_partGroup->setObjectName(u"logWorkPart"_s);
    m_partGroup->setCheckable(true);
    m_partGroup->setChecked(false);
    m_part = new QComboBox(m_partGroup);
    m_part->setObjectName(u"logWorkPartNumber"_s);
    m_part->setEnabled(false);
    m_part->addItem(tr("Loading the parts catalog…"));
    m_qty = new QSpinBox(m_partGroup);
    m_qty->setObjectName(u"logWorkQuantity"_s);
    m_qty->setRange(1, commercial::kMaxPartQty);
    auto *partForm = new QFormLayout(m_partGroup);
    partForm->addRow(tr("Part:"), m_part);
    partForm->addRow(tr("Quantity:"), m_qty);

    m_error = new QLabel(this);
    m_error->setObjectName(u"logWorkError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log work"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogWorkDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QGroupBox *group : {m_timeGroup, m_partGroup})
        connect(group, &QGroupBox::toggled, this, &LogWorkDialog::updateButton);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &LogWorkDialog::updateButton);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &LogWorkDialog::updateButton);
    connect(m_worker, &QuoteWorker::failed, this, [this](const QString &message) {
        m_submitting = false;
        showError(message);
        updateButton();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_timeGroup);
    layout->addWidget(m_partGroup);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(460, 380);
    updateButton();
    loadParts();
}

LogWorkDialog::~LogWorkDialog()
{
    // No completion may reach a half-destroyed dialog.
    delete m_worker;
}

QPushButton *LogWorkDialog::logButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool LogWorkDialog::isBusy() const
{
    return m_worker && m_worker->pending() > 0;
}

void LogWorkDialog::loadParts()
{
    m_worker->run<PartChoices>(
        [serial = m_ticket.deviceSerial](storage::Database &db) {
            PartChoices choices;
            // Only parts that fit the device; without a device record, all of them.
            QString model;
            if (auto device = storage::AssetRepository(db).device(serial))
                model = toString(device->model);
            auto parts = storage::CatalogRepository(db).search(QString(), model, 1000);
            if (!parts) {
                choices.error = parts.error().message;
                return choices;
            }
            for (const commercial::CatalogPart &part : std::as_const(*parts))
                choices.parts.append({part.partNumber, part.description});
            return choices;
        },
        [this](PartChoices choices) {
            m_part->clear();
            if (!choices.error.isEmpty())
                showError(tr("The parts catalog could not be read: %1").arg(choices.error));
            for (const auto &[number, description] : std::as_const(choices.parts))
                m_part->addItem(tr("%1 – %2").arg(number, description), number);
            m_part->setEnabled(m_part->count() > 0);
            updateButton();
            emit partsLoaded();
        });
}

commercial::WorkLogRequest LogWorkDialog::request() const
{
    commercial::WorkLogRequest request;
    if (m_timeGroup->isChecked()) {
        TimeEntry entry;
        entry.kind = m_kind->currentData().toString();
        entry.start = wholeMinute(m_start->dateTime());
        entry.end = wholeMinute(m_end->dateTime());
        request.timeEntries.append(entry);
    }
    if (m_partGroup->isChecked() && m_part->isEnabled() && m_part->currentIndex() >= 0) {
        PartUsed part;
        part.partNumber = m_part->currentData().toString();
        part.qty = m_qty->value();
        request.parts.append(part);
    }
    return request;
}

void LogWorkDialog::updateButton()
{
    const qint64 seconds = m_start->dateTime().secsTo(m_end->dateTime());
    m_duration->setText(seconds > 0
                            ? tr("Duration: %1 h").arg(QLocale().toString(seconds / 3600.0, 'f', 2))
                            : tr("The end must be after the start."));
    const bool timeOk = !m_timeGroup->isChecked() || seconds > 0;
    const bool partOk = !m_partGroup->isChecked() || m_part->isEnabled();
    const bool anything = m_timeGroup->isChecked() || m_partGroup->isChecked();
    logButton()->setEnabled(!m_submitting && timeOk && partOk && anything);
}

void LogWorkDialog::showError(const QString &message)
{
    m_lastError = message;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LogWorkDialog::submit()
{
    if (m_submitting || !m_context.workspace())
        return;
    commercial::WorkLogRequest work = request();
    work.by = m_context.userName();
    work.at = QDateTime::currentDateTimeUtc();
    m_submitting = true;
    showError(QString());
    updateButton();
    m_worker->run<LogResult>(
        [ticketId = m_ticket.id, work](storage::Database &db) {
            auto logged = storage::TicketRepository(db).logWork(ticketId, work);
            return logged ? LogResult{logged->id, {}} : LogResult{{}, logged.error().message};
        },
        [this](LogResult result) {
            m_submitting = false;
            if (!result.error.isEmpty()) {
                // The rule's own words: they say which quote or change order is missing.
                showError(result.error);
                updateButton();
                emit refused(result.error);
                return;
            }
            emit m_context.documentsChanged({result.ticketId});
            accept();
        });
}

} // namespace fb::gui
