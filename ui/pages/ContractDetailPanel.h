#pragma once

#include "domain/Contract.h"

#include <QGroupBox>
#include <QLocale>

class QFormLayout;
class QLabel;
class QPushButton;

namespace ov {

// Everything about one contract: holder, addresses, tariff, meter, contract date, what is due.
class ContractDetailPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ContractDetailPanel(QWidget *parent = nullptr);
    void showContract(const Contract &contract, const QLocale &locale);
    QString contractId() const { return m_contractId; }

signals:
    void closeRequested();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);

    QString m_contractId;
    QLabel *m_number;
    QLabel *m_alias;
    QLabel *m_holder;
    QLabel *m_supply;
    QLabel *m_billing;
    QLabel *m_tariff;
    QLabel *m_meter;
    QLabel *m_start;
    QLabel *m_status;
    QLabel *m_balance;
    QLabel *m_lastInvoice;
    QPushButton *m_close;
};

} // namespace ov
