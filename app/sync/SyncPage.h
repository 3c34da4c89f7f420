#pragma once

#include "cache/CacheRow.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ov {

// One page of GET /sync, parsed and validated (off the GUI thread): what to store and delete per
// cache table, the position after it, and which contracts it touched (so views refresh only
// those). Resources this version does not know are skipped; one bad item rejects the page.
struct SyncPage
{
    QString token;
    bool more = false;
    QList<TableChanges> changes;
    int entries = 0;
    bool contractsChanged = false;                  // contracts stored or removed
    QHash<QString, QSet<QString>> changedContracts; // resource → contracts whose items changed

    static std::optional<SyncPage> parse(const QByteArray &body, QString *error);
};

} // namespace ov
