#pragma once

// Records a new ticket: site, device at that site, priority, channel and
// summary. The choices are read by the page's worker before the dialog opens.

#include "storage/asset_repository.h"
#include "storage/ticket_repository.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace fb::gui {

struct NewTicketChoices
{
    QList<storage::SiteRow> sites;
    QHash<QString, QStringList> serialsBySite; // site id -> device serials
    QString error;
};

class NewTicketDialog : public QDialog
{
    Q_OBJECT

public:
    NewTicketDialog(const NewTicketChoices &choices, QWidget *parent = nullptr);

    storage::NewTicket ticket() const;

private:
    void fillDevices();
    void updateState();

    NewTicketChoices m_choices;
    QComboBox *m_site = nullptr;
    QComboBox *m_device = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fb::gui
