#pragma once

#include "auth/Principal.h"

#include <QHash>
#include <QString>

#include <httplib.h>

#include <optional>

namespace ov::server {

// One API call as a handler sees it: the raw request, its path parameters by name, the
// caller (for authenticated routes), the response language and the request id.
struct ApiRequest
{
    const httplib::Request &http;
    QHash<QString, QString> params;
    std::optional<Principal> principal;
    QString language = QStringLiteral("es");
    QString requestId;
    QString clientAddress; // the caller's address (ClientAddress: through trusted proxies)

    QString param(const QString &name) const { return params.value(name); }
    bool hasQuery(const char *name) const { return http.has_param(name); }
    QString query(const char *name) const
    {
        return QString::fromStdString(http.get_param_value(name));
    }
    QString header(const char *name) const
    {
        return QString::fromStdString(http.get_header_value(name));
    }
    const QString &userId() const { return principal->userId; }
};

} // namespace ov::server
