#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>

namespace ov::test {

// A scripted QNetworkReply for the faults a real server does not produce on demand (in the
// spirit of ownCloud's FakeErrorReply / FakeHangingReply): a status with headers and body,
// a body that breaks off before its Content-Length, a network error, or no answer at all.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    enum class Mode
    {
        Answer,
        Truncated,
        NetworkError,
        Hang
    };

    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, Mode mode,
              int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers = {},
              QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();

    Mode m_mode;
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace ov::test
