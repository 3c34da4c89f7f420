#include "ConsumptionController.h"

#include "AppController.h"
#include "domain/Json.h"
#include "outbox/Outbox.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QTimeZone>

namespace ov {

namespace {
ConsumptionController::Pending pendingOf(const OutboxEntry &e)
{
    ConsumptionController::Pending p;
    p.outboxId = e.id;
    const QJsonObject body = QJsonDocument::fromJson(e.body).object();
    p.value = body.value(QLatin1StringView("value")).toDouble();
    p.readAt = json::parseDate(body.value(QLatin1StringView("readAt"))).value_or(QDate());
    p.rejected = e.state == OutboxEntry::State::Rejected;
    if (p.rejected)
        if (const auto problem = Problem::fromJson(e.problem))
            p.errors = problem->errors;
    return p;
}
} // namespace

ConsumptionController::ConsumptionController(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    connect(app, &AppController::currentContractChanged, this, &ConsumptionController::reload);
    connect(app, &AppController::stageChanged, this, &ConsumptionController::reload);
    Outbox *outbox = app->outbox();
    connect(outbox, &Outbox::changed, this, &ConsumptionController::pendingChanged);
    connect(outbox, &Outbox::rejected, this, [this](const OutboxEntry &e) {
        if (e.action == QLatin1StringView(kSubmitAction) && e.scope == m_contractId)
            emit readingRejected(pendingOf(e));
    });
}

QDate ConsumptionController::utilityToday() const
{
    const auto &config = m_app->config();
    const QTimeZone zone(config ? config->timeZone.toUtf8() : QByteArray());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return (zone.isValid() ? now.toTimeZone(zone) : now.toLocalTime()).date();
}

ReadingRules::Outcome ConsumptionController::check(double value, QDate readAt) const
{
    const auto &config = m_app->config();
    QList<Reading> history = m_history.readings();
    // What is on its way counts too: a second reading is compared with the first.
    for (const Pending &p : pending()) {
        if (p.rejected)
            continue;
        Reading r;
        r.readAt = p.readAt;
        r.value = p.value;
        r.meterNumber = m_meterNumber;
        history.append(r);
    }
    return ReadingRules::check(value, readAt, history, m_meterNumber,
                               config ? config->readingWindow : ReadingWindow{}, utilityToday());
}

void ConsumptionController::submit(double value, QDate readAt, std::function<void(bool)> done)
{
    OutboxEntry e;
    e.action = QString::fromLatin1(kSubmitAction);
    e.scope = m_contractId;
    e.method = "POST";
    e.path = QStringLiteral("/contracts/%1/readings").arg(m_contractId);
    e.body = QJsonDocument(QJsonObject{{QStringLiteral("value"), value},
                                       {QStringLiteral("readAt"), json::date(readAt)}})
                 .toJson(QJsonDocument::Compact);
    m_app->outbox()->enqueue(e, std::move(done));
}

QList<ConsumptionController::Pending> ConsumptionController::pending() const
{
    QList<Pending> list;
    for (const OutboxEntry &e :
         m_app->outbox()->entriesFor(QString::fromLatin1(kSubmitAction), m_contractId))
        list.append(pendingOf(e));
    return list;
}

void ConsumptionController::dismiss(qint64 outboxId)
{
    m_app->outbox()->dismiss(outboxId);
}

void ConsumptionController::follow(SyncEngine *sync)
{
    if (m_sync == sync)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (!sync)
        return;
    connect(sync, &SyncEngine::itemsChanged, this,
            [this](const QString &resource, const QStringList &contractIds) {
                if (resource == QLatin1StringView("readings") && contractIds.contains(m_contractId))
                    reload();
            });
    connect(sync, &SyncEngine::contractsChanged, this, &ConsumptionController::reload);
}

void ConsumptionController::reload()
{
    follow(m_app->sync());
    Cache *cache = m_app->cache();
    const QString contractId = m_app->currentContractId();
    const int generation = ++m_generation;
    if (!cache || contractId.isEmpty()) {
        m_contractId = contractId;
        m_meterNumber.clear();
        m_contractNumber.clear();
        m_history = ConsumptionHistory({});
        emit loaded();
        return;
    }
    struct Loaded
    {
        QList<Reading> readings;
        QString meter; // installed now
        QString number;
    };
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this,
            [this, watcher, generation, contractId] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_contractId = contractId;
                m_history = ConsumptionHistory(watcher->result().readings);
                m_meterNumber = watcher->result().meter;
                m_contractNumber = watcher->result().number;
                emit loaded();
                emit pendingChanged();
            });
    watcher->setFuture(cache->run([cache, contractId] {
        Loaded loaded{cache->readings(contractId), {}, {}};
        for (const Contract &c : cache->contracts())
            if (c.id == contractId) {
                loaded.meter = c.meterNumber;
                loaded.number = c.number;
            }
        return loaded;
    }));
}

} // namespace ov
