#pragma once

#include "SyncSource.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

namespace ov::server {

// A SyncSource for items that belong to a user rather than to a contract (a table with id,
// user_id and row_version): requests, notifications. A full sync brings them all, an
// incremental one those with a newer version, and deletions are tombstones scoped to the user.
class UserItemSource : public SyncSource
{
public:
    // Maps one row (the declared columns, in order, from index 0) to the item's JSON; gets the
    // connection for what hangs from the row (a request's thread).
    using RowMapper = std::function<QJsonObject(QSqlDatabase &, const QSqlQuery &)>;

    // `columns` are qualified with "t.".
    UserItemSource(QString name, QString table, QString columns, RowMapper mapper);

    QString name() const override { return m_name; }
    bool read(QSqlDatabase &conn, Part part, const SyncWindow &window, const SyncKey &after,
              int limit, SyncBatch &out) override;

private:
    QString m_name;
    QString m_table;
    QString m_columns;
    RowMapper m_mapper;
};

} // namespace ov::server
