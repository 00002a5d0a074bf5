#include "gui/page_list.h"

#include "gui/devices/devices_page.h"
#include "gui/diagnostics/diagnostics_page.h"
#include "gui/manuals/manuals_page.h"
#include "gui/notices/notices_page.h"
#include "gui/placeholder_page.h"
#include "gui/quotes/quotes_page.h"
#include "gui/sync/sync_page.h"
#include "gui/tickets/tickets_page.h"
#include "gui/warranty/coverage_timeline.h"

#include <QCoreApplication>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::gui::PageList", text);
}

// A factory for a page that is not built yet.
std::function<QWidget *(GuiContext &, QWidget *)> placeholder(const QString &title,
                                                              const QString &purpose)
{
    return [title, purpose](GuiContext &, QWidget *parent) -> QWidget * {
        return new PlaceholderPage(title, purpose, parent);
    };
}

} // namespace

QList<PageInfo> pageList()
{
    // One line per page: replace a placeholder(...) with the page's factory.
    QList<PageInfo> pages;
    pages.append({u"tickets"_s, tr("Tickets"), QIcon(u":/icons/page-tickets.svg"_s),
                  [](GuiContext &context, QWidget *parent) -> QWidget * {
                      return new TicketsPage(context, parent);
                  }});
    pages.append({u"devices"_s, tr("Devices"), QIcon(u":/icons/page-devices.svg"_s),
                  [](GuiContext &context, QWidget *parent) -> QWidget * {
                      auto *page = new DevicesPage(context, parent);
                      // Warranty coverage timeline of the shown device (issue 7).
                      auto *timeline = new CoverageTimeline(context, page);
                      page->extensionsLayout()->addWidget(timeline);
                      QObject::connect(page, &DevicesPage::deviceShown, timeline,
                                       &CoverageTimeline::showDevice);
                      return page;
                  }});
    pages.append(
        {u"diagnostics"_s, tr("Diagnostics"), QIcon(u":/icons/page-diagnostics.svg"_s),
         [](GuiContext &context, QWidget *parent) -> QWidget * {
             return new DiagnosticsPage(context, parent);
         }});
    pages.append(
        {u"manuals"_s, tr("Manuals"), QIcon(u":/icons/page-manuals.svg"_s),
         [](GuiContext &context, QWidget *parent) -> QWidget * {
             return new ManualsPage(context, parent);
         }});
    pages.append({u"troubleshooting"_s, tr("Troubleshooting"),
                  QIcon(u":/icons/page-troubleshooting.svg"_s),
                  placeholder(tr("Troubleshooting"),
                              tr("step-by-step troubleshooting wizards recorded on the ticket."))});
    pages.append({u"quotes"_s, tr("Quotes"), QIcon(u":/icons/page-quotes.svg"_s),
                  [](GuiContext &context, QWidget *parent) -> QWidget * {
                      return new QuotesPage(context, parent);
                  }});
    pages.append({u"notices"_s, tr("Notices"), QIcon(u":/icons/page-notices.svg"_s),
                  [](GuiContext &context, QWidget *parent) -> QWidget * {
                      return new NoticesPage(context, parent);
                  }});
    pages.append({u"sync"_s, tr("Sync"), QIcon(u":/icons/page-sync.svg"_s),
                  [](GuiContext &context, QWidget *parent) -> QWidget * {
                      return new SyncPage(context, parent);
                  }});
    return pages;
}

} // namespace fb::gui
