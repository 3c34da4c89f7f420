#pragma once

#include "Mailer.h"

#include "domain/Clock.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace ov::server {

// Sends through an SMTP relay with libcurl: smtp://user:password@host:587 upgrades with
// STARTTLS (required, except to this machine), smtps:// is TLS from the start.
class SmtpMailer : public Mailer
{
public:
    SmtpMailer(QUrl url, QString from, std::shared_ptr<const Clock> clock, QString caFile = {});
    bool send(const Email &email, QString *error) override;

private:
    QUrl m_url;
    QString m_from;
    std::shared_ptr<const Clock> m_clock;
    QString m_caFile;
};

} // namespace ov::server
