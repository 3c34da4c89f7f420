#include "UtilityConfig.h"

#include <QJsonArray>

namespace ov {

QJsonObject UtilityConfig::toJson() const
{
    QJsonArray registrationJson;
    for (const RegistrationForm &f : registration)
        registrationJson.append(f.toJson());
    QJsonArray categoriesJson;
    for (const RequestCategory &c : requestCategories)
        categoriesJson.append(c.toJson());
    QJsonArray channelsJson;
    for (const SupportChannel &c : supportChannels)
        channelsJson.append(c.toJson());
    return {{QStringLiteral("utility"), QJsonObject{{QStringLiteral("id"), utilityId},
                                                    {QStringLiteral("name"), name},
                                                    {QStringLiteral("serviceKind"), serviceKind},
                                                    {QStringLiteral("country"), country}}},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("locale"), locale},
            {QStringLiteral("timeZone"), timeZone},
            {QStringLiteral("intervalData"), intervalData},
            {QStringLiteral("readingWindow"), readingWindow.toJson()},
            {QStringLiteral("registration"), registrationJson},
            {QStringLiteral("passwordPolicy"), passwordPolicy.toJson()},
            {QStringLiteral("requestCategories"), categoriesJson},
            {QStringLiteral("supportChannels"), channelsJson},
            {QStringLiteral("termsUrl"), termsUrl.toString()},
            {QStringLiteral("privacyUrl"), privacyUrl.toString()},
            {QStringLiteral("termsVersion"), termsVersion},
            {QStringLiteral("contractEdits"), QJsonArray::fromStringList(contractEdits)}};
}

std::optional<UtilityConfig> UtilityConfig::fromJson(const QJsonValue &v, QString *error)
{
    auto fail = [error](const char *what) {
        if (error)
            *error = QStringLiteral("config: bad or missing %1").arg(QLatin1StringView(what));
        return std::nullopt;
    };
    if (!v.isObject())
        return fail("object");
    const QJsonObject o = v.toObject();
    UtilityConfig c;
    const QJsonObject utility = o.value(QLatin1StringView("utility")).toObject();
    c.utilityId = utility.value(QLatin1StringView("id")).toString();
    c.name = utility.value(QLatin1StringView("name")).toString();
    c.serviceKind = utility.value(QLatin1StringView("serviceKind")).toString();
    c.country = utility.value(QLatin1StringView("country")).toString();
    if (c.utilityId.isEmpty() || c.name.isEmpty())
        return fail("utility");
    c.unit = o.value(QLatin1StringView("unit")).toString();
    c.currency = o.value(QLatin1StringView("currency")).toString();
    if (c.unit.isEmpty() || c.currency.size() != 3)
        return fail("unit/currency");
    c.locale = o.value(QLatin1StringView("locale")).toString();
    c.timeZone = o.value(QLatin1StringView("timeZone")).toString();
    c.intervalData = o.value(QLatin1StringView("intervalData")).toBool();
    // A config cached before readings could be entered has none: the default window then.
    if (const QJsonValue window = o.value(QLatin1StringView("readingWindow"));
        !window.isUndefined()) {
        const auto parsed = ReadingWindow::fromJson(window);
        if (!parsed)
            return fail("readingWindow");
        c.readingWindow = *parsed;
    }
    const QJsonArray registrationJson = o.value(QLatin1StringView("registration")).toArray();
    for (const QJsonValue &f : registrationJson)
        c.registration.append(RegistrationForm::fromJson(f.toObject()));
    const auto policy = PasswordPolicy::fromJson(o.value(QLatin1StringView("passwordPolicy")));
    if (!policy)
        return fail("passwordPolicy");
    c.passwordPolicy = *policy;
    const QJsonArray categoriesJson = o.value(QLatin1StringView("requestCategories")).toArray();
    for (const QJsonValue &cat : categoriesJson)
        c.requestCategories.append(RequestCategory::fromJson(cat.toObject()));
    const QJsonArray channelsJson = o.value(QLatin1StringView("supportChannels")).toArray();
    for (const QJsonValue &ch : channelsJson)
        c.supportChannels.append(SupportChannel::fromJson(ch.toObject()));
    c.termsUrl = QUrl(o.value(QLatin1StringView("termsUrl")).toString());
    c.privacyUrl = QUrl(o.value(QLatin1StringView("privacyUrl")).toString());
    c.termsVersion = o.value(QLatin1StringView("termsVersion")).toString();
    const QJsonArray editsJson = o.value(QLatin1StringView("contractEdits")).toArray();
    for (const QJsonValue &e : editsJson)
        c.contractEdits.append(e.toString());
    return c;
}

} // namespace ov
