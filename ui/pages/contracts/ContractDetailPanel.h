#pragma once

#include "domain/Contract.h"

#include <QGroupBox>
#include <QLocale>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace ov {

class ContractsController;

// Everything about one contract: holder, addresses, tariff, meter, contract date, what is due;
// and what the customer may change of it: "Edit" (alias, billing email, phone, billing address),
// "Paperless bill", the code that confirms a new billing email, and "Unlink". A change waiting
// in the outbox is shown as it will be, and says so.
class ContractDetailPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ContractDetailPanel(ContractsController *contracts, QWidget *parent = nullptr);
    void showContract(const Contract &contract, const QLocale &locale);
    QString contractId() const { return m_contract.id; }
    // Unlinking is offered only when the account keeps another contract.
    void setCanUnlink(bool canUnlink);

signals:
    void closeRequested();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    void refresh(); // from m_contract and what waits in the outbox
    void editContract();
    void askUnlink();

    ContractsController *m_contracts;
    Contract m_contract;
    QLocale m_locale;
    bool m_canUnlink = false;
    QLabel *m_number;
    QLabel *m_alias;
    QLabel *m_holder;
    QLabel *m_supply;
    QLabel *m_billing;
    QLabel *m_billingEmail;
    QLabel *m_phone;
    QLabel *m_tariff;
    QLabel *m_meter;
    QLabel *m_start;
    QLabel *m_status;
    QLabel *m_balance;
    QLabel *m_lastInvoice;
    QCheckBox *m_paperless;
    QLabel *m_paperlessText;
    QWidget *m_confirmBox;
    QLabel *m_confirmText;
    QLineEdit *m_code;
    QPushButton *m_confirm;
    QLabel *m_pending;
    QPushButton *m_dismiss;
    QPushButton *m_edit;
    QPushButton *m_unlink;
    QPushButton *m_close;
};

} // namespace ov
