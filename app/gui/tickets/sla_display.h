#pragma once

// How a ticket's SLA state looks: text, colour and icon. The state itself is
// computed by the service policy and stored with the row; the GUI only shows it.

#include <QColor>
#include <QIcon>
#include <QString>

namespace fb::gui {

enum class SlaLook
{
    None,
    OnTrack,
    AtRisk,
    Breached,
    Met
};

// Accepts the stored spellings ("ok"/"on_track", "at_risk", "breached", "met").
SlaLook slaLookFromState(const QString &state);
QString slaText(SlaLook look);
QColor slaColor(SlaLook look);
QIcon slaIcon(SlaLook look);

// "30 Nov 2026 10:00" in the user's locale and time zone; empty for no time.
QString localTimeText(const QString &isoUtc);

} // namespace fb::gui
