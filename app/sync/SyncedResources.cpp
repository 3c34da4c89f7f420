#include "SyncedResources.h"

#include "domain/Contract.h"
#include "domain/Invoice.h"
#include "domain/Json.h"
#include "domain/Notification.h"
#include "domain/Reading.h"
#include "domain/ServiceRequest.h"

#include <QStringList>

namespace ov {

namespace {

bool describeContract(const QJsonObject &item, CacheRow &row, QString *error)
{
    const auto c = Contract::fromJson(item, error);
    if (!c)
        return false;
    row.id = c->id;
    row.sortKey = c->number;
    return true;
}

bool describeInvoice(const QJsonObject &item, CacheRow &row, QString *error)
{
    const auto i = Invoice::fromJson(item, error);
    if (!i)
        return false;
    row.id = i->id;
    row.contractId = i->contractId;
    row.sortKey = i->period + QLatin1Char('|') + i->id;
    return true;
}

bool describeReading(const QJsonObject &item, CacheRow &row, QString *error)
{
    const auto r = Reading::fromJson(item, error);
    if (!r)
        return false;
    row.id = r->id;
    row.contractId = r->contractId;
    row.sortKey = json::date(r->readAt) + QLatin1Char('|') + r->id;
    return true;
}

// Requests and notifications hang from the user: no contract, so unlinking one keeps them.
bool describeRequest(const QJsonObject &item, CacheRow &row, QString *error)
{
    const ServiceRequest r = ServiceRequest::fromJson(item);
    if (r.id.isEmpty() || r.number.isEmpty() || !r.createdAt.isValid()) {
        *error = QStringLiteral("a request without id, number or createdAt");
        return false;
    }
    row.id = r.id;
    row.sortKey = json::dateTime(r.createdAt) + QLatin1Char('|') + r.id;
    return true;
}

bool describeNotification(const QJsonObject &item, CacheRow &row, QString *error)
{
    const Notification n = Notification::fromJson(item);
    if (n.id.isEmpty() || n.kind.isEmpty() || !n.createdAt.isValid()) {
        *error = QStringLiteral("a notification without id, kind or createdAt");
        return false;
    }
    row.id = n.id;
    row.sortKey = json::dateTime(n.createdAt) + QLatin1Char('|') + n.id;
    return true;
}

} // namespace

const QList<SyncedResource> &SyncedResources::all()
{
    static const QList<SyncedResource> list = {
        {QStringLiteral("contracts"), QStringLiteral("contracts"), describeContract},
        {QStringLiteral("invoices"), QStringLiteral("invoices"), describeInvoice},
        {QStringLiteral("readings"), QStringLiteral("readings"), describeReading},
        {QStringLiteral("requests"), QStringLiteral("requests"), describeRequest},
        {QStringLiteral("notifications"), QStringLiteral("notifications"), describeNotification},
    };
    return list;
}

const SyncedResource *SyncedResources::find(const QString &name)
{
    for (const SyncedResource &r : all())
        if (r.name == name)
            return &r;
    return nullptr;
}

QString SyncedResources::signature()
{
    QStringList names;
    for (const SyncedResource &r : all())
        names << r.name;
    return names.join(QLatin1Char(','));
}

} // namespace ov
