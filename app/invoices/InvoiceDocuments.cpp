#include "InvoiceDocuments.h"

#include "AppController.h"
#include "platform/PrivateStorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent>

namespace ov {

namespace {
// Writes `bytes` to `path` (and its ETag beside it) atomically and privately; false on error.
bool keep(const QString &path, const QByteArray &bytes, const QByteArray &etag)
{
    if (!PrivateStorage::makePrivateDir(QFileInfo(path).absolutePath()))
        return false;
    for (const auto &[file, data] :
         {std::pair<QString, QByteArray>{path, bytes},
          std::pair<QString, QByteArray>{path + QStringLiteral(".etag"), etag}}) {
        QSaveFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return false;
        PrivateStorage::makePrivateFile(file);
    }
    return true;
}

QByteArray keptEtag(const QString &path)
{
    QFile f(path + QStringLiteral(".etag"));
    if (!QFile::exists(path) || !f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().trimmed();
}
} // namespace

struct InvoiceDocuments::Export
{
    QList<Invoice> invoices;
    QString contractNumber;
    QString folder;
    int next = 0;
    int saved = 0;
    bool cancelled = false;
};

InvoiceDocuments::InvoiceDocuments(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{}

InvoiceDocuments::~InvoiceDocuments() = default;

QString InvoiceDocuments::pathFor(const QString &invoiceId) const
{
    Cache *cache = m_app->cache();
    if (!cache)
        return {};
    // cache/<profile>/<user>.sqlite → cache/<profile>/<user>-pdf/<invoice>.pdf
    const QFileInfo db(cache->path());
    return db.absoluteDir().filePath(db.completeBaseName() + QStringLiteral("-pdf/") + invoiceId +
                                     QStringLiteral(".pdf"));
}

void InvoiceDocuments::fetch(const Invoice &invoice)
{
    const QString path = pathFor(invoice.id);
    const QString id = invoice.id;
    if (path.isEmpty())
        return;
    // Reading the kept ETag is a small disk read: off the GUI thread like the rest.
    auto *etagWatcher = new QFutureWatcher<QByteArray>(this);
    connect(
        etagWatcher, &QFutureWatcher<QByteArray>::finished, this, [this, etagWatcher, id, path] {
            etagWatcher->deleteLater();
            ApiCall call = ApiCall::get(QStringLiteral("/invoices/%1/pdf").arg(id));
            call.ifNoneMatch = etagWatcher->result();
            call.accept = "application/pdf, application/problem+json";
            call.timeoutMs = 60000;
            m_app->api()->send(call, this, [this, id, path](const ApiResult &r) {
                if (r.notModified()) {
                    ++m_notModified;
                    emit ready(id, path);
                    return;
                }
                if (!r.ok() || !r.body.startsWith("%PDF-")) {
                    ApiError error;
                    error.kind = ApiError::Kind::InvalidResponse;
                    if (r.error)
                        error = *r.error;
                    // Offline with a copy kept: show that one.
                    if (error.isOffline() && QFile::exists(path))
                        return emit ready(id, path);
                    emit failed(id, error);
                    return;
                }
                auto *writer = new QFutureWatcher<bool>(this);
                connect(writer, &QFutureWatcher<bool>::finished, this, [this, writer, id, path] {
                    writer->deleteLater();
                    if (writer->result())
                        emit ready(id, path);
                    else {
                        ApiError error;
                        error.kind = ApiError::Kind::InvalidResponse;
                        error.detail = QStringLiteral("cannot write ") + path;
                        emit failed(id, error);
                    }
                });
                writer->setFuture(QtConcurrent::run(keep, path, r.body, r.etag));
            });
        });
    etagWatcher->setFuture(QtConcurrent::run(keptEtag, path));
}

void InvoiceDocuments::exportAll(const QList<Invoice> &invoices, const QString &contractNumber,
                                 const QString &folder)
{
    if (m_export)
        return;
    m_export = std::make_unique<Export>(Export{invoices, contractNumber, folder});
    emit progress(0, int(invoices.size()));
    exportNext();
}

void InvoiceDocuments::cancelExport()
{
    if (m_export)
        m_export->cancelled = true;
}

void InvoiceDocuments::finishExport(bool ok, const QString &error)
{
    const int saved = m_export ? m_export->saved : 0;
    m_export.reset();
    emit exportFinished(ok, saved, error);
}

void InvoiceDocuments::exportNext()
{
    if (!m_export)
        return;
    if (m_export->cancelled)
        return finishExport(false, {});
    if (m_export->next >= m_export->invoices.size())
        return finishExport(true, {});
    const Invoice invoice = m_export->invoices.at(m_export->next);
    // One at a time: each fetch answers once, by ready or failed for this invoice.
    auto onReady = std::make_shared<QMetaObject::Connection>();
    auto onFailed = std::make_shared<QMetaObject::Connection>();
    auto disconnectBoth = [onReady, onFailed] {
        QObject::disconnect(*onReady);
        QObject::disconnect(*onFailed);
    };
    *onReady =
        connect(this, &InvoiceDocuments::ready, this,
                [this, invoice, disconnectBoth](const QString &id, const QString &path) {
                    if (id != invoice.id || !m_export)
                        return;
                    disconnectBoth();
                    const QString target =
                        QDir(m_export->folder)
                            .filePath(m_export->contractNumber + QLatin1Char('-') + invoice.period +
                                      QStringLiteral(".pdf"));
                    auto *copy = new QFutureWatcher<bool>(this);
                    connect(copy, &QFutureWatcher<bool>::finished, this, [this, copy, target] {
                        copy->deleteLater();
                        if (!m_export)
                            return;
                        if (!copy->result())
                            return finishExport(false, target);
                        ++m_export->saved;
                        ++m_export->next;
                        emit progress(m_export->next, int(m_export->invoices.size()));
                        exportNext();
                    });
                    copy->setFuture(QtConcurrent::run([path, target] {
                        QFile::remove(target);
                        return QFile::copy(path, target);
                    }));
                });
    *onFailed = connect(this, &InvoiceDocuments::failed, this,
                        [this, invoice, disconnectBoth](const QString &id, const ApiError &error) {
                            if (id != invoice.id || !m_export)
                                return;
                            disconnectBoth();
                            finishExport(false, error.describe());
                        });
    fetch(invoice);
}

} // namespace ov
