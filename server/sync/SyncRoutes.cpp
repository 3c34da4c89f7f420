#include "SyncRoutes.h"

#include "http/HttpReply.h"

#include <QUrl>

namespace ov::server {

void SyncRoutes::install(Router &router, SyncFeed &feed)
{
    router.get(QStringLiteral("/api/v1/sync"), Router::Access::Authenticated,
               [&feed](ApiRequest &req, httplib::Response &res) {
                   int limit = SyncFeed::kDefaultLimit;
                   if (req.hasQuery("limit")) {
                       bool ok = false;
                       limit = req.query("limit").toInt(&ok);
                       if (!ok || limit < 1 || limit > SyncFeed::kMaxLimit)
                           return http::problem(
                               res, req.language, 400, QStringLiteral("validation_failed"),
                               {{QStringLiteral("limit"), QStringLiteral("out_of_range")}});
                   }
                   const QString token = req.hasQuery("token") ? req.query("token") : QString();
                   if (req.hasQuery("token") && token.isEmpty())
                       return http::problem(res, req.language, 410,
                                            QStringLiteral("sync_token_invalid"));
                   const SyncFeed::Result result = feed.page(req.userId(), token, limit);
                   // The page is this user's data and their position in it: never stored
                   // (the server's default Cache-Control, no-store, stays).
                   if (result.status != 200)
                       return http::problem(res, req.language, result.status, result.problemCode);
                   // The next page, in a header (RFC 8288): a client can ask for it as soon as
                   // the headers are in, while this page downloads.
                   if (result.body.value(QLatin1StringView("more")).toBool()) {
                       const QByteArray next =
                           "</api/v1/sync?limit=" + QByteArray::number(limit) + "&token=" +
                           QUrl::toPercentEncoding(
                               result.body.value(QLatin1StringView("token")).toString()) +
                           ">; rel=\"next\"";
                       res.set_header("Link", next.toStdString());
                   }
                   http::json(req, res, 200, result.body);
               });
}

} // namespace ov::server
