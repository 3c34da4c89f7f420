#include "RegistrationService.h"

#include "CodeAndPassword.h"
#include "CustomerProof.h"
#include "PasswordRules.h"

#include "auth/PasswordHasher.h"
#include "auth/TokenGenerator.h"
#include "data/UserRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/AccountRules.h"
#include "domain/Json.h"
#include "domain/JsonFieldReader.h"
#include "mail/EmailTemplates.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)

namespace ov::server {

namespace {

constexpr int kIdentifyLimit = 10; // per client address per hour
constexpr int kActivateLimit = 30;
constexpr int kResendLimit = 10;
constexpr int kChooseUserPerRegistration = 10; // tries of phase 2 with one registration
constexpr int kChooseUserPerAddress = 30;      // per client address per hour

} // namespace

RegistrationService::RegistrationService(Database &db, std::shared_ptr<const Clock> clock,
                                         const Utility &utility, OneTimeCodes &codes,
                                         RateLimiter &limiter, Mailer &mailer,
                                         SessionService &sessions)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_utility(utility)
    , m_codes(codes)
    , m_limiter(limiter)
    , m_mailer(mailer)
    , m_sessions(sessions)
{}

ServiceResult RegistrationService::identify(const QJsonObject &body, const QString &clientAddress)
{
    QList<FieldError> errors;
    const auto proof = CustomerProof::read(body, m_utility.defaultConfig(), &errors);
    if (!proof)
        return ServiceResult::invalid(errors);
    const QString type = proof->customerType();
    if (const int wait =
            m_limiter.hit(QStringLiteral("register:") + clientAddress, kIdentifyLimit, 3600))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);

    QSqlDatabase conn = m_db.connection();
    const auto found = proof->find(conn);
    if (!found)
        return ServiceResult::internalError();
    if (!*found)
        return ServiceResult::problem(422, QStringLiteral("customer_not_found"));
    const QString customerId = (*found)->customerId;
    QSqlQuery q(conn);
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM users WHERE customer_id = :c"),
                   {{":c", customerId}}))
        return ServiceResult::internalError();
    if (q.next())
        return ServiceResult::problem(409, QStringLiteral("customer_already_registered"));

    const QString id = TokenGenerator::id(QStringLiteral("reg_"));
    const QDateTime now = m_clock->now();
    const QDateTime expires = now.addSecs(kRegistrationSeconds);
    if (!sql::exec(
            q,
            QStringLiteral("INSERT INTO registrations (id, customer_id, customer_type, created_at,"
                           " expires_at) VALUES (:id, :c, :t, :now, :e)"),
            {{":id", id},
             {":c", customerId},
             {":t", type},
             {":now", sql::timeText(now)},
             {":e", sql::timeText(expires)}}))
        return ServiceResult::internalError();
    return ServiceResult::ok(201, {{QStringLiteral("registrationId"), id},
                                   {QStringLiteral("customerType"), type},
                                   {QStringLiteral("expiresAt"), json::dateTime(expires)}});
}

