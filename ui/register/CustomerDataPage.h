#pragma once

#include "WizardRequest.h"

#include <QHash>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace ov {

class SampleBillWidget;

// Phase 1: the customer data the utility asks for (from GET /config) — bill reference, meter
// number, surnames or company name — next to a picture of the bill showing where each one is.
class CustomerDataPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CustomerDataPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList askedFields() const;
    void showError(const QString &field, const QString &code);

    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_errors;
    SampleBillWidget *m_bill;
    QLabel *m_message;
    WizardRequest m_request;
};

} // namespace ov
