#pragma once

#include "db/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ov::test {

// A throwaway database for one test: a SQLite file in a temporary folder, or — when the test
// runs with OV_TEST_BACKEND=postgres — a fresh PostgreSQL database created on the server named
// by OV_TEST_POSTGRES_URL and dropped afterwards.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    static bool usePostgres();
    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    server::Database &database() { return *m_db; }
    // Closes the server-side connections (drops the Database); call before dropping.
    void close() { m_db.reset(); }

private:
    bool m_valid = false;
    QString m_error;
    QString m_url;
    QString m_pgName;
    QTemporaryDir m_dir;
    std::unique_ptr<server::Database> m_db;
};

} // namespace ov::test
