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
        Hang,
        Trickle // the body in ten parts, one every trickleIntervalMs (a slow but live link)
    };
    static constexpr int kTrickleParts = 10;

    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, Mode mode,
              int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers = {},
              QObject *parent = nullptr);

    int trickleIntervalMs = 100;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    void trickle();

    Mode m_mode;
    QByteArray m_body;
    qint64 m_offset = 0;
    qint64 m_available = -1; // Trickle: how much of the body has "arrived"
    int m_parts = 0;
};

} // namespace ov::test
