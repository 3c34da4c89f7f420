#pragma once

#include "ApiCall.h"
#include "ApiResult.h"

#include "profiles/UtilityProfile.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ov {

// The one way the client talks to a utility's server. It builds every request in one place
// (base URL, bearer token, Accept-Language, User-Agent, request id), turns problem+json into a
// typed ApiError, refreshes the access token once on 401 and retries, honours a short
// Retry-After, puts a timeout on every request, verifies TLS (plain http only to this machine;
// an optional SPKI pin) and never ignores certificate errors.
//
// Asynchronous only: the callback runs on the thread of the QNetworkAccessManager, and only
// while `context` is alive.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;
    // Obtains a new access token (setAccessToken) and calls done(true), or done(false).
    using Refresher = std::function<void(std::function<void(bool)> done)>;

    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setProfile(const UtilityProfile &profile);
    const UtilityProfile &profile() const { return m_profile; }
    void setLanguage(const QString &language) { m_language = language; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); }
    void setRefresher(Refresher refresher) { m_refresher = std::move(refresher); }
    void setMaxRetryAfterSeconds(int seconds) { m_maxRetryAfter = seconds; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void send(const ApiCall &call, QObject *context, Callback callback);
    QNetworkRequest buildRequest(const ApiCall &call) const;
    QUrl urlFor(const ApiCall &call) const;
    static QByteArray userAgent();

signals:
    // True whenever the server answered (even with an error), false when it could not be reached.
    void reachabilityChanged(bool reachable);

private:
    void start(const ApiCall &call, QPointer<QObject> context, Callback callback, int attempt,
               bool refreshed);
    ApiResult resultFrom(QNetworkReply *reply, bool timedOut, bool pinFailed) const;
    void deliver(const ApiResult &result, const QPointer<QObject> &context,
                 const Callback &callback);

    QNetworkAccessManager *m_nam;
    UtilityProfile m_profile;
    QString m_language = QStringLiteral("es");
    QString m_accessToken;
    Refresher m_refresher;
    int m_maxRetryAfter = 30;
    int m_timeoutMs = 20000;
};

} // namespace ov
