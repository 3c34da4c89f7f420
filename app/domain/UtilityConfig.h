#pragma once

#include "PasswordPolicy.h"
#include "ReadingWindow.h"
#include "RegistrationForm.h"
#include "RequestCategory.h"
#include "SupportChannel.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ov {

// What GET /api/v1/config tells a client about the utility it talks to: everything the client
// would otherwise hard-code (units, currency, forms, rules, channels).
struct UtilityConfig
{
    QString utilityId;
    QString name;
    QString serviceKind;       // electricity | water | gas
    QString country;           // ISO 3166-1 alpha-2
    QString unit;              // kWh | m3
    QString currency;          // ISO 4217
    QString locale;            // es_CO, es_MX
    QString timeZone;          // IANA
    bool intervalData = false; // smart meters publish interval (hourly) data
    ReadingWindow readingWindow; // when customers may enter a meter reading
    QList<RegistrationForm> registration;
    PasswordPolicy passwordPolicy;
    QList<RequestCategory> requestCategories;
    QList<SupportChannel> supportChannels;
    QUrl termsUrl;
    QUrl privacyUrl;
    QString termsVersion;
    // What customers may change of their contracts themselves (ContractRules::kEditableFields:
    // alias, billingEmail, paperless, billingAddress, contactPhone).
    QStringList contractEdits;

    QJsonObject toJson() const;
    static std::optional<UtilityConfig> fromJson(const QJsonValue &v, QString *error = nullptr);

    friend bool operator==(const UtilityConfig &, const UtilityConfig &) = default;
};

} // namespace ov
