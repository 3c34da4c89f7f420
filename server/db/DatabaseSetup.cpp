#include "DatabaseSetup.h"

#include "Migrations.h"
#include "Sql.h"

#include "demo/DemoSeeder.h"

#include <QSqlQuery>

namespace ov::server {

bool DatabaseSetup::prepare(Database &db, const QString &utilityId, bool seedDemo,
                            const Clock &clock, QString *error)
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
    if (seedDemo) {
        DemoSeeder seeder(db, clock, utilityId);
        if (!seeder.seed(error))
            return false;
    }
    return true;
}

} // namespace ov::server
