#pragma once

#include "domain/SupportChannel.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace ov {

// The utility's support channels (from /config) as links a click opens: tel: for phones,
// WhatsApp's wa.me for WhatsApp numbers, mailto: for email, the address for the web.
class SupportLinks
{
public:
    static QUrl url(const SupportChannel &channel);             // empty for an office (no link)
    static QString html(const QList<SupportChannel> &channels); // rich text for a QLabel
};

} // namespace ov
