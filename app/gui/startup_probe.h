#pragma once

// For the start-up benchmark: with FIELDBENCH_BENCH_STARTUP=1 the first
// painted frame of `window` prints "first-paint-epoch-ms <ms>" to stdout and
// quits, so a script can time process start to first paint.
// With FIELDBENCH_SCREENSHOT=FILE.png it saves the window after 3 s and quits.

class QWidget;

namespace fb::gui {

void installStartupProbe(QWidget *window);

} // namespace fb::gui
