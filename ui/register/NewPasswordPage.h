#pragma once

#include "WizardRequest.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ov {

class PasswordChecklist;

// Phase 3b: the password, with the utility's rules ticking as you type; "Continue" stays off
// until every rule is met and both entries agree. Finishing activates and signs in.
class NewPasswordPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NewPasswordPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_repeatError;
    PasswordChecklist *m_checklist;
    QCheckBox *m_keep;
    QLabel *m_message;
    WizardRequest m_request;
};

} // namespace ov
