#pragma once

#include "db/Database.h"
#include "domain/Page.h"
#include "domain/Reading.h"
#include "http/ListQuery.h"

#include <QSqlQuery>

#include <optional>

namespace ov::server {

class SyncWrite;

// Meter readings of one contract, newest first. Callers check ownership of the contract.
// Writes go through a SyncWrite, so clients see every change in their next sync.
class ReadingRepository
{
public:
    explicit ReadingRepository(Database &db);

    static constexpr int kCursorParts = 2; // read_at, id
    std::optional<Page<Reading>> listForContract(const QString &contractId, const ListQuery &query);

    // The stored columns, in the order fromRow() reads them, each prefixed with `alias.`.
    static QString columns(const QString &alias);
    static Reading fromRow(const QSqlQuery &q);

    static bool save(SyncWrite &write, const Reading &reading);
    static bool remove(SyncWrite &write, const QString &readingId, const QDateTime &when);

private:
    Database &m_db;
};

} // namespace ov::server
