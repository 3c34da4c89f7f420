#pragma once

#include "SyncSource.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

namespace ov::server {

// A SyncSource for items that belong to a contract (a table with id, contract_id and
// row_version): invoices, readings and whatever later features add. The feature declares its
// wire name, table, columns and how a row becomes JSON; this class does the rest.
class ContractItemSource : public SyncSource
{
public:
    // Maps one row (the declared columns, in order, from index 0) to the item's JSON.
    using RowMapper = std::function<QJsonObject(const QSqlQuery &)>;

    // `columns` are qualified with "t." ("t.id, t.contract_id, t.amount").
    ContractItemSource(QString name, QString table, QString columns, RowMapper mapper);

    QString name() const override { return m_name; }
    bool read(QSqlDatabase &conn, Part part, const SyncWindow &window, const SyncKey &after,
              int limit, SyncBatch &out) override;

protected:
    QString table() const { return m_table; }

private:
    QString m_name;
    QString m_table;
    QString m_columns;
    RowMapper m_mapper;
};

} // namespace ov::server
