#pragma once

#include "db/Database.h"
#include "domain/Clock.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ov::server {

// Remembers the answer to each POST that carried an Idempotency-Key (per caller and route, for
// 24 hours): a retry with the same key and body gets the same answer and creates nothing new;
// the same key with another body is refused.
class IdempotencyStore
{
public:
    struct Stored
    {
        QByteArray requestHash;
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };
    static constexpr int kKeepSeconds = 24 * 3600;

    IdempotencyStore(Database &db, std::shared_ptr<const Clock> clock);

    std::optional<Stored> find(const QString &scope, const QString &key);
    void remember(const QString &scope, const QString &key, const Stored &answer);
    static QByteArray hash(const QByteArray &body);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace ov::server
