#include "ProfileService.h"

#include "data/UserRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/AccountRules.h"
#include "domain/Json.h"
#include "domain/JsonFieldReader.h"
#include "mail/EmailTemplates.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)

namespace ov::server {

const QStringList &ProfileService::events()
{
    static const QStringList list{QStringLiteral("new_invoice"), QStringLiteral("due_reminder"),
                                  QStringLiteral("request_answered"), QStringLiteral("outage")};
    return list;
}

ProfileService::ProfileService(Database &db, std::shared_ptr<const Clock> clock,
                               const Utility &utility, OneTimeCodes &codes, Mailer &mailer)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_utility(utility)
    , m_codes(codes)
    , m_mailer(mailer)
{}

ServiceResult ProfileService::profile(const QString &userId)
{
    QSqlDatabase conn = m_db.connection();
    const auto user = UserRepository::byId(conn, userId);
    if (!user)
        return ServiceResult::internalError();
    QString customerType;
    const QString displayName = UserRepository::displayName(conn, user->customerId, &customerType);
    QSqlQuery q(conn);
    QJsonValue pending(QJsonValue::Null);
    if (sql::exec(q,
                  QStringLiteral("SELECT payload FROM one_time_codes WHERE user_id = :u AND "
                                 "purpose = 'contact_email'"
                                 " AND used_at IS NULL AND expires_at > :now"),
                  {{":u", userId}, {":now", sql::timeText(m_clock->now())}}) &&
        q.next())
        pending = q.value(0).toString();
    return ServiceResult::ok(
        200, {{QStringLiteral("id"), user->id},
              {QStringLiteral("username"), user->username},
              {QStringLiteral("email"), user->email},
              {QStringLiteral("contactEmail"), json::nullableString(user->contactEmail)},
              {QStringLiteral("pendingContactEmail"), pending},
              {QStringLiteral("phone"), json::nullableString(user->phone)},
              {QStringLiteral("displayName"), displayName},
              {QStringLiteral("customerType"), customerType},
              {QStringLiteral("twoFactorEnabled"), user->hasTwoFactor()},
              {QStringLiteral("termsVersion"), user->termsVersion},
              {QStringLiteral("createdAt"), json::dateTime(user->createdAt)}});
}

ServiceResult ProfileService::update(const QString &userId, const QJsonObject &body,
                                     const QString &language)
{
    JsonFieldReader fields(body);
    const bool hasPhone = body.contains(QLatin1StringView("phone"));
    const bool hasEmail = body.contains(QLatin1StringView("contactEmail"));
    const QString phone =
        fields.optionalString(QStringLiteral("phone"), 30).value_or(QString()).trimmed();
    const QString email =
        fields.optionalString(QStringLiteral("contactEmail"), 254).value_or(QString()).trimmed();
    if (fields.ok() && hasPhone && !phone.isEmpty() && !AccountRules::checkPhone(phone).isEmpty())
        fields.addError(QStringLiteral("phone"), QStringLiteral("invalid"));
    if (fields.ok() && hasEmail && !email.isEmpty() && !AccountRules::checkEmail(email).isEmpty())
        fields.addError(QStringLiteral("contactEmail"), QStringLiteral("invalid"));
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1StringView("phone") && it.key() != QLatin1StringView("contactEmail"))
            fields.addError(it.key(), QStringLiteral("not_editable"));
    if (!fields.ok())
        return ServiceResult::invalid(fields.errors());

    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn, m_db.dialect());
    const auto user = UserRepository::byId(conn, userId);
    if (!user)
        return ServiceResult::internalError();
    QSqlQuery q(conn);
    const QString now = sql::timeText(m_clock->now());
    if (hasPhone &&
        !sql::exec(q, QStringLiteral("UPDATE users SET phone = :p, updated_at = :t WHERE id = :u"),
                   {{":p", phone.isEmpty() ? sql::nullText() : QVariant(phone)},
                    {":t", now},
                    {":u", userId}}))
        return ServiceResult::internalError();
    if (hasEmail) {
        if (email.isEmpty()) { // back to the account email
            m_codes.revokeAll(conn, OneTimeCodes::Purpose::ContactEmail, userId);
            if (!sql::exec(
                    q,
                    QStringLiteral(
                        "UPDATE users SET contact_email = NULL, updated_at = :t WHERE id = :u"),
                    {{":t", now}, {":u", userId}}))
                return ServiceResult::internalError();
        } else if (email.compare(user->contactEmail, Qt::CaseInsensitive) != 0) {
            // Takes effect only once the new address proves it is theirs.
            const QString code =
                m_codes.issue(conn, OneTimeCodes::Purpose::ContactEmail, userId, email);
            QString error;
            if (code.isEmpty() ||
                !m_mailer.send(EmailTemplates::contactEmailChange(
                                   language, m_utility.config(language).name, email, code),
                               &error)) {
                qCWarning(lcServerAuth) << "contact email code not sent:" << error;
                return ServiceResult::problem(503, QStringLiteral("service_unavailable"));
            }
        }
    }
    if (!tx.commit())
        return ServiceResult::internalError();
    return profile(userId);
}

