#include "CustomerDataPage.h"

#include "CustomerWizard.h"

#include "AppController.h"
#include "domain/AccountRules.h"
#include "widgets/FieldMessage.h"
#include "widgets/SampleBillWidget.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace ov {

namespace {

struct FieldInfo
{
    const char *name;
    const char *objectName;
    const char *bill; // the part of the bill it comes from
};

const FieldInfo kFields[] = {
    {"reference", "referenceLineEdit", "reference"},
    {"meterNumber", "meterNumberLineEdit", "meter"},
    {"paternalSurname", "paternalSurnameLineEdit", ""},
    {"maternalSurname", "maternalSurnameLineEdit", ""},
    {"companyName", "companyNameLineEdit", ""},
    {"taxId", "taxIdLineEdit", ""},
};

QString labelFor(const QString &field)
{
    if (field == QLatin1StringView("reference"))
        return CustomerDataPage::tr("Bill &reference (without dots):");
    if (field == QLatin1StringView("meterNumber"))
        return CustomerDataPage::tr("&Meter number:");
    if (field == QLatin1StringView("paternalSurname"))
        return CustomerDataPage::tr("&First surname:");
    if (field == QLatin1StringView("maternalSurname"))
        return CustomerDataPage::tr("&Second surname:");
    if (field == QLatin1StringView("companyName"))
        return CustomerDataPage::tr("&Company name:");
    return CustomerDataPage::tr("&Tax id:");
}

} // namespace

CustomerDataPage::CustomerDataPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("customerDataPage"));
    setTitle(tr("Your customer details"));
    setSubTitle(tr("Step 1 of 4. Copy them from your bill, exactly as they appear."));
    auto *form = new QFormLayout;
    for (const FieldInfo &info : kFields) {
        const QString name = QString::fromLatin1(info.name);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(info.objectName));
        edit->setMaxLength(name == QLatin1StringView("companyName") ? 160 : 60);
        edit->setProperty("bill", QString::fromLatin1(info.bill));
        edit->installEventFilter(this);
        auto *label = new QLabel(labelFor(name), this);
        label->setBuddy(edit);
        edit->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto *error = FieldMessage::create(this, name + QStringLiteral("ErrorLabel"));
        form->addRow(label, edit);
        form->addRow(QString(), error);
        m_edits.insert(name, edit);
        m_labels.insert(name, label);
        m_errors.insert(name, error);
        connect(edit, &QLineEdit::textChanged, this, [this, name] {
            FieldMessage::clear(m_errors.value(name), m_edits.value(name));
            m_message->clear();
            emit completeChanged();
        });
    }
    // References are digits and letters only: dots and spaces are refused as they are typed.
    m_edits.value(QStringLiteral("reference"))
        ->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9A-Za-z]{0,30}")), this));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("customerMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_bill = new SampleBillWidget(this);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_message);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_bill, 1);
}

QStringList CustomerDataPage::askedFields() const
{
    const auto *w = static_cast<const CustomerWizard *>(wizard());
    const auto &config = w->controller()->config();
    if (config)
        for (const RegistrationForm &form : config->registration)
            if (form.customerType == w->customerType)
                return form.fields;
    // Without a config (offline), the usual forms.
    return w->customerType == QLatin1StringView("business")
               ? QStringList{QStringLiteral("reference"), QStringLiteral("companyName"),
                             QStringLiteral("meterNumber")}
               : QStringList{QStringLiteral("reference"), QStringLiteral("meterNumber"),
                             QStringLiteral("paternalSurname"), QStringLiteral("maternalSurname")};
}

void CustomerDataPage::initializePage()
{
    const QStringList asked = askedFields();
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const bool shown = asked.contains(it.key());
        it.value()->setVisible(shown);
        m_labels.value(it.key())->setVisible(shown);
        if (!shown)
            m_errors.value(it.key())->setVisible(false);
    }
    auto *w = static_cast<CustomerWizard *>(wizard());
    const auto &config = w->controller()->config();
    m_bill->load(config ? config->utilityId : QString());
    m_bill->setHighlight(QStringLiteral("reference"));
    m_message->clear();
    m_edits.value(asked.value(0, QStringLiteral("reference")))->setFocus();
}

bool CustomerDataPage::isComplete() const
{
    const QStringList asked = askedFields();
    for (const QString &field : asked)
        if (m_edits.value(field)->text().trimmed().isEmpty())
            return false;
    return !m_request.busy;
}

bool CustomerDataPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const QString part = watched->property("bill").toString();
        if (!part.isEmpty())
            m_bill->setHighlight(part);
    }
    return QWizardPage::eventFilter(watched, event);
}

void CustomerDataPage::showError(const QString &field, const QString &code)
{
    QLineEdit *edit = m_edits.value(field);
    if (!edit)
        return;
    QString text = tr("Check this field.");
    if (code == QLatin1StringView("required"))
        text = tr("This is needed.");
    else if (code == QLatin1StringView("invalid") && field == QLatin1StringView("reference"))
        text = tr("Only digits and letters, without dots or spaces.");
    else if (code == QLatin1StringView("too_long"))
        text = tr("This is longer than the bill shows.");
    FieldMessage::show(m_errors.value(field), edit, text);
}

bool CustomerDataPage::validatePage()
{
    if (m_request.take())
        return true;
    if (m_request.busy)
        return false;
    auto *w = static_cast<CustomerWizard *>(wizard());
    QJsonObject body{{QStringLiteral("customerType"), w->customerType}};
    const QStringList asked = askedFields();
    for (const QString &field : asked)
        body.insert(field, m_edits.value(field)->text().trimmed());
    const QString reference = body.value(QLatin1StringView("reference")).toString();
    if (const QString code = AccountRules::checkReference(reference); !code.isEmpty()) {
        showError(QStringLiteral("reference"), code);
        return false;
    }
    m_request.busy = true;
    emit completeChanged();
    m_message->setText(tr("Checking your details…"));
    w->submitCustomer(body, [this](const std::optional<ApiError> &error) {
        m_request.busy = false;
        emit completeChanged();
        if (!error) {
            m_message->clear();
            m_request.proceed(this, wizard());
            return;
        }
        if (error->isOffline())
            m_message->setText(
                tr("The server cannot be reached. Check your internet connection and try again."));
        else if (error->code() == QLatin1StringView("customer_not_found"))
            m_message->setText(
                tr("We could not find a customer with these details. Compare them with your bill "
                   "and try again."));
        else if (error->code() == QLatin1StringView("customer_already_registered"))
            m_message->setText(tr("This customer already has an account. Sign in, or use \"Forgot "
                                  "your password?\"."));
        else if (error->code() == QLatin1StringView("already_linked"))
            m_message->setText(tr("This contract is already in your account."));
        else if (error->code() == QLatin1StringView("linked_to_another_account"))
            m_message->setText(tr("This contract belongs to another account, so it cannot be added "
                                  "to yours. Its holder has been told. If it is yours, contact "
                                  "us."));
        else if (error->status == 429)
            m_message->setText(tr("Too many attempts. Try again in %n minute(s).", nullptr,
                                  std::max(1, (error->retryAfterSeconds + 59) / 60)));
        else if (error->code() == QLatin1StringView("validation_failed"))
            for (const FieldError &e : std::as_const(error->problem.errors))
                showError(e.field, e.code);
        else
            m_message->setText(
                tr("Something went wrong (%1). Please try again.").arg(error->status));
    });
    return false;
}

} // namespace ov
