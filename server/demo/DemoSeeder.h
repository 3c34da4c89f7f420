#pragma once

#include "DemoCatalog.h"
#include "DemoRandom.h"

#include "db/Database.h"
#include "domain/Clock.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace ov::server {

// Fills an empty database with one demo utility's data (ov-server --demo):
// - a personal demo account ("demo") that owns 3 contracts,
// - a business account ("empresa") that owns 40 contracts,
// - 5 customers without an account (3 people, 2 companies) to try registration with,
// - 36 months of invoices (paid, pending, overdue) and meter readings per contract,
//   with seasonal consumption;
// - with Scale::Large also the large-account fixture ("corporativo"): 200 contracts with 10 years
//   of monthly invoices and readings each, for benchmarks and scale tests;
// - with Scale::Load also 500 household accounts (carga001 … carga500, one password) with one
//   contract and a year of history each: the simulated customers of the load test.
// Everything comes from a fixed seed, so the same utility, scale and day give the same data.
class DemoSeeder
{
public:
    enum class Scale
    {
        Standard,
        Large,
        Load
    };
    struct Account
    {
        QString username;
        QString email;
        QString password;
    };
    struct UnregisteredCustomer
    {
        QString customerType; // individual | business
        QString reference;    // the contract number on the bill
        QString meterNumber;
        QString paternalSurname;
        QString maternalSurname;
        QString companyName;
    };

    static constexpr int kMonths = 36;
    static constexpr int kPersonalContracts = 3;
    static constexpr int kBusinessContracts = 40;
    static constexpr int kLargeContracts = 200;
    static constexpr int kLargeMonths = 120;
    static constexpr int kLoadAccounts = 500;
    static constexpr int kLoadMonths = 12;
    static Account personalAccount();
    static Account businessAccount();
    static Account largeAccount();
    static Account loadAccount(int index); // 1 … kLoadAccounts
    static QList<UnregisteredCustomer> unregisteredCustomers(const QString &utilityId);

    DemoSeeder(Database &db, const Clock &clock, const QString &utilityId,
               Scale scale = Scale::Standard);
    // Seeds when the database holds no customers yet (and, at Scale::Large or Load, that
    // scale's accounts when they are missing); returns false (error set) on failure.
    bool seed(QString *error);

private:
    struct ContractSpec
    {
        QString customerId;
        QString number;
        QString alias;
        QString kind;
        QString holder;
        QString tariff;
        int serial;
        double baseConsumption;
        int cityIndex;
    };

    bool prepareStatements(QString *error);
    bool seedStandard(QString *error);
    bool seedLarge(QString *error);
    bool seedLoad(QString *error);
    std::optional<bool> hasUser(const QString &username, QString *error);
    QString insertCustomer(const QString &type, const QString &display, const QString &paternal,
                           const QString &maternal, const QString &company, const QString &taxId);
    // `hash`: the password's hash when already computed (the load accounts share one).
    QString insertUser(const QString &customerId, const Account &account, const QString &hash = {});
    QString insertContract(const ContractSpec &spec);
    // A contract of `user` with `months` of random history (the large and load accounts).
    bool addOwnedContract(const QString &user, const ContractSpec &spec, int months,
                          QString *error);
    void insertHistory(const QString &contractId, const ContractSpec &spec, int forcedNewest,
                       int months = kMonths);
    static QString meterFor(const DemoCatalog &catalog, int serial);
    static QString numberFor(const DemoCatalog &catalog, int serial);
    double seasonal(int month, bool business) const;
    static constexpr int kCorrectedMonthsAgo = 8; // its bill credits an estimate that was too high
    bool fail(const QSqlQuery &q, QString *error);

    QString m_termsVersion; // the demo accounts accepted the current terms
    Database &m_db;
    Scale m_scale;
    const Clock &m_clock;
    DemoCatalog m_catalog;
    DemoRandom m_random;
    QDate m_today;
    QString m_now;
    bool m_ok = true;
    QString m_error;
    QSqlQuery m_customer;
    QSqlQuery m_user;
    QSqlQuery m_contract;
    QSqlQuery m_link;
    QSqlQuery m_invoice;
    QSqlQuery m_reading;
};

} // namespace ov::server
