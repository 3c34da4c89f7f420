#pragma once

#include "Principal.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <mutex>

namespace ov::server {

// Access tokens this instance checked against the database recently. Every authenticated
// request checks its bearer token; without this, that is a database round trip per request.
// An entry is trusted for `kTrustSeconds` after its check (and never past the token's expiry);
// revocations made through this instance drop their entries at once, so the only staleness is a
// session revoked through *another* instance, whose access token this one may accept for up to
// kTrustSeconds more (docs/server.md). Bounded: past kMaxEntries the oldest checks go.
class AccessTokenCache
{
public:
    static constexpr int kTrustSeconds = 5;
    static constexpr int kMaxEntries = 50000;

    std::optional<Principal> find(const QString &tokenHash, const QDateTime &now);
    // Taken before checking the database; remember() ignores a check that a revocation
    // overtook (it may have read the session before the revocation committed).
    quint64 epoch();
    void remember(const QString &tokenHash, const Principal &principal, const QDateTime &expiresAt,
                  const QDateTime &now, quint64 epochBeforeCheck);
    void forgetSession(const QString &sessionId);
    void forgetUser(const QString &userId);

private:
    struct Entry
    {
        Principal principal;
        QDateTime expiresAt;
        QDateTime trustedUntil;
    };
    std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
    quint64 m_epoch = 0;
};

} // namespace ov::server
