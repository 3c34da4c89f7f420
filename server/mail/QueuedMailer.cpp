#include "QueuedMailer.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWork)

namespace ov::server {

QueuedMailer::QueuedMailer(std::unique_ptr<Mailer> mailer, BackgroundWork &work)
    : m_mailer(std::move(mailer))
    , m_work(work)
{}

bool QueuedMailer::send(const Email &email, QString *error)
{
    const bool taken = m_work.post(
        QStringLiteral("email to ") + email.to,
        [mailer = m_mailer, email](int attempt) {
            QString why;
            if (mailer->send(email, &why))
                return true;
            qCWarning(lcWork) << "email not sent (attempt" << attempt << "):" << why;
            return false;
        },
        kAttempts, std::chrono::minutes(1));
    if (!taken && error)
        *error = QStringLiteral("the server is stopping");
    return taken;
}

} // namespace ov::server
