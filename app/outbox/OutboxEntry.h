#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ov {

// One change the user made that the server has not confirmed yet: the request to send (kept
// whole, so it goes out exactly as it was made, after a restart too) and what happened to it.
struct OutboxEntry
{
    enum class State
    {
        Pending,  // waiting to be sent, or to be sent again
        Rejected, // the server said no (a 4xx): kept until the user has seen why
    };

    qint64 id = 0;  // local, in the order the changes were made
    QString action; // what it is, for the page that shows it: "reading.submit"
    QString scope;  // what it belongs to (a contract id)
    QByteArray method = "POST";
    QString path;           // relative to /api/v1
    QByteArray body;        // JSON, or what contentType says (a multipart form with files)
    QByteArray contentType; // empty: application/json
    QString idempotencyKey; // the same on every attempt: the server takes it once
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC; invalid: as soon as possible
    QString lastError;       // the last attempt's failure, in words for a log
    State state = State::Pending;
    QByteArray problem; // a rejection's problem+json
    QDateTime createdAt;

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

} // namespace ov

Q_DECLARE_METATYPE(ov::OutboxEntry)
