#include "gui/warranty/coverage_timeline.h"

#include "gui/gui_context.h"
#include "storage/quote_repository.h"
#include "storage/workspace.h"

#include <QLocale>
#include <QPainter>

using namespace fb::commercial;

namespace fb::gui {
namespace {

constexpr int kRowHeight = 22;
constexpr int kLabelWidth = 190;
constexpr int kTop = 20;

} // namespace

CoverageTimeline::CoverageTimeline(GuiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("coverageTimeline"));
    setAccessibleName(tr("Warranty coverage"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

int CoverageTimeline::rowCount() const
{
    return m_engine ? 1 + static_cast<int>(m_engine->windows().size()) : 0;
}

QSize CoverageTimeline::sizeHint() const
{
    return {600, kTop + std::max(1, rowCount()) * kRowHeight + 24};
}

void CoverageTimeline::clear()
{
    m_engine.reset();
    setAccessibleDescription({});
    updateGeometry();
    update();
}

void CoverageTimeline::showDevice(const fb::Device &device)
{
    m_today = QDateTime::currentDateTimeUtc().date();
    m_engine.reset();
    if (m_context.workspace()) {
        auto engine = storage::loadWarranty(m_context.workspace()->db(), device.serial);
        if (engine)
            m_engine.emplace(std::move(engine).value());
    }
    setAccessibleDescription(summary());
    setToolTip(summary());
    updateGeometry();
    update();
}

QString CoverageTimeline::summary() const
{
    if (!m_engine)
        return tr("No warranty information.");
    const QLocale locale;
    const Coverage now = m_engine->deviceCoverage(m_today);
    QString text =
        now.covered
            ? tr("Device warranty until %1.").arg(locale.toString(now.until, QLocale::ShortFormat))
            : tr("Device warranty ended %1.")
                  .arg(locale.toString(m_engine->deviceWarrantyEnd(), QLocale::ShortFormat));
    for (const RepairWindow &window : m_engine->windows())
        text += u'\n' + tr("%1: %2 from %3 to %4%5")
                            .arg(window.partNumber, displayName(window.basis),
                                 locale.toString(window.from, QLocale::ShortFormat),
                                 locale.toString(window.until, QLocale::ShortFormat),
                                 window.repeatFailure ? tr(" (repeat failure, free)") : QString());
    return text;
}

void CoverageTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_engine) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Select a device to see its warranty."));
        return;
    }
    // The axis spans install date to the later of today and the last window's end.
    const QDate start = m_engine->deviceWarrantyStart();
    QDate end = std::max(m_today, m_engine->deviceWarrantyEnd());
    for (const RepairWindow &window : m_engine->windows())
        end = std::max(end, window.until);
    end = end.addDays(14);
    const qreal span = std::max<qint64>(1, start.daysTo(end));
    const qreal left = kLabelWidth;
    const qreal width = std::max(50, this->width() - kLabelWidth - 10);
    auto xOf = [&](QDate date) {
        return left + width * start.daysTo(date) / span;
    };
    const QLocale locale;

    painter.setPen(palette().text().color());
    painter.drawText(QPointF(left, 14), locale.toString(start, QLocale::ShortFormat));
    const QString endText = locale.toString(end, QLocale::ShortFormat);
    painter.drawText(QPointF(left + width - painter.fontMetrics().horizontalAdvance(endText), 14),
                     endText);

    auto bar = [&](int row, const QString &label, QDate from, QDate until, const QColor &colour) {
        const qreal y = kTop + row * kRowHeight;
        painter.setPen(palette().text().color());
        painter.drawText(QRectF(4, y, kLabelWidth - 8, kRowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(label, Qt::ElideRight, kLabelWidth - 8));
        if (until < from)
            return;
        const QRectF box(xOf(from), y + 4, std::max<qreal>(2, xOf(until.addDays(1)) - xOf(from)),
                         kRowHeight - 8);
        painter.fillRect(box, colour);
    };
    bar(0, tr("Device warranty"), start, m_engine->deviceWarrantyEnd(), QColor(0x4c, 0x9a, 0x5b));
    int row = 1;
    for (const RepairWindow &window : m_engine->windows()) {
        const QColor colour = window.basis == CoverageBasis::DeviceWarranty
                                  ? QColor(0x9c, 0xc9, 0xa5)
                              : window.repeatFailure ? QColor(0xe0, 0x9b, 0x3d)
                                                     : QColor(0x3d, 0x7e, 0xc9);
        bar(row++, window.partNumber + u' ' + locale.toString(window.from, QLocale::ShortFormat),
            window.from, window.until, colour);
    }
    painter.setPen(QPen(Qt::red, 1, Qt::DashLine));
    const qreal today = xOf(m_today);
    painter.drawLine(QPointF(today, kTop - 4), QPointF(today, kTop + row * kRowHeight));
}

} // namespace fb::gui
