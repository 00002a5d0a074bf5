#include "gui/tickets/new_ticket_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

NewTicketDialog::NewTicketDialog(const NewTicketChoices &choices, QWidget *parent)
    : QDialog(parent), m_choices(choices)
{
    setWindowTitle(tr("New ticket"));
    setObjectName(u"newTicketDialog"_s);

    m_site = new QComboBox(this);
    m_site->setObjectName(u"site"_s);
    for (const storage::SiteRow &site : m_choices.sites)
        m_site->addItem(tr("%1 — %2").arg(site.customerName, site.name), site.id);
    m_device = new QComboBox(this);
    m_device->setObjectName(u"device"_s);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(u"priority"_s);
    for (Priority p : {Priority::Normal, Priority::High})
        m_priority->addItem(displayName(p), toString(p));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"channel"_s);
    for (Channel c : {Channel::Phone, Channel::Email, Channel::Monitoring, Channel::Onsite})
        m_channel->addItem(displayName(c), toString(c));
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setPlaceholderText(tr("What the customer reports"));

    auto *form = new QFormLayout;
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Device:"), m_device);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Summary:"), m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create ticket"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_site, &QComboBox::currentIndexChanged, this, &NewTicketDialog::fillDevices);
    connect(m_device, &QComboBox::currentIndexChanged, this, &NewTicketDialog::updateState);
    connect(m_summary, &QLineEdit::textChanged, this, &NewTicketDialog::updateState);
    fillDevices();
    resize(520, sizeHint().height());
}

void NewTicketDialog::fillDevices()
{
    m_device->clear();
    const QString siteId = m_site->currentData().toString();
    for (const QString &serial : m_choices.serialsBySite.value(siteId))
        m_device->addItem(serial, serial);
    updateState();
}

void NewTicketDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_site->currentIndex() >= 0 && m_device->currentIndex() >= 0 &&
                     !m_summary->text().trimmed().isEmpty());
}

storage::NewTicket NewTicketDialog::ticket() const
{
    storage::NewTicket ticket;
    ticket.siteId = m_site->currentData().toString();
    ticket.deviceSerial = m_device->currentData().toString();
    ticket.priority =
        priorityFromString(m_priority->currentData().toString()).value_or(Priority::Normal);
    ticket.channel =
        channelFromString(m_channel->currentData().toString()).value_or(Channel::Phone);
    ticket.summary = m_summary->text().trimmed();
    return ticket;
}

} // namespace fb::gui
