#pragma once

#include <QString>
#include <QStringList>

#include <QList>

namespace ov::server {

// The people, places and prices the demo data of one utility is made of.
struct DemoCatalog
{
    struct City
    {
        QString name;
        QString region;
        QString postalCode;
    };
    struct Person
    {
        QString given;
        QString paternal;
        QString maternal;
    };

    QString utilityId;
    QString country;
    QString currency;
    QString unit;
    QString referencePrefix; // contract numbers start with it
    QString meterPrefix;
    QString invoicePrefix;
    QList<City> cities;
    QStringList streets;
    QList<Person> people;  // [0] owns the demo account; the rest are unregistered customers
    QStringList companies; // [0] owns the business account
    QStringList companyTaxIds;
    QString largeCompany; // owns the large account (--scale large)
    QString largeCompanyTaxId;
    QStringList residentialTariffs;
    QString businessTariff;
    QStringList demoAliases;
    bool water = false;

    static DemoCatalog forUtility(const QString &utilityId);
    QString street(int houseNumber, int streetIndex) const;
};

} // namespace ov::server
