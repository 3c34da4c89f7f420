#include "ProfilePage.h"

#include "SecuritySection.h"
#include "pages/notifications/DesktopSettingsBox.h"

#include "AppController.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ov {

namespace {

const QStringList kEvents{QStringLiteral("new_invoice"), QStringLiteral("due_reminder"),
                          QStringLiteral("request_answered"), QStringLiteral("outage")};

QString eventName(const QString &event)
{
    if (event == QLatin1StringView("new_invoice"))
        return ProfilePage::tr("A new invoice");
    if (event == QLatin1StringView("due_reminder"))
        return ProfilePage::tr("An invoice is about to fall due");
    if (event == QLatin1StringView("request_answered"))
        return ProfilePage::tr("A request was answered");
    return ProfilePage::tr("A planned outage");
}

QString camel(const QString &snake)
{
    const QStringList words = snake.split(QLatin1Char('_'));
    QString out = words.first();
    for (int i = 1; i < words.size(); ++i)
        out += words.at(i).left(1).toUpper() + words.at(i).mid(1);
    return out;
}

} // namespace

ProfilePage::ProfilePage(AppController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("profilePage"));
    auto *content = new QWidget;

    // Who you are, how to reach you.
    auto *personal = new QGroupBox(tr("Your details"), content);
    personal->setObjectName(QStringLiteral("personalGroupBox"));
    m_name = new QLabel(personal);
    m_name->setObjectName(QStringLiteral("profileNameLabel"));
    m_username = new QLabel(personal);
    m_username->setObjectName(QStringLiteral("profileUsernameLabel"));
    m_email = new QLabel(personal);
    m_email->setObjectName(QStringLiteral("profileEmailLabel"));
    m_phone = new QLineEdit(personal);
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setPlaceholderText(QStringLiteral("+57 300 123 4567"));
    m_phone->setMaxLength(30);
    m_contactEmail = new QLineEdit(personal);
    m_contactEmail->setObjectName(QStringLiteral("contactEmailLineEdit"));
    m_contactEmail->setAccessibleName(tr("Contact email"));
    m_contactEmail->setMaxLength(254);
    m_saveProfile = new QPushButton(tr("&Save details"), personal);
    m_saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveProfile->setAccessibleName(tr("Save your details"));
    m_pending = new QLabel(personal);
    m_pending->setObjectName(QStringLiteral("pendingContactEmailLabel"));
    m_pending->setWordWrap(true);
    m_contactCode = new QLineEdit(personal);
    m_contactCode->setObjectName(QStringLiteral("contactEmailCodeLineEdit"));
    m_contactCode->setAccessibleName(tr("Code sent to the new email"));
    m_contactCode->setMaxLength(100);
    m_confirmContact = new QPushButton(tr("Con&firm email"), personal);
    m_confirmContact->setObjectName(QStringLiteral("confirmContactEmailButton"));
    m_confirmContact->setAccessibleName(tr("Confirm the new contact email"));
    m_profileMessage = new QLabel(personal);
    m_profileMessage->setObjectName(QStringLiteral("detailsMessageLabel"));
    m_profileMessage->setWordWrap(true);
    auto *personalForm = new QFormLayout(personal);
    personalForm->addRow(tr("Name:"), m_name);
    personalForm->addRow(tr("Username:"), m_username);
    personalForm->addRow(tr("Account email:"), m_email);
    personalForm->addRow(tr("&Phone:"), m_phone);
    personalForm->addRow(tr("Contact e&mail:"), m_contactEmail);
    personalForm->addRow(QString(), m_saveProfile);
    personalForm->addRow(QString(), m_pending);
    personalForm->addRow(tr("Co&de:"), m_contactCode);
    personalForm->addRow(QString(), m_confirmContact);
    personalForm->addRow(QString(), m_profileMessage);

    // Notices.
    auto *notices = new QGroupBox(tr("Notifications"), content);
    notices->setObjectName(QStringLiteral("notificationsGroupBox"));
    auto *grid = new QGridLayout(notices);
    grid->addWidget(new QLabel(tr("Tell me when…"), notices), 0, 0);
    grid->addWidget(new QLabel(tr("Email"), notices), 0, 1);
    grid->addWidget(new QLabel(tr("SMS"), notices), 0, 2);
    for (int i = 0; i < kEvents.size(); ++i) {
        const QString name = eventName(kEvents.at(i));
        grid->addWidget(new QLabel(name, notices), i + 1, 0);
        auto *email = new QCheckBox(notices);
        email->setObjectName(camel(kEvents.at(i)) + QStringLiteral("EmailCheckBox"));
        email->setAccessibleName(tr("%1, by email").arg(name));
        auto *sms = new QCheckBox(notices);
        sms->setObjectName(camel(kEvents.at(i)) + QStringLiteral("SmsCheckBox"));
        sms->setAccessibleName(tr("%1, by SMS").arg(name));
        grid->addWidget(email, i + 1, 1);
        grid->addWidget(sms, i + 1, 2);
        m_emailBoxes << email;
        m_smsBoxes << sms;
    }
    m_savePreferences = new QPushButton(tr("Save &notifications"), notices);
    m_savePreferences->setObjectName(QStringLiteral("savePreferencesButton"));
    m_savePreferences->setAccessibleName(tr("Save the notification choices"));
    m_preferencesMessage = new QLabel(notices);
    m_preferencesMessage->setObjectName(QStringLiteral("preferencesMessageLabel"));
    m_preferencesMessage->setWordWrap(true);
    grid->addWidget(m_savePreferences, int(kEvents.size()) + 1, 0);
    grid->addWidget(m_preferencesMessage, int(kEvents.size()) + 2, 0, 1, 3);

    auto *desktop = new DesktopSettingsBox(controller->settings(), content);
    m_security = new SecuritySection(controller, content);

    auto *column = new QVBoxLayout(content);
    column->addWidget(personal);
    column->addWidget(notices);
    column->addWidget(desktop);
    column->addWidget(m_security);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_saveProfile, &QPushButton::clicked, this, &ProfilePage::saveProfile);
    connect(m_confirmContact, &QPushButton::clicked, this, &ProfilePage::confirmContactEmail);
    connect(m_savePreferences, &QPushButton::clicked, this, &ProfilePage::savePreferences);
    connect(m_security, &SecuritySection::profileChanged, this, &ProfilePage::reload);
}

