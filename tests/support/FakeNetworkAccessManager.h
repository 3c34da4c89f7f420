#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <functional>

namespace ov::test {

// A QNetworkAccessManager whose replies a test scripts: `override` gets each request and
// returns a reply (a FakeReply), or nullptr to let the request go to the real network.
// It also records every request it saw.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Override =
        std::function<QNetworkReply *(Operation, const QNetworkRequest &, const QByteArray &body)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr)
        : QNetworkAccessManager(parent)
    {}
    void setOverride(Override override) { m_override = std::move(override); }
    const QList<QNetworkRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Override m_override;
    QList<QNetworkRequest> m_requests;
};

} // namespace ov::test
