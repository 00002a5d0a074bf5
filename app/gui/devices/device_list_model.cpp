#include "gui/devices/device_list_model.h"

#include "domain/enums.h"
#include "domain/time_format.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeviceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Serial:
        return tr("Serial");
    case Model:
        return tr("Model");
    case Site:
        return tr("Site");
    case Customer:
        return tr("Customer");
    case Region:
        return tr("Region");
    case InstallDate:
        return tr("Installed");
    case Firmware:
        return tr("Firmware");
    case OpenTickets:
        return tr("Open tickets");
    default:
        return {};
    }
}

QStringList DeviceListModel::widestTexts(int column)
{
    QStringList texts;
    switch (column) {
    case Serial:
        return {u"FBX0000000"_s};
    case Model:
        for (auto model : {DeviceModel::Cabinet, DeviceModel::Refrigerator, DeviceModel::Freezer,
                           DeviceModel::Locker})
            texts << displayName(model);
        return texts;
    case Region:
        for (auto region : {fb::Region::Us, fb::Region::Eu})
            texts << displayName(region);
        return texts;
    case InstallDate:
        return {QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)};
    case Firmware:
        return {u"10.10.10"_s};
    default:
        return {};
    }
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::DeviceRow &row = m_rows.at(index.row());
    if (role == SerialRole)
        return row.serial;
    if (role == Qt::TextAlignmentRole && index.column() == OpenTickets)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Serial:
        return row.serial;
    case Model: {
        const auto model = deviceModelFromString(row.model);
        return model ? displayName(*model) : row.model;
    }
    case Site:
        return row.siteName;
    case Customer:
        return row.customerName;
    case Region: {
        const auto region = regionFromString(row.region);
        return region ? displayName(*region) : row.region;
    }
    case InstallDate: {
        const auto date = parseIsoDate(row.installDate);
        return date ? QLocale().toString(*date, QLocale::ShortFormat) : row.installDate;
    }
    case Firmware:
        return row.firmware;
    case OpenTickets:
        return QLocale().toString(row.openTickets);
    default:
        return {};
    }
}

void DeviceListModel::setRows(QList<storage::DeviceRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const storage::DeviceRow *DeviceListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeviceListModel::rowOfSerial(const QString &serial) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).serial == serial)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace fb::gui
