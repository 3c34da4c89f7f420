#include "DemoSeeder.h"

#include "DemoTariff.h"

#include "auth/PasswordHasher.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "utility/Utility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

#include <algorithm>
#include <cmath>
#include <numbers>

Q_LOGGING_CATEGORY(lcDemo, "ov.server.demo")

namespace ov::server {

namespace {

enum Newest
{
    Random = 0,
    PendingOnly = 1,
    AllPaid = 2,
    PendingAndOverdue = 3
};

QString hexId(const QString &prefix, DemoRandom &random)
{
    return prefix + QString::number(random.next(), 16).rightJustified(16, QLatin1Char('0'));
}

QString at(const QDate &d, int hour, int minute)
{
    return sql::timeText(QDateTime(d, QTime(hour, minute), QTimeZone::utc()));
}

} // namespace

DemoSeeder::Account DemoSeeder::personalAccount()
{
    return {QStringLiteral("demo"), QStringLiteral("demo@example.com"),
            QStringLiteral("Demo-2026")};
}

DemoSeeder::Account DemoSeeder::businessAccount()
{
    return {QStringLiteral("empresa"), QStringLiteral("empresa@example.com"),
            QStringLiteral("Empresa-2026")};
}

DemoSeeder::Account DemoSeeder::largeAccount()
{
    return {QStringLiteral("corporativo"), QStringLiteral("corporativo@example.com"),
            QStringLiteral("Corporativo-2026")};
}

DemoSeeder::Account DemoSeeder::loadAccount(int index)
{
    const QString name = QStringLiteral("carga%1").arg(index, 3, 10, QLatin1Char('0'));
    return {name, name + QStringLiteral("@example.com"), QStringLiteral("Carga-2026")};
}

QString DemoSeeder::numberFor(const DemoCatalog &catalog, int serial)
{
    return catalog.referencePrefix + QString::number(serial).rightJustified(7, QLatin1Char('0'));
}

QString DemoSeeder::meterFor(const DemoCatalog &catalog, int serial)
{
    return catalog.meterPrefix + QString::number(100000 + (serial * 7919) % 900000);
}

QList<DemoSeeder::UnregisteredCustomer> DemoSeeder::unregisteredCustomers(const QString &utilityId)
{
    const DemoCatalog c = DemoCatalog::forUtility(utilityId);
    QList<UnregisteredCustomer> list;
    for (int i = 1; i <= 3; ++i)
        list.append({QStringLiteral("individual"),
                     numberFor(c, 300 + i),
                     meterFor(c, 300 + i),
                     c.people.at(i).paternal,
                     c.people.at(i).maternal,
                     {}});
    for (int i = 1; i <= 2; ++i)
        list.append({QStringLiteral("business"),
                     numberFor(c, 303 + i),
                     meterFor(c, 303 + i),
                     {},
                     {},
                     c.companies.at(i)});
    return list;
}

DemoSeeder::DemoSeeder(Database &db, const Clock &clock, const QString &utilityId, Scale scale)
    : m_termsVersion(Utility::demo(utilityId)
                         ? Utility::demo(utilityId)->defaultConfig().termsVersion
                         : QString())
    , m_db(db)
    , m_scale(scale)
    , m_clock(clock)
    , m_catalog(DemoCatalog::forUtility(utilityId))
    , m_random(utilityId == QLatin1StringView("water-mx") ? 0x5eed0002 : 0x5eed0001)
{}

bool DemoSeeder::fail(const QSqlQuery &q, QString *error)
{
    *error = QStringLiteral("demo seed failed: ") + q.lastError().text();
    return false;
}

bool DemoSeeder::prepareStatements(QString *error)
{
    QSqlDatabase conn = m_db.connection();
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_customer,
         QStringLiteral("INSERT INTO customers (id, customer_type, display_name, paternal_surname,"
                        " maternal_surname, company_name, tax_id, created_at) VALUES"
                        " (:id, :type, :display, :paternal, :maternal, :company, :tax, :now)")},
        {&m_user,
         QStringLiteral(
             "INSERT INTO users (id, customer_id, username, username_norm, email,"
             " email_norm, password_hash, status, terms_version, terms_accepted_at, activated_at,"
             " created_at, updated_at) VALUES"
             " (:id, :customer, :username, :unorm, :email, :enorm, :hash, 'active', :terms,"
             " :now3, :now4, :now, :now2)")},
        {&m_contract,
         QStringLiteral("INSERT INTO contracts (id, number, customer_id, alias, kind, holder_name,"
                        " supply_line1, supply_line2, supply_city, supply_region,"
                        " supply_postal_code, supply_country, billing_line1, billing_line2,"
                        " billing_city, billing_region, billing_postal_code, billing_country,"
                        " tariff, meter_number, start_date, status, updated_at) VALUES"
                        " (:id, :number, :customer, :alias, :kind, :holder, :s1, :s2, :scity,"
                        " :sregion, :spostal, :scountry, :b1, :b2, :bcity, :bregion, :bpostal,"
                        " :bcountry, :tariff, :meter, :start, 'active', :now)")},
        {&m_link, QStringLiteral("INSERT INTO user_contracts (user_id, contract_id, linked_at)"
                                 " VALUES (:user, :contract, :now)")},
        {&m_invoice,
         QStringLiteral("INSERT INTO invoices (id, contract_id, number, period, issue_date,"
                        " due_date, amount, currency, paid_at, consumption, unit, updated_at,"
                        " period_start, period_end, previous_reading, current_reading, lines,"
                        " payment_reference)"
                        " VALUES (:id, :contract, :number, :period, :issue, :due, :amount,"
                        " :currency, :paid, :consumption, :unit, :updated, :start, :end,"
                        " :previous, :current, :lines, :reference)")},
        {&m_reading,
         QStringLiteral("INSERT INTO readings (id, contract_id, period, read_at, value,"
                        " consumption, unit, source, updated_at, meter_number) VALUES (:id,"
                        " :contract, :period, :readAt, :value, :consumption, :unit, :source,"
                        " :updated, :meter)")},
    };
    for (const auto &[query, text] : statements) {
        *query = QSqlQuery(conn);
        if (!query->prepare(text))
            return fail(*query, error);
    }
    return true;
}

