#include "FakeNetworkAccessManager.h"

#include <QIODevice>

namespace ov::test {

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    m_requests.append(request);
    if (m_override) {
        const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
        if (QNetworkReply *reply = m_override(op, request, body))
            return reply;
        if (outgoingData)
            outgoingData->reset();
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

} // namespace ov::test
