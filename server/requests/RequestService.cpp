#include "RequestService.h"

#include "AttachmentInspector.h"

#include "auth/TokenGenerator.h"
#include "db/Sql.h"
#include "domain/AccountRules.h"
#include "domain/Json.h"
#include "domain/RequestRules.h"
#include "mail/EmailTemplates.h"
#include "mail/Mailer.h"
#include "notifications/NotificationService.h"
#include "sync/SyncWrite.h"
#include "utility/MoneyFormat.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRequests, "ov.server.requests")

namespace ov::server {

namespace {

QString field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString().trimmed();
}

// The name without any folder and without control characters ("C:\fakepath\a.pdf" → "a.pdf").
QString cleanFileName(const QString &name)
{
    QString base = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    base.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    base = base.trimmed();
    return base.isEmpty() ? QStringLiteral("attachment") : base;
}

} // namespace

RequestService::RequestService(Database &db, std::shared_ptr<const Clock> clock,
                               const BillingCalendar &calendar, UtilityConfig utility,
                               RateLimiter &limiter, Mailer &mailer)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_calendar(calendar)
    , m_utility(std::move(utility))
    , m_businessDays(m_utility.country)
    , m_limiter(limiter)
    , m_mailer(mailer)
{}

QList<FieldError> RequestService::inspect(const QList<Upload> &uploads,
                                          QList<RequestRepository::NewFile> &files) const
{
    QList<RequestRules::File> checked;
    for (const Upload &u : uploads) {
        // Oversized files are not worth sniffing.
        const QString type = u.bytes.size() > RequestRules::kMaxFileBytes
                                 ? QString()
                                 : AttachmentInspector::contentType(u.bytes);
        checked.append({cleanFileName(u.fileName), u.bytes.size(), type});
        files.append({checked.last().fileName, type, u.bytes});
    }
    return RequestRules::checkFiles(checked);
}

std::optional<ServiceRequest> RequestService::fileRequest(
    SyncWrite &write, const RequestCategory &category, const QString &contractId,
    const QString &subject, const QString &description, const QString &userId,
    const QString &channel, const QString &contactName, const QString &contactEmail,
    const QList<RequestRepository::NewFile> &files)
{
    const QDateTime now = m_clock->now();
    const QDate today = m_calendar.today();
    ServiceRequest r;
    r.id = TokenGenerator::token(QStringLiteral("rq_"), 8);
    r.number = RequestRepository::nextNumber(write, today.year());
    r.categoryId = category.id;
    r.kind = category.kind;
    r.contractId = contractId;
    r.subject = subject;
    r.status = QStringLiteral("filed");
    r.createdAt = now;
    r.updatedAt = now;
    r.answerDueDate = m_businessDays.addBusinessDays(today, category.answerDays);
    RequestMessage first;
    first.author = QStringLiteral("customer");
    first.body = description;
    first.createdAt = now;
    if (r.number.isEmpty() ||
        !RequestRepository::insert(write, r, userId, channel, contactName, contactEmail) ||
        !RequestRepository::addMessage(write, r.id, first, files))
        return std::nullopt;
    r.messages.append(first);
    return r;
}

ServiceResult RequestService::create(const QString &userId, const QJsonObject &fields,
                                     const QList<Upload> &uploads)
{
    const QString categoryId = field(fields, "categoryId");
    const QString contractId = field(fields, "contractId");
    const QString subject = field(fields, "subject");
    const QString description = fields.value(QLatin1StringView("description")).toString().trimmed();
    QList<FieldError> errors = RequestRules::checkRequest(m_utility.requestCategories, categoryId,
                                                          contractId, subject, description);
    QList<RequestRepository::NewFile> files;
    errors += inspect(uploads, files);

    SyncWrite write(m_db);
    if (write.version() <= 0)
        return ServiceResult::internalError();
    if (!contractId.isEmpty()) {
        QSqlQuery q(write.connection());
        if (!sql::exec(q,
                       QStringLiteral("SELECT 1 FROM user_contracts WHERE user_id = :u AND"
                                      " contract_id = :c"),
                       {{":u", userId}, {":c", contractId}}))
            return ServiceResult::internalError();
        if (!q.next())
            errors.append({QStringLiteral("contractId"), QStringLiteral("invalid")});
    }
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);
    const RequestCategory *category =
        RequestRules::category(m_utility.requestCategories, categoryId);
    const auto r = fileRequest(write, *category, contractId, subject, description, userId,
                               QStringLiteral("app"), {}, {}, files);
    if (!r || !write.commit())
        return ServiceResult::internalError();
    qCInfo(lcRequests) << "filed" << r->number << "category" << categoryId << "with" << files.size()
                       << "files, due" << r->answerDueDate;
    return ServiceResult::ok(201, r->toJson());
}

ServiceResult RequestService::reply(const QString &userId, const QString &requestId,
                                    const QJsonObject &fields, const QList<Upload> &uploads)
{
    const QString body = fields.value(QLatin1StringView("body")).toString().trimmed();
    QList<FieldError> errors = RequestRules::checkReply(body);
    QList<RequestRepository::NewFile> files;
    errors += inspect(uploads, files);

    SyncWrite write(m_db);
    if (write.version() <= 0)
        return ServiceResult::internalError();
    bool failed = false;
    auto r = RequestRepository::byId(write.connection(), requestId, userId, &failed);
    if (failed)
        return ServiceResult::internalError();
    if (!r)
        return ServiceResult::problem(404, QStringLiteral("not_found"));
    if (r->isClosed())
        return ServiceResult::problem(409, QStringLiteral("request_closed"));
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);
    RequestMessage m;
    m.author = QStringLiteral("customer");
    m.body = body;
    m.createdAt = m_clock->now();
    r->updatedAt = m.createdAt;
    // A reply to an answer is the customer saying it is not over: back to the utility.
    if (r->status == QLatin1StringView("answered"))
        r->status = QStringLiteral("in_progress");
    if (!RequestRepository::addMessage(write, r->id, m, files) ||
        !RequestRepository::update(write, *r) || !write.commit())
        return ServiceResult::internalError();
    return ServiceResult::ok(201, m.toJson());
}

