#pragma once

#include "domain/ServiceRequest.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace ov::server {

class SyncWrite;

// Requests with their thread and files. Reads check the owner (another user's request is not
// found); writes go through a SyncWrite and stamp the request, so its owner's clients get the
// whole request again at their next sync.
class RequestRepository
{
public:
    static constexpr int kChunkBytes = 256 * 1024;

    // A file as stored: its listing and where its bytes are.
    struct StoredFile
    {
        RequestAttachment attachment;
        QString requestId;
        QString sha256;
        int chunkCount = 0;
    };
    // A file received with a message, already checked.
    struct NewFile
    {
        QString fileName;
        QString contentType;
        QByteArray bytes;
    };

    static QString columns(const QString &alias);
    // The row (columns() first) with its thread read from `conn`.
    static ServiceRequest fromRow(QSqlDatabase &conn, const QSqlQuery &q);

    // nullopt when the request is not the user's (or on a database error: `failed` says which).
    static std::optional<ServiceRequest> byId(QSqlDatabase &conn, const QString &id,
                                              const QString &userId, bool *failed = nullptr);
    static std::optional<ServiceRequest> byNumber(QSqlDatabase &conn, const QString &number,
                                                  QString *userId, bool *failed = nullptr);
    // The user's requests, newest first; nullopt on a database error.
    static std::optional<QList<ServiceRequest>> forUser(QSqlDatabase &conn, const QString &userId,
                                                        const QString &status);
    static std::optional<StoredFile> file(QSqlDatabase &conn, const QString &requestId,
                                          const QString &attachmentId, const QString &userId);
    // Chunk `seq` of a stored file (empty on error).
    static QByteArray chunk(QSqlDatabase &conn, const QString &attachmentId, int seq);

    // The next filing number of `year`: "PQR-2026-000042".
    static QString nextNumber(SyncWrite &write, int year);
    // Inserts a new request (no messages yet) for `userId` (empty: a visitor's) .
    static bool insert(SyncWrite &write, const ServiceRequest &r, const QString &userId,
                       const QString &channel, const QString &contactName,
                       const QString &contactEmail);
    // Appends a message with its files (ids are filled in) to the request.
    static bool addMessage(SyncWrite &write, const QString &requestId, RequestMessage &message,
                           const QList<NewFile> &files);
    // Sets the request's status and times, and stamps it.
    static bool update(SyncWrite &write, const ServiceRequest &r);
};

} // namespace ov::server
