#pragma once

#include <QWizardPage>

class QRadioButton;

namespace ov {

// "Is the contract in the name of a person or of a company?"
class CustomerTypePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CustomerTypePage(QWidget *parent = nullptr);
    bool validatePage() override;

private:
    QRadioButton *m_individual;
    QRadioButton *m_business;
};

} // namespace ov
