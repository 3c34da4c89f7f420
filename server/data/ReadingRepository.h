#pragma once

#include "db/Database.h"
#include "domain/Page.h"
#include "domain/Reading.h"
#include "http/ListQuery.h"

#include <optional>

namespace ov::server {

// Meter readings of one contract, newest first. Callers check ownership of the contract.
class ReadingRepository
{
public:
    explicit ReadingRepository(Database &db);

    static constexpr int kCursorParts = 2; // read_at, id
    std::optional<Page<Reading>> listForContract(const QString &contractId, const ListQuery &query);

private:
    Database &m_db;
};

} // namespace ov::server
