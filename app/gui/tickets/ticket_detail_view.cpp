#include "gui/tickets/ticket_detail_view.h"

#include <QBoxLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMetaMethod>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString localText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QVBoxLayout *newSection()
{
    auto *section = new QVBoxLayout;
    section->setContentsMargins(0, 0, 0, 0);
    return section;
}

} // namespace

TicketDetailView::TicketDetailView(QWidget *parent) : QWidget(parent)
{
    m_message = plainLabel(this);
    m_message->setObjectName(u"detailMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);

    m_body = new QWidget(this);
    m_title = plainLabel(m_body);
    m_title->setObjectName(u"ticketTitle"_s);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_facts = plainLabel(m_body);
    m_facts->setObjectName(u"ticketFacts"_s);

    m_changeStatus = new QPushButton(tr("Change status…"), m_body);
    m_changeStatus->setObjectName(u"changeStatusButton"_s);
    m_addNote = new QPushButton(tr("Add note…"), m_body);
    m_addNote->setObjectName(u"addNoteButton"_s);
    connect(m_changeStatus, &QPushButton::clicked, this, &TicketDetailView::changeStatusRequested);
    connect(m_addNote, &QPushButton::clicked, this, &TicketDetailView::addNoteRequested);
    m_logWork = new QPushButton(tr("Log work…"), m_body);
    m_logWork->setObjectName(u"logWorkButton"_s);
    m_logWork->hide();
    connect(m_logWork, &QPushButton::clicked, this, &TicketDetailView::logWorkRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changeStatus);
    buttons->addWidget(m_addNote);
    buttons->addWidget(m_logWork);
    buttons->addStretch(1);

    m_history = new QTableWidget(0, 4, m_body);
    m_history->setObjectName(u"statusHistory"_s);
    m_history->setHorizontalHeaderLabels({tr("Status"), tr("When"), tr("Who"), tr("Why")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setWordWrap(false);

    m_work = new QTableWidget(0, 4, m_body);
    m_work->setObjectName(u"workLog"_s);
    m_work->setHorizontalHeaderLabels({tr("Work"), tr("When"), tr("Amount"), tr("Who")});
    m_work->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_work->horizontalHeader()->setStretchLastSection(true);
    m_work->verticalHeader()->hide();
    m_work->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_work->setSelectionMode(QAbstractItemView::NoSelection);
    m_work->setWordWrap(false);

    m_notes = new QPlainTextEdit(m_body);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setReadOnly(true);

    // Three sections, stacked when the details are narrow (beside the list)
    // and side by side when they are wide (below it).
    QVBoxLayout *overview = newSection();
    overview->addWidget(m_title);
    overview->addWidget(m_facts);
    overview->addLayout(buttons);
    overview->addWidget(new QLabel(tr("Status history"), m_body));
    overview->addWidget(m_history, 1);
    QVBoxLayout *work = newSection();
    work->addWidget(new QLabel(tr("Time and parts"), m_body));
    work->addWidget(m_work, 1);
    QVBoxLayout *notes = newSection();
    notes->addWidget(new QLabel(tr("Notes"), m_body));
    notes->addWidget(m_notes, 1);
    m_sections = new QBoxLayout(QBoxLayout::TopToBottom, m_body);
    m_sections->setContentsMargins(0, 0, 0, 0);
    m_sections->addLayout(overview, 3);
    m_sections->addLayout(work, 2);
    m_sections->addLayout(notes, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_body);
    showMessage(tr("Select a ticket to see its history and notes."));
}

void TicketDetailView::setWideLayout(bool wide)
{
    m_sections->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

bool TicketDetailView::isWideLayout() const
{
    return m_sections->direction() == QBoxLayout::LeftToRight;
}

void TicketDetailView::showMessage(const QString &text)
{
    m_ticket.reset();
    m_message->setText(text);
    m_message->show();
    m_body->hide();
}

void TicketDetailView::showTicket(const Ticket &ticket)
{
    m_ticket = ticket;
    m_message->hide();
    m_body->show();
    m_title->setText(tr("%1: %2").arg(ticket.number, ticket.summary));
    m_facts->setText(tr("Status: %1 · Priority: %2 · Channel: %3\nDevice: %4 · Site: %5\n"
                        "Received: %6")
                         .arg(displayName(ticket.status), displayName(ticket.priority),
                              displayName(ticket.channel), ticket.deviceSerial, ticket.siteId,
                              localText(ticket.receivedAt)));

    m_history->setRowCount(static_cast<int>(ticket.statusHistory.size()));
    // Newest first: the latest change is what a technician looks for.
    int row = 0;
    for (auto it = ticket.statusHistory.crbegin(); it != ticket.statusHistory.crend();
         ++it, ++row) {
        const QStringList cells{displayName(it->status), localText(it->at), it->by, it->reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_history->setItem(row, column, item);
        }
    }

    QString notes;
    for (auto it = ticket.notes.crbegin(); it != ticket.notes.crend(); ++it) {
        if (!notes.isEmpty())
            notes += u"\n\n"_s;
        notes += tr("%1 — %2").arg(localText(it->at), it->by) + u'\n' + it->text;
    }
    m_notes->setPlainText(notes.isEmpty() ? tr("No notes yet.") : notes);
    m_changeStatus->setEnabled(true);
    m_addNote->setEnabled(true);
    showWork(ticket);
    // No dead button: it shows once a page handles the request.
    m_logWork->setVisible(
        isSignalConnected(QMetaMethod::fromSignal(&TicketDetailView::logWorkRequested)));
    m_logWork->setEnabled(ticket.status != TicketStatus::Closed);
}

void TicketDetailView::showWork(const Ticket &ticket)
{
    QList<QStringList> rows;
    // Newest first, like the history; parts carry no time of their own.
    for (auto it = ticket.timeEntries.crbegin(); it != ticket.timeEntries.crend(); ++it) {
        const QString kind = it->kind == "travel"_L1 ? tr("Travel") : tr("Labour");
        const double hours = it->start.secsTo(it->end) / 3600.0;
        rows.append({kind, tr("%1 – %2").arg(localText(it->start), localText(it->end)),
                     tr("%1 h").arg(QLocale().toString(hours, 'f', 2)), it->by});
    }
    for (auto it = ticket.partsUsed.crbegin(); it != ticket.partsUsed.crend(); ++it)
        rows.append({tr("Part %1").arg(it->partNumber), QString(),
                     tr("× %1").arg(QLocale().toString(it->qty)), QString()});
    m_work->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column) {
            auto *item = new QTableWidgetItem(rows.at(row).at(column));
            item->setToolTip(rows.at(row).at(column));
            m_work->setItem(row, column, item);
        }
    }
}

} // namespace fb::gui
