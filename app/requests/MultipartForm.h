#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ov {

// A multipart/form-data body (RFC 7578) built in memory: a JSON part and files. What the
// outbox keeps for a new request or a reply, so it goes out byte for byte the same on every
// attempt, after a restart too.
class MultipartForm
{
public:
    MultipartForm(); // a random boundary

    void addJson(const QByteArray &name, const QJsonObject &object);
    void addFile(const QByteArray &name, const QString &fileName, const QByteArray &contentType,
                 const QByteArray &bytes);
    // The body with its closing boundary, and the Content-Type naming the boundary.
    QByteArray body() const;
    QByteArray contentType() const;

    // The first JSON part of a body this class built (the request or message fields), and the
    // file names of its files: what a pending entry shows.
    static QJsonObject firstJson(const QByteArray &body);
    static QStringList fileNames(const QByteArray &body);

private:
    QByteArray m_boundary;
    QByteArray m_body;
};

} // namespace ov
