#include "gui/tickets/ticket_details_placement.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

constexpr auto kKey = "TicketsPage/details";

} // namespace

DetailsPlacement ticketDetailsPlacement()
{
    const QString saved = QSettings().value(QLatin1StringView(kKey)).toString();
    if (saved == "beside"_L1)
        return DetailsPlacement::Beside;
    if (saved == "below"_L1)
        return DetailsPlacement::Below;
    return DetailsPlacement::Automatic;
}

void setTicketDetailsPlacement(DetailsPlacement placement)
{
    const QString value = placement == DetailsPlacement::Beside  ? u"beside"_s
                          : placement == DetailsPlacement::Below ? u"below"_s
                                                                 : u"auto"_s;
    QSettings().setValue(QLatin1StringView(kKey), value);
}

} // namespace fb::gui
