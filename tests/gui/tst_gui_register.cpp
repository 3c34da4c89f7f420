// GUI (offscreen): the registration wizard driven with the keyboard against a real ov-server —
// an individual and a business customer, a wrong reference explained at the form, and a weak
// password that keeps the last button disabled with the failing rule marked.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "auth/TokenStore.h"
#include "register/RegisterWizard.h"
#include "widgets/PasswordChecklist.h"
#include "widgets/SampleBillWidget.h"
#include "windows/MainWindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestGuiRegister : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;
    std::unique_ptr<test::ClientFixture> m_client;
    AppController *m_app = nullptr;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *in(QWidget *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }

    RegisterWizard *openWizard()
    {
        auto *registerButton = in<QPushButton>(m_window.get(), "registerButton");
        QTest::mouseClick(registerButton, Qt::LeftButton);
        RegisterWizard *wizard = m_window->registerWizard();
        if (wizard && !QTest::qWaitForWindowExposed(wizard))
            return nullptr;
        return wizard;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void next(RegisterWizard *w)
    {
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<test::ClientFixture>(
            m_home.path(), m_server.baseUrl(), QStringLiteral("Oficina Virtual wizard tests"));
        m_app = m_client->app();
        m_app->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        QVERIFY(m_client->chooseDemoUtility());
    }

    void cleanup()
    {
        if (m_app->stage() == AppController::Stage::Workspace)
            m_app->signOut();
        if (RegisterWizard *w = m_window->registerWizard())
            w->close();
        QTRY_VERIFY(!m_window->registerWizard());
    }

    void wrongReferenceIsExplainedAtTheForm()
    {
        RegisterWizard *w = openWizard();
        QVERIFY(w);
        QCOMPARE(w->currentId(), int(RegisterWizard::TypeStep));
        next(w);
        QCOMPARE(w->currentId(), int(RegisterWizard::CustomerStep));
        auto *reference = in<QLineEdit>(w, "referenceLineEdit");
        QTest::keyClicks(reference, QStringLiteral("100.000.399")); // the dots never get in
        QCOMPARE(reference->text(), QStringLiteral("100000399"));
        type(in<QLineEdit>(w, "meterNumberLineEdit"), QStringLiteral("EDV-683619"));
        type(in<QLineEdit>(w, "paternalSurnameLineEdit"),
             QStringLiteral("Munoz")); // typed without the accent: it still matches
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // the second surname is missing
        type(in<QLineEdit>(w, "maternalSurnameLineEdit"), QStringLiteral("Zapata"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        next(w);
        auto *message = in<QLabel>(w, "customerMessageLabel");
        QTRY_VERIFY_WITH_TIMEOUT(
            message->text().startsWith(QLatin1StringView("We could not find a customer")), 15000);
        QCOMPARE(w->currentId(), int(RegisterWizard::CustomerStep));
        // The picture of the bill points at what the focused field asks for.
        auto *bill = in<SampleBillWidget>(w, "sampleBillWidget");
        QVERIFY(bill->isVisibleTo(w)); // the demo utility has a picture of its bill
        in<QLineEdit>(w, "meterNumberLineEdit")->setFocus();
        QTRY_COMPARE(bill->highlight(), QStringLiteral("meter"));
        in<QLineEdit>(w, "referenceLineEdit")->setFocus();
        QTRY_COMPARE(bill->highlight(), QStringLiteral("reference"));
    }

    void individualRegistersAndIsSignedIn()
    {
        RegisterWizard *w = openWizard();
        QVERIFY(w);
        next(w);
        type(in<QLineEdit>(w, "referenceLineEdit"), QStringLiteral("100000301"));
        type(in<QLineEdit>(w, "meterNumberLineEdit"), QStringLiteral("EDV-683619"));
        type(in<QLineEdit>(w, "paternalSurnameLineEdit"),
             QStringLiteral("Munoz")); // typed without the accent: it still matches
        type(in<QLineEdit>(w, "maternalSurnameLineEdit"), QStringLiteral("Zapata"));
        next(w);
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RegisterWizard::UserStep), 15000);

        // Live checks as the user types.
        type(in<QLineEdit>(w, "usernameLineEdit"), QStringLiteral("andres munoz"));
        QVERIFY(in<QLabel>(w, "usernameErrorLabel")->isVisible());
        QCOMPARE(in<QLabel>(w, "usernameErrorLabel")->text(),
                 QStringLiteral("No spaces or @, please."));
        type(in<QLineEdit>(w, "usernameLineEdit"), QStringLiteral("andres.munoz"));
        QVERIFY(!in<QLabel>(w, "usernameErrorLabel")->isVisible());
        type(in<QLineEdit>(w, "emailLineEdit"), QStringLiteral("andres@example.com"));
        type(in<QLineEdit>(w, "emailConfirmationLineEdit"), QStringLiteral("andres@example.org"));
        QVERIFY(in<QLabel>(w, "emailConfirmationErrorLabel")->isVisible());
        type(in<QLineEdit>(w, "emailConfirmationLineEdit"), QStringLiteral("andres@example.com"));
        QVERIFY(!in<QLabel>(w, "emailConfirmationErrorLabel")->isVisible());
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // terms not accepted yet
        in<QCheckBox>(w, "acceptTermsCheckBox")->setFocus();
        QTest::keyClick(in<QCheckBox>(w, "acceptTermsCheckBox"), Qt::Key_Space);
        QTest::keyClick(in<QCheckBox>(w, "acceptPrivacyCheckBox"), Qt::Key_Space);
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(in<QLabel>(w, "termsLinksLabel")
                    ->text()
                    .contains(QLatin1StringView("energiadelvalle.example/terminos")));
        const int emailsBefore = m_server.emailCount();
        next(w);
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RegisterWizard::ActivationStep), 15000);
        QVERIFY(in<QLabel>(w, "activationSentToLabel")
                    ->text()
                    .contains(QLatin1StringView("andres@example.com")));

        // The code from the email (sent from the server's queue), pasted.
        QTRY_COMPARE_WITH_TIMEOUT(m_server.emailCount(), emailsBefore + 1, 15000);
        const QString code = m_server.lastEmailedCode();
        QVERIFY(!code.isEmpty());
        type(in<QLineEdit>(w, "activationCodeLineEdit"), code);
        next(w);
        QCOMPARE(w->currentId(), int(RegisterWizard::PasswordStep));

        // A weak password keeps the last button off, and says which rule fails.
        auto *password = in<QLineEdit>(w, "newPasswordLineEdit");
        auto *repeat = in<QLineEdit>(w, "repeatPasswordLineEdit");
        type(password, QStringLiteral("abc"));
        type(repeat, QStringLiteral("abc"));
        QAbstractButton *finish = w->button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());
        auto *tooShort = in<QLabel>(w, "tooShortRuleLabel");
        QVERIFY(tooShort);
        QCOMPARE(tooShort->property("met").toBool(), false);
        QVERIFY(tooShort->text().startsWith(QStringLiteral("✗")));
        type(password, QStringLiteral("password123"));
        type(repeat, QStringLiteral("password123"));
        QVERIFY(!finish->isEnabled());
        QCOMPARE(in<QLabel>(w, "tooCommonRuleLabel")->property("met").toBool(), false);
        QCOMPARE(in<QLabel>(w, "tooShortRuleLabel")->property("met").toBool(), true);
        type(password, QStringLiteral("Cafetal-de-Envigado-82"));
        type(repeat, QStringLiteral("Cafetal-de-Envigado-8"));
        QVERIFY(!finish->isEnabled()); // not the same yet
        QTest::keyClicks(repeat, QStringLiteral("2"));
        QVERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);

        // Activated and signed in: the workspace shows the new user's contract.
        QTRY_COMPARE_WITH_TIMEOUT(m_app->stage(), AppController::Stage::Workspace, 15000);
        auto *table = in<QTableView>(m_window.get(), "contractsTableView");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 20000);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("100000301"));
    }

    void businessRegisters()
    {
        RegisterWizard *w = openWizard();
        QVERIFY(w);
        auto *business = in<QRadioButton>(w, "businessRadioButton");
        business->setFocus();
        QTest::keyClick(business, Qt::Key_Space);
        QVERIFY(business->isChecked());
        next(w);
        QVERIFY(!in<QLineEdit>(w, "paternalSurnameLineEdit")->isVisible()); // a company has none
        QVERIFY(in<QLineEdit>(w, "companyNameLineEdit")->isVisible());
        type(in<QLineEdit>(w, "referenceLineEdit"), QStringLiteral("100000305"));
        type(in<QLineEdit>(w, "companyNameLineEdit"), QStringLiteral("Talleres El Poblado Ltda."));
        type(in<QLineEdit>(w, "meterNumberLineEdit"), QStringLiteral("EDV-715295"));
        next(w);
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RegisterWizard::UserStep), 15000);
        type(in<QLineEdit>(w, "usernameLineEdit"), QStringLiteral("talleres"));
        type(in<QLineEdit>(w, "emailLineEdit"), QStringLiteral("compras@talleres.example"));
        type(in<QLineEdit>(w, "emailConfirmationLineEdit"),
             QStringLiteral("compras@talleres.example"));
        in<QCheckBox>(w, "acceptTermsCheckBox")->setChecked(true);
        in<QCheckBox>(w, "acceptPrivacyCheckBox")->setChecked(true);
        const int emailsBefore = m_server.emailCount();
        next(w);
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RegisterWizard::ActivationStep), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.emailCount(), emailsBefore + 1, 15000);

        // This time the link from the email arrives (as the running instance would receive it).
        QVERIFY(m_app->openUrl(
            QUrl(QStringLiteral("oficinavirtual://activate?code=") + m_server.lastEmailedCode())));
        QTRY_COMPARE(w->currentId(), int(RegisterWizard::PasswordStep));
        type(in<QLineEdit>(w, "newPasswordLineEdit"), QStringLiteral("Poblado-Torno-90"));
        type(in<QLineEdit>(w, "repeatPasswordLineEdit"), QStringLiteral("Poblado-Torno-90"));
        QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->stage(), AppController::Stage::Workspace, 15000);
    }
};

QTEST_MAIN(TestGuiRegister)
#include "tst_gui_register.moc"
