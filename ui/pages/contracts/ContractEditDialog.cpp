#include "ContractEditDialog.h"

#include "contracts/ContractsController.h"
#include "domain/ContractRules.h"
#include "widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ov {

namespace {

const char *const kAddressParts[] = {"line1", "line2", "city", "region", "postalCode"};

QString addressLabel(const QString &part)
{
    if (part == QLatin1StringView("line1"))
        return ContractEditDialog::tr("&Street and number:");
    if (part == QLatin1StringView("line2"))
        return ContractEditDialog::tr("Apartment, office (o&ptional):");
    if (part == QLatin1StringView("city"))
        return ContractEditDialog::tr("C&ity:");
    if (part == QLatin1StringView("region"))
        return ContractEditDialog::tr("&Region (department, state):");
    return ContractEditDialog::tr("Postal c&ode:");
}

QString addressValue(const Address &a, const QString &part)
{
    if (part == QLatin1StringView("line1"))
        return a.line1;
    if (part == QLatin1StringView("line2"))
        return a.line2;
    if (part == QLatin1StringView("city"))
        return a.city;
    if (part == QLatin1StringView("region"))
        return a.region;
    return a.postalCode;
}

} // namespace

ContractEditDialog::ContractEditDialog(ContractsController *contracts, const Contract &contract,
                                       QWidget *parent)
    : QDialog(parent)
    , m_contracts(contracts)
    , m_contract(contract)
{
    setObjectName(QStringLiteral("contractEditDialog"));
    setWindowTitle(tr("Edit contract %1").arg(contract.number));
    const QStringList allowed = contracts->editableFields();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (allowed.contains(QLatin1StringView("alias")))
        addField(QStringLiteral("alias"), tr("&Alias (your name for it):"),
                 QStringLiteral("aliasLineEdit"), contract.alias, ContractRules::kMaxAlias, form);
    if (allowed.contains(QLatin1StringView("billingEmail"))) {
        QLineEdit *email =
            addField(QStringLiteral("billingEmail"), tr("Billing &email:"),
                     QStringLiteral("billingEmailLineEdit"),
                     contract.pendingBillingEmail.isEmpty() ? contract.billingEmail
                                                            : contract.pendingBillingEmail,
                     320, form);
        email->setPlaceholderText(tr("Empty: your account's email"));
    }
    if (allowed.contains(QLatin1StringView("contactPhone")))
        addField(QStringLiteral("contactPhone"), tr("Contact &phone:"),
                 QStringLiteral("contactPhoneLineEdit"), contract.contactPhone, 40, form)
            ->setPlaceholderText(tr("+57 300 123 4567"));
    layout->addLayout(form);
    if (allowed.contains(QLatin1StringView("billingAddress"))) {
        auto *box = new QGroupBox(tr("Where printed bills are posted"), this);
        box->setObjectName(QStringLiteral("billingAddressGroupBox"));
        auto *addressForm = new QFormLayout(box);
        for (const char *part : kAddressParts) {
            const QString name = QString::fromLatin1(part);
            QString objectName = QStringLiteral("billing") + name.left(1).toUpper() + name.mid(1) +
                                 QStringLiteral("LineEdit");
            addField(QStringLiteral("billingAddress.") + name, addressLabel(name), objectName,
                     addressValue(contract.billingAddress, name),
                     name == QLatin1StringView("postalCode") ? 12 : ContractRules::kMaxAddressLine,
                     addressForm);
        }
        layout->addWidget(box);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("contractEditMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveContractButton"));
    m_save->setAccessibleName(tr("Save the changes"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelContractEditButton"));
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &ContractEditDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

QLineEdit *ContractEditDialog::addField(const QString &member, const QString &label,
                                        const QString &objectName, const QString &value,
                                        int maxLength, QFormLayout *form)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maxLength);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    QString errorName = objectName;
    errorName.replace(QLatin1StringView("LineEdit"), QLatin1StringView("ErrorLabel"));
    auto *error = FieldMessage::create(this, errorName);
    form->addRow(caption, edit);
    form->addRow(QString(), error);
    m_edits.insert(member, edit);
    m_errors.insert(member, error);
    connect(edit, &QLineEdit::textEdited, this, [this, member] {
        FieldMessage::clear(m_errors.value(member), m_edits.value(member));
        m_message->clear();
    });
    return edit;
}

QJsonObject ContractEditDialog::changes() const
{
    QJsonObject changes;
    auto text = [this](const QString &member) {
        return m_edits.value(member)->text().trimmed();
    };
    if (m_edits.contains(QStringLiteral("alias")) &&
        text(QStringLiteral("alias")) != m_contract.alias)
        changes.insert(QStringLiteral("alias"), text(QStringLiteral("alias")));
    if (m_edits.contains(QStringLiteral("billingEmail"))) {
        const QString email = text(QStringLiteral("billingEmail"));
        const QString shown = m_contract.pendingBillingEmail.isEmpty()
                                  ? m_contract.billingEmail
                                  : m_contract.pendingBillingEmail;
        if (email.compare(shown, Qt::CaseInsensitive) != 0)
            changes.insert(QStringLiteral("billingEmail"), email);
    }
    if (m_edits.contains(QStringLiteral("contactPhone")) &&
        text(QStringLiteral("contactPhone")) != m_contract.contactPhone)
        changes.insert(QStringLiteral("contactPhone"), text(QStringLiteral("contactPhone")));
    if (m_edits.contains(QStringLiteral("billingAddress.line1"))) {
        Address a = m_contract.billingAddress;
        a.line1 = text(QStringLiteral("billingAddress.line1"));
        a.line2 = text(QStringLiteral("billingAddress.line2"));
        a.city = text(QStringLiteral("billingAddress.city"));
        a.region = text(QStringLiteral("billingAddress.region"));
        a.postalCode = text(QStringLiteral("billingAddress.postalCode"));
        if (!(a == m_contract.billingAddress))
            changes.insert(QStringLiteral("billingAddress"), a.toJson());
    }
    return changes;
}

QString ContractEditDialog::errorText(const QString &field, const QString &code)
{
    if (code == QLatin1StringView("required"))
        return tr("This is needed.");
    if (code == QLatin1StringView("too_long"))
        return tr("This is too long.");
    if (code == QLatin1StringView("not_editable"))
        return tr("The utility does not let customers change this here.");
    if (field == QLatin1StringView("billingEmail"))
        return tr("Enter an email address like name@example.com.");
    if (field == QLatin1StringView("contactPhone"))
        return tr("Enter a phone number: digits, spaces and an optional + at the start.");
    if (field == QLatin1StringView("billingAddress.postalCode"))
        return tr("This postal code does not have the form used in this country.");
    return tr("Check this field.");
}

void ContractEditDialog::save()
{
    const QJsonObject changes = this->changes();
    if (changes.isEmpty()) {
        accept();
        return;
    }
    const QList<FieldError> errors = m_contracts->validate(changes);
    bool focused = false;
    for (const FieldError &e : errors) {
        if (QLineEdit *edit = m_edits.value(e.field)) {
            FieldMessage::show(m_errors.value(e.field), edit, errorText(e.field, e.code), !focused);
            focused = true;
        } else {
            m_message->setText(errorText(e.field, e.code));
        }
    }
    if (!errors.isEmpty())
        return;
    m_save->setEnabled(false);
    m_contracts->update(m_contract.id, changes, [self = QPointer(this)](bool saved) {
        if (!self)
            return;
        self->m_save->setEnabled(true);
        if (saved)
            self->accept();
        else
            self->m_message->setText(
                tr("The change could not be saved on this computer. Try again."));
    });
}

} // namespace ov
