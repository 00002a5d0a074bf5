#include "domain/policy/contacts.h"

#include "domain/time_format.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace fb::policy {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::policy::Contacts", text);
}

} // namespace

QUrl telUrl(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
    }
    return QUrl(u"tel:"_s + digits);
}

QUrl mailtoUrl(const QString &address, const QString &subject, const QString &body)
{
    QString normalized = body;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    // Encode everything but unreserved characters so '&', '+', '#' or '=' in
    // a summary cannot split or truncate the query.
    const QByteArray encoded = "mailto:" + QUrl::toPercentEncoding(address.trimmed(), "@") +
                               "?subject=" + QUrl::toPercentEncoding(subject) +
                               "&body=" + QUrl::toPercentEncoding(normalized);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

QUrl supportEmailUrl(const RegionContacts &contacts, const SupportEmailContent &content)
{
    const QString subject = tr("Ticket %1: %2 (device %3)")
                                .arg(content.ticketNumber, content.summary, content.deviceSerial);
    QStringList lines;
    lines << tr("Ticket: %1").arg(content.ticketNumber);
    lines << (content.deviceModel.isEmpty()
                  ? tr("Device: %1").arg(content.deviceSerial)
                  : tr("Device: %1 (%2)").arg(content.deviceSerial, content.deviceModel));
    lines << tr("Summary: %1").arg(content.summary);
    lines << QString();
    lines << tr("Latest diagnostic result:");
    lines << (content.diagnostic.isEmpty() ? tr("No diagnostic report recorded for this ticket.")
                                           : content.diagnostic);
    return mailtoUrl(contacts.nonUrgentEmail, subject, lines.join(u'\n'));
}

QString diagnosticSummary(const QJsonObject &report)
{
    if (report.isEmpty())
        return {};
    QStringList failed;
    int passed = 0;
    const QJsonArray checks = report.value("checks"_L1).toArray();
    for (const QJsonValue &value : checks) {
        const QJsonObject check = value.toObject();
        if (check.value("passed"_L1).toBool()) {
            ++passed;
        } else {
            const QString detail = check.value("detail"_L1).toString();
            failed << (detail.isEmpty()
                           ? check.value("name"_L1).toString()
                           : u"%1 (%2)"_s.arg(check.value("name"_L1).toString(), detail));
        }
    }
    QString text = tr("Report taken %1 on device %2: %3 of %4 checks passed.")
                       .arg(report.value("taken_at"_L1).toString(),
                            report.value("device_serial"_L1).toString())
                       .arg(passed)
                       .arg(checks.size());
    if (!failed.isEmpty())
        text += u' ' + tr("Failed: %1.").arg(failed.join(u"; "_s));
    return text;
}

} // namespace fb::policy
