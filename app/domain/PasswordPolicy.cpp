#include "PasswordPolicy.h"

#include "Json.h"

#include <QFile>
#include <QSet>

namespace ov {

namespace {

const QSet<QString> &commonPasswords()
{
    // Bundled list (resources in this library): lower-case, one per line.
    static const QSet<QString> set = [] {
        QSet<QString> s;
        QFile f(QStringLiteral(":/ov/domain/common-passwords.txt"));
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = f.readAll().split('\n');
            for (const QByteArray &line : lines) {
                const QString p = QString::fromUtf8(line).trimmed();
                if (!p.isEmpty() && !p.startsWith(QLatin1Char('#')))
                    s.insert(p);
            }
        }
        return s;
    }();
    return set;
}

// Equal (ignoring case) to the username, the email address or the email's local part.
bool matchesPersonalData(const QString &lowerPassword, const QString &username,
                         const QString &email)
{
    if (lowerPassword.isEmpty())
        return false; // an empty password already fails the length rule
    const QString user = username.trimmed().toLower();
    const QString mail = email.trimmed().toLower();
    const QString local = mail.section(QLatin1Char('@'), 0, 0);
    return (!user.isEmpty() && lowerPassword == user) ||
           (!mail.isEmpty() && (lowerPassword == mail || lowerPassword == local));
}

} // namespace

QList<PasswordPolicy::Rule> PasswordPolicy::rules() const
{
    QList<Rule> r{Rule::MinLength, Rule::MaxLength};
    if (minDigits > 0)
        r << Rule::MinDigits;
    if (minLetters > 0)
        r << Rule::MinLetters;
    if (rejectCommon)
        r << Rule::NotCommon;
    if (rejectPersonalData)
        r << Rule::NotPersonalData;
    return r;
}

QList<PasswordPolicy::Rule> PasswordPolicy::failures(const QString &password,
                                                     const QString &username,
                                                     const QString &email) const
{
    QList<Rule> failed;
    const auto length = password.toUcs4().size();
    int digits = 0;
    int letters = 0;
    for (const QChar c : password) {
        if (c.isDigit())
            ++digits;
        else if (c.isLetter())
            ++letters;
    }
    const QString lower = password.toLower();
    for (const Rule rule : rules()) {
        bool ok = true;
        switch (rule) {
        case Rule::MinLength:
            ok = length >= minLength;
            break;
        case Rule::MaxLength:
            ok = length <= maxLength;
            break;
        case Rule::MinDigits:
            ok = digits >= minDigits;
            break;
        case Rule::MinLetters:
            ok = letters >= minLetters;
            break;
        case Rule::NotCommon:
            ok = !isCommon(password);
            break;
        case Rule::NotPersonalData:
            ok = !matchesPersonalData(lower, username, email);
            break;
        }
        if (!ok)
            failed << rule;
    }
    return failed;
}

QString PasswordPolicy::code(Rule rule)
{
    switch (rule) {
    case Rule::MinLength:
        return QStringLiteral("too_short");
    case Rule::MaxLength:
        return QStringLiteral("too_long");
    case Rule::MinDigits:
        return QStringLiteral("too_few_digits");
    case Rule::MinLetters:
        return QStringLiteral("too_few_letters");
    case Rule::NotCommon:
        return QStringLiteral("too_common");
    case Rule::NotPersonalData:
        return QStringLiteral("matches_personal_data");
    }
    return {};
}

bool PasswordPolicy::isCommon(const QString &password)
{
    return commonPasswords().contains(password.toLower());
}

QJsonObject PasswordPolicy::toJson() const
{
    return {{QStringLiteral("minLength"), minLength},
            {QStringLiteral("maxLength"), maxLength},
            {QStringLiteral("minDigits"), minDigits},
            {QStringLiteral("minLetters"), minLetters},
            {QStringLiteral("rejectCommon"), rejectCommon},
            {QStringLiteral("rejectPersonalData"), rejectPersonalData}};
}

std::optional<PasswordPolicy> PasswordPolicy::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    PasswordPolicy p;
    const auto minLength = json::integer(o, QLatin1StringView("minLength"));
    const auto maxLength = json::integer(o, QLatin1StringView("maxLength"));
    if (!minLength || !maxLength || *minLength < 1 || *maxLength < *minLength || *maxLength > 4096)
        return std::nullopt;
    p.minLength = int(*minLength);
    p.maxLength = int(*maxLength);
    p.minDigits = int(json::integer(o, QLatin1StringView("minDigits")).value_or(0));
    p.minLetters = int(json::integer(o, QLatin1StringView("minLetters")).value_or(0));
    p.rejectCommon = o.value(QLatin1StringView("rejectCommon")).toBool(true);
    p.rejectPersonalData = o.value(QLatin1StringView("rejectPersonalData")).toBool(true);
    return p;
}

} // namespace ov