ServiceResult RegistrationService::createUser(const QString &registrationId,
                                              const QString &clientAddress, const QJsonObject &body,
                                              const QString &language)
{
    JsonFieldReader fields(body);
    const QString username =
        fields.requiredString(QStringLiteral("username"), AccountRules::kMaxUsername).trimmed();
    const QString email =
        fields.requiredString(QStringLiteral("email"), AccountRules::kMaxEmail).trimmed();
    const QString confirmation =
        fields.requiredString(QStringLiteral("emailConfirmation"), AccountRules::kMaxEmail);
    const bool terms = fields.requiredBool(QStringLiteral("acceptTerms"));
    const bool privacy = fields.requiredBool(QStringLiteral("acceptPrivacy"));
    const QString termsVersion = fields.requiredString(QStringLiteral("termsVersion"), 40);
    if (fields.ok()) {
        const std::pair<const char *, QString> checks[] = {
            {"username", AccountRules::checkUsername(username)},
            {"email", AccountRules::checkEmail(email)},
            {"emailConfirmation", AccountRules::checkEmailConfirmation(email, confirmation)},
            {"acceptTerms", terms ? QString() : QStringLiteral("required")},
            {"acceptPrivacy", privacy ? QString() : QStringLiteral("required")},
            {"termsVersion", termsVersion == m_utility.defaultConfig().termsVersion
                                 ? QString()
                                 : QStringLiteral("mismatch")},
        };
        for (const auto &[field, code] : checks)
            if (!code.isEmpty())
                fields.addError(QString::fromLatin1(field), code);
    }
    if (!fields.ok())
        return ServiceResult::invalid(fields.errors());
    // Every well-formed try counts: what is taken must not be found out by trying them all.
    if (const int wait = m_limiter.hitEach(
            {{QStringLiteral("register-user:") + registrationId, kChooseUserPerRegistration},
             {QStringLiteral("register-user-address:") + clientAddress, kChooseUserPerAddress}},
            3600))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);

    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn, m_db.dialect());
    QSqlQuery q(conn);
    const QDateTime now = m_clock->now();
    if (!sql::exec(q,
                   QStringLiteral(
                       "SELECT customer_id FROM registrations WHERE id = :id AND user_id IS NULL"
                       " AND expires_at > :now"),
                   {{":id", registrationId}, {":now", sql::timeText(now)}}))
        return ServiceResult::internalError();
    if (!q.next())
        return ServiceResult::problem(404, QStringLiteral("not_found"));
    const QString customerId = q.value(0).toString();

    if (UserRepository::one(conn, QStringLiteral("username_norm"),
                            UserRepository::normalize(username)))
        return ServiceResult::problem(
            409, QStringLiteral("conflict"),
            {{QStringLiteral("username"), QStringLiteral("username_taken")}});
    const QDateTime codeExpires =
        now.addSecs(OneTimeCodes::lifetimeSeconds(OneTimeCodes::Purpose::Activation));
    const ServiceResult checkYourEmail =
        ServiceResult::ok(202, {{QStringLiteral("email"), email},
                                {QStringLiteral("expiresAt"), json::dateTime(codeExpires)}});
    if (const auto owner = UserRepository::byEmail(conn, email)) {
        // The address is someone's: tell them, not the person registering.
        QString error;
        if (!m_mailer.send(EmailTemplates::registrationAttempt(language,
                                                               m_utility.config(language).name,
                                                               owner->email, owner->username),
                           &error))
            qCWarning(lcServerAuth) << "registration-attempt notice not sent:" << error;
        return checkYourEmail;
    }
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM users WHERE customer_id = :c"),
                   {{":c", customerId}}))
        return ServiceResult::internalError();
    if (q.next())
        return ServiceResult::problem(409, QStringLiteral("customer_already_registered"));

    const QString userId = TokenGenerator::id(QStringLiteral("us_"));
    const QString nowText = sql::timeText(now);
    if (!sql::exec(
            q,
            QStringLiteral(
                "INSERT INTO users (id, customer_id, username, username_norm, email, email_norm,"
                " status, terms_version, terms_accepted_at, created_at, updated_at) VALUES"
                " (:id, :c, :u, :un, :e, :en, 'pending', :tv, :ta, :now, :now2)"),
            {{":id", userId},
             {":c", customerId},
             {":u", username},
             {":un", UserRepository::normalize(username)},
             {":e", email},
             {":en", UserRepository::normalize(email)},
             {":tv", termsVersion},
             {":ta", nowText},
             {":now", nowText},
             {":now2", nowText}}) ||
        // The new user owns the customer's contracts.
        !sql::exec(q,
                   QStringLiteral("INSERT INTO user_contracts (user_id, contract_id, linked_at)"
                                  " SELECT :u, id, :now FROM contracts WHERE customer_id = :c"),
                   {{":u", userId}, {":now", nowText}, {":c", customerId}}) ||
        !sql::exec(q, QStringLiteral("UPDATE registrations SET user_id = :u WHERE id = :id"),
                   {{":u", userId}, {":id", registrationId}}))
        return ServiceResult::internalError();
    const QString code = m_codes.issue(conn, OneTimeCodes::Purpose::Activation, userId);
    if (code.isEmpty())
        return ServiceResult::internalError();
    QString error;
    if (!m_mailer.send(EmailTemplates::activation(language, m_utility.config(language).name, email,
                                                  username, code),
                       &error)) {
        qCWarning(lcServerAuth) << "activation email not sent:" << error;
        return ServiceResult::problem(503, QStringLiteral("service_unavailable")); // rolled back
    }
    if (!tx.commit())
        return ServiceResult::internalError();
    return checkYourEmail;
}

