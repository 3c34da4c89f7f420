#include "ContractDetailPanel.h"

#include "ContractEditDialog.h"

#include "contracts/ContractsController.h"
#include "core/Formatter.h"
#include "models/ContractTableModel.h"
#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ov {

namespace {

QString addressText(const Address &a)
{
    QStringList lines{a.line1};
    if (!a.line2.isEmpty())
        lines << a.line2;
    lines << QStringList{a.city, a.region, a.postalCode}.join(QStringLiteral(", "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ContractDetailPanel::ContractDetailPanel(ContractsController *contracts, QWidget *parent)
    : QGroupBox(parent)
    , m_contracts(contracts)
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
    m_billingEmail =
        addRow(form, tr("Bills by email to:"), QStringLiteral("detailBillingEmailLabel"));
    m_phone = addRow(form, tr("Contact phone:"), QStringLiteral("detailContactPhoneLabel"));
    m_tariff = addRow(form, tr("Tariff:"), QStringLiteral("detailTariffLabel"));
    m_meter = addRow(form, tr("Meter:"), QStringLiteral("detailMeterLabel"));
    m_start = addRow(form, tr("Contract date:"), QStringLiteral("detailStartLabel"));
    m_status = addRow(form, tr("Status:"), QStringLiteral("detailStatusLabel"));
    m_balance = addRow(form, tr("To pay:"), QStringLiteral("detailBalanceLabel"));
    m_lastInvoice = addRow(form, tr("Last invoice:"), QStringLiteral("detailLastInvoiceLabel"));

    m_paperless = new QCheckBox(tr("&Paperless bill"), this);
    m_paperless->setObjectName(QStringLiteral("paperlessCheckBox"));
    m_paperless->setAccessibleName(tr("Paperless bill"));
    m_paperlessText = new QLabel(this);
    m_paperlessText->setObjectName(QStringLiteral("paperlessExplanationLabel"));
    m_paperlessText->setWordWrap(true);

    m_confirmBox = new QWidget(this);
    m_confirmText = new QLabel(m_confirmBox);
    m_confirmText->setObjectName(QStringLiteral("billingEmailConfirmLabel"));
    m_confirmText->setWordWrap(true);
    m_code = new QLineEdit(m_confirmBox);
    m_code->setObjectName(QStringLiteral("billingEmailCodeLineEdit"));
    m_code->setAccessibleName(tr("Code from the email"));
    m_code->setPlaceholderText(tr("Code from the email"));
    m_code->setMaxLength(64);
    m_confirmText->setBuddy(m_code);
    m_confirm = new QPushButton(tr("Con&firm"), m_confirmBox);
    m_confirm->setObjectName(QStringLiteral("confirmBillingEmailButton"));
    m_confirm->setAccessibleName(tr("Confirm the billing email"));
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_code, 1);
    confirmRow->addWidget(m_confirm);
    auto *confirmLayout = new QVBoxLayout(m_confirmBox);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmRow);

    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("detailPendingLabel"));
    m_pending->setWordWrap(true);
    m_pending->setAccessibleName(tr("Changes not yet confirmed"));
    m_dismiss = new QPushButton(tr("&OK, understood"), this);
    m_dismiss->setObjectName(QStringLiteral("detailDismissButton"));
    m_dismiss->setAccessibleName(tr("Dismiss the refused change"));

    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editContractButton"));
    m_edit->setAccessibleName(tr("Edit the contract's details"));
    m_unlink = new QPushButton(tr("&Unlink…"), this);
    m_unlink->setObjectName(QStringLiteral("unlinkContractButton"));
    m_unlink->setAccessibleName(tr("Unlink the contract from your account"));
    m_close = new QPushButton(tr("C&lose details"), this);
    m_close->setObjectName(QStringLiteral("detailCloseButton"));
    m_close->setAccessibleName(tr("Close the contract details"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_unlink);
    buttons->addStretch();
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_paperless);
    layout->addWidget(m_paperlessText);
    layout->addWidget(m_confirmBox);
    layout->addWidget(m_pending);
    layout->addWidget(m_dismiss, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_close, &QPushButton::clicked, this, &ContractDetailPanel::closeRequested);
    connect(m_edit, &QPushButton::clicked, this, &ContractDetailPanel::editContract);
    connect(m_unlink, &QPushButton::clicked, this, &ContractDetailPanel::askUnlink);
    connect(m_paperless, &QCheckBox::clicked, this, [this](bool on) {
        m_contracts->update(m_contract.id, {{QStringLiteral("paperless"), on}});
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_code->text().trimmed().isEmpty()) {
            m_code->setFocus();
            return;
        }
        m_contracts->confirmBillingEmail(m_contract.id, m_code->text());
        m_code->clear();
    });
    connect(m_code, &QLineEdit::returnPressed, m_confirm, &QPushButton::click);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        for (const auto &p : m_contracts->pending(m_contract.id))
            if (p.rejected)
                m_contracts->dismiss(p.outboxId);
    });
    connect(m_contracts, &ContractsController::pendingChanged, this, [this] {
        if (!m_contract.id.isEmpty())
            refresh();
    });
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
    m_contract = c;
    m_locale = locale;
    refresh();
}

