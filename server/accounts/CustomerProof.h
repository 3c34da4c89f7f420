#pragma once

#include "domain/FieldError.h"
#include "domain/UtilityConfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace ov::server {

// The proof that someone holds a bill: its reference and meter number, and the surnames or the
// company name — whichever the utility's /config asks for the customer type. Registration's
// first phase and linking another contract ask for the same proof and check it the same way:
// case-, accent- and punctuation-insensitive, never saying which field did not match.
class CustomerProof
{
public:
    // The contract the proof matched and its customer.
    struct Match
    {
        QString contractId;
        QString contractNumber;
        QString customerId;
    };

    // Reads the fields the config asks for; nullopt with `errors` when a field is missing or
    // malformed (that says nothing about any customer).
    static std::optional<CustomerProof> read(const QJsonObject &body, const UtilityConfig &config,
                                             QList<FieldError> *errors);

    // Outer nullopt: a database error; inner nullopt: no customer matches (whatever the field).
    std::optional<std::optional<Match>> find(QSqlDatabase &conn) const;

    const QString &customerType() const { return m_type; }

private:
    QString m_type;
    QStringList m_asked;
    QHash<QString, QString> m_values;
};

} // namespace ov::server
