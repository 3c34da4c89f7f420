// Fuzz target: what the server reads from a URL — a collection's ?limit=&cursor=&updatedSince=
// (ListQuery, with cursors of one to three parts) and the opaque sync token (SyncToken::decode,
// signed). The first line is the query string; the rest is a sync token.

#include "FuzzTarget.h"

#include "http/ApiRequest.h"
#include "http/ListQuery.h"
#include "sync/SyncToken.h"

#include <QUrlQuery>

#include <cstdio>

using namespace ov;
using namespace ov::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray query = newline < 0 ? bytes : bytes.left(newline);
    const QByteArray token = newline < 0 ? QByteArray() : bytes.mid(newline + 1);

    httplib::Request http;
    const QUrlQuery parsed(QString::fromUtf8(query));
    for (const auto &[key, value] : parsed.queryItems(QUrl::FullyDecoded))
        http.params.emplace(key.toStdString(), value.toStdString());
    const ApiRequest req{http, {}, std::nullopt, QStringLiteral("es"), {}, {}};
    for (int parts = 1; parts <= 3; ++parts) {
        QList<FieldError> errors;
        if (const auto list = ListQuery::parse(req, 50, 200, parts, &errors))
            g_sink +=
                list->limit + list->after.size() + ListQuery::encodeCursor(list->after).size();
        else
            g_sink += errors.size();
    }
    static const QByteArray key(32, '\x42');
    if (const auto decoded = SyncToken::decode(QString::fromUtf8(token), key))
        g_sink += decoded->encode(key).size();
    // Encode, then decode.
    const QList<QByteArray> fields = token.split('|');
    SyncToken made;
    made.userId = QString::fromUtf8(fields.value(0));
    made.since = fields.value(1).toLongLong();
    made.high = fields.value(2).toLongLong();
    made.section = fields.value(3).toInt();
    made.key1 = QString::fromUtf8(fields.value(4));
    made.key2 = QString::fromUtf8(fields.value(5));
    const auto back = SyncToken::decode(made.encode(key), key);
    // A token the server could have made comes back whole; any other is refused even signed.
    const bool possible = made.since >= 0 && made.high >= 0 && made.section >= 0 &&
                          (made.high == 0 || made.high >= made.since);
    if (!possible) {
        if (back)
            __builtin_trap();
        return 0;
    }
    // (Ids of a few dozen characters, as the server's are: a token has a size limit.)
    if (made.userId.size() > 64 || made.key1.size() > 64 || made.key2.size() > 64)
        return 0;
    if (!back || back->userId != made.userId || back->since != made.since ||
        back->high != made.high || back->section != made.section || back->key1 != made.key1 ||
        back->key2 != made.key2) {
        std::fprintf(stderr,
                     "sync token did not round-trip: user=%s since=%lld high=%lld section=%d "
                     "key1=%s key2=%s\n",
                     qPrintable(made.userId), made.since, made.high, made.section,
                     qPrintable(made.key1), qPrintable(made.key2));
        __builtin_trap();
    }
    return 0;
}
