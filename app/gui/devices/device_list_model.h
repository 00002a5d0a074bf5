#pragma once

// The device list: a few thousand rows at most, so the worker delivers them
// all at once and this model only holds and formats them.

#include "storage/asset_repository.h"

#include <QAbstractTableModel>

namespace fb::gui {

class DeviceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Serial,
        Model,
        Site,
        Customer,
        Region,
        InstallDate,
        Firmware,
        OpenTickets,
        ColumnCount
    };
    enum Role
    {
        SerialRole = Qt::UserRole + 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The widest texts `column` shows in the current language, for default
    // column widths; none for names, which vary (Site, Customer).
    static QStringList widestTexts(int column);

    void setRows(QList<storage::DeviceRow> rows);
    const storage::DeviceRow *rowAt(int row) const;
    int rowOfSerial(const QString &serial) const;

private:
    QList<storage::DeviceRow> m_rows;
};

} // namespace fb::gui
