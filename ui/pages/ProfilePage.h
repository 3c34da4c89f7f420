#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ov {

class AppController;
class SecuritySection;

// The user's own account: who they are, how to reach them (phone; a contact email confirmed by
// a code), which notices they want by email or SMS, and — in SecuritySection — password,
// two-step verification and the other sessions.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(AppController *controller, QWidget *parent = nullptr);
    void reload();

private:
    void showProfile(const QJsonObject &profile);
    void saveProfile();
    void confirmContactEmail();
    void savePreferences();
    QString describe(const ApiError &error) const;

    AppController *m_controller;
    QLabel *m_name;
    QLabel *m_username;
    QLabel *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_contactEmail;
    QPushButton *m_saveProfile;
    QLabel *m_pending;
    QLineEdit *m_contactCode;
    QPushButton *m_confirmContact;
    QLabel *m_profileMessage;
    QList<QCheckBox *> m_emailBoxes;
    QList<QCheckBox *> m_smsBoxes;
    QPushButton *m_savePreferences;
    QLabel *m_preferencesMessage;
    SecuritySection *m_security;
};

} // namespace ov
