#pragma once

#include <QObject>
#include <QUrl>

namespace ov {

// How an oficinavirtual: link (the activation or password-reset email's) reaches the app.
// Windows (the installer's URL protocol, packaging/windows) and Linux (the desktop entry's
// MimeType) start the app with the link as its argument, and SingleInstance hands it to the
// running one. macOS instead sends the running app a QFileOpenEvent (the bundle's Info.plist,
// packaging/macos, declares the scheme): this filter, installed on the application, turns it
// into urlOpened(). Other files or schemes macOS might send are left alone.
class UrlOpenEvents : public QObject
{
    Q_OBJECT

public:
    explicit UrlOpenEvents(QObject *parent = nullptr);

    static bool accepts(const QUrl &url);

signals:
    void urlOpened(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ov
