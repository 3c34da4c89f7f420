#include "RequestRoutes.h"

#include "RequestRepository.h"
#include "RequestService.h"

#include "http/HttpReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace ov::server {

namespace {

bool requireKey(const ApiRequest &req, httplib::Response &res)
{
    if (!req.header("Idempotency-Key").trimmed().isEmpty())
        return true;
    http::problem(res, req.language, 400, QStringLiteral("validation_failed"),
                  {{QStringLiteral("Idempotency-Key"), QStringLiteral("required")}});
    return false;
}

// A multipart/form-data body: its JSON part `jsonPart` and the files of its "attachments"
// parts. False after answering 415 or 400.
bool readForm(const ApiRequest &req, httplib::Response &res, const char *jsonPart,
              QJsonObject &fields, QList<RequestService::Upload> &uploads)
{
    if (!req.http.is_multipart_form_data()) {
        http::problem(res, req.language, 415, QStringLiteral("unsupported_media_type"), {},
                      QStringLiteral("Send multipart/form-data."));
        return false;
    }
    if (!req.http.has_file(jsonPart)) {
        http::problem(res, req.language, 400, QStringLiteral("validation_failed"),
                      {{QString::fromLatin1(jsonPart), QStringLiteral("required")}});
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromStdString(req.http.get_file_value(jsonPart).content), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        http::problem(res, req.language, 400, QStringLiteral("malformed_json"), {},
                      QString::fromLatin1(jsonPart) + QStringLiteral(": expected a JSON object."));
        return false;
    }
    fields = doc.object();
    const auto [first, last] = req.http.files.equal_range("attachments");
    for (auto it = first; it != last; ++it)
        uploads.append({QString::fromStdString(it->second.filename),
                        QByteArray::fromStdString(it->second.content)});
    return true;
}

// RFC 6266: a plain ASCII fallback and the exact name in UTF-8.
std::string disposition(const QString &fileName)
{
    QString ascii;
    for (const QChar c : fileName)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') &&
                  c != QLatin1Char('\\'))
                     ? c
                     : QLatin1Char('_');
    return QString(QStringLiteral("attachment; filename=\"") + ascii +
                   QStringLiteral("\"; filename*=UTF-8''") +
                   QString::fromLatin1(QUrl::toPercentEncoding(fileName)))
        .toStdString();
}

} // namespace

void RequestRoutes::install(Router &router, ServerContext &context)
{
    router.get(QStringLiteral("/api/v1/request-categories"), Router::Access::Public,
               [&context](ApiRequest &req, httplib::Response &res) {
                   QJsonArray items;
                   for (const RequestCategory &c :
                        context.utility.config(req.language).requestCategories)
                       items.append(c.toJson());
                   http::jsonWithEtag(req, res, {{QStringLiteral("items"), items}});
               });

    router.get(QStringLiteral("/api/v1/requests"), Router::Access::Authenticated,
               [&context](ApiRequest &req, httplib::Response &res) {
                   http::send(res, req.language,
                              context.requests.list(req.userId(), req.query("status")));
               });

    router.post(
        QStringLiteral("/api/v1/requests"), Router::Access::Authenticated,
        [&context](ApiRequest &req, httplib::Response &res) {
            QJsonObject fields;
            QList<RequestService::Upload> uploads;
            if (requireKey(req, res) && readForm(req, res, "request", fields, uploads))
                http::send(res, req.language,
                           context.requests.create(req.userId(), fields, uploads));
        },
        Router::Idempotency::Keyed);

    router.get(QStringLiteral("/api/v1/requests/{requestId}"), Router::Access::Authenticated,
               [&context](ApiRequest &req, httplib::Response &res) {
                   const ServiceResult r =
                       context.requests.get(req.userId(), req.param(QStringLiteral("requestId")));
                   if (r.isProblem())
                       return http::send(res, req.language, r);
                   http::jsonWithEtag(req, res, r.body);
               });

    router.get(QStringLiteral("/api/v1/requests/{requestId}/messages"),
               Router::Access::Authenticated, [&context](ApiRequest &req, httplib::Response &res) {
                   const ServiceResult r =
                       context.requests.get(req.userId(), req.param(QStringLiteral("requestId")));
                   if (r.isProblem())
                       return http::send(res, req.language, r);
                   http::jsonWithEtag(
                       req, res,
                       {{QStringLiteral("items"), r.body.value(QLatin1StringView("messages"))},
                        {QStringLiteral("nextCursor"), QJsonValue()}});
               });

    router.post(
        QStringLiteral("/api/v1/requests/{requestId}/messages"), Router::Access::Authenticated,
        [&context](ApiRequest &req, httplib::Response &res) {
            QJsonObject fields;
            QList<RequestService::Upload> uploads;
            if (requireKey(req, res) && readForm(req, res, "message", fields, uploads))
                http::send(res, req.language,
                           context.requests.reply(req.userId(),
                                                  req.param(QStringLiteral("requestId")), fields,
                                                  uploads));
        },
        Router::Idempotency::Keyed);

    router.get(QStringLiteral("/api/v1/requests/{requestId}/attachments/{attachmentId}"),
               Router::Access::Authenticated, [&context](ApiRequest &req, httplib::Response &res) {
                   QSqlDatabase conn = context.db.connection();
                   const auto file = RequestRepository::file(
                       conn, req.param(QStringLiteral("requestId")),
                       req.param(QStringLiteral("attachmentId")), req.userId());
                   if (!file)
                       return http::problem(res, req.language, 404, QStringLiteral("not_found"));
                   const QString etag = QLatin1Char('"') + file->sha256 + QLatin1Char('"');
                   http::replaceHeader(res, "Cache-Control", "private, no-cache");
                   res.set_header("ETag", etag.toStdString());
                   if (http::etagMatches(req.header("If-None-Match"), etag)) {
                       res.status = 304;
                       return;
                   }
                   res.status = 200;
                   res.set_header("Content-Disposition", disposition(file->attachment.fileName));
                   // Streamed a chunk at a time from the database: a 5 MB file never sits whole in
                   // memory, and every instance sharing the database serves it.
                   Database &db = context.db;
                   const QString id = file->attachment.id;
                   const qint64 size = file->attachment.size;
                   res.set_content_provider(
                       size_t(size), file->attachment.contentType.toStdString(),
                       [&db, id, size](size_t offset, size_t, httplib::DataSink &sink) {
                           const int seq = int(qint64(offset) / RequestRepository::kChunkBytes);
                           QSqlDatabase c = db.connection();
                           const QByteArray chunk = RequestRepository::chunk(c, id, seq);
                           const qint64 skip =
                               qint64(offset) - qint64(seq) * RequestRepository::kChunkBytes;
                           if (chunk.size() <= skip || qint64(offset) >= size)
                               return false; // the file changed under us: end the response
                           sink.write(chunk.constData() + skip, size_t(chunk.size() - skip));
                           return true;
                       });
               });

    router.post(
        QStringLiteral("/api/v1/contact"), Router::Access::Public,
        [&context](ApiRequest &req, httplib::Response &res) {
            const auto body = http::bodyObject(req, res);
            if (body)
                http::send(res, req.language, context.requests.contact(req.clientAddress, *body));
        },
        Router::Idempotency::Keyed);
}

} // namespace ov::server
