#include "domain/customer.h"

#include "domain/json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace fb {
namespace {

Error invalid(const char *type, const QString &what)
{
    return makeError(ErrorKind::Data, QCoreApplication::translate("fb::Documents", "Invalid %1: %2")
                                          .arg(QLatin1StringView(type), what));
}

Result<Region> readRegion(const char *type, const QJsonObject &document)
{
    const auto region = regionFromString(json::string(document, "region"_L1));
    if (!region)
        return invalid(type, u"region must be us or eu"_s);
    return *region;
}

} // namespace

Result<Customer> Customer::fromJson(const QJsonObject &document)
{
    Customer customer;
    customer.raw = document;
    customer.id = json::string(document, "_id"_L1);
    if (!customer.id.startsWith("customer:"_L1))
        return invalid("customer", u"_id must start with \"customer:\""_s);
    customer.name = json::string(document, "name"_L1);
    auto region = readRegion("customer", document);
    if (!region)
        return region.error();
    customer.region = *region;
    for (const QJsonValue &value : document.value("contacts"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        customer.contacts.append({json::string(object, "name"_L1), json::string(object, "email"_L1),
                                  json::string(object, "phone"_L1),
                                  object.value("trained"_L1).toBool()});
    }
    return customer;
}

QJsonObject Customer::toJson() const
{
    QJsonObject document = raw;
    document.insert("_id"_L1, id);
    document.insert("type"_L1, u"customer"_s);
    document.insert("name"_L1, name);
    document.insert("region"_L1, toString(region));
    QJsonArray contactArray;
    const QJsonArray previous = raw.value("contacts"_L1).toArray();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        QJsonObject object = i < previous.size() ? previous.at(i).toObject() : QJsonObject();
        object.insert("name"_L1, contacts[i].name);
        object.insert("email"_L1, contacts[i].email);
        object.insert("phone"_L1, contacts[i].phone);
        object.insert("trained"_L1, contacts[i].trained);
        contactArray.append(object);
    }
    document.insert("contacts"_L1, contactArray);
    return document;
}

Result<Site> Site::fromJson(const QJsonObject &document)
{
    Site site;
    site.raw = document;
    site.id = json::string(document, "_id"_L1);
    if (!site.id.startsWith("site:"_L1))
        return invalid("site", u"_id must start with \"site:\""_s);
    site.customerId = json::string(document, "customer_id"_L1);
    site.name = json::string(document, "name"_L1);
    site.address = json::string(document, "address"_L1);
    auto region = readRegion("site", document);
    if (!region)
        return region.error();
    site.region = *region;
    return site;
}

QJsonObject Site::toJson() const
{
    QJsonObject document = raw;
    document.insert("_id"_L1, id);
    document.insert("type"_L1, u"site"_s);
    document.insert("customer_id"_L1, customerId);
    document.insert("name"_L1, name);
    document.insert("address"_L1, address);
    document.insert("region"_L1, toString(region));
    return document;
}

} // namespace fb
