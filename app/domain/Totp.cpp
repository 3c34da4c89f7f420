#include "Totp.h"

#include "Base32.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

namespace ov {

qint64 Totp::stepAt(const QDateTime &time)
{
    return time.toSecsSinceEpoch() / kStepSeconds;
}

QString Totp::codeForStep(const QByteArray &secret, qint64 step)
{
    QByteArray counter(8, Qt::Uninitialized);
    qToBigEndian(quint64(step), counter.data());
    const QByteArray mac =
        QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f; // RFC 4226 dynamic truncation
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
                           (quint32(quint8(mac.at(offset + 1))) << 16) |
                           (quint32(quint8(mac.at(offset + 2))) << 8) |
                           quint32(quint8(mac.at(offset + 3)));
    return QString::number(binary % 1000000).rightJustified(kDigits, QLatin1Char('0'));
}

QString Totp::codeAt(const QByteArray &secret, const QDateTime &time)
{
    return codeForStep(secret, stepAt(time));
}

qint64 Totp::matchingStep(const QByteArray &secret, const QString &code, const QDateTime &time,
                          int window)
{
    const QString trimmed = QString(code).remove(QLatin1Char(' '));
    if (trimmed.size() != kDigits || secret.isEmpty())
        return -1;
    const qint64 now = stepAt(time);
    for (qint64 step = now - window; step <= now + window; ++step)
        if (codeForStep(secret, step) == trimmed)
            return step;
    return -1;
}

QString Totp::uri(const QString &issuer, const QString &account, const QByteArray &secret)
{
    QUrl url;
    url.setScheme(QStringLiteral("otpauth"));
    url.setHost(QStringLiteral("totp"));
    url.setPath(QLatin1Char('/') + issuer + QLatin1Char(':') + account);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("secret"), Base32::encode(secret));
    q.addQueryItem(QStringLiteral("issuer"), issuer);
    q.addQueryItem(QStringLiteral("algorithm"), QStringLiteral("SHA1"));
    q.addQueryItem(QStringLiteral("digits"), QString::number(kDigits));
    q.addQueryItem(QStringLiteral("period"), QString::number(kStepSeconds));
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace ov
