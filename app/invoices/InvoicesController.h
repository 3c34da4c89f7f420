#pragma once

#include "InvoiceHistory.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace ov {

class AppController;
class SyncEngine;

// The invoices of the contract the user has selected, read from the cache off the GUI thread,
// and read again when the selection changes or a sync brings changes to them.
class InvoicesController : public QObject
{
    Q_OBJECT

public:
    explicit InvoicesController(AppController *app, QObject *parent = nullptr);

    const InvoiceHistory &history() const { return m_history; }
    QString contractId() const { return m_contractId; }
    QString contractNumber() const { return m_contractNumber; } // as the customer knows it
    AppController *app() const { return m_app; }

    // Reads the current contract's invoices again; loaded() follows.
    void reload();

signals:
    void loaded();

private:
    void follow(SyncEngine *sync);

    AppController *m_app;
    QPointer<SyncEngine> m_sync;
    InvoiceHistory m_history{{}};
    QString m_contractId;
    QString m_contractNumber;
    int m_generation = 0; // a read that an older selection started is dropped
};

} // namespace ov
