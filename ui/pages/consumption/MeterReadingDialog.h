#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ov {

class ConsumptionController;

// "Enter meter reading": shows the last reading and its date, checks what is typed by the
// rules the server applies (ReadingRules), says at the field why a value cannot be taken, warns
// before sending an unusually high one (a second press sends it), and hands it to the outbox —
// so it is kept when offline and sent once.
class MeterReadingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MeterReadingDialog(ConsumptionController *controller, QWidget *parent = nullptr);

    // The value typed, read in the display locale or with a plain decimal point.
    static std::optional<double> parseValue(const QString &text, const QLocale &locale);

private:
    void send();
    void clearMessages();

    ConsumptionController *m_controller;
    QLabel *m_last;
    QLineEdit *m_value;
    QLabel *m_valueMessage;
    QDateEdit *m_date;
    QLabel *m_dateMessage;
    QLabel *m_warning;
    QPushButton *m_send;
    double m_confirmedSpike = -1; // the high value the user has been warned about
};

} // namespace ov
