#include "gui/quotes/signature_pad.h"

#include <QBuffer>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

namespace fb::gui {
namespace {

void drawStrokes(QPainter &painter, const QList<QPolygonF> &strokes)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &stroke : strokes) {
        if (stroke.size() == 1)
            painter.drawPoint(stroke.first());
        else
            painter.drawPolyline(stroke);
    }
}

} // namespace

SignaturePad::SignaturePad(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setMinimumSize(400, 160);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature"));
}

QImage SignaturePad::image() const
{
    QImage result(size(), QImage::Format_RGB32);
    result.fill(Qt::white);
    QPainter painter(&result);
    drawStrokes(painter, m_strokes);
    return result;
}

QByteArray SignaturePad::png() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image().save(&buffer, "PNG");
    return bytes;
}

void SignaturePad::clear()
{
    m_strokes.clear();
    update();
    emit changed();
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(Qt::lightGray, 1, Qt::DashLine));
    painter.drawLine(20, height() - 40, width() - 20, height() - 40);
    drawStrokes(painter, m_strokes);
}

void SignaturePad::begin(QPointF point)
{
    m_drawing = true;
    m_strokes.append(QPolygonF{point});
    update();
}

void SignaturePad::extend(QPointF point)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().append(point);
    update();
}

void SignaturePad::end()
{
    if (m_drawing)
        emit changed();
    m_drawing = false;
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    begin(event->position());
}
void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    extend(event->position());
}
void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    extend(event->position());
    end();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position());
        break;
    case QEvent::TabletMove:
        extend(event->position());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
    event->accept(); // no synthesized mouse events double the stroke
}

bool SignaturePad::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (!touch->points().isEmpty()) {
            const QPointF point = touch->points().first().position();
            if (event->type() == QEvent::TouchBegin)
                begin(point);
            else
                extend(point);
            if (event->type() == QEvent::TouchEnd)
                end();
        }
        event->accept();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

} // namespace fb::gui
