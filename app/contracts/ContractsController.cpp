#include "ContractsController.h"

#include "AppController.h"
#include "domain/ContractRules.h"
#include "domain/Problem.h"
#include "outbox/Outbox.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace ov {

namespace {

bool isContractAction(const QString &action)
{
    return action.startsWith(QLatin1StringView("contract."));
}

ContractsController::Pending pendingOf(const OutboxEntry &e)
{
    ContractsController::Pending p;
    p.outboxId = e.id;
    p.action = e.action;
    p.contractId = e.scope;
    p.body = QJsonDocument::fromJson(e.body).object();
    p.rejected = e.state == OutboxEntry::State::Rejected;
    if (p.rejected)
        if (const auto problem = Problem::fromJson(e.problem)) {
            p.problemCode = problem->code;
            p.errors = problem->errors;
        }
    return p;
}

} // namespace

ContractsController::ContractsController(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    Outbox *outbox = app->outbox();
    connect(outbox, &Outbox::changed, this, &ContractsController::pendingChanged);
    connect(outbox, &Outbox::rejected, this, [this](const OutboxEntry &e) {
        if (isContractAction(e.action))
            emit changeRejected(pendingOf(e));
    });
}

void ContractsController::enqueue(const char *action, const QString &contractId,
                                  const QByteArray &method, const QString &path,
                                  const QJsonObject &body, std::function<void(bool)> saved,
                                  const QString &key)
{
    OutboxEntry e;
    e.action = QString::fromLatin1(action);
    e.scope = contractId;
    e.method = method;
    e.path = path;
    e.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    e.idempotencyKey = key;
    m_app->outbox()->enqueue(e, std::move(saved));
}

void ContractsController::link(const QJsonObject &proof,
                               std::function<void(const LinkOutcome &)> done, int waitMs)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Answered once: by the server's answer, or by the wait running out. The context object
    // carries the connections below and goes with the answer.
    auto *context = new QObject(this);
    const QPointer<QObject> guard(context);
    auto finish = [guard, done = std::move(done)](const LinkOutcome &outcome) {
        if (!guard || guard->property("answered").toBool())
            return;
        guard->setProperty("answered", true);
        guard->deleteLater();
        done(outcome);
    };
    Outbox *outbox = m_app->outbox();
    connect(
        outbox, &Outbox::delivered, context,
        [key, finish](const OutboxEntry &e, const QByteArray &answer) {
            if (e.idempotencyKey != key)
                return;
            LinkOutcome o;
            o.state = LinkOutcome::State::Linked;
            o.contract =
                Contract::fromJson(QJsonDocument::fromJson(answer).object()).value_or(Contract());
            finish(o);
        });
    connect(outbox, &Outbox::rejected, context,
            [key, finish, outbox](const OutboxEntry &e, const ApiError &error) {
                if (e.idempotencyKey != key)
                    return;
                outbox->dismiss(e.id); // the wizard shows why; nothing is left to retry
                LinkOutcome o;
                o.state = LinkOutcome::State::Refused;
                o.error = error;
                finish(o);
            });
    QTimer::singleShot(waitMs, context, [finish] {
        LinkOutcome o;
        o.state = LinkOutcome::State::Queued;
        finish(o);
    });
    enqueue(
        kLinkAction, {}, "POST", QStringLiteral("/contracts/links"), proof,
        [finish, this](bool saved) {
            if (!saved) {
                finish(LinkOutcome{});
            } else if (m_app->isOffline()) {
                LinkOutcome o;
                o.state = LinkOutcome::State::Queued;
                finish(o);
            }
        },
        key);
}

void ContractsController::unlink(const QString &contractId, std::function<void(bool)> saved)
{
    enqueue(kUnlinkAction, contractId, "DELETE",
            QStringLiteral("/contracts/%1/link").arg(contractId), {}, std::move(saved));
}

void ContractsController::update(const QString &contractId, const QJsonObject &changes,
                                 std::function<void(bool)> saved)
{
    enqueue(kUpdateAction, contractId, "PATCH", QStringLiteral("/contracts/%1").arg(contractId),
            changes, std::move(saved));
}

void ContractsController::confirmBillingEmail(const QString &contractId, const QString &code,
                                              std::function<void(bool)> saved)
{
    enqueue(kConfirmEmailAction, contractId, "POST",
            QStringLiteral("/contracts/%1/billing-email/confirmation").arg(contractId),
            {{QStringLiteral("code"), code.trimmed()}}, std::move(saved));
}

QStringList ContractsController::editableFields() const
{
    const auto &config = m_app->config();
    return config ? config->contractEdits : ContractRules::editableFields();
}

QList<FieldError> ContractsController::validate(const QJsonObject &changes) const
{
    QList<FieldError> errors;
    const QStringList allowed = editableFields();
    const QString country = m_app->config() ? m_app->config()->country : QString();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &field = it.key();
        QString code;
        if (!allowed.contains(field))
            code = QStringLiteral("not_editable");
        else if (field == QLatin1StringView("alias"))
            code = ContractRules::checkAlias(it->toString());
        else if (field == QLatin1StringView("billingEmail"))
            code = ContractRules::checkBillingEmail(it->toString());
        else if (field == QLatin1StringView("contactPhone"))
            code = ContractRules::checkContactPhone(it->toString());
        else if (field == QLatin1StringView("billingAddress"))
            errors += ContractRules::checkAddress(
                Address::fromJson(it->toObject()),
                country.isEmpty() ? it->toObject().value("country").toString() : country, field);
        if (!code.isEmpty())
            errors.append({field, code});
    }
    return errors;
}

QList<ContractsController::Pending> ContractsController::pending(const QString &contractId) const
{
    QList<Pending> list;
    for (const OutboxEntry &e : m_app->outbox()->entries())
        if (isContractAction(e.action) && (contractId.isEmpty() || e.scope == contractId))
            list.append(pendingOf(e));
    return list;
}

Contract ContractsController::withPendingChanges(Contract c) const
{
    for (const Pending &p : pending(c.id)) {
        if (p.rejected || p.action != QLatin1StringView(kUpdateAction))
            continue;
        const QJsonObject &b = p.body;
        if (b.contains(QLatin1StringView("alias")))
            c.alias = b.value(QLatin1StringView("alias")).toString().trimmed();
        if (b.contains(QLatin1StringView("paperless")))
            c.paperless = b.value(QLatin1StringView("paperless")).toBool();
        if (b.contains(QLatin1StringView("contactPhone")))
            c.contactPhone = b.value(QLatin1StringView("contactPhone")).toString().trimmed();
        if (b.contains(QLatin1StringView("billingAddress")))
            c.billingAddress =
                Address::fromJson(b.value(QLatin1StringView("billingAddress")).toObject());
        if (b.contains(QLatin1StringView("billingEmail"))) {
            const QString email = b.value(QLatin1StringView("billingEmail")).toString().trimmed();
            if (email.isEmpty() || email.compare(c.billingEmail, Qt::CaseInsensitive) == 0) {
                c.billingEmail = email;
                c.pendingBillingEmail.clear();
            } else {
                c.pendingBillingEmail = email;
            }
        }
    }
    return c;
}

void ContractsController::dismiss(qint64 outboxId)
{
    m_app->outbox()->dismiss(outboxId);
}

} // namespace ov
