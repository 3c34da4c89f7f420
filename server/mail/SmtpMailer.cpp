#include "SmtpMailer.h"

#include "EmlWriter.h"

#include <QUuid>

#include <curl/curl.h>

#include <cstring>

namespace ov::server {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// The address inside "Name <address>".
QByteArray bareAddress(const QString &mailbox)
{
    const qsizetype open = mailbox.indexOf(QLatin1Char('<'));
    const qsizetype close = mailbox.indexOf(QLatin1Char('>'), open);
    return (open >= 0 && close > open ? mailbox.mid(open + 1, close - open - 1) : mailbox)
        .trimmed()
        .toUtf8();
}

} // namespace

SmtpMailer::SmtpMailer(QUrl url, QString from, std::shared_ptr<const Clock> clock, QString caFile)
    : m_url(std::move(url))
    , m_from(std::move(from))
    , m_clock(std::move(clock))
    , m_caFile(std::move(caFile))
{}

bool SmtpMailer::send(const Email &email, QString *error)
{
    CURL *curl = curl_easy_init();
    if (!curl) {
        *error = QStringLiteral("libcurl could not start");
        return false;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Upload upload{
        EmlWriter::compose(email, m_from, m_clock->now(), id + QStringLiteral("@oficina-virtual")),
        0};
    QUrl server = m_url;
    const QByteArray user = server.userName().toUtf8();
    const QByteArray password = server.password().toUtf8();
    server.setUserInfo({});
    const QByteArray url = server.toString().toUtf8();
    const QByteArray from = bareAddress(m_from);
    const QByteArray to = bareAddress(email.to);
    const bool local = server.host() == QLatin1StringView("127.0.0.1") ||
                       server.host() == QLatin1StringView("localhost") ||
                       server.host() == QLatin1StringView("::1");

    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    if (server.scheme() == QLatin1StringView("smtp"))
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(local ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    const QByteArray caFile = m_caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    const CURLcode result = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (result != CURLE_OK) {
        *error = QStringLiteral("SMTP: ") + QString::fromUtf8(curl_easy_strerror(result));
        return false;
    }
    return true;
}

} // namespace ov::server
