#pragma once

#include <functional>

class QWidget;

namespace fb::gui {

// Runs `action` once, in the event loop turn after `window` first painted
// (so the frame, children included, is flushed). Work the first frame does
// not need waits here, which keeps start-up close to a bare window's.
void afterFirstPaint(QWidget *window, std::function<void()> action);

} // namespace fb::gui
