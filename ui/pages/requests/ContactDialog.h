#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace ov {

class AppController;
class ContactForm;

// "Contact us", for people without an account (from the sign-in page): name, email, category
// and message, checked at the fields; once filed, the filing number and the date an answer is
// due. The utility's phone, WhatsApp and email are links beside it.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(AppController *app, QWidget *parent = nullptr);

private:
    void send();
    void updateCounter();
    void showErrors(const QList<struct FieldError> &errors);

    AppController *m_app;
    ContactForm *m_form;
    QStackedWidget *m_steps;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QLineEdit *m_email;
    QLabel *m_emailMessage;
    QComboBox *m_category;
    QLabel *m_categoryMessage;
    QPlainTextEdit *m_description;
    QLabel *m_counter;
    QLabel *m_descriptionMessage;
    QLabel *m_error;
    QLabel *m_done;
    QPushButton *m_send;
    QPushButton *m_close;
};

} // namespace ov
