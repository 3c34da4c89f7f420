#include "TwoFactorSetupDialog.h"

#include "AppController.h"
#include "widgets/QrCode.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ov {

namespace {
std::function<QString()> g_saveFileName;
}

void TwoFactorSetupDialog::setSaveFileNameProvider(std::function<QString()> provider)
{
    g_saveFileName = std::move(provider);
}

TwoFactorSetupDialog::TwoFactorSetupDialog(AppController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("twoFactorSetupDialog"));
    setWindowTitle(tr("Turn on two-step verification"));
    m_steps = new QStackedWidget(this);

    auto *scan = new QWidget(m_steps);
    auto *intro =
        new QLabel(tr("1. Scan this code with an authenticator app (for example FreeOTP, Aegis or "
                      "Google Authenticator), or type the key below into it.\n"
                      "2. Enter the 6-digit code the app shows."),
                   scan);
    intro->setWordWrap(true);
    m_qr = new QLabel(scan);
    m_qr->setObjectName(QStringLiteral("totpQrLabel"));
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_secret = new QLabel(scan);
    m_secret->setObjectName(QStringLiteral("totpSecretLabel"));
    m_secret->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secret->setAlignment(Qt::AlignCenter);
    QFont mono = m_secret->font();
    mono.setFamily(QStringLiteral("monospace"));
    m_secret->setFont(mono);
    m_code = new QLineEdit(scan);
    m_code->setObjectName(QStringLiteral("totpCodeLineEdit"));
    m_code->setAccessibleName(tr("Code from the app"));
    m_code->setMaxLength(6);
    m_code->setInputMask(QStringLiteral("999999"));
    m_confirm = new QPushButton(tr("&Turn on"), scan);
    m_confirm->setObjectName(QStringLiteral("totpConfirmButton"));
    m_confirm->setAccessibleName(tr("Turn on two-step verification"));
    m_confirm->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    auto *scanLayout = new QVBoxLayout(scan);
    scanLayout->addWidget(intro);
    scanLayout->addWidget(m_qr);
    scanLayout->addWidget(m_secret);
    scanLayout->addLayout(form);
    scanLayout->addWidget(m_confirm, 0, Qt::AlignRight);

    auto *keep = new QWidget(m_steps);
    auto *keepText =
        new QLabel(tr("Two-step verification is on. If you lose your phone, each of these codes "
                      "lets you sign in once. Save them somewhere safe now: they are shown only "
                      "this time."),
                   keep);
    keepText->setWordWrap(true);
    m_list = new QListWidget(keep);
    m_list->setObjectName(QStringLiteral("recoveryCodesListWidget"));
    m_list->setAccessibleName(tr("Recovery codes"));
    m_list->setFont(mono);
    m_save = new QPushButton(tr("&Save to file…"), keep);
    m_save->setObjectName(QStringLiteral("saveRecoveryCodesButton"));
    m_save->setAccessibleName(tr("Save the recovery codes to a file"));
    m_done = new QPushButton(tr("&Done"), keep);
    m_done->setObjectName(QStringLiteral("recoveryCodesDoneButton"));
    m_done->setAccessibleName(tr("Done"));
    auto *keepLayout = new QVBoxLayout(keep);
    keepLayout->addWidget(keepText);
    keepLayout->addWidget(m_list);
    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addStretch();
    row->addWidget(m_done);
    keepLayout->addLayout(row);

    m_steps->addWidget(scan);
    m_steps->addWidget(keep);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("totpMessageLabel"));
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_message);

    connect(m_code, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_confirm->setEnabled(t.trimmed().size() == 6); });
    connect(m_code, &QLineEdit::returnPressed, this, &TwoFactorSetupDialog::confirm);
    connect(m_confirm, &QPushButton::clicked, this, &TwoFactorSetupDialog::confirm);
    connect(m_save, &QPushButton::clicked, this, &TwoFactorSetupDialog::saveCodes);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
}

void TwoFactorSetupDialog::start()
{
    m_message->setText(tr("Preparing…"));
    m_controller->accounts()->setupTwoFactor(
        [this](const QJsonObject &answer, const std::optional<ApiError> &error) {
            if (error) {
                m_message->setText(
                    error->code() == QLatin1StringView("totp_already_enabled")
                        ? tr("Two-step verification is already on.")
                        : tr("It could not be set up (%1). Try again later.").arg(error->status));
                return;
            }
            const QString secret = answer.value(QLatin1StringView("secret")).toString();
            m_qr->setPixmap(QPixmap::fromImage(
                QrCode::render(answer.value(QLatin1StringView("otpauthUri")).toString(), 5)));
            QStringList groups;
            for (qsizetype i = 0; i < secret.size(); i += 4)
                groups << secret.mid(i, 4);
            m_secret->setText(groups.join(QLatin1Char(' ')));
            m_message->clear();
            m_code->setFocus();
        });
}

void TwoFactorSetupDialog::confirm()
{
    if (!m_confirm->isEnabled())
        return;
    m_confirm->setEnabled(false);
    m_controller->accounts()->confirmTwoFactor(
        m_code->text().trimmed(),
        [this](const QJsonObject &answer, const std::optional<ApiError> &error) {
            if (error) {
                m_confirm->setEnabled(true);
                m_message->setText(
                    error->code() == QLatin1StringView("validation_failed")
                        ? tr("That code is not right. Check the time on your phone and try the "
                             "next code.")
                        : tr("It could not be turned on (%1). Try again.").arg(error->status));
                m_code->selectAll();
                return;
            }
            m_codes.clear();
            const QJsonArray codes = answer.value(QLatin1StringView("recoveryCodes")).toArray();
            for (const QJsonValue &c : codes)
                m_codes << c.toString();
            m_list->addItems(m_codes);
            m_message->clear();
            m_steps->setCurrentIndex(1);
            m_save->setFocus();
        });
}

void TwoFactorSetupDialog::saveCodes()
{
    const QString path =
        g_saveFileName
            ? g_saveFileName()
            : QFileDialog::getSaveFileName(this, tr("Save the recovery codes"),
                                           tr("recovery-codes.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    const auto &config = m_controller->config();
    QString text = tr("Recovery codes for %1. Each one signs you in once.")
                       .arg(config ? config->name : QString()) +
                   QStringLiteral("\n\n") + m_codes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
        m_message->setText(tr("The file could not be written: %1").arg(f.errorString()));
        return;
    }
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner); // secrets: only you
    m_message->setText(tr("Saved to %1.").arg(path));
}

} // namespace ov
