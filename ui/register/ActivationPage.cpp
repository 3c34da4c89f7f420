#include "ActivationPage.h"

#include "RegisterWizard.h"

#include "AppController.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ov {

namespace {
QString normalized(const QString &code)
{
    QString out;
    for (const QChar c : code)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}
} // namespace

ActivationPage::ActivationPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("activationPage"));
    setTitle(tr("Check your email"));
    setSubTitle(tr("Step 3 of 4. We sent you an activation code."));
    m_sentTo = new QLabel(this);
    m_sentTo->setObjectName(QStringLiteral("activationSentToLabel"));
    m_sentTo->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("activationCodeLineEdit"));
    m_code->setAccessibleName(tr("Activation code"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->setMaxLength(100);
    m_resend = new QPushButton(tr("Send the email &again"), this);
    m_resend->setObjectName(QStringLiteral("resendActivationButton"));
    m_resend->setAccessibleName(tr("Send the activation email again"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("activationMessageLabel"));
    m_message->setWordWrap(true);
    auto *label = new QLabel(tr("Activation &code:"), this);
    label->setBuddy(m_code);
    auto *form = new QFormLayout;
    form->addRow(label, m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sentTo);
    layout->addLayout(form);
    layout->addWidget(m_resend, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch();
    registerField(QStringLiteral("activationCode"), m_code);
    connect(m_code, &QLineEdit::textChanged, this, &ActivationPage::completeChanged);
    connect(m_resend, &QPushButton::clicked, this, &ActivationPage::resend);
}

void ActivationPage::initializePage()
{
    auto *w = static_cast<RegisterWizard *>(wizard());
    m_sentTo->setText(
        w->email.isEmpty()
            ? tr("Open the link in the activation email on this computer, or paste the code from "
                 "it.")
            : tr("We sent a message to %1. Open the link in it on this computer, or paste the code "
                 "from it here. It works once, for 24 hours.")
                  .arg(w->email));
    m_resend->setVisible(!w->email.isEmpty());
    m_code->setFocus();
}

void ActivationPage::setCode(const QString &code)
{
    m_code->setText(code);
}

bool ActivationPage::isComplete() const
{
    return normalized(m_code->text()).size() >= 8;
}

bool ActivationPage::validatePage()
{
    return isComplete(); // the code is checked with the password on the next page
}

void ActivationPage::resend()
{
    auto *w = static_cast<RegisterWizard *>(wizard());
    m_resend->setEnabled(false);
    w->controller()->accounts()->resendActivation(
        w->email, [this](const QJsonObject &, const std::optional<ApiError> &error) {
            m_resend->setEnabled(true);
            m_message->setText(!error ? tr("Sent again. The previous code no longer works.")
                               : error->status == 429
                                   ? tr("Too many emails; wait a while before asking again.")
                                   : tr("The email could not be sent again. Try later."));
        });
}

} // namespace ov
