#include "UrlOpenEvents.h"

#include <QFileOpenEvent>

namespace ov {

UrlOpenEvents::UrlOpenEvents(QObject *parent)
    : QObject(parent)
{}

bool UrlOpenEvents::accepts(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1StringView("oficinavirtual");
}

bool UrlOpenEvents::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (accepts(url)) {
            emit urlOpened(url);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ov
