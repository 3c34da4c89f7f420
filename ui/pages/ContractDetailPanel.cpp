#include "ContractDetailPanel.h"

#include "core/Formatter.h"
#include "models/ContractTableModel.h"
#include "widgets/StatusColors.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ov {

ContractDetailPanel::ContractDetailPanel(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("contractDetailGroupBox"));
    setAccessibleName(tr("Contract details"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_number = addRow(form, tr("Contract number:"), QStringLiteral("detailNumberLabel"));
    m_alias = addRow(form, tr("Alias:"), QStringLiteral("detailAliasLabel"));
    m_holder = addRow(form, tr("Holder:"), QStringLiteral("detailHolderLabel"));
    m_supply = addRow(form, tr("Supply address:"), QStringLiteral("detailSupplyLabel"));
    m_billing = addRow(form, tr("Billing address:"), QStringLiteral("detailBillingLabel"));
    m_tariff = addRow(form, tr("Tariff:"), QStringLiteral("detailTariffLabel"));
    m_meter = addRow(form, tr("Meter:"), QStringLiteral("detailMeterLabel"));
    m_start = addRow(form, tr("Contract date:"), QStringLiteral("detailStartLabel"));
    m_status = addRow(form, tr("Status:"), QStringLiteral("detailStatusLabel"));
    m_balance = addRow(form, tr("To pay:"), QStringLiteral("detailBalanceLabel"));
    m_lastInvoice = addRow(form, tr("Last invoice:"), QStringLiteral("detailLastInvoiceLabel"));
    m_close = new QPushButton(tr("C&lose details"), this);
    m_close->setObjectName(QStringLiteral("detailCloseButton"));
    m_close->setAccessibleName(tr("Close the contract details"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_close, 0, Qt::AlignRight);
    connect(m_close, &QPushButton::clicked, this, &ContractDetailPanel::closeRequested);
}

QLabel *ContractDetailPanel::addRow(QFormLayout *form, const QString &label,
                                    const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    form->addRow(label, value);
    return value;
}

void ContractDetailPanel::showContract(const Contract &c, const QLocale &locale)
{
    m_contractId = c.id;
    setTitle(c.alias.isEmpty() ? tr("Contract %1").arg(c.number)
                               : tr("%1 — contract %2").arg(c.alias, c.number));
    m_number->setText(c.number);
    m_alias->setText(c.alias.isEmpty() ? tr("(none)") : c.alias);
    m_holder->setText(c.holderName);
    auto address = [](const Address &a) {
        QStringList lines{a.line1};
        if (!a.line2.isEmpty())
            lines << a.line2;
        lines << QStringList{a.city, a.region, a.postalCode}.join(QStringLiteral(", "));
        return lines.join(QLatin1Char('\n'));
    };
    m_supply->setText(address(c.supplyAddress));
    m_billing->setText(address(c.billingAddress));
    m_tariff->setText(c.tariff);
    m_meter->setText(c.meterNumber);
    m_start->setText(Formatter::date(c.startDate, locale));
    m_status->setText(ContractTableModel::statusText(c.paymentStatus));
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, StatusColors::forStatus(c.paymentStatus));
    m_status->setPalette(p);
    m_balance->setText(Formatter::money(c.balanceDue, locale));
    m_lastInvoice->setText(c.lastInvoice
                               ? tr("%1 for %2, due %3")
                                     .arg(Formatter::money(c.lastInvoice->amount, locale),
                                          Formatter::period(c.lastInvoice->period, locale),
                                          Formatter::date(c.lastInvoice->dueDate, locale))
                               : tr("(none yet)"));
}

} // namespace ov
