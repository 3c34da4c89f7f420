#pragma once

#include "Mailer.h"

#include "domain/Clock.h"

#include <QString>

#include <memory>

namespace ov::server {

// Writes each email as an .eml file into the outbox folder (the default: a utility's IT team
// or a test reads them there; `ov-server admin outbox` lists them).
class OutboxMailer : public Mailer
{
public:
    OutboxMailer(QString directory, QString from, std::shared_ptr<const Clock> clock);
    bool send(const Email &email, QString *error) override;
    QString directory() const { return m_directory; }

private:
    QString m_directory;
    QString m_from;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace ov::server