QString ProfilePage::describe(const ApiError &error) const
{
    if (error.isOffline())
        return tr("You are offline; try again when the connection is back.");
    return tr("It could not be saved (%1). Please try again.").arg(error.status);
}

void ProfilePage::reload()
{
    m_profileMessage->setText(tr("Loading…"));
    m_controller->accounts()->profile(
        [this](const QJsonObject &profile, const std::optional<ApiError> &error) {
            if (error) {
                m_profileMessage->setText(error->isOffline()
                                              ? tr("Your profile is available when you are online.")
                                              : describe(*error));
                return;
            }
            m_profileMessage->clear();
            showProfile(profile);
        });
    m_controller->accounts()->preferences([this](const QJsonObject &answer,
                                                 const std::optional<ApiError> &error) {
        if (error)
            return;
        const QJsonArray list = answer.value(QLatin1StringView("preferences")).toArray();
        for (const QJsonValue &v : list) {
            const int i =
                int(kEvents.indexOf(v.toObject().value(QLatin1StringView("event")).toString()));
            if (i < 0)
                continue;
            m_emailBoxes.at(i)->setChecked(v.toObject().value(QLatin1StringView("email")).toBool());
            m_smsBoxes.at(i)->setChecked(v.toObject().value(QLatin1StringView("sms")).toBool());
        }
    });
}

void ProfilePage::showProfile(const QJsonObject &p)
{
    m_name->setText(p.value(QLatin1StringView("displayName")).toString());
    m_username->setText(p.value(QLatin1StringView("username")).toString());
    m_email->setText(p.value(QLatin1StringView("email")).toString());
    m_phone->setText(p.value(QLatin1StringView("phone")).toString());
    m_contactEmail->setText(p.value(QLatin1StringView("contactEmail")).toString());
    const QString pending = p.value(QLatin1StringView("pendingContactEmail")).toString();
    m_pending->setText(
        pending.isEmpty()
            ? QString()
            : tr("We sent a code to %1. Enter it to start using that address.").arg(pending));
    for (QWidget *w : {static_cast<QWidget *>(m_pending), static_cast<QWidget *>(m_contactCode),
                       static_cast<QWidget *>(m_confirmContact)})
        w->setVisible(!pending.isEmpty());
    m_security->setTwoFactorEnabled(p.value(QLatin1StringView("twoFactorEnabled")).toBool());
    m_security->setAccount(p.value(QLatin1StringView("username")).toString(),
                           p.value(QLatin1StringView("email")).toString());
}

void ProfilePage::saveProfile()
{
    m_saveProfile->setEnabled(false);
    const QJsonObject changes{{QStringLiteral("phone"), m_phone->text().trimmed()},
                              {QStringLiteral("contactEmail"), m_contactEmail->text().trimmed()}};
    m_controller->accounts()->updateProfile(
        changes, [this](const QJsonObject &profile, const std::optional<ApiError> &error) {
            m_saveProfile->setEnabled(true);
            if (!error) {
                showProfile(profile);
                m_profileMessage->setText(tr("Saved."));
                return;
            }
            QStringList problems;
            for (const FieldError &e : std::as_const(error->problem.errors))
                problems << (e.field == QLatin1StringView("phone")
                                 ? tr("The phone number does not look right.")
                                 : tr("The contact email does not look right."));
            m_profileMessage->setText(problems.isEmpty() ? describe(*error)
                                                         : problems.join(QLatin1Char(' ')));
        });
}

void ProfilePage::confirmContactEmail()
{
    m_controller->accounts()->confirmContactEmail(
        m_contactCode->text().trimmed(),
        [this](const QJsonObject &profile, const std::optional<ApiError> &error) {
            if (!error) {
                m_contactCode->clear();
                showProfile(profile);
                m_profileMessage->setText(tr("Your contact email is confirmed."));
                return;
            }
            m_profileMessage->setText(
                error->code() == QLatin1StringView("code_expired")
                    ? tr("The code has expired; save the email again to get a new one.")
                    : tr("The code is not right."));
        });
}

void ProfilePage::savePreferences()
{
    QJsonArray list;
    for (int i = 0; i < kEvents.size(); ++i)
        list.append(QJsonObject{{QStringLiteral("event"), kEvents.at(i)},
                                {QStringLiteral("email"), m_emailBoxes.at(i)->isChecked()},
                                {QStringLiteral("sms"), m_smsBoxes.at(i)->isChecked()}});
    m_savePreferences->setEnabled(false);
    m_controller->accounts()->setPreferences(
        {{QStringLiteral("preferences"), list}},
        [this](const QJsonObject &, const std::optional<ApiError> &error) {
            m_savePreferences->setEnabled(true);
            if (!error) {
                m_preferencesMessage->setText(tr("Saved."));
                return;
            }
            bool phone = false;
            for (const FieldError &e : std::as_const(error->problem.errors))
                phone |= e.code == QLatin1StringView("phone_required");
            m_preferencesMessage->setText(
                phone ? tr("Add a phone number to your details to get SMS.") : describe(*error));
        });
}

} // namespace ov
