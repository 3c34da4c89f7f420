#pragma once

#include "ConsumptionHistory.h"

#include "domain/ReadingRules.h"
#include "outbox/OutboxEntry.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ov {

class AppController;
class SyncEngine;
struct ApiError;

// The readings of the contract the user has selected, read from the cache off the GUI thread
// (again when the selection changes or a sync brings readings), the readings entered but not
// yet confirmed (from the outbox), and entering one: checked by the shared ReadingRules first,
// then sent through the outbox, so it survives being offline and a restart and is taken once.
class ConsumptionController : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kSubmitAction = "reading.submit";

    explicit ConsumptionController(AppController *app, QObject *parent = nullptr);

    const ConsumptionHistory &history() const { return m_history; }
    QString contractId() const { return m_contractId; }
    QString meterNumber() const { return m_meterNumber; }
    QString contractNumber() const { return m_contractNumber; } // as the customer knows it
    AppController *app() const { return m_app; }
    // Today where the utility is (its readings' dates are its days).
    QDate utilityToday() const;

    // The rules, as the server will apply them, for a reading entered now.
    ReadingRules::Outcome check(double value, QDate readAt) const;
    // Sends a reading the rules accept (through the outbox); false when it was not saved.
    void submit(double value, QDate readAt, std::function<void(bool saved)> done = {});

    struct Pending // a reading waiting in the outbox
    {
        qint64 outboxId = 0;
        double value = 0;
        QDate readAt;
        bool rejected = false;
        QList<FieldError> errors; // the server's, when rejected
    };
    QList<Pending> pending() const;
    void dismiss(qint64 outboxId);

    void reload();

signals:
    void loaded();
    void pendingChanged();
    // The server refused a reading (it is shown with the reason until dismissed).
    void readingRejected(const ov::ConsumptionController::Pending &reading);

private:
    void follow(SyncEngine *sync);

    AppController *m_app;
    QPointer<SyncEngine> m_sync;
    ConsumptionHistory m_history{{}};
    QString m_contractId;
    QString m_meterNumber;
    QString m_contractNumber;
    int m_generation = 0;
};

} // namespace ov