std::optional<bool> DemoSeeder::hasUser(const QString &username, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM users WHERE username_norm = :u"),
                   {{":u", username.toLower()}})) {
        fail(q, error);
        return std::nullopt;
    }
    return q.next();
}

bool DemoSeeder::seed(QString *error)
{
    QSqlDatabase conn = m_db.connection();
    bool empty = false;
    {
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) || !q.next())
            return fail(q, error);
        empty = q.value(0).toInt() == 0;
    }
    bool extra = false; // the scale's own accounts are to be added
    if (m_scale != Scale::Standard) {
        const auto present = hasUser(
            m_scale == Scale::Large ? largeAccount().username : loadAccount(1).username, error);
        if (!present)
            return false;
        extra = !*present;
    }
    if (!empty && !extra) {
        qCInfo(lcDemo) << "demo data already present; not seeding again";
        return true;
    }
    m_today = m_clock.now().date();
    m_now = sql::timeText(m_clock.now());
    Transaction tx(conn, m_db.dialect());
    if (!tx.isActive() || !prepareStatements(error))
        return false;
    if (empty && !seedStandard(error))
        return false;
    if (extra && !(m_scale == Scale::Large ? seedLarge(error) : seedLoad(error)))
        return false;
    if (!m_ok) {
        *error = m_error;
        return false;
    }
    if (!tx.commit()) {
        *error = QStringLiteral("demo seed: commit failed");
        return false;
    }
    qCInfo(lcDemo) << "seeded demo utility" << m_catalog.utilityId
                   << (!extra                    ? ""
                       : m_scale == Scale::Large ? "with the large account"
                                                 : "with the load-test accounts");
    return true;
}

