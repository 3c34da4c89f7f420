#include "LinkContractWizard.h"

#include "LinkResultPage.h"

#include "contracts/ContractsController.h"
#include "register/CustomerDataPage.h"
#include "register/CustomerTypePage.h"

#include <QAbstractButton>
#include <QPointer>

namespace ov {

LinkContractWizard::LinkContractWizard(AppController *controller, ContractsController *contracts,
                                       QWidget *parent)
    : CustomerWizard(controller, parent)
    , m_contracts(contracts)
    , m_result(new LinkResultPage(this))
{
    setObjectName(QStringLiteral("linkContractWizard"));
    setWindowTitle(tr("Link a contract"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::NextButton, tr("&Continue"));
    setButtonText(QWizard::FinishButton, tr("&Done"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardContinueButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    auto *type = new CustomerTypePage(this);
    type->setTitle(tr("Link a contract"));
    type->setSubTitle(tr("Step 1 of 2. Add another supply point to your account with one of its "
                         "bills. Whose name is that contract in?"));
    auto *customer = new CustomerDataPage(this);
    customer->setTitle(tr("The contract's bill"));
    customer->setSubTitle(tr("Step 2 of 2. Copy these from the bill of the contract to add, "
                             "exactly as they appear."));
    setPage(TypeStep, type);
    setPage(CustomerStep, customer);
    setPage(ResultStep, m_result);
    resize(860, 560);
}

void LinkContractWizard::submitCustomer(const QJsonObject &proof, Answered answered)
{
    // The link goes on in the outbox if the wizard is closed while it waits.
    m_contracts->link(
        proof, [self = QPointer(this), answered](const ContractsController::LinkOutcome &outcome) {
            if (!self)
                return;
            using State = ContractsController::LinkOutcome::State;
            switch (outcome.state) {
            case State::Linked:
                self->m_result->setLinked(outcome.contract.number, outcome.contract.holderName);
                emit self->linked(outcome.contract.id);
                answered(std::nullopt);
                return;
            case State::Queued:
                self->m_result->setQueued();
                answered(std::nullopt);
                return;
            case State::Refused:
                answered(outcome.error);
                return;
            case State::NotSaved:
                break;
            }
            ApiError error;
            error.kind = ApiError::Kind::Cancelled;
            error.detail = QStringLiteral("the link could not be saved in the outbox");
            answered(error);
        });
}

} // namespace ov
