#pragma once

#include "Mailer.h"

#include "work/BackgroundWork.h"

#include <memory>

namespace ov::server {

// A Mailer that hands each email to the background worker and returns at once: a slow or
// unreachable relay never holds a request. Failures are tried again (5 times, a minute apart)
// and logged; send() only fails when the server is stopping.
class QueuedMailer : public Mailer
{
public:
    QueuedMailer(std::unique_ptr<Mailer> mailer, BackgroundWork &work);
    bool send(const Email &email, QString *error) override;

    static constexpr int kAttempts = 5;

private:
    std::shared_ptr<Mailer> m_mailer;
    BackgroundWork &m_work;
};

} // namespace ov::server
