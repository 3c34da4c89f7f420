#include "RequestAttachments.h"

#include "AppController.h"
#include "cache/Cache.h"
#include "core/FutureCallback.h"
#include "platform/PrivateStorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace ov {

namespace {
bool keep(const QString &path, const QByteArray &bytes)
{
    if (!PrivateStorage::makePrivateDir(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return false;
    PrivateStorage::makePrivateFile(path);
    return true;
}

QString extensionFor(const QString &contentType)
{
    if (contentType == QLatin1StringView("application/pdf"))
        return QStringLiteral(".pdf");
    if (contentType == QLatin1StringView("image/png"))
        return QStringLiteral(".png");
    if (contentType == QLatin1StringView("image/jpeg"))
        return QStringLiteral(".jpg");
    return QStringLiteral(".bin");
}

bool safeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}
} // namespace

RequestAttachments::RequestAttachments(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{}

QString RequestAttachments::pathFor(const RequestAttachment &a) const
{
    Cache *cache = m_app->cache();
    if (!cache || !safeId(a.id))
        return {};
    // cache/<profile>/<user>.sqlite → cache/<profile>/<user>-files/<attachment>.<ext>
    const QFileInfo db(cache->path());
    return db.absoluteDir().filePath(db.completeBaseName() + QStringLiteral("-files/") + a.id +
                                     extensionFor(a.contentType));
}

void RequestAttachments::fetch(const QString &requestId, const RequestAttachment &a)
{
    const QString path = pathFor(a);
    const QString id = a.id;
    if (path.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::InvalidResponse;
        error.detail = QStringLiteral("no cache or a bad attachment id");
        emit failed(id, error);
        return;
    }
    const qint64 size = a.size;
    whenFinished(this, QtConcurrent::run([path, size] { return QFileInfo(path).size() == size; }),
                 [this, requestId, id, path](bool kept) {
                     if (kept)
                         return emit ready(id, path);
                     ApiCall call = ApiCall::get(
                         QStringLiteral("/requests/%1/attachments/%2").arg(requestId, id));
                     call.accept =
                         "application/pdf, image/png, image/jpeg, application/problem+json";
                     call.timeoutMs = 60000;
                     m_app->api()->send(call, this, [this, id, path](const ApiResult &r) {
                         if (!r.ok()) {
                             emit failed(id, *r.error);
                             return;
                         }
                         whenFinished(this, QtConcurrent::run(keep, path, r.body),
                                      [this, id, path](bool written) {
                                          if (written)
                                              return emit ready(id, path);
                                          ApiError error;
                                          error.kind = ApiError::Kind::InvalidResponse;
                                          error.detail = QStringLiteral("cannot write ") + path;
                                          emit failed(id, error);
                                      });
                     });
                 });
}

void RequestAttachments::saveAs(const QString &requestId, const RequestAttachment &a,
                                const QString &target)
{
    // Answers once, for this attachment: the first ready() or failed() about it.
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    auto finish = [this, connections, id = a.id, target](const QString &path) {
        for (const auto &c : std::as_const(*connections))
            disconnect(c);
        if (path.isEmpty())
            return emit saved(id, target, false);
        whenFinished(this, QtConcurrent::run([path, target] {
                         QFile::remove(target);
                         return QFile::copy(path, target);
                     }),
                     [this, id, target](bool ok) { emit saved(id, target, ok); });
    };
    connections->append(connect(this, &RequestAttachments::ready, this,
                                [id = a.id, finish](const QString &readyId, const QString &path) {
                                    if (readyId == id)
                                        finish(path);
                                }));
    connections->append(connect(this, &RequestAttachments::failed, this,
                                [id = a.id, finish](const QString &failedId, const ApiError &) {
                                    if (failedId == id)
                                        finish({});
                                }));
    fetch(requestId, a);
}

} // namespace ov
