#include "TokenStore.h"

#include "core/Logging.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace ov {

namespace {

TokenStore::Status statusOf(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return TokenStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return TokenStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStore::Status::NoBackend;
    default:
        qCWarning(lcAuth) << "keychain:" << job->errorString();
        return TokenStore::Status::Failed;
    }
}

} // namespace

// Jobs have no parent: libsecret's asynchronous calls keep a pointer to their job, so a job
// deleted while one is in flight (its TokenStore went first: a sign-out, a window closed) is
// used after free. A job deletes itself once finished; if the TokenStore is gone by then, the
// connection below is gone with it and nobody is called.
TokenStore::TokenStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString TokenStore::keyFor(const QString &profileId, const QString &userId)
{
    return profileId + QLatin1Char('/') + userId + QStringLiteral("/refresh-token");
}

void TokenStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback](QKeychain::Job *j) {
        const Status s = statusOf(j);
        const QString value =
            s == Status::Ok ? static_cast<QKeychain::ReadPasswordJob *>(j)->textData() : QString();
        if (guard)
            callback(s, value);
    });
    job->start();
}

void TokenStore::write(const QString &key, const QString &value, QObject *context,
                       Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback](QKeychain::Job *j) {
        const Status s = statusOf(j);
        if (guard)
            callback(s);
    });
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, callback](QKeychain::Job *j) {
        const Status s = statusOf(j);
        if (guard)
            callback(s == Status::NotFound ? Status::Ok : s);
    });
    job->start();
}

} // namespace ov
