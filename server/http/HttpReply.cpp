#include "HttpReply.h"

#include "Gzip.h"
#include "ProblemCatalog.h"

#include "domain/Problem.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>
#include <QUuid>

namespace ov::server::http {

namespace {
// cpp-httplib would compress only the bare "application/json", and with brotli at its slowest
// setting when the client offers br; we compress ourselves (setBody), so it never does.
const char *const kJson = "application/json; charset=utf-8";
constexpr qsizetype kCompressFrom = 1024; // smaller bodies gain nothing from gzip
const char *const kProblemJson = "application/problem+json; charset=utf-8";
} // namespace

void json(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    res.set_content(bytes.constData(), size_t(bytes.size()), kJson);
}

void json(const ApiRequest &req, httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    setBody(req, res, QJsonDocument(body).toJson(QJsonDocument::Compact), kJson);
}

bool acceptsGzip(const QString &acceptEncoding)
{
    const QStringList codings = acceptEncoding.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &coding : codings) {
        const QStringList parts = coding.split(QLatin1Char(';'));
        const QString name = parts.first().trimmed().toLower();
        if (name != QLatin1StringView("gzip") && name != QLatin1StringView("x-gzip"))
            continue;
        for (int i = 1; i < parts.size(); ++i) {
            const QString p = parts.at(i).trimmed();
            if (p.startsWith(QLatin1StringView("q=")) && p.mid(2).toDouble() <= 0)
                return false; // "gzip;q=0": explicitly refused
        }
        return true;
    }
    return false;
}

void setBody(const ApiRequest &req, httplib::Response &res, const QByteArray &bytes,
             const char *contentType)
{
    if (!res.has_header("Vary"))
        res.set_header("Vary", "Accept-Encoding");
    if (bytes.size() >= kCompressFrom && acceptsGzip(req.header("Accept-Encoding"))) {
        const QByteArray packed = Gzip::compress(bytes);
        if (!packed.isEmpty()) {
            res.set_header("Content-Encoding", "gzip");
            res.set_content(packed.constData(), size_t(packed.size()), contentType);
            return;
        }
    }
    res.set_content(bytes.constData(), size_t(bytes.size()), contentType);
}

void replaceHeader(httplib::Response &res, const char *name, const std::string &value)
{
    res.headers.erase(name);
    res.set_header(name, value);
}

QString requestIdFor(const httplib::Request &req)
{
    const QString given = QString::fromStdString(req.get_header_value("X-Request-Id"));
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (safe.match(given).hasMatch())
        return given;
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString etagFor(const QByteArray &body)
{
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    return QLatin1Char('"') + QString::fromLatin1(digest.left(16).toHex()) + QLatin1Char('"');
}

bool etagMatches(const QString &ifNoneMatch, const QString &etag)
{
    const QStringList candidates = ifNoneMatch.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString c : candidates) {
        c = c.trimmed();
        if (c == QLatin1StringView("*"))
            return true;
        if (c.startsWith(QLatin1StringView("W/")))
            c = c.mid(2); // weak comparison, RFC 9110 §13.1.2
        if (c == etag)
            return true;
    }
    return false;
}

void jsonWithEtag(const ApiRequest &req, httplib::Response &res, const QJsonObject &body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    jsonWithEtag(req, res, bytes, etagFor(bytes));
}

void jsonWithEtag(const ApiRequest &req, httplib::Response &res, const QByteArray &bytes,
                  const QString &etag, const QByteArray &gzipped,
                  const std::function<void(const QByteArray &)> &madeGzip)
{
    res.set_header("ETag", etag.toStdString());
    replaceHeader(res, "Cache-Control", "private, no-cache");
    res.set_header("Vary", "Authorization, Accept-Language, Accept-Encoding");
    if (etagMatches(req.header("If-None-Match"), etag)) {
        res.status = 304;
        return;
    }
    res.status = 200;
    if (bytes.size() >= kCompressFrom && acceptsGzip(req.header("Accept-Encoding"))) {
        QByteArray packed = gzipped;
        if (packed.isEmpty()) {
            packed = Gzip::compress(bytes);
            if (!packed.isEmpty() && madeGzip)
                madeGzip(packed);
        }
        if (!packed.isEmpty()) {
            res.set_header("Content-Encoding", "gzip");
            res.set_content(packed.constData(), size_t(packed.size()), kJson);
            return;
        }
    }
    res.set_content(bytes.constData(), size_t(bytes.size()), kJson);
}

void problem(httplib::Response &res, const QString &language, int status, const QString &code,
             const QList<FieldError> &errors, const QString &detail, int retryAfterSeconds)
{
    Problem p;
    p.status = status;
    p.code = code;
    p.title = ProblemCatalog::title(code, language);
    p.detail = detail;
    p.errors = errors;
    p.retryAfterSeconds = retryAfterSeconds;
    if (retryAfterSeconds >= 0)
        res.set_header("Retry-After", std::to_string(retryAfterSeconds));
    res.status = status;
    const QByteArray bytes = p.toBytes();
    res.set_content(bytes.constData(), size_t(bytes.size()), kProblemJson);
}

void noContent(httplib::Response &res)
{
    res.status = 204;
}

void send(httplib::Response &res, const QString &language, const ServiceResult &result)
{
    if (result.isProblem())
        problem(res, language, result.status, result.problemCode, result.errors, {},
                result.retryAfterSeconds);
    else if (result.status == 204)
        noContent(res);
    else if (result.status == 202 && result.body.isEmpty())
        res.status = 202; // "accepted", and nothing to say: no body, as documented
    else
        json(res, result.status, result.body);
}

std::optional<QJsonObject> bodyObject(const ApiRequest &req, httplib::Response &res)
{
    if (qsizetype(req.http.body.size()) > kMaxJsonBody) {
        problem(res, req.language, 413, QStringLiteral("payload_too_large"));
        return std::nullopt;
    }
    const QString type = req.header("Content-Type").section(QLatin1Char(';'), 0, 0).trimmed();
    if (type.compare(QLatin1StringView("application/json"), Qt::CaseInsensitive) != 0) {
        problem(res, req.language, 415, QStringLiteral("unsupported_media_type"), {},
                QStringLiteral("Send application/json."));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(req.http.body.data(), qsizetype(req.http.body.size())), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problem(res, req.language, 400, QStringLiteral("malformed_json"), {},
                error.error != QJsonParseError::NoError ? error.errorString()
                                                        : QStringLiteral("Expected an object."));
        return std::nullopt;
    }
    return doc.object();
}

QString languageFor(const QString &acceptLanguage)
{
    // Highest-q supported language among "en-US,en;q=0.9,es;q=0.8"; Spanish by default.
    QString best = QStringLiteral("es");
    double bestQ = -1;
    const QStringList ranges = acceptLanguage.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &range : ranges) {
        const QStringList parts = range.split(QLatin1Char(';'));
        const QString tag = parts.first().trimmed().section(QLatin1Char('-'), 0, 0).toLower();
        double q = 1.0;
        for (int i = 1; i < parts.size(); ++i) {
            const QString p = parts.at(i).trimmed();
            if (p.startsWith(QLatin1StringView("q=")))
                q = p.mid(2).toDouble();
        }
        if ((tag == QLatin1StringView("es") || tag == QLatin1StringView("en")) && q > bestQ) {
            best = tag;
            bestQ = q;
        }
    }
    return best;
}

} // namespace ov::server::http
