#include "FakeReply.h"

#include <QTimer>

namespace ov::test {

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, Mode mode,
                     int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers,
                     QObject *parent)
    : QNetworkReply(parent)
    , m_mode(mode)
    , m_body(std::move(body))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly);
    if (mode == Mode::Answer || mode == Mode::Truncated || mode == Mode::Trickle) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        for (const auto &[name, value] : headers)
            setRawHeader(name, value);
        if (mode == Mode::Truncated) // the server promised more than it sent
            setHeader(QNetworkRequest::ContentLengthHeader, m_body.size() * 2 + 10);
        else
            setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
    }
    if (mode == Mode::Trickle) {
        m_available = 0;
        QTimer::singleShot(0, this, &FakeReply::trickle);
    } else if (mode != Mode::Hang) {
        QTimer::singleShot(0, this, &FakeReply::respond);
    }
}

void FakeReply::trickle()
{
    if (isFinished())
        return;
    if (m_parts == 0)
        emit metaDataChanged();
    ++m_parts;
    m_available = m_body.size() * m_parts / kTrickleParts;
    emit downloadProgress(m_available, m_body.size());
    emit readyRead();
    if (m_parts < kTrickleParts) {
        QTimer::singleShot(trickleIntervalMs, this, &FakeReply::trickle);
        return;
    }
    setFinished(true);
    emit finished();
}

void FakeReply::respond()
{
    if (m_mode == Mode::NetworkError) {
        setError(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
        emit errorOccurred(QNetworkReply::ConnectionRefusedError);
    } else {
        emit metaDataChanged();
        emit readyRead();
    }
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    emit errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    const qint64 arrived = m_available < 0 ? m_body.size() : m_available;
    return arrived - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 arrived = m_available < 0 ? m_body.size() : m_available;
    const qint64 n = qMin(maxSize, arrived - m_offset);
    memcpy(data, m_body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace ov::test
