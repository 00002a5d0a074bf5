#include "gui/detail_splitter.h"

#include <QResizeEvent>
#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

constexpr auto kPlacementKey = "Details/placement";

} // namespace

DetailsPlacement detailsPlacement()
{
    const QString saved = QSettings().value(QLatin1StringView(kPlacementKey)).toString();
    if (saved == "beside"_L1)
        return DetailsPlacement::Beside;
    if (saved == "below"_L1)
        return DetailsPlacement::Below;
    return DetailsPlacement::Automatic;
}

void setDetailsPlacement(DetailsPlacement placement)
{
    const QString value = placement == DetailsPlacement::Beside  ? u"beside"_s
                          : placement == DetailsPlacement::Below ? u"below"_s
                                                                 : u"auto"_s;
    QSettings().setValue(QLatin1StringView(kPlacementKey), value);
}

DetailSplitter::DetailSplitter(const QString &settingsKey, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_settingsKey(settingsKey)
{
    setChildrenCollapsible(false);
    connect(this, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(sizesKey(orientation()), saveState()); });
}

void DetailSplitter::applyPlacement()
{
    m_placement = detailsPlacement();
    place(belowAt(width()));
}

bool DetailSplitter::belowAt(int width) const
{
    switch (m_placement) {
    case DetailsPlacement::Beside:
        return false;
    case DetailsPlacement::Below:
        return true;
    case DetailsPlacement::Automatic:
        break;
    }
    return width < m_besideFromWidth;
}

void DetailSplitter::place(bool below)
{
    const Qt::Orientation wanted = below ? Qt::Vertical : Qt::Horizontal;
    if (m_placed && orientation() == wanted)
        return;
    m_placed = true;
    const QByteArray state = QSettings().value(sizesKey(wanted)).toByteArray();
    const bool restored = !state.isEmpty() && restoreState(state);
    setOrientation(wanted); // restoreState may have set the other one
    if (!restored) {
        // The list gets most of the room: two thirds beside, 55% above.
        const int room = below ? std::max(height(), 500) : std::max(width(), 1000);
        setSizes(below ? QList<int>{room * 11 / 20, room * 9 / 20}
                       : QList<int>{room * 2 / 3, room / 3});
    }
    emit placed(below);
}

void DetailSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    if (m_placed && m_placement == DetailsPlacement::Automatic)
        place(belowAt(event->size().width()));
}

QString DetailSplitter::sizesKey(Qt::Orientation orientation) const
{
    return orientation == Qt::Vertical ? m_settingsKey + u"Below"_s : m_settingsKey;
}

} // namespace fb::gui
