#include "ContractEditService.h"

#include "ContractAudit.h"

#include "db/Sql.h"
#include "domain/ContractRules.h"
#include "domain/JsonFieldReader.h"
#include "mail/EmailTemplates.h"
#include "sync/SyncWrite.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)

namespace ov::server {

namespace {

QString addressText(const Address &a)
{
    return QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact));
}

// Reads `billingAddress`: an object of strings, each member checked for its type.
std::optional<Address> readAddress(const QJsonValue &v, QList<FieldError> &errors)
{
    const QString prefix = QStringLiteral("billingAddress");
    if (!v.isObject()) {
        errors.append({prefix, QStringLiteral("wrong_type")});
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    bool ok = true;
    for (const char *member : {"line1", "line2", "city", "region", "postalCode", "country"}) {
        const QJsonValue m = o.value(QLatin1StringView(member));
        if (!m.isUndefined() && !m.isString()) {
            errors.append({prefix + QLatin1Char('.') + QLatin1StringView(member),
                           QStringLiteral("wrong_type")});
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    Address a = Address::fromJson(o);
    for (QString *part : {&a.line1, &a.line2, &a.city, &a.region, &a.postalCode, &a.country})
        *part = part->trimmed();
    a.country = a.country.toUpper();
    return a;
}

} // namespace

ContractEditService::ContractEditService(Database &db, std::shared_ptr<const Clock> clock,
                                         const Utility &utility, ContractRepository &contracts,
                                         OneTimeCodes &codes, RateLimiter &limiter, Mailer &mailer)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_utility(utility)
    , m_contracts(contracts)
    , m_codes(codes)
    , m_limiter(limiter)
    , m_mailer(mailer)
{}

ServiceResult ContractEditService::update(const QString &userId, const QString &contractId,
                                          const QJsonObject &body, const QString &clientAddress,
                                          const QString &language)
{
    const auto found = m_contracts.findForUser(userId, contractId);
    if (!found)
        return ServiceResult::internalError();
    if (!*found)
        return ServiceResult::problem(404, QStringLiteral("not_found"));
    const Contract before = **found;
    Contract after = before;
    const UtilityConfig &config = m_utility.defaultConfig();

    QList<FieldError> errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!ContractRules::editableFields().contains(it.key()))
            errors.append({it.key(), QStringLiteral("unknown")});
        else if (!config.contractEdits.contains(it.key()))
            errors.append({it.key(), QStringLiteral("not_editable")});
    }
    JsonFieldReader fields(body);
    std::optional<QString> newEmail;
    if (config.contractEdits.contains(QLatin1StringView("alias")))
        if (const auto alias = fields.optionalString(QStringLiteral("alias"), 4 * 60)) {
            after.alias = alias->trimmed();
            if (const QString code = ContractRules::checkAlias(after.alias); !code.isEmpty())
                fields.addError(QStringLiteral("alias"), code);
        }
    if (config.contractEdits.contains(QLatin1StringView("contactPhone")))
        if (const auto phone = fields.optionalString(QStringLiteral("contactPhone"), 40)) {
            after.contactPhone = phone->trimmed();
            if (const QString code = ContractRules::checkContactPhone(after.contactPhone);
                !code.isEmpty())
                fields.addError(QStringLiteral("contactPhone"), code);
        }
    if (config.contractEdits.contains(QLatin1StringView("paperless")))
        if (const auto paperless = fields.optionalBool(QStringLiteral("paperless")))
            after.paperless = *paperless;
    if (config.contractEdits.contains(QLatin1StringView("billingEmail")))
        if (const auto email = fields.optionalString(QStringLiteral("billingEmail"), 320)) {
            newEmail = email->trimmed();
            if (const QString code = ContractRules::checkBillingEmail(*newEmail); !code.isEmpty())
                fields.addError(QStringLiteral("billingEmail"), code);
        }
    if (config.contractEdits.contains(QLatin1StringView("billingAddress")) &&
        body.contains(QLatin1StringView("billingAddress"))) {
        QList<FieldError> addressErrors;
        if (const auto address =
                readAddress(body.value(QLatin1StringView("billingAddress")), addressErrors)) {
            after.billingAddress = *address;
            addressErrors = ContractRules::checkAddress(*address, config.country,
                                                        QStringLiteral("billingAddress"));
        }
        for (const FieldError &e : std::as_const(addressErrors))
            fields.addError(e.field, e.code);
    }
    errors += fields.errors();
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);

    // A new address waits for its code; the same as now (or none) applies at once.
    QString code;
    if (newEmail) {
        if (newEmail->isEmpty() ||
            newEmail->compare(before.billingEmail, Qt::CaseInsensitive) == 0) {
            after.billingEmail = *newEmail;
            after.pendingBillingEmail.clear();
        } else {
            after.pendingBillingEmail = *newEmail;
        }
    }
    if (after == before)
        return ServiceResult::ok(200, before.toJson());

    const QDateTime now = m_clock->now();
    SyncWrite write(m_db);
    auto audit = [&](const char *field, const QString &oldValue, const QString &newValue) {
        return oldValue == newValue ||
               ContractAudit::record(
                   write.connection(), contractId,
                   {now, userId, {}, clientAddress, QLatin1StringView(field), oldValue, newValue});
    };
    const auto flag = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    if (after.pendingBillingEmail != before.pendingBillingEmail &&
        !after.pendingBillingEmail.isEmpty()) {
        code = m_codes.issue(write.connection(), OneTimeCodes::Purpose::BillingEmail, userId,
                             contractId + QLatin1Char('\n') + after.pendingBillingEmail);
        if (code.isEmpty())
            return ServiceResult::internalError();
    }
    if (!ContractRepository::updateEditable(write, after, now) ||
        !audit("alias", before.alias, after.alias) ||
        !audit("contactPhone", before.contactPhone, after.contactPhone) ||
        !audit("paperless", flag(before.paperless), flag(after.paperless)) ||
        !audit("billingEmail", before.billingEmail, after.billingEmail) ||
        !audit("billingEmail.requested", before.pendingBillingEmail, after.pendingBillingEmail) ||
        !audit("billingAddress", addressText(before.billingAddress),
               addressText(after.billingAddress)))
        return ServiceResult::internalError();
    if (!code.isEmpty()) {
        QString error;
        if (!m_mailer.send(
                EmailTemplates::billingEmailChange(language, m_utility.config(language).name,
                                                   after.pendingBillingEmail, before.number, code),
                &error)) {
            qCWarning(lcServerAuth) << "billing-email code not sent:" << error;
            return ServiceResult::problem(503, QStringLiteral("service_unavailable"));
        }
    }
    if (!write.commit())
        return ServiceResult::internalError();
    const auto saved = m_contracts.findForUser(userId, contractId);
    if (!saved || !*saved)
        return ServiceResult::internalError();
    return ServiceResult::ok(200, (*saved)->toJson());
}

