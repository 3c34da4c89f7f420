#include "ListQuery.h"

#include "domain/Json.h"

#include <QByteArray>

namespace ov::server {

QString ListQuery::encodeCursor(const QStringList &parts)
{
    return QString::fromLatin1(
        parts.join(QChar(0x1f))
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ListQuery> ListQuery::parse(const ApiRequest &req, int defaultLimit, int maxLimit,
                                          int cursorParts, QList<FieldError> *errors)
{
    ListQuery q;
    q.limit = defaultLimit;
    if (req.hasQuery("limit")) {
        bool ok = false;
        const int limit = req.query("limit").toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            errors->append({QStringLiteral("limit"), QStringLiteral("out_of_range")});
        else
            q.limit = limit;
    }
    if (req.hasQuery("cursor")) {
        const auto decoded = QByteArray::fromBase64Encoding(
            req.query("cursor").toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QStringList parts = decoded && !decoded.decoded.isEmpty()
                                      ? QString::fromUtf8(decoded.decoded).split(QChar(0x1f))
                                      : QStringList();
        if (parts.size() != cursorParts)
            errors->append({QStringLiteral("cursor"), QStringLiteral("invalid")});
        else
            q.after = parts;
    }
    if (req.hasQuery("updatedSince")) {
        const auto t = json::parseDateTime(QJsonValue(req.query("updatedSince")));
        if (!t)
            errors->append({QStringLiteral("updatedSince"), QStringLiteral("invalid")});
        else
            q.updatedSince = *t;
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return q;
}

} // namespace ov::server
