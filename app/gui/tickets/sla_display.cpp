#include "gui/tickets/sla_display.h"

#include "domain/time_format.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("fb::gui::Sla", text);
}
} // namespace

SlaLook slaLookFromState(const QString &state)
{
    const QString s = state.trimmed().toLower();
    if (s == "ok"_L1 || s == "on_track"_L1 || s == "on-track"_L1)
        return SlaLook::OnTrack;
    if (s == "at_risk"_L1 || s == "at-risk"_L1)
        return SlaLook::AtRisk;
    if (s == "breached"_L1)
        return SlaLook::Breached;
    if (s == "met"_L1)
        return SlaLook::Met;
    return SlaLook::None;
}

QString slaText(SlaLook look)
{
    switch (look) {
    case SlaLook::OnTrack:
        return tr("on track");
    case SlaLook::AtRisk:
        return tr("at risk");
    case SlaLook::Breached:
        return tr("breached");
    case SlaLook::Met:
        return tr("met");
    case SlaLook::None:
        break;
    }
    return {};
}

QColor slaColor(SlaLook look)
{
    // Dark enough to read on a white row, distinct without relying on hue alone
    // (the icon and text carry the state too).
    switch (look) {
    case SlaLook::OnTrack:
        return QColor(0x1b, 0x6e, 0x2b);
    case SlaLook::AtRisk:
        return QColor(0x9a, 0x5b, 0x00);
    case SlaLook::Breached:
        return QColor(0xb0, 0x1e, 0x1e);
    case SlaLook::Met:
        return QColor(0x3b, 0x4a, 0x6b);
    case SlaLook::None:
        break;
    }
    return {};
}

QIcon slaIcon(SlaLook look)
{
    switch (look) {
    case SlaLook::OnTrack:
        return QIcon(u":/icons/sla-ok.svg"_s);
    case SlaLook::AtRisk:
        return QIcon(u":/icons/sla-at-risk.svg"_s);
    case SlaLook::Breached:
        return QIcon(u":/icons/sla-breached.svg"_s);
    case SlaLook::Met:
        return QIcon(u":/icons/sla-met.svg"_s);
    case SlaLook::None:
        break;
    }
    return {};
}

QString localTimeText(const QString &isoUtc)
{
    if (isoUtc.isEmpty())
        return {};
    const auto time = parseIsoTime(isoUtc);
    if (!time)
        return isoUtc;
    return QLocale().toString(time->toLocalTime(), QLocale::ShortFormat);
}

} // namespace fb::gui
