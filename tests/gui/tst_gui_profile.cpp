// GUI (offscreen): the profile page and the account dialogs against a real ov-server — save
// details and notifications, turn on two-step verification from the QR dialog (the code is
// computed from the key it shows), save the recovery codes, sign in in two steps, turn it off,
// and reset a forgotten password from the sign-in page.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "auth/TokenStore.h"
#include "dialogs/ForgotPasswordDialog.h"
#include "dialogs/TwoFactorSetupDialog.h"
#include "domain/Base32.h"
#include "domain/Totp.h"
#include "windows/MainWindow.h"
#include "windows/WorkspaceWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ov;

class TestGuiProfile : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;
    std::unique_ptr<test::ClientFixture> m_client;
    AppController *m_app = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_secret;

    template <typename T>
    T *find(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void signInWithPassword(const QString &password)
    {
        type(find<QLineEdit>("loginLineEdit"), QStringLiteral("demo"));
        type(find<QLineEdit>("passwordLineEdit"), password);
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
    }

    void openProfile()
    {
        m_window->workspace()->showSection(WorkspaceWidget::ContractsSection);
        m_window->workspace()->showSection(WorkspaceWidget::ProfileSection); // loads afresh
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("profileUsernameLabel")->text(),
                                  QStringLiteral("demo"), 15000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<test::ClientFixture>(
            m_home.path(), m_server.baseUrl(), QStringLiteral("Oficina Virtual profile tests"));
        m_app = m_client->app();
        m_app->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        QVERIFY(m_client->chooseDemoUtility());
    }

    void detailsAndNotifications()
    {
        signInWithPassword(QStringLiteral("Demo-2026"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->stage(), AppController::Stage::Workspace, 15000);
        openProfile();
        QCOMPARE(find<QLabel>("profileNameLabel")->text(), QStringLiteral("Laura Gómez Restrepo"));

        // SMS needs a phone first.
        auto *outageSms = find<QCheckBox>("outageSmsCheckBox");
        outageSms->setChecked(true);
        QTest::mouseClick(find<QPushButton>("savePreferencesButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("preferencesMessageLabel")->text(),
                                  QStringLiteral("Add a phone number to your details to get SMS."),
                                  15000);
        type(find<QLineEdit>("phoneLineEdit"), QStringLiteral("+57 300 123 4567"));
        QTest::mouseClick(find<QPushButton>("saveProfileButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("detailsMessageLabel")->text(),
                                  QStringLiteral("Saved."), 15000);
        QTest::mouseClick(find<QPushButton>("savePreferencesButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("preferencesMessageLabel")->text(),
                                  QStringLiteral("Saved."), 15000);

        // What the server kept comes back on the next visit.
        outageSms->setChecked(false);
        find<QLineEdit>("phoneLineEdit")->clear();
        openProfile();
        QTRY_COMPARE_WITH_TIMEOUT(find<QLineEdit>("phoneLineEdit")->text(),
                                  QStringLiteral("+57 300 123 4567"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(outageSms->isChecked(), 15000); // its own request
    }

    void turnOnTwoStepVerification()
    {
        const QString codesFile = m_home.filePath(QStringLiteral("codes.txt"));
        TwoFactorSetupDialog::setSaveFileNameProvider([codesFile] { return codesFile; });
        // The dialog is modal: drive it once it shows.
        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            TwoFactorSetupDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (dialog = qobject_cast<TwoFactorSetupDialog *>(QApplication::activeModalWidget())),
                10000);
            auto *secretLabel = dialog->findChild<QLabel *>(QStringLiteral("totpSecretLabel"));
            QTRY_VERIFY_WITH_TIMEOUT(!secretLabel->text().isEmpty(), 15000);
            QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("totpQrLabel"))->pixmap().isNull());
            m_secret =
                *Base32::decode(secretLabel->text()); // what a person would type into the app
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("totpCodeLineEdit")),
                             Totp::codeAt(m_secret, QDateTime::currentDateTimeUtc()));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("totpConfirmButton")),
                              Qt::LeftButton);
            auto *list =
                dialog->findChild<QListWidget *>(QStringLiteral("recoveryCodesListWidget"));
            QTRY_COMPARE_WITH_TIMEOUT(list->count(), 10, 15000);
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("saveRecoveryCodesButton")),
                Qt::LeftButton);
            QTest::mouseClick(
                dialog->findChild<QPushButton *>(QStringLiteral("recoveryCodesDoneButton")),
                Qt::LeftButton);
            driven = true;
        });
        QTest::mouseClick(find<QPushButton>("enableTwoFactorButton"), Qt::LeftButton);
        QVERIFY(driven);
        QFile saved(codesFile);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll().count('\n'), 12); // a line of explanation, a blank line, 10 codes
        QVERIFY(!(saved.permissions() & QFileDevice::ReadOther));
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>("twoFactorStateLabel")->text().startsWith(QLatin1StringView("On")), 15000);
    }

    void signInTakesTwoStepsThenTurnItOff()
    {
        m_app->signOut();
        signInWithPassword(QStringLiteral("Demo-2026"));
        auto *code = find<QLineEdit>("mfaCodeLineEdit");
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 15000);
        QCOMPARE(m_app->stage(), AppController::Stage::SignIn);
        // The next step's code (this step's was used to turn it on).
        type(code, Totp::codeAt(m_secret, QDateTime::currentDateTimeUtc().addSecs(30)));
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->stage(), AppController::Stage::Workspace, 15000);

        openProfile();
        // Turning it off takes the password and a code: a recovery code from the saved file.
        QFile saved(m_home.filePath(QStringLiteral("codes.txt")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString recovery =
            QString::fromUtf8(saved.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts).last();
        type(find<QLineEdit>("disableTwoFactorPasswordLineEdit"), QStringLiteral("Demo-2026"));
        type(find<QLineEdit>("disableTwoFactorCodeLineEdit"), recovery);
        QTest::mouseClick(find<QPushButton>("disableTwoFactorButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("twoFactorMessageLabel")->text(),
                                  QStringLiteral("Two-step verification is off."), 15000);
        QTRY_VERIFY(
            find<QLabel>("twoFactorStateLabel")->text().startsWith(QLatin1StringView("Off")));
        m_app->signOut();
    }

    void forgottenPasswordFromTheSignInPage()
    {
        type(find<QLineEdit>("loginLineEdit"), QStringLiteral("demo"));
        QTest::mouseClick(find<QPushButton>("forgotPasswordButton"), Qt::LeftButton);
        ForgotPasswordDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ForgotPasswordDialog *>()));
        auto *login = dialog->findChild<QLineEdit *>(QStringLiteral("resetLoginLineEdit"));
        QCOMPARE(login->text(), QStringLiteral("demo"));
        const int before = m_server.emailCount();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendResetCodeButton")),
                          Qt::LeftButton);
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("resetCodeLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 15000);
        QTRY_COMPARE(m_server.emailCount(), before + 1);
        type(code, m_server.lastEmailedCode());
        type(dialog->findChild<QLineEdit *>(QStringLiteral("resetPasswordLineEdit")),
             QStringLiteral("short"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("resetRepeatLineEdit")),
             QStringLiteral("short"));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmResetButton"));
        QVERIFY(!confirm->isEnabled());
        type(dialog->findChild<QLineEdit *>(QStringLiteral("resetPasswordLineEdit")),
             QStringLiteral("Nueva-Clave-77"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("resetRepeatLineEdit")),
             QStringLiteral("Nueva-Clave-77"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("signInMessageLabel")->text(),
                                  QStringLiteral("Your password was changed. Sign in with it."),
                                  15000);
        signInWithPassword(QStringLiteral("Nueva-Clave-77"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->stage(), AppController::Stage::Workspace, 15000);
    }
};

QTEST_MAIN(TestGuiProfile)
#include "tst_gui_profile.moc"