void ContractDetailPanel::setCanUnlink(bool canUnlink)
{
    m_canUnlink = canUnlink;
    if (!m_contract.id.isEmpty())
        refresh();
}

void ContractDetailPanel::refresh()
{
    const Contract c = m_contracts->withPendingChanges(m_contract);
    const QStringList allowed = m_contracts->editableFields();
    setTitle(c.alias.isEmpty() ? tr("Contract %1").arg(c.number)
                               : tr("%1 — contract %2").arg(c.alias, c.number));
    m_number->setText(c.number);
    m_alias->setText(c.alias.isEmpty() ? tr("(none)") : c.alias);
    m_holder->setText(c.holderName);
    m_supply->setText(addressText(c.supplyAddress));
    m_billing->setText(addressText(c.billingAddress));
    m_billingEmail->setText(c.billingEmail.isEmpty() ? tr("your account's email") : c.billingEmail);
    m_phone->setText(c.contactPhone.isEmpty() ? tr("(none)") : c.contactPhone);
    m_tariff->setText(c.tariff);
    m_meter->setText(c.meterNumber);
    m_start->setText(Formatter::date(c.startDate, m_locale));
    m_status->setText(ContractTableModel::statusText(c.paymentStatus));
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, StatusColors::forStatus(c.paymentStatus));
    m_status->setPalette(p);
    m_balance->setText(Formatter::money(c.balanceDue, m_locale));
    m_lastInvoice->setText(c.lastInvoice
                               ? tr("%1 for %2, due %3")
                                     .arg(Formatter::money(c.lastInvoice->amount, m_locale),
                                          Formatter::period(c.lastInvoice->period, m_locale),
                                          Formatter::date(c.lastInvoice->dueDate, m_locale))
                               : tr("(none yet)"));

    const bool paperlessAllowed = allowed.contains(QLatin1StringView("paperless"));
    m_paperless->setVisible(paperlessAllowed);
    m_paperlessText->setVisible(paperlessAllowed);
    m_paperless->setChecked(c.paperless);
    const QString to = c.billingEmail.isEmpty() ? tr("your account's email") : c.billingEmail;
    m_paperlessText->setText(
        c.paperless ? tr("Your bill arrives only by email, at %1; no paper is posted. Every bill "
                         "is also here, under Invoices.")
                          .arg(to)
                    : tr("Your bill is printed and posted to the billing address, and also sent "
                         "to %1. Turn on \"Paperless bill\" to stop the paper.")
                          .arg(to));

    m_confirmBox->setVisible(!c.pendingBillingEmail.isEmpty());
    m_confirmText->setText(tr("We emailed a code to %1. Enter it to send the bills there:")
                               .arg(c.pendingBillingEmail));

    QStringList waiting;
    QStringList refused;
    for (const ContractsController::Pending &change : m_contracts->pending(c.id)) {
        const bool confirm =
            change.action == QLatin1StringView(ContractsController::kConfirmEmailAction);
        const bool unlink = change.action == QLatin1StringView(ContractsController::kUnlinkAction);
        if (!change.rejected) {
            waiting << (confirm  ? tr("the billing email's code")
                        : unlink ? tr("unlinking this contract")
                                 : tr("your changes"));
            continue;
        }
        if (confirm)
            refused << tr("The code was not accepted: it is wrong or has expired.");
        else if (change.problemCode == QLatin1StringView("last_contract"))
            refused << tr("This is the only contract in your account, so it cannot be unlinked.");
        else if (!change.errors.isEmpty())
            for (const FieldError &e : change.errors)
                refused << ContractEditDialog::errorText(e.field, e.code);
        else
            refused << tr("The utility did not accept a change (%1).").arg(change.problemCode);
    }
    QString text;
    if (!waiting.isEmpty())
        text = tr("Saved on this computer, waiting for the server: %1.")
                   .arg(waiting.join(QStringLiteral(", ")));
    if (!refused.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("Not accepted: %1").arg(refused.join(QLatin1Char(' ')));
    m_pending->setText(text);
    m_pending->setVisible(!text.isEmpty());
    m_dismiss->setVisible(!refused.isEmpty());

    QStringList editable = allowed;
    editable.removeAll(QStringLiteral("paperless"));
    m_edit->setVisible(!editable.isEmpty());
    m_unlink->setVisible(m_canUnlink);
}

void ContractDetailPanel::editContract()
{
    auto *dialog =
        new ContractEditDialog(m_contracts, m_contracts->withPendingChanges(m_contract), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContractDetailPanel::askUnlink()
{
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Unlink contract"),
                        tr("Unlink contract %1 from your account? Its invoices and readings "
                           "leave this computer. You can link it again with one of its "
                           "bills.")
                            .arg(m_contract.number),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("unlinkConfirmMessageBox"));
    QPushButton *yes = box->addButton(tr("&Unlink"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("unlinkConfirmButton"));
    QPushButton *no = box->addButton(tr("&Keep it"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("unlinkKeepButton"));
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = m_contract.id;
    connect(yes, &QPushButton::clicked, this, [this, id] { m_contracts->unlink(id); });
    box->open();
}

} // namespace ov
