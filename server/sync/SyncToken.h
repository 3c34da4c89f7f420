#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ov::server {

// A client's position in the change feed, handed out opaque and signed (HMAC-SHA256 with the
// database's own key, so every instance on one database accepts every other's tokens and a
// token cannot be forged or edited). Bound to one user: another user's token is unknown.
//
// A finished sync's token says "you have everything up to version `since`". A page that is not
// the last one also carries where the feed stopped: the version the run reads up to (`high`),
// the section and the last key within it — so the run goes on from there, even from another
// instance or after the client restarted.
struct SyncToken
{
    QString userId;
    qint64 since = 0; // 0: the client has nothing (a full sync)
    qint64 high = 0;  // 0: not in the middle of a run
    int section = 0;
    QString key1; // position within the section: contract id…
    QString key2; // …and item id

    bool inRun() const { return high > 0; }
    QString encode(const QByteArray &key) const;
    // nullopt when the text was not made by encode() with this key.
    static std::optional<SyncToken> decode(const QString &text, const QByteArray &key);
};

} // namespace ov::server
