#pragma once

#include "Database.h"

#include "demo/DemoSeeder.h"
#include "domain/Clock.h"

#include <QString>

namespace ov::server {

// Makes a database ready to serve one utility: migrations, a record of which utility the data
// belongs to (refusing to serve another utility's data), and the demo data when asked.
class DatabaseSetup
{
public:
    static bool prepare(Database &db, const QString &utilityId, bool seedDemo, const Clock &clock,
                        QString *error, DemoSeeder::Scale scale = DemoSeeder::Scale::Standard);
};

} // namespace ov::server
