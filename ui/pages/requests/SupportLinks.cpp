#include "SupportLinks.h"

#include <QRegularExpression>

namespace ov {

QUrl SupportLinks::url(const SupportChannel &c)
{
    QString digits = c.value;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
    if (c.kind == QLatin1StringView("phone"))
        return QUrl(QStringLiteral("tel:") + digits);
    if (c.kind == QLatin1StringView("whatsapp"))
        return QUrl(QStringLiteral("https://wa.me/") + digits.remove(QLatin1Char('+')));
    if (c.kind == QLatin1StringView("email"))
        return QUrl(QStringLiteral("mailto:") + c.value.trimmed());
    if (c.kind == QLatin1StringView("web")) {
        const QUrl web(c.value.trimmed());
        return web.scheme() == QLatin1StringView("https") ? web : QUrl();
    }
    return {};
}

QString SupportLinks::html(const QList<SupportChannel> &channels)
{
    QStringList lines;
    for (const SupportChannel &c : channels) {
        const QUrl link = url(c);
        QString line = c.label.toHtmlEscaped() + QStringLiteral(": ");
        line += link.isEmpty() ? c.value.toHtmlEscaped()
                               : QStringLiteral("<a href=\"%1\">%2</a>")
                                     .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                          c.value.toHtmlEscaped());
        if (!c.hours.isEmpty())
            line += QStringLiteral(" <span>(%1)</span>").arg(c.hours.toHtmlEscaped());
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace ov
