#pragma once

#include "Database.h"

#include <QString>

namespace ov::server {

// Versioned schema: each migration is applied once, in order, in its own transaction, and
// recorded in schema_migrations. The SQL is written once for both SQLite and PostgreSQL.
class Migrations
{
public:
    static int latestVersion();
    // Brings the schema up to date; returns the version reached or -1 (error set) on failure.
    static int apply(Database &db, QString *error);
    static int currentVersion(Database &db);
};

} // namespace ov::server
