// oficina-virtual: the desktop client.

#include "AppController.h"
#include "CommandLine.h"
#include "auth/TokenStore.h"
#include "core/LogFile.h"
#include "core/SingleInstance.h"
#include "i18n/LanguageLoader.h"
#include "platform/PrivateStorage.h"
#include "platform/UrlOpenEvents.h"
#include "profiles/ProfileStore.h"
#include "settings/Settings.h"
#include "widgets/ThemeManager.h"
#include "windows/MainWindow.h"
#include "windows/StartupProbe.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Whatever the umask, what this app writes is its user's alone (platform/PrivateStorage).
    ov::PrivateStorage::restrictNewFiles();
    ov::CommandLine::answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    ov::CommandLine::setApplicationIdentity();
    ov::LogFile::install();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.oficinavirtual.OficinaVirtual"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ov/icons/app.svg")));

    ov::CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption &lang = commandLine.lang;
    const QCommandLineOption &demoServer = commandLine.demoServer;
    parser.process(app);

    // A second start (the activation link, clicked in the mail app) hands over to the first.
    ov::SingleInstance instance(ov::SingleInstance::defaultName());
    if (instance.sendToRunning(parser.positionalArguments()))
        return 0;
    instance.listen();

    ov::Settings settings;
    // Folders and files an earlier version (or another umask) left readable by others.
    ov::PrivateStorage::tighten(
        {QFileInfo(settings.fileName()).absolutePath(),
         QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
         QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
         QStandardPaths::writableLocation(QStandardPaths::CacheLocation)});
    const QString language = ov::LanguageLoader::resolve(parser.value(lang), settings.language());
    ov::LanguageLoader::install(&app, language);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Oficina Virtual"));
    ov::ThemeManager::apply(settings.theme());

    ov::ProfileStore profiles;
    const QStringList overrides = parser.values(demoServer);
    for (const QString &o : overrides) {
        const QString id = o.section(QLatin1Char('='), 0, 0);
        const QUrl url(o.section(QLatin1Char('='), 1));
        if (id.isEmpty() || !url.isValid()) {
            qCritical("--demo-server expects profile-id=url");
            return 2;
        }
        profiles.overrideBaseUrl(id, url);
    }

    QNetworkAccessManager network;
    ov::TokenStore tokens;
    ov::AppController controller(&settings, &profiles, &network, &tokens);
    controller.setLanguage(language);
    // Before the window: a remembered user's cache starts opening on its own thread while the
    // widgets are built, and the window begins at the right stage.
    controller.start();
    ov::MainWindow window(&controller);
    ov::StartupProbe::installIfRequested(&window); // benchmarks only (OV_STARTUP_PROBE)
    window.show();
    auto openUrls = [&controller, &window](const QStringList &arguments) {
        for (const QString &argument : arguments)
            controller.openUrl(QUrl(argument));
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&instance, &ov::SingleInstance::messageReceived, &window, openUrls);
    ov::UrlOpenEvents urlEvents; // macOS: links arrive as QFileOpenEvent
    app.installEventFilter(&urlEvents);
    QObject::connect(&urlEvents, &ov::UrlOpenEvents::urlOpened, &window,
                     [openUrls](const QUrl &url) { openUrls({url.toString()}); });
    openUrls(parser.positionalArguments());
    return app.exec();
}
