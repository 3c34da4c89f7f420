#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace ov {

// All the client needs to reach a utility: a name to show, the server's base URL, and
// optionally a logo and the SHA-256 of the server certificate's public key (SPKI pin, base64).
// Everything else comes from the server's GET /api/v1/config.
struct UtilityProfile
{
    QString id; // file-name safe
    QString displayName;
    QUrl baseUrl; // API at baseUrl + /api/v1
    QString logo; // resource or file path; may be empty
    QString spkiSha256;
    bool bundled = false; // shipped with the app (not editable)

    QJsonObject toJson() const;
    static std::optional<UtilityProfile> fromJson(const QJsonObject &o, QString *error = nullptr);
    // http is allowed only to this machine; anything else must be https.
    static bool isAcceptableUrl(const QUrl &url);
    static bool isLoopback(const QUrl &url);
    static QString idFor(const QUrl &url);

    friend bool operator==(const UtilityProfile &, const UtilityProfile &) = default;
};

} // namespace ov
