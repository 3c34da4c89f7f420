#pragma once

#include "register/CustomerWizard.h"

namespace ov {

class ContractsController;
class LinkResultPage;

// "Link a contract": the registration's first two steps (whose name the contract is in, then
// the bill's details with the picture of the bill), and what became of it. The link goes
// through the outbox; the new contract reaches the list with the sync that follows.
class LinkContractWizard : public CustomerWizard
{
    Q_OBJECT

public:
    enum Step
    {
        TypeStep,
        CustomerStep,
        ResultStep
    };

    LinkContractWizard(AppController *controller, ContractsController *contracts,
                       QWidget *parent = nullptr);

    void submitCustomer(const QJsonObject &proof, Answered answered) override;

signals:
    void linked(const QString &contractId);

private:
    ContractsController *m_contracts;
    LinkResultPage *m_result;
};

} // namespace ov
