#include "ContactForm.h"

#include "AppController.h"
#include "domain/RequestRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace ov {

ContactForm::ContactForm(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{}

void ContactForm::send(const Message &m, std::function<void(const Outcome &)> done)
{
    const auto &config = m_app->config();
    const Message t{m.name.trimmed(), m.email.trimmed(), m.categoryId, m.description.trimmed()};
    Outcome outcome;
    outcome.errors =
        RequestRules::checkContact(config ? config->requestCategories : QList<RequestCategory>{},
                                   t.name, t.email, t.categoryId, t.description);
    if (!outcome.errors.isEmpty())
        return done(outcome);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("name"), t.name},
                                  {QStringLiteral("email"), t.email},
                                  {QStringLiteral("categoryId"), t.categoryId},
                                  {QStringLiteral("description"), t.description}})
            .toJson(QJsonDocument::Compact);
    // Sending the same message again (after a failure that may have filed it) reuses the key,
    // so the server files it once.
    if (body != m_lastBody) {
        m_lastBody = body;
        m_lastKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    ApiCall call = ApiCall::post(QStringLiteral("/contact"), body, false);
    call.idempotencyKey = m_lastKey;
    m_app->api()->send(call, this, [done](const ApiResult &r) {
        Outcome o;
        if (r.error) {
            if (!r.error->problem.errors.isEmpty())
                o.errors = r.error->problem.errors;
            else
                o.error = r.error;
            return done(o);
        }
        const QJsonObject receipt = QJsonDocument::fromJson(r.body).object();
        o.ticket = receipt.value(QLatin1StringView("ticket")).toString();
        o.answerDueDate = QDate::fromString(
            receipt.value(QLatin1StringView("answerDueDate")).toString(), Qt::ISODate);
        if (o.ticket.isEmpty()) {
            ApiError error;
            error.kind = ApiError::Kind::InvalidResponse;
            error.status = r.status;
            error.detail = QStringLiteral("no ticket in the receipt");
            o.error = error;
        }
        done(o);
    });
}

} // namespace ov
