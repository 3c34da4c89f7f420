#include "RegisterWizard.h"

#include "ActivationPage.h"
#include "CustomerDataPage.h"
#include "CustomerTypePage.h"
#include "NewPasswordPage.h"
#include "UserDataPage.h"

#include "AppController.h"

#include <QAbstractButton>
#include <QLineEdit>

namespace ov {

RegisterWizard::RegisterWizard(AppController *controller, QWidget *parent)
    : CustomerWizard(controller, parent)
{
    setObjectName(QStringLiteral("registerWizard"));
    setWindowTitle(tr("Create an account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::NextButton, tr("&Continue"));
    setButtonText(QWizard::FinishButton, tr("&Activate and sign in"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardContinueButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    setPage(TypeStep, new CustomerTypePage(this));
    setPage(CustomerStep, new CustomerDataPage(this));
    setPage(UserStep, new UserDataPage(this));
    auto *activation = new ActivationPage(this);
    setPage(ActivationStep, activation);
    setPage(PasswordStep, new NewPasswordPage(this));
    resize(860, 560);
}

void RegisterWizard::submitCustomer(const QJsonObject &proof, Answered answered)
{
    controller()->accounts()->identify(
        proof, [this, answered](const QJsonObject &answer, const std::optional<ApiError> &error) {
            if (!error)
                registrationId = answer.value(QLatin1StringView("registrationId")).toString();
            answered(error);
        });
}

void RegisterWizard::activateWithCode(const QString &code)
{
    auto *activation = static_cast<ActivationPage *>(page(ActivationStep));
    activation->setCode(code);
    if (currentId() == -1) { // not shown yet: start at the activation step
        setStartId(ActivationStep);
        return;
    }
    if (currentId() == ActivationStep)
        next();
}

} // namespace ov
