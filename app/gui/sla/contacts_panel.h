#pragma once

// The support contacts of the ticket's region (service-policy.md §1): the
// 24/7 high-priority phone line with click-to-call (tel:) and the non-urgent
// e-mail address with a prepared message (mailto:) naming the ticket, device,
// summary and the latest diagnostic result recorded for the ticket.

#include "domain/policy/contacts.h"
#include "domain/ticket.h"

#include <QGroupBox>
#include <QUrl>

class QLabel;
class QPushButton;

namespace fb::gui {

class DatabaseWorker;
class GuiContext;

class ContactsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ContactsPanel(GuiContext &context, QWidget *parent = nullptr);

    // Loads region, device model and latest report in a worker, then fills in.
    void showTicket(const Ticket &ticket);
    void clear();

    QUrl callUrl() const { return m_callUrl; }
    QUrl emailUrl() const { return m_emailUrl; }
    QString region() const { return m_region; }

signals:
    void loaded();

private:
    struct Lookup
    {
        QString region;
        QString deviceModel;
        QString diagnostic;
        QString error;
    };
    void apply(const Ticket &ticket, const Lookup &lookup);

    GuiContext &m_context;
    DatabaseWorker *m_worker = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_email = nullptr;
    QPushButton *m_call = nullptr;
    QPushButton *m_write = nullptr;
    QUrl m_callUrl;
    QUrl m_emailUrl;
    QString m_region;
    QString m_ticketId; // the ticket a pending lookup belongs to
};

} // namespace fb::gui
