#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <mutex>
#include <optional>

namespace ov::server {

// Bodies of GET responses this instance built recently, each with the validator it was built
// under (for a contract's invoices: their newest version, how many there are, and the day).
// A request that finds its key with the same validator — checked against the database on every
// request, so writes through any instance are seen at once — gets the stored bytes and ETag
// instead of queries, JSON and hashing. Bounded by kMaxBytes.
class ResponseCache
{
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    struct Entry
    {
        QByteArray validator;
        QString etag;
        QByteArray body;
        QByteArray gzipped; // empty until a client that accepts gzip asked
    };

    std::optional<Entry> find(const QString &key, const QByteArray &validator);
    void store(const QString &key, const Entry &entry);
    void storeGzipped(const QString &key, const QByteArray &validator, const QByteArray &gzipped);

private:
    std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
    qsizetype m_bytes = 0;
};

} // namespace ov::server
