#pragma once

#include "domain/UtilityConfig.h"

#include <QJsonObject>
#include <QString>

namespace ov::server {

// The server's wording of a notification (title and body) from its kind and facts, in the
// utility's language: what emails and clients without their own wording show. The desktop app
// words notifications itself from the same facts, in the user's language.
class NotificationText
{
public:
    static QString title(const QString &kind, const QJsonObject &params,
                         const UtilityConfig &utility);
    static QString body(const QString &kind, const QJsonObject &params,
                        const UtilityConfig &utility);
};

} // namespace ov::server
