#include "documents/service_report_document.h"

#include "documents/document_language.h"
#include "documents/pdf_output.h"
#include "domain/commercial/decimal.h"
#include "domain/commercial/money_format.h"

#include <QImage>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace fb::documents {
namespace {

constexpr const char *kContext = "fb::documents::ServiceReport";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString plainValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"yes"_s : u"no"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull() || value.isUndefined())
        return u"–"_s;
    return value.toString();
}

} // namespace

std::unique_ptr<QTextDocument> buildServiceReportDocument(const ServiceReportInput &input)
{
    const DocumentLanguage language(input.locale);
    const QLocale &locale = language.locale();
    auto t = [&](const char *source) {
        return language.text(kContext, source);
    };
    const Ticket &ticket = input.ticket;

    auto document = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    document->setDefaultFont(font);

    QString html = u"<h1>%1 %2</h1><p>%3</p>"_s.arg(
        esc(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Service report"))),
        esc(ticket.number), esc(ticket.summary));
    html += u"<table cellpadding='2'>"_s;
    auto field = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    field(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Customer")), input.customerName);
    field(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Site")), input.siteName);
    field(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Device")),
          input.device.serial + u" (" + toString(input.device.model) + u"), firmware " +
              input.device.firmware);
    field(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Status")), toString(ticket.status));
    html += u"</table>"_s;

    html += u"<h3>%1</h3><ul>"_s.arg(
        esc(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Work done"))));
    for (const TicketNote &note : ticket.notes)
        html += u"<li>%1 – %2</li>"_s.arg(
            esc(locale.toString(note.at.toUTC(), QLocale::ShortFormat)), esc(note.text));
    for (const TroubleshootingRun &run : ticket.troubleshooting)
        html += u"<li>%1: %2</li>"_s.arg(esc(run.wizard), esc(run.outcome));
    html += u"</ul>"_s;

    html +=
        u"<h3>%1</h3>"_s.arg(esc(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Parts"))));
    html += u"<table border='1' cellspacing='0' cellpadding='4'>"_s;
    for (const PartUsed &part : ticket.partsUsed)
        html += u"<tr><td>%1</td><td>%2</td><td align='right'>%3</td></tr>"_s.arg(
            esc(part.partNumber), esc(input.partNames.value(part.partNumber)),
            esc(locale.toString(part.qty)));
    html += u"</table>"_s;

    html += u"<h3>%1</h3><table border='1' cellspacing='0' cellpadding='4'>"_s.arg(
        esc(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Time"))));
    qint64 totalMinutes = 0;
    for (const TimeEntry &entry : ticket.timeEntries) {
        const qint64 minutes = entry.start.secsTo(entry.end) / 60;
        totalMinutes += std::max<qint64>(0, minutes);
        html += u"<tr><td>%1</td><td>%2 – %3</td><td align='right'>%4</td></tr>"_s.arg(
            esc(entry.kind), esc(locale.toString(entry.start.toUTC(), QLocale::ShortFormat)),
            esc(locale.toString(entry.end.toUTC(), QLocale::ShortFormat)),
            esc(commercial::formatQuantity(
                    commercial::Decimal::fromMicros(minutes * 1'000'000 / 60).roundedToCents(),
                    locale) +
                u" h"_s));
    }
    html +=
        u"<tr><td colspan='2'><b>%1</b></td><td align='right'><b>%2 h</b></td></tr></table>"_s.arg(
            esc(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Total time"))),
            esc(commercial::formatQuantity(
                commercial::Decimal::fromMicros(totalMinutes * 1'000'000 / 60).roundedToCents(),
                locale)));

    html += u"<h3>%1</h3>"_s.arg(
        esc(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Diagnostics"))));
    for (const QJsonObject &report : input.diagnostics) {
        html += u"<p><b>%1</b></p><table border='1' cellspacing='0' cellpadding='3'>"_s.arg(
            esc(report.value("taken_at"_L1).toString()));
        const QJsonObject readings = report.value("readings"_L1).toObject();
        for (auto it = readings.begin(); it != readings.end(); ++it)
            html += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(esc(it.key()),
                                                             esc(plainValue(it.value())));
        for (const QJsonValue &value : report.value("checks"_L1).toArray()) {
            const QJsonObject check = value.toObject();
            html += u"<tr><td>%1</td><td>%2 %3</td></tr>"_s.arg(
                esc(check.value("name"_L1).toString()),
                esc(check.value("passed"_L1).toBool()
                        ? t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "passed"))
                        : t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "failed"))),
                esc(check.value("detail"_L1).toString()));
        }
        html += u"</table>"_s;
    }

    if (!input.signer.isEmpty()) {
        html += u"<h3>%1</h3><p>%2</p>"_s.arg(
            esc(t(QT_TRANSLATE_NOOP("fb::documents::ServiceReport", "Customer signature"))),
            esc(input.signer +
                (input.signedAt.isValid()
                     ? u", "_s + locale.toString(input.signedAt.toUTC(), QLocale::ShortFormat) +
                           u" UTC"_s
                     : QString())));
        const QImage signature = QImage::fromData(input.signaturePng, "PNG");
        if (!signature.isNull()) {
            const QUrl url(u"fieldbench:signature.png"_s);
            document->addResource(QTextDocument::ImageResource, url, signature);
            html += u"<p><img src='%1' width='%2'/></p>"_s.arg(url.toString())
                        .arg(std::min(signature.width(), 360));
        }
    }
    document->setHtml(html);
    return document;
}

Result<QByteArray> renderServiceReportPdf(const ServiceReportInput &input)
{
    auto document = buildServiceReportDocument(input);
    return printToPdf(*document, input.ticket.number);
}

} // namespace fb::documents