bool DemoSeeder::seedLarge(QString *error)
{
    // A chain with 200 supply points and ten years of history: its own random stream, so the
    // standard demo data stays the same whatever the scale.
    DemoRandom saved = m_random;
    m_random = DemoRandom(m_catalog.water ? 0x1a7e0002 : 0x1a7e0001);
    const QString customer =
        insertCustomer(QStringLiteral("business"), m_catalog.largeCompany, {}, {},
                       m_catalog.largeCompany, m_catalog.largeCompanyTaxId);
    const QString user = insertUser(customer, largeAccount());
    for (int i = 0; i < kLargeContracts && m_ok; ++i) {
        ContractSpec spec{customer,
                          numberFor(m_catalog, 1001 + i),
                          QStringLiteral("Tienda %1").arg(i + 1),
                          QStringLiteral("business"),
                          m_catalog.largeCompany,
                          m_catalog.businessTariff,
                          1001 + i,
                          m_catalog.water ? m_random.between(60.0, 700.0)
                                          : m_random.between(1500.0, 25000.0),
                          i % int(m_catalog.cities.size())};
        if (!addOwnedContract(user, spec, kLargeMonths, error))
            return false;
    }
    m_random = saved;
    if (!m_ok)
        *error = m_error;
    return m_ok;
}

bool DemoSeeder::addOwnedContract(const QString &user, const ContractSpec &spec, int months,
                                  QString *error)
{
    const QString id = insertContract(spec);
    m_link.bindValue(QStringLiteral(":user"), user);
    m_link.bindValue(QStringLiteral(":contract"), id);
    m_link.bindValue(QStringLiteral(":now"), m_now);
    if (m_ok && !m_link.exec())
        return fail(m_link, error);
    insertHistory(id, spec, Random, months);
    return true;
}

bool DemoSeeder::seedLoad(QString *error)
{
    // Households with one contract each; their own random stream, like the large account's.
    // One Argon2 hash for all: 500 of them would take the seed half a minute.
    DemoRandom saved = m_random;
    m_random = DemoRandom(m_catalog.water ? 0x10ad0002 : 0x10ad0001);
    const QString hash = PasswordHasher::hash(loadAccount(1).password);
    for (int i = 1; i <= kLoadAccounts && m_ok; ++i) {
        const DemoCatalog::Person &person = m_catalog.people.at(i % m_catalog.people.size());
        const QString holder =
            person.given + QLatin1Char(' ') + person.paternal + QLatin1Char(' ') + person.maternal;
        const QString customer = insertCustomer(QStringLiteral("individual"), holder,
                                                person.paternal, person.maternal, {}, {});
        const QString user = insertUser(customer, loadAccount(i), hash);
        ContractSpec spec{customer,
                          numberFor(m_catalog, 5000 + i),
                          QStringLiteral("Casa"),
                          QStringLiteral("residential"),
                          holder,
                          m_catalog.residentialTariffs.at(0),
                          5000 + i,
                          m_catalog.water ? m_random.between(10.0, 30.0)
                                          : m_random.between(120.0, 260.0),
                          i % int(m_catalog.cities.size())};
        if (!addOwnedContract(user, spec, kLoadMonths, error))
            return false;
    }
    m_random = saved;
    if (!m_ok)
        *error = m_error;
    return m_ok;
}

