#include "InvoicesController.h"

#include "AppController.h"

#include <QFutureWatcher>

namespace ov {

InvoicesController::InvoicesController(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    connect(app, &AppController::currentContractChanged, this, &InvoicesController::reload);
    connect(app, &AppController::stageChanged, this, &InvoicesController::reload);
}

void InvoicesController::follow(SyncEngine *sync)
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
                if (resource == QLatin1StringView("invoices") && contractIds.contains(m_contractId))
                    reload();
            });
    connect(sync, &SyncEngine::contractsChanged, this, &InvoicesController::reload);
}

void InvoicesController::reload()
{
    follow(m_app->sync());
    Cache *cache = m_app->cache();
    const QString contractId = m_app->currentContractId();
    const int generation = ++m_generation;
    if (!cache || contractId.isEmpty()) {
        m_contractId = contractId;
        m_contractNumber.clear();
        m_history = InvoiceHistory({});
        emit loaded();
        return;
    }
    using Loaded = std::pair<QList<Invoice>, QString>; // the invoices, the contract's number
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this,
            [this, watcher, generation, contractId] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_contractId = contractId;
                m_history = InvoiceHistory(watcher->result().first);
                m_contractNumber = watcher->result().second;
                emit loaded();
            });
    watcher->setFuture(cache->run([cache, contractId] {
        QString number;
        for (const Contract &c : cache->contracts())
            if (c.id == contractId)
                number = c.number;
        return Loaded{cache->invoices(contractId), number};
    }));
}

} // namespace ov
