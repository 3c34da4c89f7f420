#include "RequestsController.h"

#include "MultipartForm.h"

#include "AppController.h"
#include "cache/Cache.h"
#include "core/FutureCallback.h"
#include "domain/Problem.h"
#include "domain/RequestRules.h"
#include "outbox/Outbox.h"
#include "sync/SyncEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace ov {

namespace {

struct Built
{
    QList<FieldError> errors;
    QByteArray body;
    QByteArray contentType;
};

// Reads the files, checks them as the server will (by their first bytes, not their names) and
// builds the form: on a worker thread, files may be 5 MB each.
Built build(QList<FieldError> errors, const QJsonObject &fields, const QByteArray &jsonPart,
            const QStringList &paths)
{
    QList<RequestRules::File> files;
    QList<QByteArray> contents;
    for (const QString &path : paths) {
        QFile f(path);
        QByteArray bytes;
        if (QFileInfo(path).size() <= RequestRules::kMaxFileBytes && f.open(QIODevice::ReadOnly))
            bytes = f.readAll();
        const qint64 size = bytes.isEmpty() ? QFileInfo(path).size() : bytes.size();
        files.append(
            {QFileInfo(path).fileName(), size, RequestRules::typeBySignature(bytes.left(16))});
        contents.append(bytes);
    }
    errors += RequestRules::checkFiles(files);
    if (!errors.isEmpty())
        return {errors, {}, {}};
    MultipartForm form;
    form.addJson(jsonPart, fields);
    for (qsizetype i = 0; i < files.size(); ++i)
        form.addFile("attachments", files.at(i).fileName, files.at(i).contentType.toLatin1(),
                     contents.at(i));
    return {{}, form.body(), form.contentType()};
}

// What the body says (parsed once per entry: a body holds up to 15 MB of files).
RequestsController::Pending parsePending(const OutboxEntry &e)
{
    RequestsController::Pending p;
    p.outboxId = e.id;
    p.action = e.action;
    const QJsonObject fields = MultipartForm::firstJson(e.body);
    p.categoryId = fields.value(QLatin1StringView("categoryId")).toString();
    p.subject = fields.value(QLatin1StringView("subject")).toString();
    p.body = e.action == QLatin1StringView(RequestsController::kReplyAction)
                 ? fields.value(QLatin1StringView("body")).toString()
                 : fields.value(QLatin1StringView("description")).toString();
    if (e.action == QLatin1StringView(RequestsController::kReplyAction))
        p.requestId = e.scope;
    p.fileNames = MultipartForm::fileNames(e.body);
    return p;
}

} // namespace

RequestsController::RequestsController(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    connect(app, &AppController::stageChanged, this, &RequestsController::reload);
    connect(app->outbox(), &Outbox::changed, this, &RequestsController::pendingChanged);
}

QDate RequestsController::utilityToday() const
{
    const auto &config = m_app->config();
    const QTimeZone zone(config ? config->timeZone.toUtf8() : QByteArray());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return (zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime()).date();
}

BusinessCalendar RequestsController::calendar() const
{
    const auto &config = m_app->config();
    return BusinessCalendar(config ? config->country : QString());
}

int RequestsController::businessDaysLeft(const ServiceRequest &r) const
{
    return calendar().businessDaysLeft(utilityToday(), r.answerDueDate);
}

RequestsController::Urgency RequestsController::urgencyFor(const ServiceRequest &r, int daysLeft)
{
    if (!r.isOpen())
        return Urgency::Done;
    if (daysLeft < 0)
        return Urgency::Overdue;
    return daysLeft <= kSoonDays ? Urgency::Soon : Urgency::OnTime;
}

RequestsController::Urgency RequestsController::urgency(const ServiceRequest &r) const
{
    return urgencyFor(r, businessDaysLeft(r));
}

