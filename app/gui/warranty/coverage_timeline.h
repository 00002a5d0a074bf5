#pragma once

// The device page's warranty view: the device warranty as a bar from the
// install date to its last day, and below it each part's repair windows
// (repeat failures marked), with a line for today. Built from the device's
// service history by the warranty engine.

#include "domain/commercial/warranty.h"
#include "domain/device.h"

#include <QDate>
#include <QWidget>

#include <optional>

namespace fb::gui {

class GuiContext;

class CoverageTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageTimeline(GuiContext &context, QWidget *parent = nullptr);

    // Rows drawn: the device warranty plus one per repair window.
    int rowCount() const;
    QString summary() const; // plain text, also the accessible description
    QSize sizeHint() const override;

public slots:
    void showDevice(const fb::Device &device);
    void clear();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    GuiContext &m_context;
    std::optional<commercial::WarrantyEngine> m_engine;
    QDate m_today;
};

} // namespace fb::gui
