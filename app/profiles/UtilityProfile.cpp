#include "UtilityProfile.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace ov {

QJsonObject UtilityProfile::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("displayName"), displayName},
                  {QStringLiteral("baseUrl"), baseUrl.toString()}};
    if (!logo.isEmpty())
        o.insert(QStringLiteral("logo"), logo);
    if (!spkiSha256.isEmpty())
        o.insert(QStringLiteral("spkiSha256"), spkiSha256);
    return o;
}

std::optional<UtilityProfile> UtilityProfile::fromJson(const QJsonObject &o, QString *error)
{
    UtilityProfile p;
    p.id = o.value(QLatin1StringView("id")).toString();
    p.displayName = o.value(QLatin1StringView("displayName")).toString();
    p.baseUrl = QUrl(o.value(QLatin1StringView("baseUrl")).toString(), QUrl::StrictMode);
    p.logo = o.value(QLatin1StringView("logo")).toString();
    p.spkiSha256 = o.value(QLatin1StringView("spkiSha256")).toString();
    static const QRegularExpression safeId(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    QString problem;
    if (!safeId.match(p.id).hasMatch())
        problem = QStringLiteral("id must be lower-case letters, digits, . _ -");
    else if (p.displayName.trimmed().isEmpty())
        problem = QStringLiteral("displayName is empty");
    else if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty())
        problem = QStringLiteral("baseUrl is not a URL");
    else if (!isAcceptableUrl(p.baseUrl))
        problem = QStringLiteral("baseUrl must use https (http only to this machine)");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return p;
}

bool UtilityProfile::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool UtilityProfile::isAcceptableUrl(const QUrl &url)
{
    if (url.scheme() == QLatin1StringView("https"))
        return true;
    return url.scheme() == QLatin1StringView("http") && isLoopback(url);
}

QString UtilityProfile::idFor(const QUrl &url)
{
    QString id = (url.host() +
                  (url.port() > 0 ? QStringLiteral("-%1").arg(url.port()) : QString()) + url.path())
                     .toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    id = id.left(64);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("utility") : id;
}

} // namespace ov
