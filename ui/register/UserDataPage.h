#pragma once

#include "WizardRequest.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ov {

// Phase 2: username (no spaces, at most 100 characters), email twice, and the utility's terms
// and privacy notice (links open in the browser). Mistakes show under the field as you type.
class UserDataPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit UserDataPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void check();
    static QString usernameMessage(const QString &code);

    QLineEdit *m_username;
    QLabel *m_usernameError;
    QLineEdit *m_email;
    QLabel *m_emailError;
    QLineEdit *m_confirmation;
    QLabel *m_confirmationError;
    QCheckBox *m_terms;
    QCheckBox *m_privacy;
    QLabel *m_links;
    QLabel *m_message;
    WizardRequest m_request;
};

} // namespace ov
