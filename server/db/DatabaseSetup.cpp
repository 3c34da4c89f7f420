#include "DatabaseSetup.h"

#include "Migrations.h"
#include "Sql.h"

#include "demo/DemoSeeder.h"

#include <QSqlQuery>

#include <sodium.h>

namespace ov::server {

bool DatabaseSetup::prepare(Database &db, const QString &utilityId, bool seedDemo,
                            const Clock &clock, QString *error, DemoSeeder::Scale scale)
{
    if (!db.check(error) || Migrations::apply(db, error) < 0)
        return false;
    QSqlQuery q(db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT meta_value FROM server_meta WHERE meta_key = 'utility'")))
        return false;
    if (q.next()) {
        const QString stored = q.value(0).toString();
        if (stored != utilityId) {
            *error = QStringLiteral("this database holds the data of utility '%1', not '%2'")
                         .arg(stored, utilityId);
            return false;
        }
    } else if (!sql::exec(q,
                          QStringLiteral("INSERT INTO server_meta (meta_key, meta_value)"
                                         " VALUES ('utility', :u)"),
                          {{":u", utilityId}})) {
        *error = QStringLiteral("cannot record the utility in the database");
        return false;
    }
    // The key that signs sync tokens: one per database, so every instance on it agrees. The
    // first instance to start makes it; the others keep it.
    if (sodium_init() < 0) {
        *error = QStringLiteral("libsodium could not be initialised");
        return false;
    }
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    if (!sql::exec(
            q,
            QStringLiteral("INSERT INTO server_meta (meta_key, meta_value)"
                           " VALUES ('sync_token_key', :k) ON CONFLICT (meta_key) DO NOTHING"),
            {{":k", QString::fromLatin1(key.toHex())}})) {
        *error = QStringLiteral("cannot record the sync token key in the database");
        return false;
    }
    if (seedDemo) {
        DemoSeeder seeder(db, clock, utilityId, scale);
        if (!seeder.seed(error))
            return false;
    }
    return true;
}

} // namespace ov::server
