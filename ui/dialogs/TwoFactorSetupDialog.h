#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ov {

class AppController;

// Turning on two-step verification: scan the QR code (drawn here, the secret never leaves the
// computer otherwise) or type the key, confirm with a first code, then keep the ten recovery
// codes — shown once, with "save to file".
class TwoFactorSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TwoFactorSetupDialog(AppController *controller, QWidget *parent = nullptr);

    void start(); // asks the server for a secret
    QStringList recoveryCodes() const { return m_codes; }
    // Tests answer the save dialog here instead of a person.
    static void setSaveFileNameProvider(std::function<QString()> provider);

private:
    void confirm();
    void saveCodes();

    AppController *m_controller;
    QStackedWidget *m_steps;
    QLabel *m_qr;
    QLabel *m_secret;
    QLineEdit *m_code;
    QPushButton *m_confirm;
    QListWidget *m_list;
    QPushButton *m_save;
    QPushButton *m_done;
    QLabel *m_message;
    QStringList m_codes;
};

} // namespace ov
