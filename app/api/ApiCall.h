#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace ov {

// One call to the API, relative to the profile's base URL + /api/v1.
struct ApiCall
{
    QByteArray method = "GET";
    QString path; // "/contracts"
    QUrlQuery query;
    QByteArray body;        // JSON, unless contentType says otherwise
    QByteArray contentType; // empty: application/json
    QByteArray ifNoneMatch;
    QByteArray idempotencyKey;
    QByteArray accept; // empty: JSON (and problem+json)
    bool authenticated = true;
    int timeoutMs = 0; // 0: the client's default
    // Called once with the headers of a 2xx answer, as soon as they are in and before the
    // body: to act on a header early (the sync's Link rel="next": ask for the next page while
    // this one downloads). Not called for answers that are retried (a refresh after 401, a
    // Retry-After) — only for the one whose body the callback will get.
    std::function<void(int status, const QList<QPair<QByteArray, QByteArray>> &headers)> onHeaders;

    static ApiCall get(const QString &path, QUrlQuery query = {})
    {
        ApiCall c;
        c.path = path;
        c.query = std::move(query);
        return c;
    }
    static ApiCall post(const QString &path, QByteArray json, bool authenticated = true)
    {
        ApiCall c;
        c.method = "POST";
        c.path = path;
        c.body = std::move(json);
        c.authenticated = authenticated;
        return c;
    }
};

} // namespace ov
