#pragma once

#include <functional>

class QLineEdit;
class QWidget;

namespace fb::gui {

// Runs `action` once, in the event loop turn after `window` first painted
// (so the frame, children included, is flushed). Work the first frame does
// not need waits here, which keeps start-up close to a bare window's.
void afterFirstPaint(QWidget *window, std::function<void()> action);

// The line edit's clear button, after its first paint: the button's icon
// comes from the icon theme, whose first lookup scans the theme folders
// (half the time it takes to build the Tickets page), and it only shows
// once there is text to clear.
void enableClearButtonAfterFirstPaint(QLineEdit *edit);

} // namespace fb::gui