bool DemoSeeder::seedStandard(QString *error)
{
    const auto &people = m_catalog.people;
    const auto &companies = m_catalog.companies;
    auto fullName = [](const DemoCatalog::Person &p) -> QString {
        return p.given + QLatin1Char(' ') + p.paternal + QLatin1Char(' ') + p.maternal;
    };

    // The personal demo account: a landlord with three homes.
    const QString personal = insertCustomer(QStringLiteral("individual"), fullName(people.at(0)),
                                            people.at(0).paternal, people.at(0).maternal, {}, {});
    const QString personalUser = insertUser(personal, personalAccount());
    for (int i = 0; i < kPersonalContracts; ++i) {
        ContractSpec spec{personal,
                          numberFor(m_catalog, 101 + i),
                          m_catalog.demoAliases.at(i),
                          QStringLiteral("residential"),
                          fullName(people.at(0)),
                          m_catalog.residentialTariffs.at(i % 3),
                          101 + i,
                          m_catalog.water ? m_random.between(14.0, 24.0)
                                          : m_random.between(140.0, 230.0),
                          i == 2 ? int(m_catalog.cities.size()) - 2 : i % 2};
        const QString id = insertContract(spec);
        m_link.bindValue(QStringLiteral(":user"), personalUser);
        m_link.bindValue(QStringLiteral(":contract"), id);
        m_link.bindValue(QStringLiteral(":now"), m_now);
        if (m_ok && !m_link.exec())
            return fail(m_link, error);
        insertHistory(id, spec, i == 0 ? PendingOnly : i == 1 ? AllPaid : PendingAndOverdue);
    }

    // The business account: one company, forty supply points.
    const QString business = insertCustomer(QStringLiteral("business"), companies.at(0), {}, {},
                                            companies.at(0), m_catalog.companyTaxIds.at(0));
    const QString businessUser = insertUser(business, businessAccount());
    for (int i = 0; i < kBusinessContracts; ++i) {
        ContractSpec spec{business,
                          numberFor(m_catalog, 201 + i),
                          QStringLiteral("Sede %1").arg(i + 1),
                          QStringLiteral("business"),
                          companies.at(0),
                          m_catalog.businessTariff,
                          201 + i,
                          m_catalog.water ? m_random.between(60.0, 700.0)
                                          : m_random.between(1500.0, 25000.0),
                          i % int(m_catalog.cities.size())};
        const QString id = insertContract(spec);
        m_link.bindValue(QStringLiteral(":user"), businessUser);
        m_link.bindValue(QStringLiteral(":contract"), id);
        m_link.bindValue(QStringLiteral(":now"), m_now);
        if (m_ok && !m_link.exec())
            return fail(m_link, error);
        insertHistory(id, spec, Random);
    }

    // Customers without an account yet: what a new user registers with.
    const auto unregistered = unregisteredCustomers(m_catalog.utilityId);
    for (int i = 0; i < unregistered.size(); ++i) {
        const UnregisteredCustomer &u = unregistered.at(i);
        const bool isBusiness = u.customerType == QLatin1StringView("business");
        const QString holder = isBusiness ? u.companyName : fullName(people.at(1 + i));
        const QString customer = insertCustomer(
            u.customerType, holder, u.paternalSurname, u.maternalSurname, u.companyName,
            isBusiness ? m_catalog.companyTaxIds.at(i - 2) : QString());
        ContractSpec spec{
            customer,
            u.reference,
            {},
            isBusiness ? QStringLiteral("business") : QStringLiteral("residential"),
            holder,
            isBusiness ? m_catalog.businessTariff : m_catalog.residentialTariffs.at(0),
            301 + i,
            isBusiness ? (m_catalog.water ? 150.0 : 4000.0) : (m_catalog.water ? 18.0 : 170.0),
            (i + 2) % int(m_catalog.cities.size())};
        insertHistory(insertContract(spec), spec, Random);
    }
    if (!m_ok)
        *error = m_error;
    return m_ok;
}

QString DemoSeeder::insertCustomer(const QString &type, const QString &display,
                                   const QString &paternal, const QString &maternal,
                                   const QString &company, const QString &taxId)
{
    const QString id = hexId(QStringLiteral("cu_"), m_random);
    m_customer.bindValue(QStringLiteral(":id"), id);
    m_customer.bindValue(QStringLiteral(":type"), type);
    m_customer.bindValue(QStringLiteral(":display"), display);
    m_customer.bindValue(QStringLiteral(":paternal"),
                         paternal.isEmpty() ? sql::nullText() : paternal);
    m_customer.bindValue(QStringLiteral(":maternal"),
                         maternal.isEmpty() ? sql::nullText() : maternal);
    m_customer.bindValue(QStringLiteral(":company"), company.isEmpty() ? sql::nullText() : company);
    m_customer.bindValue(QStringLiteral(":tax"), taxId.isEmpty() ? sql::nullText() : taxId);
    m_customer.bindValue(QStringLiteral(":now"), m_now);
    if (m_ok && !m_customer.exec()) {
        m_ok = false;
        m_error = m_customer.lastError().text();
    }
    return id;
}

