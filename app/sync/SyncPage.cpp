#include "SyncPage.h"

#include "SyncedResources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ov {

std::optional<SyncPage> SyncPage::parse(const QByteArray &body, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<SyncPage> {
        if (error)
            *error = QStringLiteral("sync page: ") + why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue token = o.value(QLatin1StringView("token"));
    const QJsonValue more = o.value(QLatin1StringView("more"));
    const QJsonValue changes = o.value(QLatin1StringView("changes"));
    if (!token.isString() || token.toString().isEmpty() || !more.isBool() || !changes.isObject())
        return fail(QStringLiteral("no token, more or changes"));
    SyncPage page;
    page.token = token.toString();
    page.more = more.toBool();
    const QJsonObject all = changes.toObject();
    // In the order of SyncedResources: contracts before the items that belong to them.
    for (const SyncedResource &resource : SyncedResources::all()) {
        const QJsonValue entry = all.value(resource.name);
        if (entry.isUndefined())
            continue;
        const QJsonValue upserted = entry.toObject().value(QLatin1StringView("upserted"));
        const QJsonValue removed = entry.toObject().value(QLatin1StringView("removed"));
        if (!entry.isObject() || !upserted.isArray() || !removed.isArray())
            return fail(resource.name + QStringLiteral(": no upserted and removed arrays"));
        TableChanges table;
        table.table = resource.table;
        const QJsonArray items = upserted.toArray();
        table.upserted.reserve(items.size());
        QSet<QString> &touched = page.changedContracts[resource.name];
        for (const QJsonValue &item : items) {
            CacheRow row;
            QString why;
            if (!item.isObject() || !resource.describe(item.toObject(), row, &why))
                return fail(resource.name + QStringLiteral(": ") + why);
            row.json = QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact);
            touched.insert(row.contractId.isEmpty() ? row.id : row.contractId);
            table.upserted.append(std::move(row));
        }
        for (const QJsonValue &id : removed.toArray()) {
            if (!id.isString() || id.toString().isEmpty())
                return fail(resource.name + QStringLiteral(": a removed id is not a string"));
            table.removed.append(id.toString());
        }
        if (resource.table == QLatin1StringView("contracts")) {
            page.contractsChanged = !table.upserted.isEmpty() || !table.removed.isEmpty();
            touched.unite(QSet<QString>(table.removed.cbegin(), table.removed.cend()));
        }
        page.entries += int(table.upserted.size() + table.removed.size());
        page.changes.append(std::move(table));
    }
    return page;
}

} // namespace ov
