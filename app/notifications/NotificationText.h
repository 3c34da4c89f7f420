#pragma once

#include "domain/Notification.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ov {

// A notification in the user's language, worded from its facts (params), not from the server's
// wording (which is in the utility's language); an unknown kind falls back to the server's.
class NotificationText
{
    Q_DECLARE_TR_FUNCTIONS(NotificationText)

public:
    static QString title(const Notification &n, const QLocale &locale);
    static QString body(const Notification &n, const QLocale &locale);
};

} // namespace ov
