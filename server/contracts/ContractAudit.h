#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ov::server {

// The record of every change customers make to a contract: who, when, from which address, the
// field, its old and its new value. Written in the same transaction as the change; read by the
// back office (`ov-server admin audit <contract>`). Kept for as long as the contract exists.
class ContractAudit
{
public:
    struct Entry
    {
        QDateTime when;
        QString userId;   // empty: the utility (back office)
        QString username; // empty when the user is gone or it was the back office
        QString clientAddress;
        QString field; // alias, billingEmail, billingEmail.requested, paperless, …, link, unlink
        QString oldValue;
        QString newValue;
    };

    // False on a database error (the caller's transaction then must not commit).
    static bool record(QSqlDatabase &conn, const QString &contractId, const Entry &entry);
    // Oldest first; nullopt on a database error.
    static std::optional<QList<Entry>> list(QSqlDatabase &conn, const QString &contractId);
};

} // namespace ov::server
