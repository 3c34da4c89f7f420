#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ov {

// A utility's password rules, published in GET /config and enforced by both the server and the
// client's live checklist, so both always agree.
//
// "Not common" refuses (after dropping case and accents) a password that is on the blocklist
// (PasswordBlocklist: the most common passwords, Spanish names and words), that is one with
// digits or symbols around it ("monkey123", "password!"), written in l33t ("p@ssw0rd"), one of
// the context words (the utility's name, "Oficina Virtual", its country's cities), or made of
// repeated or sequential characters ("aaaaaaaa", "abcabcab", "12345678"). "Not personal data"
// refuses the username, the email or its local part, with or without digits around them.
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
    // The rules the password breaks (empty: acceptable). `context`: contextWords() of the
    // utility the password is for.
    QList<Rule> failures(const QString &password, const QString &username = {},
                         const QString &email = {}, const QStringList &context = {}) const;
    // The stable field-error code for a broken rule ("too_short", "too_common", …).
    static QString code(Rule rule);
    static bool isCommon(const QString &password, const QStringList &context = {});
    // Words nobody should use as a password at this utility: its name, the app's, and the
    // cities of its country (bundled for CO and MX).
    static QStringList contextWords(const QString &utilityName, const QString &country);

    QJsonObject toJson() const;
    static std::optional<PasswordPolicy> fromJson(const QJsonValue &v);

    friend bool operator==(const PasswordPolicy &, const PasswordPolicy &) = default;
};

} // namespace ov
