#pragma once

#include "ApiRequest.h"
#include "ServiceResult.h"

#include "domain/FieldError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <httplib.h>

#include <functional>
#include <optional>

namespace ov::server::http {

inline constexpr qsizetype kMaxJsonBody = 64 * 1024;

void json(httplib::Response &res, int status, const QJsonObject &body);
// The same, gzip-compressed when the request accepts it and the body is worth it.
void json(const ApiRequest &req, httplib::Response &res, int status, const QJsonObject &body);
// Sets the body, gzip-compressed when the request accepts it and the body is worth it.
void setBody(const ApiRequest &req, httplib::Response &res, const QByteArray &bytes,
             const char *contentType);
bool acceptsGzip(const QString &acceptEncoding);
// 200 with a strong ETag over the body, or 304 when If-None-Match already names it.
void jsonWithEtag(const ApiRequest &req, httplib::Response &res, const QJsonObject &body);
// The same for a body already serialized with its ETag. When the body goes out gzipped,
// `gzipped` is used if given, else made and handed to `madeGzip` (so it can be kept).
void jsonWithEtag(const ApiRequest &req, httplib::Response &res, const QByteArray &bytes,
                  const QString &etag, const QByteArray &gzipped = {},
                  const std::function<void(const QByteArray &)> &madeGzip = {});
void problem(httplib::Response &res, const QString &language, int status, const QString &code,
             const QList<FieldError> &errors = {}, const QString &detail = {},
             int retryAfterSeconds = -1);
void noContent(httplib::Response &res);
// Sends a service's decision: problem+json, 204 without a body, or JSON.
void send(httplib::Response &res, const QString &language, const ServiceResult &result);

// The request body as a JSON object, or nullopt after answering 413, 415 or 400.
std::optional<QJsonObject> bodyObject(const ApiRequest &req, httplib::Response &res);

// Sets a header, replacing the server's default (Cache-Control: no-store is on every answer
// unless replaced).
void replaceHeader(httplib::Response &res, const char *name, const std::string &value);

// The client's X-Request-Id when it is a sane one (1-64 of A-Z a-z 0-9 . _ -), else a new UUID.
QString requestIdFor(const httplib::Request &req);

QString etagFor(const QByteArray &body);
bool etagMatches(const QString &ifNoneMatch, const QString &etag);
QString languageFor(const QString &acceptLanguage);

} // namespace ov::server::http