QString DemoSeeder::insertUser(const QString &customerId, const Account &account,
                               const QString &hash)
{
    const QString id = hexId(QStringLiteral("us_"), m_random);
    m_user.bindValue(QStringLiteral(":id"), id);
    m_user.bindValue(QStringLiteral(":customer"), customerId);
    m_user.bindValue(QStringLiteral(":username"), account.username);
    m_user.bindValue(QStringLiteral(":unorm"), account.username.toLower());
    m_user.bindValue(QStringLiteral(":email"), account.email);
    m_user.bindValue(QStringLiteral(":enorm"), account.email.toLower());
    m_user.bindValue(QStringLiteral(":hash"),
                     hash.isEmpty() ? PasswordHasher::hash(account.password) : hash);
    m_user.bindValue(QStringLiteral(":now"), m_now);
    m_user.bindValue(QStringLiteral(":now2"), m_now);
    m_user.bindValue(QStringLiteral(":now3"), m_now);
    m_user.bindValue(QStringLiteral(":now4"), m_now);
    m_user.bindValue(QStringLiteral(":terms"), m_termsVersion);
    if (m_ok && !m_user.exec()) {
        m_ok = false;
        m_error = m_user.lastError().text();
    }
    return id;
}

QString DemoSeeder::insertContract(const ContractSpec &spec)
{
    const QString id = hexId(QStringLiteral("ct_"), m_random);
    const DemoCatalog::City &city = m_catalog.cities.at(spec.cityIndex % m_catalog.cities.size());
    const QString line1 = m_catalog.street(spec.serial, m_random.between(0, 3));
    const QString line2 = spec.kind == QLatin1StringView("business")
                              ? QStringLiteral("Local %1").arg(m_random.between(1, 20))
                              : QString();
    const QDate start =
        m_today.addYears(-m_random.between(4, 15)).addDays(-m_random.between(0, 300));
    const std::pair<const char *, QVariant> binds[] = {
        {":id", id},
        {":number", spec.number},
        {":customer", spec.customerId},
        {":alias", spec.alias},
        {":kind", spec.kind},
        {":holder", spec.holder},
        {":s1", line1},
        {":s2", line2},
        {":scity", city.name},
        {":sregion", city.region},
        {":spostal", city.postalCode},
        {":scountry", m_catalog.country},
        {":b1", line1},
        {":b2", line2},
        {":bcity", city.name},
        {":bregion", city.region},
        {":bpostal", city.postalCode},
        {":bcountry", m_catalog.country},
        {":tariff", spec.tariff},
        {":meter", meterFor(m_catalog, spec.serial)},
        {":start", start.toString(Qt::ISODate)},
        {":now", m_now},
    };
    for (const auto &[name, value] : binds)
        m_contract.bindValue(QString::fromLatin1(name),
                             value.typeId() == QMetaType::QString
                                 ? QVariant(sql::notNull(value.toString()))
                                 : value);
    if (m_ok && !m_contract.exec()) {
        m_ok = false;
        m_error = m_contract.lastError().text();
    }
    return id;
}

double DemoSeeder::seasonal(int month, bool business) const
{
    constexpr double pi = std::numbers::pi;
    if (m_catalog.water)
        return 1.0 + (business ? 0.10 : 0.22) * std::sin(2 * pi * (month - 2) / 12.0);
    if (business)
        return (month == 12 || month == 1) ? 0.85 : 1.0 + 0.05 * std::sin(2 * pi * month / 12.0);
    return 1.0 + 0.08 * std::cos(2 * pi * (month - 12) / 12.0); // December lights
}

