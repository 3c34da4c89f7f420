#pragma once

#include "ServerSettings.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ov::server {

// ov-server's command line.
struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080;
    QString dataDir = QStringLiteral("ov-data");
    QString databaseUrl; // default: sqlite file in dataDir
    QString utilityId = QStringLiteral("electricity-co");
    QString utilityConfigPath;
    bool demo = false;
    bool largeDemo = false; // --scale large: also the 200-contract account
    bool loadDemo = false;  // --scale load: also 500 one-contract accounts for load tests
    QString portFile;
    ServerSettings settings;

    // nullopt after printing help/version or an error (exitCode set).
    static std::optional<ServerOptions> parse(const QStringList &arguments, int *exitCode);
    QString effectiveDatabaseUrl() const;
};

} // namespace ov::server