ServiceResult ContractEditService::confirmBillingEmail(const QString &userId,
                                                       const QString &contractId,
                                                       const QJsonObject &body,
                                                       const QString &clientAddress)
{
    JsonFieldReader fields(body);
    const QString code = fields.requiredString(QStringLiteral("code"), 64);
    if (!fields.ok())
        return ServiceResult::invalid(fields.errors());
    const auto found = m_contracts.findForUser(userId, contractId);
    if (!found)
        return ServiceResult::internalError();
    if (!*found)
        return ServiceResult::problem(404, QStringLiteral("not_found"));
    if (const int wait =
            m_limiter.hit(QStringLiteral("billing-email:") + userId, kConfirmPerUser, 3600))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);
    Contract after = **found;
    const QString expected = contractId + QLatin1Char('\n') + after.pendingBillingEmail;
    const QDateTime now = m_clock->now();
    SyncWrite write(m_db);
    // Checked before it is spent: a code for another contract or an older address stays unused.
    const auto peek =
        m_codes.redeem(write.connection(), OneTimeCodes::Purpose::BillingEmail, code, false);
    if (peek.outcome == OneTimeCodes::Outcome::Expired)
        return ServiceResult::problem(400, QStringLiteral("code_expired"));
    if (peek.outcome != OneTimeCodes::Outcome::Redeemed || peek.userId != userId ||
        after.pendingBillingEmail.isEmpty() || peek.payload != expected)
        return ServiceResult::problem(400, QStringLiteral("invalid_code"));
    if (m_codes.redeem(write.connection(), OneTimeCodes::Purpose::BillingEmail, code, true)
            .outcome != OneTimeCodes::Outcome::Redeemed)
        return ServiceResult::problem(400, QStringLiteral("invalid_code"));
    const QString before = after.billingEmail;
    after.billingEmail = after.pendingBillingEmail;
    after.pendingBillingEmail.clear();
    if (!ContractRepository::updateEditable(write, after, now) ||
        !ContractAudit::record(write.connection(), contractId,
                               {now,
                                userId,
                                {},
                                clientAddress,
                                QStringLiteral("billingEmail"),
                                before,
                                after.billingEmail}) ||
        !write.commit())
        return ServiceResult::internalError();
    const auto saved = m_contracts.findForUser(userId, contractId);
    if (!saved || !*saved)
        return ServiceResult::internalError();
    return ServiceResult::ok(200, (*saved)->toJson());
}

} // namespace ov::server
