#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ov {

QString LanguageLoader::resolve(const QString &commandLine, const QString &saved)
{
    for (const QString &choice : {commandLine, saved})
        if (choice == QLatin1StringView("es") || choice == QLatin1StringView("en"))
            return choice;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("es");
}

bool LanguageLoader::install(QCoreApplication *app, const QString &language)
{
    QLocale::setDefault(language == QLatin1StringView("en")
                            ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale(QLocale::Spanish, QLocale::Colombia));
    auto *ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/oficina-virtual_%1.qm").arg(language))) {
        delete ours;
        return false;
    }
    app->installTranslator(ours);
    if (language == QLatin1StringView("en"))
        return true; // the source strings are English; its .qm only adds plural forms
    // Qt's own strings (standard buttons, context menus), when the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace ov
