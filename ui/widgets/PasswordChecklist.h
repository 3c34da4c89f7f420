#pragma once

#include "domain/PasswordPolicy.h"
#include "domain/UtilityConfig.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace ov {

// The utility's password rules as a live checklist: each rule ticks green as the user meets it
// and stays red (with ✗) while it is broken, so a weak password explains itself.
class PasswordChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordChecklist(QWidget *parent = nullptr);

    // `config`: the utility's, for its policy and context words (PasswordPolicy::contextWords);
    // without one, the default policy.
    void setPolicy(const UtilityConfig *config);
    // Re-evaluates; true when every rule is met.
    bool update(const QString &password, const QString &username = {}, const QString &email = {});
    bool isSatisfied() const { return m_satisfied; }
    QLabel *ruleLabel(PasswordPolicy::Rule rule) const { return m_labels.value(int(rule)); }
    static QString ruleText(PasswordPolicy::Rule rule, const PasswordPolicy &policy);
    static QString labelName(PasswordPolicy::Rule rule); // "tooFewDigitsRuleLabel"

private:
    PasswordPolicy m_policy;
    QStringList m_context;
    QVBoxLayout *m_layout;
    QHash<int, QLabel *> m_labels;
    bool m_satisfied = false;
};

} // namespace ov
