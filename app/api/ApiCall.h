#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace ov {

// One call to the API, relative to the profile's base URL + /api/v1.
struct ApiCall
{
    QByteArray method = "GET";
    QString path; // "/contracts"
    QUrlQuery query;
    QByteArray body; // JSON
    QByteArray ifNoneMatch;
    QByteArray idempotencyKey;
    bool authenticated = true;
    int timeoutMs = 0; // 0: the client's default

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
