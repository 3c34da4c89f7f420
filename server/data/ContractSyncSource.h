#pragma once

#include "ContractRepository.h"

#include "sync/SyncSource.h"

#include <QList>

namespace ov::server {

// Contracts in the change feed. They are the root of a user's data: linking one brings it (and,
// through the other sources, everything of it) to the user; unlinking takes it away, and the
// client drops everything under it. A contract also changes when anything its list entry is
// derived from changes (its invoices: the newest one, the balance, overdue or not), so
// `Changed` includes contracts with a newer row in any dependent table.
class ContractSyncSource : public SyncSource
{
public:
    struct Dependent
    {
        QString resource; // wire name, for its deletions
        QString table;
    };

    ContractSyncSource(ContractRepository &contracts, QList<Dependent> dependents);

    QString name() const override { return QStringLiteral("contracts"); }
    bool read(QSqlDatabase &conn, Part part, const SyncWindow &window, const SyncKey &after,
              int limit, SyncBatch &out) override;

private:
    ContractRepository &m_contracts;
    QList<Dependent> m_dependents;
};

} // namespace ov::server