void DemoSeeder::insertHistory(const QString &contractId, const ContractSpec &spec,
                               int forcedNewest, int months)
{
    const bool business = spec.kind == QLatin1StringView("business");
    const QDate firstOfThisMonth(m_today.year(), m_today.month(), 1);
    double meter = std::round(spec.baseConsumption * m_random.between(40.0, 120.0));
    const QString periodCode = QString(spec.number).right(6);
    const DemoTariff tariff(m_catalog);
    double overestimate = 0; // of the estimated reading the next bill corrects
    QString estimatedPeriod;
    for (int k = months; k >= 1 && m_ok; --k) {
        const QDate periodStart = firstOfThisMonth.addMonths(-k);
        const QString period = periodStart.toString(QStringLiteral("yyyy-MM"));
        const double consumption = std::max(
            1.0, std::round(spec.baseConsumption * seasonal(periodStart.month(), business) *
                            m_random.between(0.93, 1.07)));
        // One reading is estimated too high; the next bill starts from that estimate, bills
        // the month's real use and credits what the estimate overcharged.
        const bool estimatedHigh = k == kCorrectedMonthsAgo + 1;
        const double billed = estimatedHigh ? std::round(consumption * 1.35) : consumption;
        const double previousReading = meter + (k == kCorrectedMonthsAgo ? overestimate : 0);
        meter += consumption;
        const double currentReading = estimatedHigh ? meter + (billed - consumption) : meter;
        QList<InvoiceLine> lines = tariff.lines(spec.tariff, business, billed, k);
        if (k == kCorrectedMonthsAgo && overestimate > 0)
            lines << tariff.correction(overestimate, estimatedPeriod, business, k);
        if (estimatedHigh) {
            overestimate = billed - consumption;
            estimatedPeriod = period;
        }
        QJsonArray linesJson;
        for (const InvoiceLine &l : lines)
            linesJson.append(l.toJson());

        const QDate issue = k == 1 ? std::max(firstOfThisMonth, m_today.addDays(-6))
                                   : periodStart.addMonths(1).addDays(4);
        const QDate due = issue.addDays(18);
        bool paid = true;
        if (forcedNewest == PendingOnly || forcedNewest == PendingAndOverdue)
            paid = !(k == 1 || (k == 2 && forcedNewest == PendingAndOverdue));
        else if (forcedNewest == Random)
            paid = k >= 3 || (k == 2 ? m_random.chance(0.8) : m_random.chance(0.3));
        QString paidAt;
        if (paid) {
            QDate day = k == 1 ? issue.addDays(m_random.between(0, int(issue.daysTo(m_today))))
                               : (m_random.chance(0.08) ? due.addDays(m_random.between(1, 9))
                                                        : due.addDays(-m_random.between(0, 12)));
            day = std::min(day, m_today);
            paidAt = day == m_today ? sql::timeText(m_clock.now().addSecs(-3600))
                                    : at(day, m_random.between(13, 23), m_random.between(0, 59));
        }

        const std::pair<const char *, QVariant> invoice[] = {
            {":id", hexId(QStringLiteral("inv_"), m_random)},
            {":contract", contractId},
            {":number", QString(m_catalog.invoicePrefix + QLatin1Char('-') + period.left(4) +
                                period.right(2) + QLatin1Char('-') + periodCode)},
            {":period", period},
            {":issue", issue.toString(Qt::ISODate)},
            {":due", due.toString(Qt::ISODate)},
            {":amount", DemoTariff::total(lines)},
            {":currency", m_catalog.currency},
            {":paid", paid ? QVariant(paidAt) : sql::nullText()},
            {":consumption", billed},
            {":unit", m_catalog.unit},
            {":updated", paid ? paidAt : at(issue, 11, 0)},
            {":start", periodStart.toString(Qt::ISODate)},
            {":end", periodStart.addMonths(1).addDays(-1).toString(Qt::ISODate)},
            {":previous", previousReading},
            {":current", currentReading},
            {":lines", QString::fromUtf8(QJsonDocument(linesJson).toJson(QJsonDocument::Compact))},
            {":reference", DemoTariff::paymentReference(spec.number, period)},
        };
        for (const auto &[name, value] : invoice)
            m_invoice.bindValue(QString::fromLatin1(name), value);
        if (!m_invoice.exec()) {
            m_ok = false;
            m_error = m_invoice.lastError().text();
            return;
        }

        const QDate readAt = periodStart.addMonths(1).addDays(-1 - m_random.between(0, 2));
        const bool estimated = (m_catalog.water && m_random.chance(0.08)) || estimatedHigh;
        const std::pair<const char *, QVariant> reading[] = {
            {":id", hexId(QStringLiteral("rd_"), m_random)},
            {":contract", contractId},
            {":period", period},
            {":readAt", readAt.toString(Qt::ISODate)},
            {":value", currentReading},
            {":consumption", currentReading - previousReading}, // what the meter moved
            {":unit", m_catalog.unit},
            {":source", estimated ? QStringLiteral("estimated") : QStringLiteral("utility")},
            {":updated", at(readAt, 18, 0)},
            {":meter", meterFor(m_catalog, spec.serial)},
        };
        for (const auto &[name, value] : reading)
            m_reading.bindValue(QString::fromLatin1(name), value);
        if (!m_reading.exec()) {
            m_ok = false;
            m_error = m_reading.lastError().text();
            return;
        }
    }
}

} // namespace ov::server
