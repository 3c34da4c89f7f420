#pragma once

#include "api/ApiError.h"
#include "domain/RequestAttachment.h"

#include <QObject>
#include <QString>

namespace ov {

class AppController;

// A request's attached files, brought from the server on demand (only their owner may) and kept
// next to the user's cache, privately (0600), to open; an attachment never changes, so a kept
// copy is used as it is. Files are named by their id, never by the name the sender gave them.
class RequestAttachments : public QObject
{
    Q_OBJECT

public:
    explicit RequestAttachments(AppController *app, QObject *parent = nullptr);

    QString pathFor(const RequestAttachment &attachment) const; // may not be there yet
    // Brings the file: ready() or failed() follows.
    void fetch(const QString &requestId, const RequestAttachment &attachment);
    // Brings it and copies it to `target`: saved() follows.
    void saveAs(const QString &requestId, const RequestAttachment &attachment,
                const QString &target);

signals:
    void ready(const QString &attachmentId, const QString &path);
    void failed(const QString &attachmentId, const ov::ApiError &error);
    void saved(const QString &attachmentId, const QString &target, bool ok);

private:
    AppController *m_app;
};

} // namespace ov
