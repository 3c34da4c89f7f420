#include "CustomerTypePage.h"

#include "CustomerWizard.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ov {

CustomerTypePage::CustomerTypePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("customerTypePage"));
    setTitle(tr("Create your account"));
    setSubTitle(tr("Step 1 of 4. Whose name is the contract in?"));
    m_individual = new QRadioButton(tr("A &person (household, landlord)"), this);
    m_individual->setObjectName(QStringLiteral("individualRadioButton"));
    m_individual->setAccessibleName(tr("The contract is in a person's name"));
    m_individual->setChecked(true);
    m_business = new QRadioButton(tr("A &company or organisation"), this);
    m_business->setObjectName(QStringLiteral("businessRadioButton"));
    m_business->setAccessibleName(tr("The contract is in a company's name"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("You will need one of your bills at hand."), this));
    layout->addWidget(m_individual);
    layout->addWidget(m_business);
    layout->addStretch();
}

bool CustomerTypePage::validatePage()
{
    auto *w = static_cast<CustomerWizard *>(wizard());
    w->customerType =
        m_business->isChecked() ? QStringLiteral("business") : QStringLiteral("individual");
    return true;
}

} // namespace ov
