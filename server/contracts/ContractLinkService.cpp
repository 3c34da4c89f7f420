#include "ContractLinkService.h"

#include "ContractAudit.h"

#include "accounts/CustomerProof.h"
#include "data/UserRepository.h"
#include "db/Sql.h"
#include "mail/EmailTemplates.h"
#include "sync/SyncWrite.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcServerAuth)

namespace ov::server {

ContractLinkService::ContractLinkService(Database &db, std::shared_ptr<const Clock> clock,
                                         const Utility &utility, ContractRepository &contracts,
                                         RateLimiter &limiter, Mailer &mailer)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_utility(utility)
    , m_contracts(contracts)
    , m_limiter(limiter)
    , m_mailer(mailer)
{}

ServiceResult ContractLinkService::link(const QString &userId, const QJsonObject &body,
                                        const QString &clientAddress)
{
    QList<FieldError> errors;
    const auto proof = CustomerProof::read(body, m_utility.defaultConfig(), &errors);
    if (!proof)
        return ServiceResult::invalid(errors);
    // Every well-formed try counts, matched or not: bills cannot be guessed by trying them all.
    if (const int wait =
            m_limiter.hitEach({{QStringLiteral("link:") + userId, kLinkPerUser},
                               {QStringLiteral("link-address:") + clientAddress, kLinkPerAddress}},
                              3600))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);

    QSqlDatabase conn = m_db.connection();
    const auto found = proof->find(conn);
    if (!found)
        return ServiceResult::internalError();
    if (!*found)
        return ServiceResult::problem(422, QStringLiteral("customer_not_found"));
    const CustomerProof::Match match = **found;

    QSqlQuery q(conn);
    if (!sql::exec(q, QStringLiteral("SELECT user_id FROM user_contracts WHERE contract_id = :c"),
                   {{":c", match.contractId}}))
        return ServiceResult::internalError();
    QStringList holders;
    while (q.next())
        holders << q.value(0).toString();
    if (holders.contains(userId))
        return ServiceResult::problem(409, QStringLiteral("already_linked"));
    if (!holders.isEmpty()) {
        // Tell whoever holds it, in the utility's language (users have no language of their
        // own on the server yet); the one who tried learns only that it is taken.
        const UtilityConfig &config = m_utility.defaultConfig();
        for (const QString &holder : std::as_const(holders))
            if (const auto owner = UserRepository::byId(conn, holder)) {
                QString error;
                if (!m_mailer.send(EmailTemplates::contractLinkAttempt(
                                       QStringLiteral("es"), config.name, owner->email,
                                       owner->username, match.contractNumber),
                                   &error))
                    qCWarning(lcServerAuth) << "link-attempt notice not sent:" << error;
            }
        return ServiceResult::problem(409, QStringLiteral("linked_to_another_account"));
    }

    const QDateTime now = m_clock->now();
    SyncWrite write(m_db);
    if (!ContractRepository::link(write, userId, match.contractId, now) ||
        !ContractAudit::record(
            write.connection(), match.contractId,
            {now, userId, {}, clientAddress, QStringLiteral("link"), {}, userId}) ||
        !write.commit())
        return ServiceResult::internalError();
    const auto contract = m_contracts.findForUser(userId, match.contractId);
    if (!contract || !*contract)
        return ServiceResult::internalError();
    return ServiceResult::ok(201, (*contract)->toJson());
}

ServiceResult ContractLinkService::unlink(const QString &userId, const QString &contractId,
                                          const QString &clientAddress)
{
    const QDateTime now = m_clock->now();
    SyncWrite write(m_db);
    // Taken first: two unlinks at once cannot both see a second contract and leave none.
    if (write.version() <= 0)
        return ServiceResult::internalError();
    QSqlQuery q(write.connection());
    if (!sql::exec(q, QStringLiteral("SELECT contract_id FROM user_contracts WHERE user_id = :u"),
                   {{":u", userId}}))
        return ServiceResult::internalError();
    QStringList held;
    while (q.next())
        held << q.value(0).toString();
    if (!held.contains(contractId))
        return ServiceResult::problem(404, QStringLiteral("not_found"));
    if (held.size() == 1)
        return ServiceResult::problem(409, QStringLiteral("last_contract"));
    if (!ContractRepository::unlink(write, userId, contractId, now) ||
        !ContractAudit::record(
            write.connection(), contractId,
            {now, userId, {}, clientAddress, QStringLiteral("unlink"), userId, {}}) ||
        !write.commit())
        return ServiceResult::internalError();
    return ServiceResult::ok(204);
}

} // namespace ov::server
