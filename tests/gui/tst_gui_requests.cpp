// GUI (offscreen): the requests page against a real ov-server — the New request form filled
// with keyClicks, a picture attached (checked and previewed) and a fake "PDF" refused at the
// field, the request shown as being sent and then listed with its filing number and legal
// deadline; the back office answers it with `ov-server admin answer` and the thread shows the
// utility's reply after a sync; the bell counts the "answered" notification, opening it shows
// the request and counts down, "Mark all as read" empties the count and the server agrees; the
// desktop-notification settings apply at once.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "i18n/LanguageLoader.h"
#include "notifications/NotificationsController.h"
#include "pages/notifications/NotificationBell.h"
#include "pages/notifications/NotificationsPopup.h"
#include "pages/requests/NewRequestDialog.h"
#include "pages/requests/RequestTableModel.h"
#include "pages/requests/RequestsPage.h"
#include "requests/RequestText.h"
#include "windows/MainWindow.h"
#include "windows/WorkspaceWidget.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace ov;

class TestGuiRequests : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;
    QTemporaryDir m_files;
    std::unique_ptr<test::ClientFixture> m_client;
    AppController *m_app = nullptr;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *find(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    static void type(QWidget *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    bool waitForSync()
    {
        return QTest::qWaitFor([&] { return m_app->sync()->state() == SyncEngine::State::Idle; },
                               20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .removeRecursively();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<test::ClientFixture>(
            m_home.path(), m_server.baseUrl(), QStringLiteral("Oficina Virtual requests tests"));
        m_app = m_client->app();
        QVERIFY(LanguageLoader::install(qApp, QStringLiteral("en")));
        m_app->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        QVERIFY(m_client->chooseDemoUtility());
        auto *login = find<QLineEdit>("loginLineEdit");
        login->clear();
        type(login, QStringLiteral("demo"));
        type(find<QLineEdit>("passwordLineEdit"), QStringLiteral("Demo-2026"));
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->stage(), AppController::Stage::Workspace, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->lastSynced().isValid(), 20000);
        QVERIFY(waitForSync());
    }

    void fileWithAttachmentThenSeeTheAnswer()
    {
        m_window->workspace()->showSection(WorkspaceWidget::RequestsSection);
        auto *page = find<RequestsPage>("requestsPage");
        QVERIFY(page);
        auto *table = find<QTableView>("requestsTableView");
        QVERIFY(table);

        QSignalSpy opened(page, &RequestsPage::newRequestDialogOpened);
        QTest::mouseClick(find<QPushButton>("newRequestButton"), Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<NewRequestDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);

        // Sending with nothing chosen: the errors are at the fields.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendRequestButton")),
                          Qt::LeftButton);
        auto *categoryMessage =
            dialog->findChild<QLabel *>(QStringLiteral("requestCategoryMessage"));
        QTRY_COMPARE(categoryMessage->text(), RequestText::message({QStringLiteral("categoryId"),
                                                                    QStringLiteral("required")}));

        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("requestCategoryComboBox"));
        int complaint = -1;
        for (int i = 0; i < category->count(); ++i)
            if (!category->itemData(i, Qt::UserRole).toString().isEmpty()) {
                complaint = i;
                break;
            }
        QVERIFY(complaint > 0);
        category->setFocus();
        category->setCurrentIndex(complaint);
        type(dialog->findChild<QLineEdit *>(QStringLiteral("requestSubjectLineEdit")),
             QStringLiteral("Factura muy alta en octubre"));
        type(dialog->findChild<QPlainTextEdit *>(QStringLiteral("requestDescriptionTextEdit")),
             QStringLiteral("La factura subio al doble sin cambios en la casa."));
        QCOMPARE(
            dialog->findChild<QLabel *>(QStringLiteral("requestDescriptionCounterLabel"))->text(),
            QStringLiteral("49 / 5000"));

        // A real picture is taken and previewed; an executable named .pdf is refused.
        const QString photo = m_files.filePath(QStringLiteral("medidor.png"));
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(photo, "PNG"));
        const QString fake = m_files.filePath(QStringLiteral("factura.pdf"));
        {
            QFile f(fake);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x7f"
                               "ELF\x02\x01\x01",
                               7) +
                    QByteArray(100, '\0'));
        }
        QSignalSpy checked(dialog, &NewRequestDialog::filesChecked);
        dialog->addFiles({photo, fake});
        QTRY_COMPARE(checked.count(), 1);
        QCOMPARE(dialog->files(), QStringList{photo});
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("requestAttachmentsListWidget"))
                     ->count(),
                 1);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("requestAttachmentsMessage"))
                    ->text()
                    .contains(QStringLiteral("factura.pdf")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("requestAttachmentPreviewLabel"))
                    ->isVisible());

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendRequestButton")),
                          Qt::LeftButton);
        // Kept in the outbox, sent, and brought back by the sync with its filing number.
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->cache()->requests().isEmpty(), 20000);
        QVERIFY(waitForSync());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 15000);
        const ServiceRequest filed = m_app->cache()->requests().first();
        QCOMPARE(filed.subject, QStringLiteral("Factura muy alta en octubre"));
        QCOMPARE(filed.messages.first().attachments.size(), 1);
        QTRY_COMPARE(table->model()->index(0, RequestTableModel::NumberColumn).data().toString(),
                     filed.number);
        const QString deadline =
            table->model()->index(0, RequestTableModel::DeadlineColumn).data().toString();
        QVERIFY2(deadline.contains(QStringLiteral("business days left")), qPrintable(deadline));

        // The back office answers; after a sync the thread shows it.
        QSignalSpy arrived(m_app->notifications(), &NotificationsController::arrived);
        auto *bell = find<NotificationBell>("notificationBellButton");
        QVERIFY(bell);
        const int unreadBefore = m_app->notifications()->unreadCount();
        QProcess admin;
        admin.start(QStringLiteral(OV_SERVER_BIN),
                    {QStringLiteral("admin"), QStringLiteral("answer"), filed.number,
                     QStringLiteral("Revisamos su medidor: la lectura era correcta."),
                     QStringLiteral("--data-dir"), m_server.dataDir()});
        QVERIFY(admin.waitForFinished(30000));
        QCOMPARE(admin.exitCode(), 0);
        m_app->sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()->index(0, RequestTableModel::StatusColumn).data().toString(),
            QStringLiteral("Answered"), 20000);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_VERIFY(find<QTextBrowser>("requestMessagesBrowser")
                        ->toPlainText()
                        .contains(QStringLiteral("la lectura era correcta")));
        // OV_SCREENSHOT_DIR=docs/images makes the README's picture of this page.
        const QString shots = qEnvironmentVariable("OV_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            m_window->resize(1280, 860);
            QTest::qWait(200);
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/requests-en.png")));
        }

        // The bell: one more unread, announced once for the desktop.
        QTRY_COMPARE_WITH_TIMEOUT(m_app->notifications()->unreadCount(), unreadBefore + 1, 15000);
        QTRY_COMPARE(bell->text(), QString::number(unreadBefore + 1));
        QVERIFY(bell->accessibleName().contains(QStringLiteral("%1 unread").arg(unreadBefore + 1)));
        QTRY_COMPARE(arrived.count(), 1);
        const QList<Notification> fresh = arrived.first().first().value<QList<Notification>>();
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.first().kind, QStringLiteral("request_answered"));
        QCOMPARE(fresh.first().linkId, filed.id);

        // Opened from the list (away on another page first): the request is shown, read.
        m_window->workspace()->showSection(WorkspaceWidget::ContractsSection);
        QTest::mouseClick(bell, Qt::LeftButton);
        auto *popup = bell->popup();
        QTRY_VERIFY(popup->isVisible());
        auto *list = popup->findChild<QListWidget *>(QStringLiteral("notificationsListWidget"));
        QCOMPARE(list->count(), m_app->notifications()->notifications().size());
        int row = -1;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == fresh.first().id)
                row = i;
        QVERIFY(row >= 0);
        QVERIFY(list->item(row)->font().bold());
        QVERIFY(list->item(row)->text().contains(filed.number));
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Return); // the keyboard's way
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(find<QListWidget>("navigationListWidget")->currentRow(),
                 int(WorkspaceWidget::RequestsSection));
        QTRY_COMPARE(find<QLabel>("requestTitleLabel")->text().contains(filed.subject), true);
        // Counted as read as soon as the mark is queued (the outbox keeps it on disk first).
        QTRY_COMPARE(m_app->notifications()->unreadCount(), unreadBefore);
        QTRY_COMPARE(bell->text(), unreadBefore ? QString::number(unreadBefore) : QString());

        // The customer replies from the thread: shown at once, sent, and in the thread after
        // the sync, which puts the request back in progress.
        auto *reply = find<QPlainTextEdit>("replyTextEdit");
        type(reply, QStringLiteral("Gracias, pero el medidor marca otra cosa."));
        QTest::mouseClick(find<QPushButton>("sendReplyButton"), Qt::LeftButton);
        QTRY_VERIFY(reply->toPlainText().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()->index(0, RequestTableModel::StatusColumn).data().toString(),
            QStringLiteral("In progress"), 20000);
        QTRY_VERIFY(find<QTextBrowser>("requestMessagesBrowser")
                        ->toPlainText()
                        .contains(QStringLiteral("el medidor marca otra cosa")));

        // The back office answers again and closes it: a new notification; "Mark all as read"
        // leaves nothing unread, here at once and on the server after the send.
        admin.start(QStringLiteral(OV_SERVER_BIN),
                    {QStringLiteral("admin"), QStringLiteral("answer"), filed.number,
                     QStringLiteral("Enviaremos un técnico."), QStringLiteral("--close"),
                     QStringLiteral("--data-dir"), m_server.dataDir()});
        QVERIFY(admin.waitForFinished(30000));
        QCOMPARE(admin.exitCode(), 0);
        m_app->sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->notifications()->unreadCount(), unreadBefore + 1, 20000);
        QTRY_COMPARE(arrived.count(), 2);
        QTest::mouseClick(bell, Qt::LeftButton);
        QTRY_VERIFY(popup->isVisible());
        auto *markAll = popup->findChild<QPushButton *>(QStringLiteral("markAllReadButton"));
        QVERIFY(markAll->isEnabled());
        QTest::mouseClick(markAll, Qt::LeftButton);
        QTRY_COMPARE(m_app->notifications()->unreadCount(), 0);
        QTRY_COMPARE(bell->text(), QString());
        QVERIFY(bell->accessibleName().contains(QStringLiteral("none unread")));
        QTRY_VERIFY(!markAll->isEnabled());
        popup->hide();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<Notification> cached = m_app->cache()->notifications();
                return !cached.isEmpty() &&
                       std::all_of(cached.begin(), cached.end(),
                                   [](const Notification &n) { return n.isRead(); });
            }(),
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()->index(0, RequestTableModel::StatusColumn).data().toString(),
            QStringLiteral("Closed"), 20000);
    }

    void desktopSettingsApplyAtOnce()
    {
        m_window->workspace()->showSection(WorkspaceWidget::ProfileSection);
        auto *desktop = find<QCheckBox>("desktopNotificationsCheckBox");
        auto *tray = find<QCheckBox>("keepRunningInTrayCheckBox");
        QVERIFY(desktop && tray);
        QVERIFY(desktop->isChecked());
        QVERIFY(!tray->isChecked());
        desktop->setFocus(); // by keyboard, as from the Tab order
        QTest::keyClick(desktop, Qt::Key_Space);
        QCOMPARE(m_app->settings()->desktopNotifications(), false);
        tray->setFocus();
        QTest::keyClick(tray, Qt::Key_Space);
        QCOMPARE(m_app->settings()->keepRunningInTray(), true);
        m_app->settings()->setDesktopNotifications(true); // elsewhere: the box follows
        QVERIFY(desktop->isChecked());
    }
};

QTEST_MAIN(TestGuiRequests)
#include "tst_gui_requests.moc"
