#pragma once

#include "domain/BusinessCalendar.h"
#include "domain/Contract.h"
#include "domain/FieldError.h"
#include "domain/ServiceRequest.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace ov {

class AppController;
class SyncEngine;

// The user's requests and complaints: read from the cache off the GUI thread (again when a sync
// brings requests), with the legal deadline's business days left; filing one and replying go
// through the outbox as multipart forms with their files (read and checked off the GUI thread
// by the shared RequestRules), so they survive being offline and a restart and are taken once.
class RequestsController : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kFileAction = "request.file";
    static constexpr const char *kReplyAction = "request.reply";
    static constexpr int kSoonDays = 3; // business days left from which a deadline is close

    enum class Urgency
    {
        Done,    // answered or closed: no deadline to watch
        OnTime,  // more than kSoonDays business days left
        Soon,    // kSoonDays or fewer
        Overdue, // the deadline has passed
    };

    struct Draft
    {
        QString categoryId;
        QString contractId;
        QString subject;
        QString description;
        QStringList filePaths;
    };
    struct Pending // a request or reply waiting in the outbox
    {
        qint64 outboxId = 0;
        QString action;
        QString requestId; // a reply's request
        QString categoryId;
        QString subject;
        QString body; // the description, or the reply
        QStringList fileNames;
        bool rejected = false;
        QList<FieldError> errors;
    };

    explicit RequestsController(AppController *app, QObject *parent = nullptr);

    const QList<ServiceRequest> &requests() const { return m_requests; }
    const QList<Contract> &contracts() const { return m_contracts; } // to choose one, name one
    const ServiceRequest *find(const QString &requestId) const;
    AppController *app() const { return m_app; }
    QDate utilityToday() const;
    BusinessCalendar calendar() const;
    int businessDaysLeft(const ServiceRequest &r) const;
    Urgency urgency(const ServiceRequest &r) const;
    static Urgency urgencyFor(const ServiceRequest &r, int daysLeft);

    // Checks the draft and its files (off the GUI thread) and queues it; `done` gets the field
    // errors (empty: saved in the outbox) on the GUI thread.
    void file(const Draft &draft, std::function<void(const QList<FieldError> &errors)> done);
    void reply(const QString &requestId, const QString &body, const QStringList &filePaths,
               std::function<void(const QList<FieldError> &errors)> done);
    QList<Pending> pending() const;
    void dismiss(qint64 outboxId);
    void reload();

signals:
    void loaded();
    void pendingChanged();

private:
    void follow(SyncEngine *sync);
    void enqueue(const QString &action, const QString &scope, const QString &path,
                 const QList<FieldError> &precheck, QJsonObject fields, const char *jsonPart,
                 const QStringList &filePaths, std::function<void(const QList<FieldError> &)> done);

    AppController *m_app;
    QPointer<SyncEngine> m_sync;
    QList<ServiceRequest> m_requests;
    QList<Contract> m_contracts;
    mutable QHash<qint64, Pending> m_parsed; // outbox id → what its body says
    int m_generation = 0;
};

} // namespace ov
