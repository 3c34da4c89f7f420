#include "ApiClient.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

namespace ov {

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

void ApiClient::setProfile(const UtilityProfile &profile)
{
    m_profile = profile;
    m_accessToken.clear();
}

QByteArray ApiClient::userAgent()
{
    return QStringLiteral("OficinaVirtual/%1 (%2; Qt %3)")
        .arg(QStringLiteral(OV_VERSION), QSysInfo::prettyProductName(),
             QString::fromLatin1(qVersion()))
        .toUtf8();
}

QUrl ApiClient::urlFor(const ApiCall &call) const
{
    QUrl url = m_profile.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1") + call.path);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    return url;
}

QNetworkRequest ApiClient::buildRequest(const ApiCall &call) const
{
    QNetworkRequest request(urlFor(call));
    request.setRawHeader("Accept", call.accept.isEmpty()
                                       ? QByteArray("application/json, application/problem+json")
                                       : call.accept);
    request.setRawHeader("Accept-Language", m_language == QLatin1StringView("en")
                                                ? QByteArray("en, es;q=0.5")
                                                : QByteArray("es, en;q=0.5"));
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (call.authenticated && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    if (!call.body.isEmpty() || call.method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType.isEmpty()
                                                                  ? QByteArray("application/json")
                                                                  : call.contentType);
    if (!call.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", call.ifNoneMatch);
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call.idempotencyKey);
    // Our own cache and ETags decide freshness; redirects are not part of the API.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void ApiClient::send(const ApiCall &call, QObject *context, Callback callback)
{
    start(call, QPointer<QObject>(context), std::move(callback), 0, false);
}

void ApiClient::deliver(const ApiResult &result, const QPointer<QObject> &context,
                        const Callback &callback)
{
    if (result.error && result.error->isOffline())
        emit reachabilityChanged(false);
    else if (!result.error || result.error->kind == ApiError::Kind::Http ||
             result.error->kind == ApiError::Kind::InvalidResponse)
        emit reachabilityChanged(true);
    if (context)
        callback(result);
}

void ApiClient::start(const ApiCall &call, QPointer<QObject> context, Callback callback,
                      int attempt, bool refreshed)
{
    const QUrl url = urlFor(call);
    if (!UtilityProfile::isAcceptableUrl(url)) {
        ApiResult r;
        r.error = ApiError{ApiError::Kind::InsecureUrl, 0, {}, url.toString(), -1};
        QTimer::singleShot(0, this,
                           [this, r, context, callback] { deliver(r, context, callback); });
        return;
    }

    const QNetworkRequest request = buildRequest(call);
    QNetworkReply *reply = call.body.isEmpty() && call.method == "GET"
                               ? m_nam->get(request)
                               : m_nam->sendCustomRequest(request, call.method, call.body);
    qCDebug(lcApi) << call.method << url.path() << "attempt" << attempt;

    auto timedOut = std::make_shared<bool>(false);
    auto pinFailed = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    // A timeout of silence, not of length: a large page over a slow but live link keeps
    // arriving, and each piece of it restarts the clock.
    const int timeoutMs = call.timeoutMs > 0 ? call.timeoutMs : m_timeoutMs;
    timer->start(timeoutMs);
    connect(reply, &QNetworkReply::downloadProgress, timer,
            [timer, timeoutMs] { timer->start(timeoutMs); });
    connect(reply, &QNetworkReply::uploadProgress, timer,
            [timer, timeoutMs] { timer->start(timeoutMs); });

    if (call.onHeaders) {
        auto fired = std::make_shared<bool>(false);
        connect(reply, &QNetworkReply::metaDataChanged, reply,
                [reply, context, fired, onHeaders = call.onHeaders] {
                    const int status =
                        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (*fired || status < 200 || status >= 300 || !context)
                        return;
                    *fired = true;
                    onHeaders(status, reply->rawHeaderPairs());
                });
    }

    if (!m_profile.spkiSha256.isEmpty()) {
        const QByteArray pin = m_profile.spkiSha256.toLatin1();
        connect(reply, &QNetworkReply::encrypted, reply, [reply, pin, pinFailed] {
            const QByteArray spki = reply->sslConfiguration().peerCertificate().publicKey().toDer();
            const QByteArray seen =
                QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
            if (seen != pin) {
                qCWarning(lcApi) << "certificate pin mismatch: got" << seen;
                *pinFailed = true;
                reply->abort();
            }
        });
    }

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call, context, callback, attempt, refreshed, timedOut, pinFailed] {
                reply->deleteLater();
                ApiResult result = resultFrom(reply, *timedOut, *pinFailed);
                const int status = result.status;

                if (status == 401 && call.authenticated && !refreshed && m_refresher) {
                    m_refresher([this, call, context, callback, attempt, result](bool ok) {
                        if (ok)
                            start(call, context, callback, attempt, true);
                        else
                            deliver(result, context, callback);
                    });
                    return;
                }
                if ((status == 429 || status == 503) && attempt == 0 && call.method == "GET" &&
                    result.error && result.error->retryAfterSeconds >= 0 &&
                    result.error->retryAfterSeconds <= m_maxRetryAfter) {
                    qCInfo(lcApi) << "server asked to retry after"
                                  << result.error->retryAfterSeconds << "s";
                    QTimer::singleShot(result.error->retryAfterSeconds * 1000, this,
                                       [this, call, context, callback, refreshed] {
                                           start(call, context, callback, 1, refreshed);
                                       });
                    return;
                }
                if (result.error)
                    qCInfo(lcApi) << call.method << call.path
                                  << "failed:" << result.error->describe();
                deliver(result, context, callback);
            });
}

ApiResult ApiClient::resultFrom(QNetworkReply *reply, bool timedOut, bool pinFailed) const
{
    ApiResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.etag = reply->rawHeader("ETag");
    const QNetworkReply::NetworkError netError = reply->error();

    if (timedOut) {
        r.error = ApiError{ApiError::Kind::Timeout, 0, {}, QStringLiteral("no answer in time"), -1};
        r.status = 0;
        return r;
    }
    if (pinFailed) {
        r.error =
            ApiError{ApiError::Kind::Tls, 0, {}, QStringLiteral("certificate pin mismatch"), -1};
        r.status = 0;
        return r;
    }
    if (r.status == 0) {
        ApiError e;
        e.detail = reply->errorString();
        switch (netError) {
        case QNetworkReply::SslHandshakeFailedError:
            e.kind = ApiError::Kind::Tls;
            break;
        case QNetworkReply::OperationCanceledError:
            e.kind = ApiError::Kind::Cancelled;
            break;
        case QNetworkReply::NoError:
            e.kind = ApiError::Kind::InvalidResponse; // finished without an HTTP answer
            break;
        default:
            e.kind = ApiError::Kind::Network;
        }
        r.error = e;
        return r;
    }

    r.body = reply->readAll();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (r.status >= 400) {
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.status = r.status;
        if (auto problem = Problem::fromJson(r.body))
            e.problem = *problem;
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        e.retryAfterSeconds = ok && seconds >= 0 ? seconds : e.problem.retryAfterSeconds;
        e.detail = e.problem.title.isEmpty() ? reply->errorString() : e.problem.title;
        r.error = e;
        return r;
    }
    // A 2xx/304 whose transfer broke off is not an answer.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (netError != QNetworkReply::NoError ||
        (length.isValid() && length.toLongLong() != r.body.size() && r.status != 304)) {
        r.error = ApiError{ApiError::Kind::InvalidResponse,
                           r.status,
                           {},
                           QStringLiteral("incomplete body: ") + reply->errorString(),
                           -1};
    }
    return r;
}

} // namespace ov
