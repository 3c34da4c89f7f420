#pragma once

#include <QString>

class QCoreApplication;

namespace ov {

// Picks the interface language — `--lang`, else the saved preference, else the system's
// (Spanish unless the system speaks English) — and installs its translations.
class LanguageLoader
{
public:
    static QString resolve(const QString &commandLine, const QString &saved);
    static bool install(QCoreApplication *app, const QString &language);
};

} // namespace ov
