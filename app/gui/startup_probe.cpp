#include "gui/startup_probe.h"

#include "gui/first_paint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace fb::gui {

void installStartupProbe(QWidget *window)
{
    // FIELDBENCH_SCREENSHOT=file.png: save the window once the lists have
    // loaded, then quit (for checking the layout under Xvfb).
    const QString screenshot = qEnvironmentVariable("FIELDBENCH_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(3000, window, [window, screenshot] {
            const bool saved = window->grab().save(screenshot);
            std::printf("screenshot %s: %s\n", qPrintable(screenshot), saved ? "saved" : "failed");
            std::fflush(stdout);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    if (qEnvironmentVariableIntValue("FIELDBENCH_BENCH_STARTUP") != 1)
        return;
    afterFirstPaint(window, [] {
        std::printf("first-paint-epoch-ms %lld\n",
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace fb::gui