ServiceResult ProfileService::confirmContactEmail(const QString &userId, const QJsonObject &body)
{
    JsonFieldReader fields(body);
    const QString code = fields.requiredString(QStringLiteral("code"), 100);
    if (!fields.ok())
        return ServiceResult::invalid(fields.errors());
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn, m_db.dialect());
    const auto r = m_codes.redeem(conn, OneTimeCodes::Purpose::ContactEmail, code, true);
    if (r.outcome == OneTimeCodes::Outcome::Expired)
        return ServiceResult::problem(410, QStringLiteral("code_expired"));
    if (r.outcome != OneTimeCodes::Outcome::Redeemed || r.userId != userId)
        return ServiceResult::problem(400, QStringLiteral("invalid_code"));
    QSqlQuery q(conn);
    if (!sql::exec(
            q, QStringLiteral("UPDATE users SET contact_email = :e, updated_at = :t WHERE id = :u"),
            {{":e", r.payload}, {":t", sql::timeText(m_clock->now())}, {":u", userId}}) ||
        !tx.commit())
        return ServiceResult::internalError();
    return profile(userId);
}

ServiceResult ProfileService::preferences(const QString &userId)
{
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral(
                       "SELECT event, email, sms FROM notification_preferences WHERE user_id = :u"),
                   {{":u", userId}}))
        return ServiceResult::internalError();
    QHash<QString, std::pair<bool, bool>> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), {q.value(1).toInt() != 0, q.value(2).toInt() != 0});
    QJsonArray list;
    for (const QString &event : events()) {
        const auto [email, sms] =
            stored.value(event, {true, false}); // email on, SMS off by default
        list.append(QJsonObject{{QStringLiteral("event"), event},
                                {QStringLiteral("email"), email},
                                {QStringLiteral("sms"), sms}});
    }
    return ServiceResult::ok(200, {{QStringLiteral("preferences"), list}});
}

ServiceResult ProfileService::setPreferences(const QString &userId, const QJsonObject &body)
{
    const QJsonValue value = body.value(QLatin1StringView("preferences"));
    if (!value.isArray())
        return ServiceResult::invalid(
            {{QStringLiteral("preferences"), value.isUndefined() || value.isNull()
                                                 ? QStringLiteral("required")
                                                 : QStringLiteral("wrong_type")}});
    QSqlDatabase conn = m_db.connection();
    const auto user = UserRepository::byId(conn, userId);
    if (!user)
        return ServiceResult::internalError();
    const QJsonArray items = value.toArray();
    QList<std::tuple<QString, bool, bool>> changes;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString prefix = QStringLiteral("preferences[%1].").arg(i);
        const QString event = o.value(QLatin1StringView("event")).toString();
        if (!events().contains(event))
            return ServiceResult::invalid(
                {{prefix + QStringLiteral("event"), QStringLiteral("invalid")}});
        for (const char *channel : {"email", "sms"})
            if (!o.value(QLatin1StringView(channel)).isBool())
                return ServiceResult::invalid(
                    {{prefix + QLatin1StringView(channel), QStringLiteral("wrong_type")}});
        const bool sms = o.value(QLatin1StringView("sms")).toBool();
        if (sms && user->phone.isEmpty())
            return ServiceResult::invalid(
                {{prefix + QStringLiteral("sms"), QStringLiteral("phone_required")}});
        changes.append({event, o.value(QLatin1StringView("email")).toBool(), sms});
    }
    Transaction tx(conn, m_db.dialect());
    QSqlQuery q(conn);
    for (const auto &[event, email, sms] : changes)
        if (!sql::exec(
                q,
                QStringLiteral(
                    "INSERT INTO notification_preferences (user_id, event, email, sms) VALUES"
                    " (:u, :e, :m, :s) ON CONFLICT (user_id, event) DO UPDATE SET"
                    " email = excluded.email, sms = excluded.sms"),
                {{":u", userId}, {":e", event}, {":m", email ? 1 : 0}, {":s", sms ? 1 : 0}}))
            return ServiceResult::internalError();
    if (!tx.commit())
        return ServiceResult::internalError();
    return preferences(userId);
}

} // namespace ov::server
