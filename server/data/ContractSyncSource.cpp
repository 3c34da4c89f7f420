#include "ContractSyncSource.h"

#include "db/Sql.h"

namespace ov::server {

ContractSyncSource::ContractSyncSource(ContractRepository &contracts, QList<Dependent> dependents)
    : m_contracts(contracts)
    , m_dependents(std::move(dependents))
{}

bool ContractSyncSource::read(QSqlDatabase &conn, Part part, const SyncWindow &window,
                              const SyncKey &after, int limit, SyncBatch &out)
{
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (part == Part::Removed) {
        if (!sql::exec(q,
                       QStringLiteral("SELECT contract_id FROM sync_unlinks WHERE user_id = :u"
                                      " AND version > :since AND contract_id > :k"
                                      " ORDER BY contract_id LIMIT :n"),
                       {{":u", window.userId},
                        {":since", window.since},
                        {":k", sql::notNull(after.contractId)},
                        {":n", limit}}))
            return false;
        while (q.next()) {
            out.last = {q.value(0).toString(), {}};
            out.removed.append(out.last.contractId);
            ++out.count;
        }
        return true;
    }

    QString where;
    if (part == Part::Whole) {
        where = QStringLiteral("uc.linked_version > :since");
    } else {
        where = QStringLiteral("uc.linked_version <= :since AND (c.row_version > :s0");
        for (int i = 0; i < m_dependents.size(); ++i) {
            const QString n = QString::number(i + 1);
            where += QStringLiteral(" OR EXISTS (SELECT 1 FROM ") + m_dependents.at(i).table +
                     QStringLiteral(" d WHERE d.contract_id = c.id AND d.row_version > :s") + n +
                     QStringLiteral(") OR EXISTS (SELECT 1 FROM sync_tombstones ts WHERE"
                                    " ts.resource = :r") +
                     n + QStringLiteral(" AND ts.scope_id = c.id AND ts.version > :t") + n +
                     QLatin1Char(')');
        }
        where += QLatin1Char(')');
    }
    const QString text =
        QStringLiteral("SELECT ") + ContractRepository::columns() +
        QStringLiteral(" FROM user_contracts uc JOIN contracts c"
                       " ON c.id = uc.contract_id WHERE uc.user_id = :u AND ") +
        where + QStringLiteral(" AND uc.contract_id > :k ORDER BY uc.contract_id LIMIT :n");
    if (!q.prepare(text))
        return sql::failed(q);
    q.bindValue(QStringLiteral(":u"), window.userId);
    q.bindValue(QStringLiteral(":since"), window.since);
    if (part == Part::Changed) {
        q.bindValue(QStringLiteral(":s0"), window.since);
        for (int i = 0; i < m_dependents.size(); ++i) {
            const QString n = QString::number(i + 1);
            q.bindValue(QStringLiteral(":s") + n, window.since);
            q.bindValue(QStringLiteral(":r") + n, m_dependents.at(i).resource);
            q.bindValue(QStringLiteral(":t") + n, window.since);
        }
    }
    q.bindValue(QStringLiteral(":k"), sql::notNull(after.contractId));
    q.bindValue(QStringLiteral(":n"), limit);
    if (!q.exec())
        return sql::failed(q);
    QList<Contract> contracts;
    while (q.next())
        contracts.append(ContractRepository::fromRow(q));
    if (!m_contracts.attachBilling(contracts))
        return false;
    for (const Contract &c : std::as_const(contracts))
        out.upserted.append(c.toJson());
    out.count += int(contracts.size());
    if (!contracts.isEmpty())
        out.last = {contracts.last().id, {}};
    return true;
}

} // namespace ov::server
