#include "PasswordService.h"

#include "CodeAndPassword.h"
#include "PasswordRules.h"

#include "auth/PasswordHasher.h"
#include "data/UserRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/JsonFieldReader.h"
#include "mail/EmailTemplates.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)

namespace ov::server {

namespace {
constexpr int kResetLimit = 10; // per client address per hour
constexpr int kConfirmLimit = 30;
constexpr int kPasswordChecks = 5; // per user per 15 minutes
} // namespace

PasswordService::PasswordService(Database &db, std::shared_ptr<const Clock> clock,
                                 const Utility &utility, OneTimeCodes &codes, RateLimiter &limiter,
                                 Mailer &mailer, SessionService &sessions, BackgroundWork &work)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_utility(utility)
    , m_codes(codes)
    , m_limiter(limiter)
    , m_mailer(mailer)
    , m_sessions(sessions)
    , m_work(work)
{}

ServiceResult PasswordService::requestReset(const QJsonObject &body, const QString &clientAddress,
                                            const QString &language)
{
    JsonFieldReader fields(body);
    const QString login = fields.requiredString(QStringLiteral("login"), 254);
    if (!fields.ok())
        return ServiceResult::invalid(fields.errors());
    if (const int wait = m_limiter.hit(QStringLiteral("reset:") + clientAddress, kResetLimit, 3600))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);
    // The same for any login: nothing above or below depends on whether it is someone's.
    m_work.post(QStringLiteral("password reset"), [this, login, language](int) {
        issueReset(login, language);
        return true;
    });
    return ServiceResult::ok(202);
}

void PasswordService::issueReset(const QString &login, const QString &language)
{
    QSqlDatabase conn = m_db.connection();
    const auto user = UserRepository::byLogin(conn, login);
    if (!user || !user->isActive())
        return;
    Transaction tx(conn, m_db.dialect());
    const QString code = m_codes.issue(conn, OneTimeCodes::Purpose::PasswordReset, user->id);
    QString error;
    if (!code.isEmpty() &&
        m_mailer.send(EmailTemplates::passwordReset(language, m_utility.config(language).name,
                                                    user->email, code),
                      &error))
        tx.commit();
    else
        qCWarning(lcServerAuth) << "reset email not sent:" << error;
}

ServiceResult PasswordService::confirmReset(const QJsonObject &body, const QString &clientAddress)
{
    QSqlDatabase conn = m_db.connection();
    const auto checked = CodeAndPassword::check(
        body, conn, m_codes, OneTimeCodes::Purpose::PasswordReset, m_utility.defaultConfig(),
        m_limiter, QStringLiteral("reset-confirm:") + clientAddress, kConfirmLimit,
        [](const User &) { return true; });
    if (checked.refusal)
        return *checked.refusal;
    const auto &user = checked.user;
    const QString &code = checked.code;
    const QString &hash = checked.hash;
    {
        Transaction tx(conn, m_db.dialect());
        QSqlQuery q(conn);
        if (m_codes.redeem(conn, OneTimeCodes::Purpose::PasswordReset, code, true).outcome !=
            OneTimeCodes::Outcome::Redeemed)
            return ServiceResult::problem(400, QStringLiteral("invalid_code"));
        if (!sql::exec(q,
                       QStringLiteral(
                           "UPDATE users SET password_hash = :h, updated_at = :t WHERE id = :u"),
                       {{":h", hash}, {":t", sql::timeText(m_clock->now())}, {":u", user.id}}) ||
            !tx.commit())
            return ServiceResult::internalError();
    }
    // Whoever knew the old password is out; the owner may sign in at once.
    m_sessions.revokeAllForUser(user.id);
    m_sessions.clearLockout(user.id);
    qCInfo(lcServerAuth) << "password reset for" << user.id;
    return ServiceResult::ok(204);
}

ServiceResult PasswordService::change(const QString &userId, const QString &sessionId,
                                      const QJsonObject &body, const QString &language)
{
    JsonFieldReader fields(body);
    const QString current = fields.requiredString(QStringLiteral("currentPassword"), 1024);
    const QString next = fields.requiredString(QStringLiteral("newPassword"), 1024, 0);
    if (!fields.ok())
        return ServiceResult::invalid(fields.errors());
    // A stolen access token must not become a way to guess the password.
    if (const int wait =
            m_limiter.hit(QStringLiteral("password-check:") + userId, kPasswordChecks, 15 * 60))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);
    QSqlDatabase conn = m_db.connection();
    const auto user = UserRepository::byId(conn, userId);
    if (!user)
        return ServiceResult::internalError();
    if (!PasswordHasher::verify(user->passwordHash, current))
        return ServiceResult::invalid(
            {{QStringLiteral("currentPassword"), QStringLiteral("incorrect")}});
    QList<FieldError> weak =
        PasswordRules::check(m_utility.defaultConfig(), QStringLiteral("newPassword"), next,
                             user->username, user->email);
    if (weak.isEmpty() && next == current)
        weak.append({QStringLiteral("newPassword"), QStringLiteral("unchanged")});
    if (!weak.isEmpty())
        return ServiceResult::invalid(weak);
    const QString hash = PasswordHasher::hash(next);
    QSqlQuery q(conn);
    if (hash.isEmpty() ||
        !sql::exec(
            q, QStringLiteral("UPDATE users SET password_hash = :h, updated_at = :t WHERE id = :u"),
            {{":h", hash}, {":t", sql::timeText(m_clock->now())}, {":u", userId}}))
        return ServiceResult::internalError();
    m_sessions.revokeAllForUser(userId, sessionId);
    QString error;
    if (!m_mailer.send(EmailTemplates::passwordChanged(
                           language, m_utility.config(language).name,
                           user->contactEmail.isEmpty() ? user->email : user->contactEmail,
                           user->username),
                       &error))
        qCWarning(lcServerAuth) << "password-changed notice not sent:" << error;
    return ServiceResult::ok(204);
}

} // namespace ov::server
