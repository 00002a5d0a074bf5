#pragma once

// Where the Tickets page shows the selected ticket: beside the list, below
// it, or (the default) whichever the page's width allows. Kept in QSettings.

namespace fb::gui {

enum class DetailsPlacement
{
    Automatic, // beside the list on a wide page, below it on a narrow one
    Beside,
    Below,
};

DetailsPlacement ticketDetailsPlacement();
void setTicketDetailsPlacement(DetailsPlacement placement);

} // namespace fb::gui
