// GUI (offscreen): the real widgets against a real ov-server — choose the demo utility, sign in
// as the demo user and see the 3 contracts with the server's amounts; a wrong password is
// explained at the form; a second start with the server down shows the cached contracts; a
// visitor without an account files the contact form and gets a filing number, with the
// utility's phone, WhatsApp and email as links beside it.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "auth/TokenStore.h"
#include "core/Formatter.h"
#include "domain/Contract.h"
#include "domain/Page.h"
#include "pages/requests/ContactDialog.h"
#include "windows/MainWindow.h"
#include "windows/WorkspaceWidget.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestGuiSignIn : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;

    struct App
    {
        std::unique_ptr<test::ClientFixture> client;
        AppController *controller = nullptr;
        std::unique_ptr<MainWindow> window;

        template <typename T>
        T *find(const char *name) const
        {
            return window->findChild<T *>(QString::fromLatin1(name));
        }
    };

    std::unique_ptr<App> launch()
    {
        auto a = std::make_unique<App>();
        a->client = std::make_unique<test::ClientFixture>(
            m_home.path(), m_server.baseUrl(), QStringLiteral("Oficina Virtual GUI tests"));
        a->controller = a->client->app();
        a->controller->setSyncRetryDelays(10,
                                          300); // the offline test reads the status between tries
        a->controller->setLanguage(QStringLiteral("en"));
        a->window = std::make_unique<MainWindow>(a->controller);
        a->window->show();
        a->controller->start();
        return a;
    }

    // The demo user's contracts straight from the server, to compare what the table shows.
    QList<Contract> serverContracts()
    {
        QNetworkAccessManager nam;
        auto wait = [](QNetworkReply *r) {
            return QTest::qWaitFor([r] { return r->isFinished(); }, 10000);
        };
        QNetworkRequest login(
            QUrl(m_server.baseUrl().toString() + QStringLiteral("/api/v1/sessions")));
        login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> r(
            nam.post(login, "{\"login\":\"demo\",\"password\":\"Demo-2026\"}"));
        if (!wait(r.get())) {
            qWarning("sign-in did not finish");
            return {};
        }
        if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
            qWarning("sign-in: %d %s",
                     r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     r->errorString().toUtf8().constData());
        const QString token = QJsonDocument::fromJson(r->readAll())
                                  .object()
                                  .value(QLatin1StringView("accessToken"))
                                  .toString();
        QNetworkRequest list(
            QUrl(m_server.baseUrl().toString() + QStringLiteral("/api/v1/contracts")));
        list.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        r.reset(nam.get(list));
        if (!wait(r.get()))
            return {};
        const auto page = Page<Contract>::fromJson(QJsonDocument::fromJson(r->readAll()).object());
        return page ? page->items : QList<Contract>();
    }

    void chooseDemoUtility(App &a)
    {
        // A later start opens the last utility's sign-in page; go back to the chooser.
        if (a.controller->stage() == AppController::Stage::SignIn)
            QTest::mouseClick(a.find<QPushButton>("changeUtilityButton"), Qt::LeftButton);
        auto *list = a.find<QListWidget>("profileListWidget");
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() ==
                QLatin1StringView("demo-electricity-co"))
                list->setCurrentRow(i);
        QTest::mouseClick(a.find<QPushButton>("profileContinueButton"), Qt::LeftButton);
        QTRY_VERIFY(a.find<QLineEdit>("loginLineEdit")->isVisible());
    }

    void typeCredentials(App &a, const QString &login, const QString &password)
    {
        auto *loginEdit = a.find<QLineEdit>("loginLineEdit");
        auto *passwordEdit = a.find<QLineEdit>("passwordLineEdit");
        loginEdit->clear();
        passwordEdit->clear();
        QTest::keyClicks(loginEdit, login);
        QTest::keyClicks(passwordEdit, password);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (auto location :
             {QStandardPaths::AppLocalDataLocation, QStandardPaths::AppConfigLocation})
            QDir(QStandardPaths::writableLocation(location)).removeRecursively();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void emptyFieldsAreExplainedAtTheField()
    {
        auto a = launch();
        chooseDemoUtility(*a);
        typeCredentials(*a, QString(), QString());
        QTest::mouseClick(a->find<QPushButton>("signInButton"), Qt::LeftButton);
        QVERIFY(a->find<QLabel>("loginErrorLabel")->isVisible());
        QCOMPARE(a->find<QLabel>("loginErrorLabel")->text(),
                 QStringLiteral("Enter your username or email."));
        QVERIFY(a->find<QLabel>("passwordErrorLabel")->isVisible());
        QCOMPARE(a->controller->stage(), AppController::Stage::SignIn);
        // Typing clears the message.
        QTest::keyClicks(a->find<QLineEdit>("loginLineEdit"), QStringLiteral("d"));
        QVERIFY(!a->find<QLabel>("loginErrorLabel")->isVisible());
    }

    void wrongPasswordShowsTheMessageAtTheForm()
    {
        auto a = launch();
        chooseDemoUtility(*a);
        typeCredentials(*a, QStringLiteral("demo"), QStringLiteral("not-the-password"));
        QTest::keyClick(a->find<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        auto *message = a->find<QLabel>("signInMessageLabel");
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 15000);
        QCOMPARE(message->text(), QStringLiteral("The username or password is not correct."));
        QCOMPARE(a->controller->stage(), AppController::Stage::SignIn);
        QVERIFY(a->find<QPushButton>("signInButton")->isEnabled());
    }

    void signInShowsTheThreeContractsWithTheirAmounts()
    {
        const QList<Contract> expected = serverContracts();
        QCOMPARE(expected.size(), 3);

        auto a = launch();
        chooseDemoUtility(*a);
        typeCredentials(*a, QStringLiteral("demo"), QStringLiteral("Demo-2026"));
        a->find<QCheckBox>("keepSignedInCheckBox")->setChecked(true);
        QTest::mouseClick(a->find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(a->controller->stage(), AppController::Stage::Workspace, 15000);

        auto *table = a->find<QTableView>("contractsTableView");
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 20000);
        const QLocale locale = a->controller->displayLocale();
        for (int row = 0; row < 3; ++row) {
            const QString number = table->model()->index(row, 0).data().toString();
            const auto it = std::find_if(expected.begin(), expected.end(),
                                         [&](const Contract &c) { return c.number == number; });
            QVERIFY2(it != expected.end(), qPrintable(number));
            QCOMPARE(table->model()->index(row, 3).data().toString(),
                     Formatter::money(it->lastInvoice->amount, locale));
            QVERIFY(!table->model()->index(row, 4).data().toString().isEmpty());
        }
        QVERIFY(table->model()->index(0, 3).data().toString().contains(QLatin1StringView("COP")));

        // Live search narrows the table; details open on Enter.
        QTest::keyClicks(a->find<QLineEdit>("contractSearchLineEdit"), expected.at(1).alias);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *detail = a->window->findChild<QWidget *>(QStringLiteral("contractDetailGroupBox"));
        QTRY_VERIFY(detail->isVisible());
        QCOMPARE(a->find<QLabel>("detailMeterLabel")->text(), expected.at(1).meterNumber);
        QCOMPARE(a->find<QLabel>("detailTariffLabel")->text(), expected.at(1).tariff);

        // The status bar says how fresh the data is.
        QTRY_VERIFY_WITH_TIMEOUT(a->find<QLabel>("syncStatusLabel")
                                     ->text()
                                     .startsWith(QLatin1StringView("Last updated")),
                                 20000);
    }

    void offlineStartShowsTheCachedContracts()
    {
        // The previous test signed in with "keep me signed in"; now the server is gone.
        m_server.stop();
        auto a = launch();
        QTRY_COMPARE_WITH_TIMEOUT(a->controller->stage(), AppController::Stage::Workspace, 20000);
        auto *table = a->find<QTableView>("contractsTableView");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        auto *banner = a->window->findChild<QWidget *>(QStringLiteral("offlineBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(
            a->find<QLabel>("offlineBannerLabel")->text().startsWith(QLatin1StringView("Offline")));
        auto *status = a->find<QLabel>("syncStatusLabel");
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Offline — last updated")),
                     qPrintable(status->text()));
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
    }

    // Every interactive widget the window has made so far has an objectName and an accessible
    // name, and no two objectNames are alike.
    void checkNames(QWidget *root, int atLeast)
    {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *w : widgets) {
            const bool interactive =
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QAbstractItemView *>(w) || qobject_cast<QComboBox *>(w);
            if (!interactive || w->objectName().startsWith(QLatin1StringView("qt_")) ||
                !w->parent() || w->parent()->objectName().startsWith(QLatin1StringView("qt_")))
                continue;
            if (w->window() != root || // popups (a combo box's list)
                qobject_cast<QHeaderView *>(w) ||
                qobject_cast<QAbstractItemView *>(w->parent()) || // parts of a view
                QString::fromLatin1(w->metaObject()->className())
                    .startsWith(QLatin1StringView("QLineEditIcon")))
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            ++checked;
        }
        QVERIFY(checked >= atLeast);

        // Names are how tests and accessibility tools find things: no two alike.
        QSet<QString> seen;
        for (QObject *o : root->findChildren<QObject *>()) {
            const QString name = o->objectName();
            if (name.isEmpty() || name.startsWith(QLatin1StringView("qt_")) || !o->isWidgetType())
                continue;
            QVERIFY2(!seen.contains(name),
                     qPrintable(QStringLiteral("duplicate objectName ") + name));
            seen.insert(name);
        }
    }

    void everyInteractiveWidgetHasANameAndAnAccessibleName()
    {
        auto a = launch();
        QTRY_COMPARE_WITH_TIMEOUT(a->controller->stage(), AppController::Stage::Workspace, 20000);
        // Pages are made when first shown: show them all.
        for (int page = WorkspaceWidget::ContractsSection; page <= WorkspaceWidget::ProfileSection;
             ++page)
            a->window->workspace()->showSection(WorkspaceWidget::Page(page));
        checkNames(a->window.get(), 10);
        if (QTest::currentTestFailed())
            return;
        // And the stages before the workspace.
        a->controller->signOut();
        QTRY_COMPARE(a->controller->stage(), AppController::Stage::SignIn);
        a->controller->backToProfiles();
        QTRY_COMPARE(a->controller->stage(), AppController::Stage::ChooseProfile);
        checkNames(a->window.get(), 14);
    }

    // Last: it signs the remembered user out.
    void contactUsFilesAMessageWithoutAnAccount()
    {
        auto a = launch();
        if (a->controller->stage() == AppController::Stage::Workspace) // kept signed in before
            a->controller->signOut();
        QTRY_COMPARE(a->controller->stage(), AppController::Stage::SignIn);
        chooseDemoUtility(*a);
        auto *channels = a->find<QLabel>("supportChannelsLabel");
        QTRY_VERIFY(channels->isVisible());
        QVERIFY2(channels->text().contains(QStringLiteral("href=\"tel:")),
                 qPrintable(channels->text()));
        QVERIFY(channels->text().contains(QStringLiteral("href=\"https://wa.me/")));
        QVERIFY(channels->text().contains(QStringLiteral("href=\"mailto:")));

        QTest::mouseClick(a->find<QPushButton>("contactUsButton"), Qt::LeftButton);
        ContactDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = a->window->findChild<ContactDialog *>()) && dialog->isVisible());
        auto field = [dialog](const char *name) {
            return dialog->findChild<QWidget *>(QString::fromLatin1(name));
        };
        auto label = [dialog](const char *name) {
            return dialog->findChild<QLabel *>(QString::fromLatin1(name));
        };
        // Sent empty: every field says what it needs, and nothing is sent.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendContactButton")),
                          Qt::LeftButton);
        QVERIFY(label("contactNameMessage")->isVisible());
        QCOMPARE(label("contactNameMessage")->text(), QStringLiteral("This field is required."));
        QVERIFY(label("contactEmailMessage")->isVisible());
        QVERIFY(label("contactCategoryMessage")->isVisible());
        QVERIFY(label("contactDescriptionMessage")->isVisible());
        QVERIFY(label("contactErrorLabel")->isHidden());

        QTest::keyClicks(field("contactNameLineEdit"), QStringLiteral("Rosa Diaz"));
        QTest::keyClicks(field("contactEmailLineEdit"), QStringLiteral("rosa@"));
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("contactCategoryComboBox"));
        for (int i = 0; i < category->count(); ++i)
            if (!category->itemData(i, Qt::UserRole).toString().isEmpty()) {
                category->setCurrentIndex(i);
                break;
            }
        QTest::keyClicks(field("contactDescriptionTextEdit"),
                         QStringLiteral("Quiero saber como poner el servicio a mi nombre."));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendContactButton")),
                          Qt::LeftButton);
        QVERIFY(label("contactEmailMessage")->isVisible()); // "rosa@" is not an address
        QVERIFY(!label("contactNameMessage")->isVisible());
        QTest::keyClicks(field("contactEmailLineEdit"), QStringLiteral("example.com"));
        QVERIFY(!label("contactEmailMessage")->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendContactButton")),
                          Qt::LeftButton);
        auto *receipt = label("contactReceiptLabel");
        QTRY_VERIFY_WITH_TIMEOUT(receipt->isVisible(), 15000);
        QVERIFY2(receipt->text().contains(QRegularExpression(QStringLiteral("filed as \\S+\\."))),
                 qPrintable(receipt->text()));
        QVERIFY(receipt->text().contains(QStringLiteral("rosa@example.com")));
        QVERIFY(label("contactErrorLabel")->isHidden());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendContactButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!a->window->findChild<ContactDialog *>());
    }
};

QTEST_MAIN(TestGuiSignIn)
#include "tst_gui_sign_in.moc"