ServiceResult RequestService::get(const QString &userId, const QString &requestId)
{
    QSqlDatabase conn = m_db.connection();
    bool failed = false;
    const auto r = RequestRepository::byId(conn, requestId, userId, &failed);
    if (failed)
        return ServiceResult::internalError();
    if (!r)
        return ServiceResult::problem(404, QStringLiteral("not_found"));
    return ServiceResult::ok(200, r->toJson());
}

ServiceResult RequestService::list(const QString &userId, const QString &status)
{
    if (!status.isEmpty() && !ServiceRequest::statuses().contains(status))
        return ServiceResult::invalid({{QStringLiteral("status"), QStringLiteral("invalid")}});
    QSqlDatabase conn = m_db.connection();
    const auto list = RequestRepository::forUser(conn, userId, status);
    if (!list)
        return ServiceResult::internalError();
    QJsonArray items;
    for (const ServiceRequest &r : *list)
        items.append(r.toJson());
    return ServiceResult::ok(
        200, {{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), QJsonValue()}});
}

ServiceResult RequestService::contact(const QString &clientAddress, const QJsonObject &fields)
{
    const QString name = field(fields, "name");
    const QString email = field(fields, "email");
    const QString categoryId = field(fields, "categoryId");
    const QString description = fields.value(QLatin1StringView("description")).toString().trimmed();
    if (const int wait =
            m_limiter.hit(QStringLiteral("contact:") + clientAddress, kContactPerAddress, 3600))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);
    const QList<FieldError> errors = RequestRules::checkContact(m_utility.requestCategories, name,
                                                                email, categoryId, description);
    if (!errors.isEmpty())
        return ServiceResult::invalid(errors);
    if (const int wait = m_limiter.hit(QStringLiteral("contact-email:") + AccountRules::fold(email),
                                       kContactPerEmail, 3600))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);

    const RequestCategory *category =
        RequestRules::category(m_utility.requestCategories, categoryId);
    SyncWrite write(m_db);
    const QString subject = description.section(QLatin1Char('\n'), 0, 0).left(80);
    const auto r = fileRequest(write, *category, {}, subject, description, {},
                               QStringLiteral("contact_form"), name, email, {});
    if (!r || !write.commit())
        return ServiceResult::internalError();
    QString error;
    const QString language = m_utility.locale.startsWith(QLatin1StringView("en"))
                                 ? QStringLiteral("en")
                                 : QStringLiteral("es");
    if (!m_mailer.send(
            EmailTemplates::contactReceipt(language, m_utility.name, email, name, r->number,
                                           MoneyFormat::date(r->answerDueDate, m_utility)),
            &error))
        qCWarning(lcRequests) << "contact receipt not queued:" << error;
    qCInfo(lcRequests) << "contact form filed" << r->number;
    return ServiceResult::ok(202,
                             {{QStringLiteral("ticket"), r->number},
                              {QStringLiteral("receivedAt"), json::dateTime(r->createdAt)},
                              {QStringLiteral("answerDueDate"), json::date(r->answerDueDate)}});
}

QString RequestService::answer(const QString &number, const QString &text, const QString &status,
                               QString *customerEmail)
{
    SyncWrite write(m_db);
    if (write.version() <= 0)
        return QStringLiteral("database error");
    QString userId;
    bool failed = false;
    auto r = RequestRepository::byNumber(write.connection(), number, &userId, &failed);
    if (failed)
        return QStringLiteral("database error");
    if (!r)
        return QStringLiteral("no request ") + number;
    if (r->isClosed())
        return QStringLiteral("request ") + number + QStringLiteral(" is closed");
    const QDateTime now = m_clock->now();
    RequestMessage m;
    m.author = QStringLiteral("utility");
    m.body = text;
    m.status = status;
    m.createdAt = now;
    r->status = status;
    r->updatedAt = now;
    if (status != QLatin1StringView("in_progress"))
        r->answeredAt = now;
    if (status == QLatin1StringView("closed"))
        r->closedAt = now;
    if (!RequestRepository::addMessage(write, r->id, m, {}) ||
        !RequestRepository::update(write, *r))
        return QStringLiteral("database error");
    if (!userId.isEmpty() && status != QLatin1StringView("in_progress") &&
        !NotificationService::create(write,
                                     {userId,
                                      QStringLiteral("request_answered"),
                                      QStringLiteral("request_answered:") + m.id,
                                      {{QStringLiteral("requestNumber"), r->number},
                                       {QStringLiteral("subject"), r->subject}},
                                      QStringLiteral("request"),
                                      r->id},
                                     m_utility, now))
        return QStringLiteral("database error");
    if (customerEmail && userId.isEmpty()) {
        QSqlQuery q(write.connection());
        if (sql::exec(q, QStringLiteral("SELECT contact_email FROM service_requests WHERE id = :i"),
                      {{":i", r->id}}) &&
            q.next())
            *customerEmail = q.value(0).toString();
    }
    if (!write.commit())
        return QStringLiteral("database error");
    return {};
}

} // namespace ov::server
