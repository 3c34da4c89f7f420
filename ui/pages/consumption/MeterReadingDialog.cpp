#include "MeterReadingDialog.h"

#include "AppController.h"
#include "consumption/ConsumptionController.h"
#include "consumption/ReadingRulesText.h"
#include "invoices/BillExplanationText.h"
#include "widgets/FieldMessage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ov {

std::optional<double> MeterReadingDialog::parseValue(const QString &text, const QLocale &locale)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = locale.toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

MeterReadingDialog::MeterReadingDialog(ConsumptionController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("meterReadingDialog"));
    setWindowTitle(tr("Enter meter reading"));
    const QLocale locale = controller->app()->displayLocale();
    const QString unit = BillExplanationText::unitName(
        controller->app()->config() ? controller->app()->config()->unit : QString());

    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("lastReadingLabel"));
    m_last->setWordWrap(true);
    const auto last =
        ReadingRules::lastOf(controller->history().readings(), controller->meterNumber());
    m_last->setText(last ? tr("Last reading: %1 %2 on %3.")
                               .arg(ReadingRulesText::number(last->value, locale), unit,
                                    locale.toString(last->readAt, QLocale::LongFormat))
                         : tr("There is no earlier reading of this meter."));

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("readingValueEdit"));
    m_value->setAccessibleName(tr("Reading shown on the meter"));
    m_value->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_value->setMaxLength(16);
    m_valueMessage = FieldMessage::create(this, QStringLiteral("readingValueMessage"));

    m_date = new QDateEdit(controller->utilityToday(), this);
    m_date->setObjectName(QStringLiteral("readingDateEdit"));
    m_date->setAccessibleName(tr("Date of the reading"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(controller->utilityToday());
    m_dateMessage = FieldMessage::create(this, QStringLiteral("readingDateMessage"));

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("readingWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send reading"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendReadingButton"));
    m_send->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelReadingButton"));
    cancel->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &MeterReadingDialog::send);
    connect(m_value, &QLineEdit::textEdited, this, &MeterReadingDialog::clearMessages);
    connect(m_date, &QDateEdit::dateChanged, this, &MeterReadingDialog::clearMessages);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reading (%1):").arg(unit), m_value);
    form->addRow(QString(), m_valueMessage);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_last);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    m_value->setFocus();
}

void MeterReadingDialog::clearMessages()
{
    FieldMessage::clear(m_valueMessage, m_value);
    FieldMessage::clear(m_dateMessage, m_date);
    m_warning->hide();
    m_send->setText(tr("&Send reading"));
}

void MeterReadingDialog::send()
{
    const AppController *app = m_controller->app();
    const QLocale locale = app->displayLocale();
    const auto value = parseValue(m_value->text(), locale);
    if (!value) {
        FieldMessage::show(
            m_valueMessage, m_value,
            ReadingRulesText::message({QStringLiteral("value"), m_value->text().trimmed().isEmpty()
                                                                    ? QStringLiteral("required")
                                                                    : QStringLiteral("invalid")},
                                      std::nullopt, {}, locale));
        return;
    }
    const ReadingRules::Outcome outcome = m_controller->check(*value, m_date->date());
    const ReadingWindow window = app->config() ? app->config()->readingWindow : ReadingWindow{};
    if (!outcome.accepted()) {
        bool focused = false;
        for (const FieldError &e : outcome.errors) {
            const bool isValue = e.field == QLatin1StringView("value");
            FieldMessage::show(isValue ? m_valueMessage : m_dateMessage,
                               isValue ? static_cast<QWidget *>(m_value) : m_date,
                               ReadingRulesText::message(e, outcome.last, window, locale),
                               !focused);
            focused = true;
        }
        return;
    }
    if (outcome.needsReview && m_confirmedSpike != *value) {
        m_warning->setText(ReadingRulesText::spikeWarning(
            outcome, app->config() ? app->config()->unit : QString(), locale));
        m_warning->show();
        m_warning->setFocus();
        m_confirmedSpike = *value;
        m_send->setText(tr("&Send anyway"));
        return;
    }
    m_send->setEnabled(false);
    QPointer<MeterReadingDialog> self(this);
    m_controller->submit(*value, m_date->date(), [self](bool saved) {
        if (!self)
            return;
        self->m_send->setEnabled(true);
        if (saved)
            return self->accept();
        self->m_warning->setText(tr("The reading could not be saved on this computer. Try again."));
        self->m_warning->show();
    });
}

} // namespace ov
