#include "PasswordPolicy.h"

#include "Json.h"
#include "PasswordBlocklist.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ov {

namespace {

bool isLetter(QChar c)
{
    return c.isLetter();
}

// Without the digits, symbols and spaces around it: "monkey123" → "monkey".
QString core(const QString &s)
{
    qsizetype begin = 0;
    qsizetype end = s.size();
    while (begin < end && !isLetter(s.at(begin)))
        ++begin;
    while (end > begin && !isLetter(s.at(end - 1)))
        --end;
    return s.mid(begin, end - begin);
}

// Only letters and digits: "energia del valle" → "energiadelvalle".
QString squash(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

QString unleet(QString s, QChar one)
{
    static const QHash<QChar, QChar> map = {
        {QLatin1Char('4'), QLatin1Char('a')}, {QLatin1Char('@'), QLatin1Char('a')},
        {QLatin1Char('8'), QLatin1Char('b')}, {QLatin1Char('3'), QLatin1Char('e')},
        {QLatin1Char('6'), QLatin1Char('g')}, {QLatin1Char('!'), QLatin1Char('i')},
        {QLatin1Char('0'), QLatin1Char('o')}, {QLatin1Char('5'), QLatin1Char('s')},
        {QLatin1Char('$'), QLatin1Char('s')}, {QLatin1Char('7'), QLatin1Char('t')},
        {QLatin1Char('+'), QLatin1Char('t')}, {QLatin1Char('2'), QLatin1Char('z')}};
    for (QChar &c : s) {
        if (c == QLatin1Char('1'))
            c = one;
        else if (const auto it = map.constFind(c); it != map.cend())
            c = *it;
    }
    return s;
}

// The forms of a (normalised) password worth looking up: itself, without what surrounds it,
// and both un-l33ted ("p@ssw0rd1" → "password", "passwordi", …).
QStringList variants(const QString &normalized)
{
    QStringList forms{normalized};
    const QString trimmed = core(normalized);
    if (trimmed.size() >= 4 && trimmed != normalized)
        forms << trimmed;
    for (const QString &form : QStringList(forms))
        for (const QChar one : {QLatin1Char('i'), QLatin1Char('l')}) {
            const QString plain = unleet(form, one);
            if (!forms.contains(plain))
                forms << plain;
            const QString plainCore = core(plain);
            if (plainCore.size() >= 4 && !forms.contains(plainCore))
                forms << plainCore;
        }
    return forms;
}

// Repeated or sequential characters: "aaaaaaaa", "abababab", "abcabcab", "12345678", "zyxwvuts".
bool isPattern(const QString &s)
{
    if (s.size() < 2)
        return false;
    QSet<QChar> distinct(s.cbegin(), s.cend());
    if (distinct.size() <= 2)
        return true;
    for (qsizetype unit = 1; unit <= 4 && unit * 2 <= s.size(); ++unit) {
        bool repeats = true;
        for (qsizetype i = unit; i < s.size() && repeats; ++i)
            repeats = s.at(i) == s.at(i % unit);
        if (repeats)
            return true;
    }
    const int step = s.at(1).unicode() - s.at(0).unicode();
    if (step != 1 && step != -1)
        return false;
    for (qsizetype i = 2; i < s.size(); ++i)
        if (s.at(i).unicode() - s.at(i - 1).unicode() != step)
            return false;
    return true;
}

bool isAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return true;
}

// One of `words` (normalised, compared without spaces or symbols), in any of the password's
// forms.
bool matchesAny(const QStringList &forms, const QStringList &words)
{
    for (const QString &word : words) {
        const QString w = squash(PasswordBlocklist::normalize(word));
        if (w.size() < 4)
            continue;
        for (const QString &form : forms)
            if (squash(form) == w)
                return true;
    }
    return false;
}

QStringList bundledWords(const QString &file)
{
    QStringList words;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return words;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            words << word;
    }
    return words;
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
                                                     const QString &username, const QString &email,
                                                     const QStringList &context) const
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
            ok = !isCommon(password, context);
            break;
        case Rule::NotPersonalData: {
            const QString mail = email.trimmed();
            ok = password.isEmpty() ||
                 !matchesAny(variants(PasswordBlocklist::normalize(password)),
                             {username.trimmed(), mail, mail.section(QLatin1Char('@'), 0, 0)});
            break;
        }
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

bool PasswordPolicy::isCommon(const QString &password, const QStringList &context)
{
    const QString normalized = PasswordBlocklist::normalize(password);
    if (normalized.isEmpty())
        return false;
    if (isPattern(normalized) || isPattern(squash(normalized)))
        return true;
    const QStringList forms = variants(normalized);
    const PasswordBlocklist &list = PasswordBlocklist::instance();
    for (const QString &form : forms)
        if (isAscii(form) && list.contains(form.toLatin1()))
            return true;
    return matchesAny(forms, context);
}

QStringList PasswordPolicy::contextWords(const QString &utilityName, const QString &country)
{
    QStringList words{utilityName, QStringLiteral("Oficina Virtual"), QStringLiteral("oficina"),
                      QStringLiteral("virtual")};
    // Without what is in brackets ("Energía del Valle (demo)"), and the name's own words:
    // "Agua de Occidente" → "agua", "occidente".
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(\\[][^)\\]]*[)\\]]"));
    const QString bare = QString(utilityName).remove(bracketed).trimmed();
    words << bare;
    const QStringList parts = bare.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        words << part;
    const QString code = country.trimmed().toUpper();
    if (code == QLatin1StringView("CO") || code == QLatin1StringView("MX"))
        words << bundledWords(QStringLiteral(":/ov/domain/passwords/cities-%1.txt").arg(code));
    return words;
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
