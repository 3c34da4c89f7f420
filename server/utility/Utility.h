#pragma once

#include "domain/UtilityConfig.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ov::server {

// The utility this server speaks for: its GET /config document in each language it offers
// (Spanish first; English second). Built in for the two demo utilities, or read from a JSON
// file (the /config wire format) for a real deployment.
class Utility
{
public:
    static QStringList demoIds(); // electricity-co, water-mx
    static std::optional<Utility> demo(const QString &id);
    static std::optional<Utility> fromFile(const QString &path, QString *error);

    QString id() const { return defaultConfig().utilityId; }
    // The config in `language` ("es", "en"), or the default language's.
    const UtilityConfig &config(const QString &language) const;
    const UtilityConfig &defaultConfig() const { return config(m_defaultLanguage); }

private:
    QMap<QString, UtilityConfig> m_configs; // language → config
    QString m_defaultLanguage = QStringLiteral("es");
};

} // namespace ov::server
