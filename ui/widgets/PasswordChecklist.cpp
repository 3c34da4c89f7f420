#include "PasswordChecklist.h"

#include "StatusColors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ov {

PasswordChecklist::PasswordChecklist(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("passwordChecklist"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setPolicy(nullptr);
}

QString PasswordChecklist::labelName(PasswordPolicy::Rule rule)
{
    const QStringList words = PasswordPolicy::code(rule).split(QLatin1Char('_'));
    QString name = words.first();
    for (int i = 1; i < words.size(); ++i)
        name += words.at(i).left(1).toUpper() + words.at(i).mid(1);
    return name + QStringLiteral("RuleLabel");
}

QString PasswordChecklist::ruleText(PasswordPolicy::Rule rule, const PasswordPolicy &policy)
{
    switch (rule) {
    case PasswordPolicy::Rule::MinLength:
        return tr("At least %n character(s)", nullptr, policy.minLength);
    case PasswordPolicy::Rule::MaxLength:
        return tr("At most %n character(s)", nullptr, policy.maxLength);
    case PasswordPolicy::Rule::MinDigits:
        return tr("At least %n digit(s)", nullptr, policy.minDigits);
    case PasswordPolicy::Rule::MinLetters:
        return tr("At least %n letter(s)", nullptr, policy.minLetters);
    case PasswordPolicy::Rule::NotCommon:
        return tr("Not a common password");
    case PasswordPolicy::Rule::NotPersonalData:
        return tr("Not your username or email");
    }
    return {};
}

void PasswordChecklist::setPolicy(const UtilityConfig *config)
{
    m_policy = config ? config->passwordPolicy : PasswordPolicy{};
    m_context =
        config ? PasswordPolicy::contextWords(config->name, config->country) : QStringList();
    const PasswordPolicy &policy = m_policy;
    qDeleteAll(m_labels);
    m_labels.clear();
    const QList<PasswordPolicy::Rule> rules = policy.rules();
    for (const PasswordPolicy::Rule rule : rules) {
        auto *label = new QLabel(this);
        label->setObjectName(labelName(rule));
        m_labels.insert(int(rule), label);
        m_layout->addWidget(label);
    }
    update(QString());
}

bool PasswordChecklist::update(const QString &password, const QString &username,
                               const QString &email)
{
    const QList<PasswordPolicy::Rule> failed =
        m_policy.failures(password, username, email, m_context);
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const auto rule = PasswordPolicy::Rule(it.key());
        const bool ok = !password.isEmpty() && !failed.contains(rule);
        QLabel *label = it.value();
        const QString text = ruleText(rule, m_policy);
        label->setText((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text);
        label->setAccessibleName(ok ? tr("Met: %1").arg(text) : tr("Not met yet: %1").arg(text));
        label->setProperty("met", ok);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText,
                   StatusColors::forStatus(ok ? InvoiceStatus::Paid : InvoiceStatus::Overdue));
        label->setPalette(p);
    }
    m_satisfied = !password.isEmpty() && failed.isEmpty();
    return m_satisfied;
}

} // namespace ov
