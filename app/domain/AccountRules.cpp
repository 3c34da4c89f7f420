#include "AccountRules.h"

#include <QRegularExpression>

namespace ov {

QString AccountRules::checkUsername(const QString &username)
{
    if (username.isEmpty())
        return QStringLiteral("required");
    if (username.size() > kMaxUsername)
        return QStringLiteral("too_long");
    for (const QChar c : username)
        if (c.isSpace() || c == QLatin1Char('@') || c.category() == QChar::Other_Control)
            return QStringLiteral("invalid");
    return {};
}

QString AccountRules::checkEmail(const QString &email)
{
    if (email.trimmed().isEmpty())
        return QStringLiteral("required");
    if (email.size() > kMaxEmail)
        return QStringLiteral("too_long");
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return re.match(email.trimmed()).hasMatch() ? QString() : QStringLiteral("invalid");
}

QString AccountRules::checkEmailConfirmation(const QString &email, const QString &confirmation)
{
    if (confirmation.trimmed().isEmpty())
        return QStringLiteral("required");
    return email.trimmed().compare(confirmation.trimmed(), Qt::CaseInsensitive) == 0
               ? QString()
               : QStringLiteral("mismatch");
}

QString AccountRules::checkReference(const QString &reference)
{
    if (reference.isEmpty())
        return QStringLiteral("required");
    if (reference.size() > 30)
        return QStringLiteral("too_long");
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z]+$"));
    return re.match(reference).hasMatch() ? QString() : QStringLiteral("invalid");
}

QString AccountRules::checkPhone(const QString &phone)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 ()-]{6,19}$"));
    return re.match(phone.trimmed()).hasMatch() ? QString() : QStringLiteral("invalid");
}

QString AccountRules::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            out += c.toLower();
        } else if (c.isSpace()) {
            space = true;
        }
    }
    return out;
}

} // namespace ov
