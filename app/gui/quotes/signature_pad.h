#pragma once

// A signing surface for mouse, pen (tablet) and touch. Strokes are kept as
// polylines and rendered to a PNG for the approval record.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace fb::gui {

class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    QImage image() const;
    QByteArray png() const;
    QSize sizeHint() const override { return {640, 220}; }

public slots:
    void clear();

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    bool event(QEvent *event) override; // touch

private:
    void begin(QPointF point);
    void extend(QPointF point);
    void end();

    QList<QPolygonF> m_strokes;
    bool m_drawing = false;
};

} // namespace fb::gui
