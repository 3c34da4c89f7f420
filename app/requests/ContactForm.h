#pragma once

#include "api/ApiError.h"
#include "domain/FieldError.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ov {

class AppController;

// The public contact form, for people without an account: name, email, category and message,
// checked here by the shared RequestRules and then by the server, which files it and emails a
// receipt with its filing number. Nothing of it is kept on this computer (there is no user
// cache to keep it in), so it is sent at once, with an Idempotency-Key so a retry files it once.
class ContactForm : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString name;
        QString email;
        QString categoryId;
        QString description;
    };
    struct Outcome
    {
        QList<FieldError> errors;      // at the fields (from the checks or the server)
        std::optional<ApiError> error; // anything else (offline, throttled…)
        QString ticket;                // the filing number, when filed
        QDate answerDueDate;
    };

    explicit ContactForm(AppController *app, QObject *parent = nullptr);

    void send(const Message &message, std::function<void(const Outcome &)> done);

private:
    AppController *m_app;
    QByteArray m_lastBody;
    QByteArray m_lastKey;
};

} // namespace ov
