#pragma once

#include "api/ApiError.h"
#include "domain/Contract.h"
#include "domain/FieldError.h"
#include "outbox/OutboxEntry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ov {

class AppController;

// What the user changes about their contracts, all through the outbox (so it survives being
// offline and a restart, and is made once): linking another contract with the bill's details,
// unlinking one, editing what the utility allows (alias, billing email, paperless, billing
// address, contact phone) and confirming a new billing email with its code. The cache follows
// through the sync the outbox starts after each confirmed change.
class ContractsController : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kLinkAction = "contract.link";
    static constexpr const char *kUnlinkAction = "contract.unlink";
    static constexpr const char *kUpdateAction = "contract.update";
    static constexpr const char *kConfirmEmailAction = "contract.confirmBillingEmail";

    explicit ContractsController(AppController *app, QObject *parent = nullptr);

    // How a link request ended, as far as the wizard waits for it.
    struct LinkOutcome
    {
        enum class State
        {
            Linked,  // the server took it: `contract` is the new contract
            Queued,  // not answered yet (offline, server busy): it stays in the outbox
            Refused, // the server said no: `error` says why (the entry is dismissed)
            NotSaved // could not be written to the outbox
        };
        State state = State::NotSaved;
        Contract contract;
        std::optional<ApiError> error;
    };
    // `proof`: the registration's customer-data body. Waits up to `waitMs` for the answer.
    void link(const QJsonObject &proof, std::function<void(const LinkOutcome &)> done,
              int waitMs = 15000);
    void unlink(const QString &contractId, std::function<void(bool saved)> saved = {});
    // `changes`: the PATCH members. Check them first with validate().
    void update(const QString &contractId, const QJsonObject &changes,
                std::function<void(bool saved)> saved = {});
    void confirmBillingEmail(const QString &contractId, const QString &code,
                             std::function<void(bool saved)> saved = {});

    // The shared ContractRules over the PATCH members the utility allows; a member it does
    // not allow is `not_editable`. Empty: fine to send.
    QList<FieldError> validate(const QJsonObject &changes) const;
    QStringList editableFields() const; // from /config (all of them when it is not known)

    // A change waiting in the outbox (or refused, until dismissed).
    struct Pending
    {
        qint64 outboxId = 0;
        QString action;
        QString contractId;
        QJsonObject body;
        bool rejected = false;
        QString problemCode;
        QList<FieldError> errors;
    };
    QList<Pending> pending(const QString &contractId = {}) const; // every contract's when empty
    // The contract as it will be once its waiting updates are taken.
    Contract withPendingChanges(Contract contract) const;
    void dismiss(qint64 outboxId);

signals:
    void pendingChanged();
    void changeRejected(const ov::ContractsController::Pending &change);

private:
    void enqueue(const char *action, const QString &contractId, const QByteArray &method,
                 const QString &path, const QJsonObject &body, std::function<void(bool)> saved,
                 const QString &key = {});

    AppController *m_app;
};

} // namespace ov
