#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ov {

// Phase 3a: "check your email" — open the link in it (oficinavirtual://activate?code=…, which
// this app receives) or paste the code here; the email can be sent again.
class ActivationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ActivationPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void setCode(const QString &code);

private:
    void resend();

    QLabel *m_sentTo;
    QLineEdit *m_code;
    QPushButton *m_resend;
    QLabel *m_message;
};

} // namespace ov
