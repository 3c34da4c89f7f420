#include "ContactDialog.h"

#include "AppController.h"
#include "CategoryChoices.h"
#include "DescriptionCounter.h"
#include "SupportLinks.h"
#include "core/Formatter.h"
#include "domain/RequestRules.h"
#include "requests/ContactForm.h"
#include "requests/RequestText.h"
#include "widgets/FieldMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ov {

ContactDialog::ContactDialog(AppController *app, QWidget *parent)
    : QDialog(parent)
    , m_app(app)
    , m_form(new ContactForm(app, this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Contact us"));
    setMinimumWidth(520);

    auto *intro = new QLabel(tr("Write to the utility without an account. You will get the "
                                "filing number here and by email."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("contactNameLineEdit"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setMaxLength(RequestRules::kMaxName + 20);
    m_nameMessage = FieldMessage::create(this, QStringLiteral("contactNameMessage"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("contactEmailLineEdit"));
    m_email->setAccessibleName(tr("Your email"));
    m_emailMessage = FieldMessage::create(this, QStringLiteral("contactEmailMessage"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("contactCategoryComboBox"));
    m_category->setAccessibleName(tr("What is it about"));
    m_categoryMessage = FieldMessage::create(this, QStringLiteral("contactCategoryMessage"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("contactDescriptionTextEdit"));
    m_description->setAccessibleName(tr("Your message"));
    m_description->setTabChangesFocus(true);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("contactDescriptionCounterLabel"));
    m_counter->setAlignment(Qt::AlignRight);
    m_descriptionMessage = FieldMessage::create(this, QStringLiteral("contactDescriptionMessage"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("contactErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *channels = new QLabel(this);
    channels->setObjectName(QStringLiteral("contactChannelsLabel"));
    channels->setTextFormat(Qt::RichText);
    channels->setOpenExternalLinks(true);
    channels->setTextInteractionFlags(Qt::TextBrowserInteraction);
    channels->setWordWrap(true);
    const auto &config = app->config();
    const QList<SupportChannel> support =
        config ? config->supportChannels : QList<SupportChannel>{};
    channels->setText(tr("<b>Or reach us directly</b>") + QStringLiteral("<br>") +
                      SupportLinks::html(support));
    channels->setVisible(!support.isEmpty());
    channels->setAccessibleName(tr("The utility's phone, WhatsApp and email"));

    auto *fill = new QWidget(this);
    auto *form = new QFormLayout(fill);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(intro);
    auto *nameLabel = new QLabel(tr("&Name:"), fill);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameMessage);
    auto *emailLabel = new QLabel(tr("&Email:"), fill);
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, m_email);
    form->addRow(QString(), m_emailMessage);
    auto *categoryLabel = new QLabel(tr("&About:"), fill);
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    form->addRow(QString(), m_categoryMessage);
    auto *descriptionLabel = new QLabel(tr("&Message:"), fill);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);
    form->addRow(QString(), m_counter);
    form->addRow(QString(), m_descriptionMessage);
    form->addRow(m_error);

    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("contactReceiptLabel"));
    m_done->setWordWrap(true);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_done->setFocusPolicy(Qt::StrongFocus);

    m_steps = new QStackedWidget(this);
    m_steps->addWidget(fill);
    m_steps->addWidget(m_done);

    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("sendContactButton"));
    m_send->setAccessibleName(tr("Send the message"));
    m_send->setDefault(true);
    m_close = new QPushButton(tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("closeContactButton"));
    m_close->setAccessibleName(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    buttons->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(channels);
    layout->addLayout(buttons);

    CategoryChoices::fill(m_category,
                          config ? config->requestCategories : QList<RequestCategory>{});
    connect(m_send, &QPushButton::clicked, this, &ContactDialog::send);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ContactDialog::updateCounter);
    connect(m_name, &QLineEdit::textEdited, this,
            [this] { FieldMessage::clear(m_nameMessage, m_name); });
    connect(m_email, &QLineEdit::textEdited, this,
            [this] { FieldMessage::clear(m_emailMessage, m_email); });
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { FieldMessage::clear(m_categoryMessage, m_category); });
    updateCounter();
    m_name->setFocus();
}

void ContactDialog::updateCounter()
{
    DescriptionCounter::update(m_description, m_counter, m_descriptionMessage);
}

void ContactDialog::showErrors(const QList<FieldError> &errors)
{
    const QList<std::tuple<QString, QLabel *, QWidget *>> fields = {
        {QStringLiteral("name"), m_nameMessage, m_name},
        {QStringLiteral("email"), m_emailMessage, m_email},
        {QStringLiteral("categoryId"), m_categoryMessage, m_category},
        {QStringLiteral("description"), m_descriptionMessage, m_description}};
    bool focused = false;
    for (const auto &[field, label, widget] : fields) {
        FieldMessage::clear(label, widget);
        for (const FieldError &e : errors)
            if (e.field == field) {
                FieldMessage::show(label, widget, RequestText::message(e), !focused);
                focused = true;
                break;
            }
    }
}

void ContactDialog::send()
{
    if (m_steps->currentWidget() == m_done)
        return accept();
    m_error->setVisible(false);
    const ContactForm::Message message{m_name->text(), m_email->text(),
                                       m_category->currentData(Qt::UserRole).toString(),
                                       m_description->toPlainText()};
    m_send->setEnabled(false);
    m_send->setText(tr("Sending…"));
    m_form->send(message, [this](const ContactForm::Outcome &o) {
        m_send->setEnabled(true);
        m_send->setText(tr("&Send"));
        showErrors(o.errors);
        if (!o.errors.isEmpty())
            return;
        if (o.error) {
            m_error->setText(tr("Your message was not sent: %1").arg(o.error->describe()));
            m_error->setVisible(true);
            return;
        }
        const QLocale locale = m_app->displayLocale();
        m_done->setText(
            tr("<p><b>Thank you. Your message was filed as %1.</b></p><p>The utility must "
               "answer by %2. We sent a copy to %3.</p>")
                .arg(o.ticket.toHtmlEscaped(),
                     o.answerDueDate.isValid() ? Formatter::date(o.answerDueDate, locale)
                                               : tr("the legal deadline"),
                     m_email->text().trimmed().toHtmlEscaped()));
        m_steps->setCurrentWidget(m_done);
        m_send->setText(tr("&Done"));
        m_send->setAccessibleName(tr("Close"));
        m_close->setVisible(false);
        m_done->setFocus();
    });
}

} // namespace ov
