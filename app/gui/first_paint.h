#pragma once

#include <functional>

class QLineEdit;
class QWidget;

namespace fb::gui {

// Runs `action` once, in the event loop turn after `window` first painted
// (so the frame, children included, is flushed). Work the first frame does
// not need waits here, which keeps start-up close to a bare window's.
void afterFirstPaint(QWidget *window, std::function<void()> action);

// A clear button in the line edit, shown while it holds text. Not Qt's
// own (setClearButtonEnabled): its icon comes from the icon theme, whose
// first lookup scans the theme folders, longer than building a page.
void addClearButton(QLineEdit *edit);

} // namespace fb::gui
