#include "CustomerProof.h"

#include "db/Sql.h"
#include "domain/AccountRules.h"
#include "domain/JsonFieldReader.h"

#include <QSqlQuery>

namespace ov::server {

namespace {

QString meterKey(const QString &meter)
{
    return AccountRules::fold(meter).remove(QLatin1Char(' '));
}

} // namespace

std::optional<CustomerProof>
CustomerProof::read(const QJsonObject &body, const UtilityConfig &config, QList<FieldError> *errors)
{
    JsonFieldReader fields(body);
    CustomerProof proof;
    proof.m_type = fields.requiredString(QStringLiteral("customerType"), 20);
    for (const RegistrationForm &form : config.registration)
        if (form.customerType == proof.m_type)
            proof.m_asked = form.fields;
    if (fields.ok() && proof.m_asked.isEmpty())
        fields.addError(QStringLiteral("customerType"), QStringLiteral("invalid"));
    for (const QString &name : std::as_const(proof.m_asked)) {
        // Some people have one surname: the second may be left empty (it must then be empty
        // on the utility's records too).
        const int minLength = name == QLatin1StringView("maternalSurname") ? 0 : 1;
        const int maxLength = name == QLatin1StringView("companyName") ? 160 : 60;
        proof.m_values.insert(name, fields.requiredString(name, maxLength, minLength).trimmed());
        if (name == QLatin1StringView("reference") && !proof.m_values.value(name).isEmpty()) {
            const QString code = AccountRules::checkReference(proof.m_values.value(name));
            if (!code.isEmpty())
                fields.addError(name, code);
        }
    }
    if (!fields.ok()) {
        *errors = fields.errors();
        return std::nullopt;
    }
    return proof;
}

std::optional<std::optional<CustomerProof::Match>> CustomerProof::find(QSqlDatabase &conn) const
{
    QSqlQuery q(conn);
    if (!sql::exec(
            q,
            QStringLiteral(
                "SELECT c.id, c.number, c.customer_id, c.meter_number, cu.customer_type,"
                " cu.paternal_surname, cu.maternal_surname, cu.company_name, cu.tax_id"
                " FROM contracts c JOIN customers cu ON cu.id = c.customer_id WHERE c.number = :n"),
            {{":n", m_values.value(QStringLiteral("reference"))}}))
        return std::nullopt;
    const std::optional<Match> none;
    if (!q.next())
        return none;
    bool match =
        q.value(4).toString() == m_type &&
        meterKey(q.value(3).toString()) == meterKey(m_values.value(QStringLiteral("meterNumber")));
    const std::pair<const char *, int> nameColumns[] = {
        {"paternalSurname", 5}, {"maternalSurname", 6}, {"companyName", 7}, {"taxId", 8}};
    for (const auto &[name, column] : nameColumns) {
        const QString field = QString::fromLatin1(name);
        if (m_asked.contains(field))
            match &= AccountRules::fold(q.value(column).toString()) ==
                     AccountRules::fold(m_values.value(field));
    }
    if (!match)
        return none;
    return std::optional<Match>(
        Match{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
}

} // namespace ov::server
