#pragma once

// A list with the selected item's details beside it or below it: the
// splitter of the Tickets and Devices pages. Where details go is one setting
// for every such page (View > Details): automatic (beside when the splitter
// is at least setBesideFromWidth() wide, else below), always beside, or always
// below. Each placement keeps its own sizes in QSettings.

#include <QSplitter>

class QResizeEvent;

namespace fb::gui {

enum class DetailsPlacement
{
    Automatic,
    Beside,
    Below,
};

DetailsPlacement detailsPlacement();
void setDetailsPlacement(DetailsPlacement placement);

class DetailSplitter : public QSplitter
{
    Q_OBJECT

public:
    // The sizes are kept under `settingsKey` (beside) and `settingsKey`+"Below".
    explicit DetailSplitter(const QString &settingsKey, QWidget *parent = nullptr);

    // Automatic placement: details beside the list from this width on.
    void setBesideFromWidth(int width) { m_besideFromWidth = width; }

public slots:
    // Reads the setting again and places the details. Call it once the list
    // and the details are added; View > Details calls it on every change.
    void applyPlacement();

signals:
    // Details now sit below the list (`below`) or beside it.
    void placed(bool below);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    bool belowAt(int width) const;
    void place(bool below);
    QString sizesKey(Qt::Orientation orientation) const;

    QString m_settingsKey;
    DetailsPlacement m_placement = DetailsPlacement::Automatic;
    int m_besideFromWidth = 0;
    bool m_placed = false;
};

} // namespace fb::gui