ServiceResult RegistrationService::activate(const QJsonObject &body, const QString &clientAddress,
                                            const QString &userAgent)
{
    QSqlDatabase conn = m_db.connection();
    const auto checked = CodeAndPassword::check(
        body, conn, m_codes, OneTimeCodes::Purpose::Activation, m_utility.defaultConfig(),
        m_limiter, QStringLiteral("activate:") + clientAddress, kActivateLimit,
        [](const User &u) { return !u.isActive(); });
    if (checked.refusal)
        return *checked.refusal;
    const User &user = checked.user;
    const QString &code = checked.code;
    const QString &hash = checked.hash;
    {
        Transaction tx(conn, m_db.dialect());
        QSqlQuery q(conn);
        const QString now = sql::timeText(m_clock->now());
        if (m_codes.redeem(conn, OneTimeCodes::Purpose::Activation, code, true).outcome !=
            OneTimeCodes::Outcome::Redeemed)
            return ServiceResult::problem(400, QStringLiteral("invalid_code"));
        if (!sql::exec(
                q,
                QStringLiteral(
                    "UPDATE users SET password_hash = :h, status = 'active', activated_at = :t,"
                    " updated_at = :t2 WHERE id = :u AND status = 'pending'"),
                {{":h", hash}, {":t", now}, {":t2", now}, {":u", user.id}}) ||
            q.numRowsAffected() != 1 || !tx.commit())
            return ServiceResult::internalError();
    }
    qCInfo(lcServerAuth) << "activated" << user.id;
    const auto tokens = m_sessions.createSession(user.id, userAgent);
    if (!tokens)
        return ServiceResult::internalError();
    return ServiceResult::ok(201, tokens->toJson());
}

ServiceResult RegistrationService::resend(const QJsonObject &body, const QString &clientAddress,
                                          const QString &language)
{
    JsonFieldReader fields(body);
    const QString email =
        fields.requiredString(QStringLiteral("email"), AccountRules::kMaxEmail).trimmed();
    if (fields.ok() && !AccountRules::checkEmail(email).isEmpty())
        fields.addError(QStringLiteral("email"), QStringLiteral("invalid"));
    if (!fields.ok())
        return ServiceResult::invalid(fields.errors());
    if (const int wait =
            m_limiter.hit(QStringLiteral("resend:") + clientAddress, kResendLimit, 3600))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);
    QSqlDatabase conn = m_db.connection();
    const auto user = UserRepository::byEmail(conn, email);
    if (user && !user->isActive()) {
        Transaction tx(conn, m_db.dialect());
        const QString code = m_codes.issue(conn, OneTimeCodes::Purpose::Activation, user->id);
        QString error;
        if (!code.isEmpty() &&
            m_mailer.send(EmailTemplates::activation(language, m_utility.config(language).name,
                                                     user->email, user->username, code),
                          &error))
            tx.commit();
        else
            qCWarning(lcServerAuth) << "activation email not resent:" << error;
    }
    return ServiceResult::ok(202); // the same whether or not there was anyone to write to
}

} // namespace ov::server
