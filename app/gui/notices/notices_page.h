#pragma once

// The Notices page (service-policy.md §7): HQ's bulletins grouped as planned
// outages, discontinuations and advisories, upcoming ones first. A
// discontinuation announced with less than the policy's minimum notice (30
// days) is flagged with icon, colour and text. HQ text is shown as plain text.
// The uptime report opens from here too (the same section of the terms).

#include "domain/policy/bulletins.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace fb::gui {

class DatabaseWorker;
class GuiContext;

class NoticesPage : public QWidget
{
    Q_OBJECT

public:
    explicit NoticesPage(GuiContext &context, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    const QList<policy::Bulletin> &bulletins() const { return m_bulletins; }

public slots:
    void refresh();
    void openUptimeReport();

signals:
    void loaded();

private:
    struct Loaded
    {
        QList<policy::Bulletin> bulletins;
        QStringList errors;
    };
    void display(const Loaded &result);
    void showSelected();

    GuiContext &m_context;
    DatabaseWorker *m_worker = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_status = nullptr;
    QList<policy::Bulletin> m_bulletins;
};

} // namespace fb::gui
