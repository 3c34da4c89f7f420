#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ov {

// A utility's password rules, published in GET /config and enforced by both the server and the
// client's live checklist, so both always agree.
struct PasswordPolicy
{
    enum class Rule
    {
        MinLength,
        MaxLength,
        MinDigits,
        MinLetters,
        NotCommon,
        NotPersonalData
    };

    int minLength = 8;
    int maxLength = 128;
    int minDigits = 0;
    int minLetters = 0;
    bool rejectCommon = true;
    bool rejectPersonalData = true;

    // The rules this policy applies, in the order a checklist shows them.
    QList<Rule> rules() const;
    // The rules the password breaks (empty: acceptable).
    QList<Rule> failures(const QString &password, const QString &username = {},
                         const QString &email = {}) const;
    // The stable field-error code for a broken rule ("too_short", "too_common", …).
    static QString code(Rule rule);
    static bool isCommon(const QString &password);

    QJsonObject toJson() const;
    static std::optional<PasswordPolicy> fromJson(const QJsonValue &v);

    friend bool operator==(const PasswordPolicy &, const PasswordPolicy &) = default;
};

} // namespace ov