void RequestsController::enqueue(const QString &action, const QString &scope, const QString &path,
                                 const QList<FieldError> &precheck, QJsonObject fields,
                                 const char *jsonPart, const QStringList &filePaths,
                                 std::function<void(const QList<FieldError> &)> done)
{
    const QByteArray part(jsonPart);
    whenFinished(this, QtConcurrent::run(build, precheck, fields, part, filePaths),
                 [this, action, scope, path, done](const Built &built) {
                     if (!built.errors.isEmpty()) {
                         if (done)
                             done(built.errors);
                         return;
                     }
                     OutboxEntry e;
                     e.action = action;
                     e.scope = scope;
                     e.method = "POST";
                     e.path = path;
                     e.body = built.body;
                     e.contentType = built.contentType;
                     m_app->outbox()->enqueue(e, [done](bool saved) {
                         if (done)
                             done(saved ? QList<FieldError>{}
                                        : QList<FieldError>{{QStringLiteral("request"),
                                                             QStringLiteral("not_saved")}});
                     });
                 });
}

void RequestsController::file(const Draft &d, std::function<void(const QList<FieldError> &)> done)
{
    const auto &config = m_app->config();
    const QList<FieldError> errors = RequestRules::checkRequest(
        config ? config->requestCategories : QList<RequestCategory>{}, d.categoryId, d.contractId,
        d.subject.trimmed(), d.description.trimmed());
    QJsonObject fields{{QStringLiteral("categoryId"), d.categoryId},
                       {QStringLiteral("subject"), d.subject.trimmed()},
                       {QStringLiteral("description"), d.description.trimmed()}};
    if (!d.contractId.isEmpty())
        fields.insert(QStringLiteral("contractId"), d.contractId);
    enqueue(QString::fromLatin1(kFileAction), {}, QStringLiteral("/requests"), errors, fields,
            "request", d.filePaths, std::move(done));
}

void RequestsController::reply(const QString &requestId, const QString &body,
                               const QStringList &filePaths,
                               std::function<void(const QList<FieldError> &)> done)
{
    enqueue(QString::fromLatin1(kReplyAction), requestId,
            QStringLiteral("/requests/%1/messages").arg(requestId),
            RequestRules::checkReply(body.trimmed()), {{QStringLiteral("body"), body.trimmed()}},
            "message", filePaths, std::move(done));
}

QList<RequestsController::Pending> RequestsController::pending() const
{
    QList<Pending> list;
    QHash<qint64, Pending> parsed;
    for (const OutboxEntry &e : m_app->outbox()->entries()) {
        if (e.action != QLatin1StringView(kFileAction) &&
            e.action != QLatin1StringView(kReplyAction))
            continue;
        Pending p = m_parsed.contains(e.id) ? m_parsed.value(e.id) : parsePending(e);
        parsed.insert(e.id, p);
        // The state changes as it is sent; the body never does.
        p.rejected = e.state == OutboxEntry::State::Rejected;
        if (p.rejected)
            if (const auto problem = Problem::fromJson(e.problem))
                p.errors = problem->errors;
        list.append(p);
    }
    m_parsed = parsed; // entries that left the outbox are forgotten
    return list;
}

const ServiceRequest *RequestsController::find(const QString &requestId) const
{
    for (const ServiceRequest &r : m_requests)
        if (r.id == requestId)
            return &r;
    return nullptr;
}

void RequestsController::dismiss(qint64 outboxId)
{
    m_app->outbox()->dismiss(outboxId);
}

void RequestsController::follow(SyncEngine *sync)
{
    if (m_sync == sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (!sync)
        return;
    connect(sync, &SyncEngine::itemsChanged, this, [this](const QString &resource) {
        if (resource == QLatin1StringView("requests"))
            reload();
    });
    connect(sync, &SyncEngine::contractsChanged, this, &RequestsController::reload);
}

void RequestsController::reload()
{
    follow(m_app->sync());
    Cache *cache = m_app->cache();
    const int generation = ++m_generation;
    if (!cache) {
        m_requests.clear();
        m_contracts.clear();
        emit loaded();
        return;
    }
    using Loaded = std::pair<QList<ServiceRequest>, QList<Contract>>;
    whenFinished(this,
                 cache->run([cache] { return Loaded(cache->requests(), cache->contracts()); }),
                 [this, generation](const Loaded &result) {
                     if (generation != m_generation)
                         return;
                     m_requests = result.first;
                     m_contracts = result.second;
                     emit loaded();
                     emit pendingChanged();
                 });
}

} // namespace ov
