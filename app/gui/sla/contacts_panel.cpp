#include "gui/sla/contacts_panel.h"

#include "domain/enums.h"
#include "domain/policy/policy.h"
#include "gui/database_worker.h"
#include "gui/gui_context.h"

#include <QDesktopServices>
#include <QGridLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

QString textOf(storage::Database &db, const char *sql, const QString &argument)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return {};
    statement->bind(1, argument);
    auto row = statement->step();
    return row && *row ? statement->text(0) : QString();
}

} // namespace

ContactsPanel::ContactsPanel(GuiContext &context, QWidget *parent)
    : QGroupBox(tr("Support contacts"), parent), m_context(context),
      m_worker(new DatabaseWorker(context, this))
{
    setObjectName(u"contactsPanel"_s);
    m_regionLabel = new QLabel(this);
    m_phone = new QLabel(this);
    m_email = new QLabel(this);
    // Numbers and addresses come from policy data: plain text, selectable.
    for (QLabel *label : {m_regionLabel, m_phone, m_email}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Bundled icons: the first icon-theme lookup scans the theme folders,
    // which cost more than building the rest of the Tickets page.
    m_call = new QPushButton(QIcon(u":/icons/contact-call.svg"_s), tr("Call"), this);
    m_call->setObjectName(u"callButton"_s);
    m_call->setToolTip(tr("High-priority line, 24/7"));
    m_write = new QPushButton(QIcon(u":/icons/contact-mail.svg"_s), tr("E-mail…"), this);
    m_write->setObjectName(u"emailButton"_s);
    m_write->setToolTip(tr("Non-urgent support: opens a prepared message in your e-mail program"));
    connect(m_call, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_callUrl); });
    connect(m_write, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(m_emailUrl); });

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_regionLabel, 0, 0, 1, 3);
    layout->addWidget(new QLabel(tr("High priority (24/7):"), this), 1, 0);
    layout->addWidget(m_phone, 1, 1);
    layout->addWidget(m_call, 1, 2);
    layout->addWidget(new QLabel(tr("Non-urgent (e-mail):"), this), 2, 0);
    layout->addWidget(m_email, 2, 1);
    layout->addWidget(m_write, 2, 2);
    layout->setColumnStretch(1, 1);
    clear();
}

void ContactsPanel::clear()
{
    m_ticketId.clear();
    m_callUrl.clear();
    m_emailUrl.clear();
    m_region.clear();
    m_regionLabel->setText(tr("Select a ticket to see its region's support contacts."));
    m_phone->clear();
    m_email->clear();
    m_call->setEnabled(false);
    m_write->setEnabled(false);
}

void ContactsPanel::showTicket(const Ticket &ticket)
{
    clear();
    m_ticketId = ticket.id;
    m_regionLabel->setText(tr("Loading…"));
    const QString siteId = ticket.siteId;
    const QString customerId = ticket.customerId;
    const QString serial = ticket.deviceSerial;
    const QString ticketId = ticket.id;
    m_worker->run<Lookup>(
        [siteId, customerId, serial, ticketId](storage::Database &db) {
            Lookup lookup;
            const char *regionSql = "SELECT json_extract(body, '$.region') FROM docs "
                                    "WHERE id = ?1 AND deleted = 0";
            lookup.region = textOf(db, regionSql, siteId);
            if (lookup.region.isEmpty())
                lookup.region = textOf(db, regionSql, customerId);
            lookup.deviceModel = textOf(db,
                                        "SELECT json_extract(body, '$.model') FROM docs "
                                        "WHERE id = ?1 AND deleted = 0",
                                        u"device:"_s + serial);
            // The latest diagnostic report recorded for this ticket, if any.
            const QString report =
                textOf(db,
                       "SELECT body FROM docs WHERE type = 'report' AND deleted = 0 "
                       "AND json_extract(body, '$.ticket_id') = ?1 "
                       "ORDER BY json_extract(body, '$.taken_at') DESC LIMIT 1",
                       ticketId);
            if (!report.isEmpty())
                lookup.diagnostic =
                    policy::diagnosticSummary(QJsonDocument::fromJson(report.toUtf8()).object());
            return lookup;
        },
        [this, ticket](Lookup lookup) {
            if (ticket.id == m_ticketId)
                apply(ticket, lookup);
        });
}

void ContactsPanel::apply(const Ticket &ticket, const Lookup &lookup)
{
    const auto policy = policy::activePolicy();
    const policy::RegionPolicy *region = policy->region(lookup.region);
    if (!region) {
        m_regionLabel->setText(
            tr("This ticket's site has no known support region yet (sync its site from HQ)."));
        emit loaded();
        return;
    }
    m_region = region->code;
    const auto known = regionFromString(region->code);
    m_regionLabel->setText(tr("Region: %1").arg(known ? displayName(*known) : region->code));
    m_phone->setText(region->contacts.highPriorityPhone);
    m_email->setText(region->contacts.nonUrgentEmail);
    m_callUrl = policy::telUrl(region->contacts.highPriorityPhone);
    m_emailUrl = policy::supportEmailUrl(region->contacts,
                                         {ticket.number, ticket.deviceSerial, lookup.deviceModel,
                                          ticket.summary, lookup.diagnostic});
    m_call->setEnabled(!region->contacts.highPriorityPhone.isEmpty());
    m_write->setEnabled(!region->contacts.nonUrgentEmail.isEmpty());
    emit loaded();
}

} // namespace fb::gui
