#pragma once

// The Devices page: every enclosure in the workspace with a search box, and
// the selected device's data, service history and tickets. Other modules
// add their views of a device (e.g. warranty coverage) to extensionsLayout().

#include "domain/device.h"
#include "domain/ticket.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace fb::gui {

class DatabaseWorker;
class DeviceListModel;
class GuiContext;

class DevicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesPage(GuiContext &context, QWidget *parent = nullptr);
    ~DevicesPage() override;

    DeviceListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    // The serial shown in the detail pane, empty when none.
    QString currentSerial() const { return m_currentSerial; }

    // ---- extension point ----
    // An empty layout at the bottom of the device detail; the warranty helper
    // adds its coverage timeline here. Listen to deviceShown() to update it.
    QVBoxLayout *extensionsLayout() const { return m_extensionsLayout; }

public slots:
    void refresh();
    void focusFilter();
    void showDevice(const QString &serial);

signals:
    // The detail pane now shows `device` (after its data arrived).
    void deviceShown(const fb::Device &device);
    void listLoaded();

private:
    void loadList();
    void loadDetail(const QString &serial);

    GuiContext &m_context;
    DatabaseWorker *m_worker = nullptr;
    DeviceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_facts = nullptr;
    QTableWidget *m_services = nullptr;
    QTableWidget *m_tickets = nullptr;
    QVBoxLayout *m_extensionsLayout = nullptr;
    QBoxLayout *m_detailSections = nullptr; // stacked or side by side
    QTimer *m_debounce = nullptr;
    QString m_currentSerial;
    quint64 m_listRequest = 0;
    quint64 m_detailRequest = 0;
};

} // namespace fb::gui
