#include "MainWindow.h"

#include "AppController.h"
#include "WorkspaceWidget.h"
#include "core/LogFile.h"
#include "dialogs/ForgotPasswordDialog.h"
#include "dialogs/SettingsDialog.h"
#include "pages/ProfileChooserPage.h"
#include "pages/SignInPage.h"
#include "pages/notifications/DesktopNotifier.h"
#include "pages/notifications/NotificationBell.h"
#include "pages/requests/ContactDialog.h"
#include "register/RegisterWizard.h"
#include "widgets/SyncStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>

namespace ov {

MainWindow::MainWindow(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stages = new QStackedWidget(this);
    m_workspace = new WorkspaceWidget(controller, m_stages);
    m_stages->addWidget(m_workspace);
    setCentralWidget(m_stages);

    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_syncStatus->setVisible(false);

    // Where it was, as big as it was (a first start: the default size, centred by the system).
    if (!restoreGeometry(controller->settings()->windowGeometry()))
        resize(1100, 720);
    buildMenus();

    auto *refresh = new QAction(tr("Update now"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_controller->sync())
            m_controller->sync()->syncNow();
    });
    addAction(refresh);
    connect(m_syncStatus, &SyncStatusWidget::syncRequested, refresh, &QAction::trigger);

    connect(controller, &AppController::stageChanged, this, &MainWindow::showStage);
    connect(controller, &AppController::configChanged, this, &MainWindow::updateTitle);
    connect(controller, &AppController::offlineChanged, m_syncStatus,
            &SyncStatusWidget::setOffline);
    connect(controller, &AppController::lastSyncedChanged, this, [this](const QDateTime &when) {
        m_syncStatus->setLastUpdated(when, m_controller->displayLocale());
    });
    connect(controller, &AppController::sessionExpired, this, [this] {
        signInPage()->showMessage(tr("Your session has ended. Please sign in again."));
    });
    connect(controller, &AppController::keychainUnavailable, this, [this] {
        QMessageBox::information(
            this, tr("Keychain not available"),
            tr("This computer has no password keychain that Oficina Virtual can use, "
               "so it cannot keep you signed in. You will need to sign in each time "
               "you open it."));
    });
    connect(controller, &AppController::activationRequested, this,
            [this](const QString &code) { openRegistration(code); });

    m_notifier = new DesktopNotifier(controller, this);
    connect(m_notifier, &DesktopNotifier::showWindowRequested, this, &MainWindow::showAndRaise);
    connect(m_notifier, &DesktopNotifier::openRequested, this, [this](const Notification &n) {
        if (m_controller->stage() == AppController::Stage::Workspace)
            m_workspace->openNotification(n);
    });
    connect(m_notifier, &DesktopNotifier::openBellRequested, this, [this] {
        if (m_controller->stage() == AppController::Stage::Workspace)
            m_workspace->bell()->showPopup();
    });
    connect(m_notifier, &DesktopNotifier::quitRequested, qApp, &QApplication::quit);
    showStage();
}

void MainWindow::showAndRaise()
{
    qApp->setQuitOnLastWindowClosed(true);
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::buildMenus()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    auto *preferences = edit->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, everywhere (and the platform's own, where it has another; the same one twice would
    // be ambiguous and do nothing).
    QList<QKeySequence> keys{QKeySequence(QStringLiteral("Ctrl+,"))};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Preferences))
        if (!keys.contains(k))
            keys << k;
    preferences->setShortcuts(keys);
    preferences->setShortcutContext(Qt::ApplicationShortcut);
    connect(preferences, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    auto *logs = help->addAction(tr("Open the &log folder"));
    logs->setObjectName(QStringLiteral("openLogFolderAction"));
    connect(logs, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(QUrl::fromLocalFile(LogFile::folder())); });
    auto *about = help->addAction(tr("&About Oficina Virtual"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
    if (!dialog) {
        dialog = new SettingsDialog(m_controller, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
    dialog->raise();
    return dialog;
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Oficina Virtual"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Oficina Virtual %1</h3><p>Your utility's customer office on the "
                    "desktop.</p><p>MIT licence. © 2026 The Oficina Virtual developers.</p>")
                     .arg(QStringLiteral(OV_VERSION).toHtmlEscaped()));
    box->setInformativeText(
        tr("Built with Qt %1 (LGPL 3), QtKeychain (BSD 3-clause), SQLite (public domain), "
           "libsodium (ISC), OpenSSL (Apache 2.0), libqrencode (LGPL 2.1), libxlsxwriter "
           "(BSD 2-clause) and cpp-httplib (MIT). Log files: %2")
            .arg(QString::fromLatin1(qVersion()), QDir::toNativeSeparators(LogFile::folder())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::saveState()
{
    m_controller->settings()->setWindowGeometry(saveGeometry());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (m_notifier->keepsRunning() && m_controller->stage() == AppController::Stage::Workspace) {
        // A dialog closed while hidden must not end the app (it is the last window then).
        qApp->setQuitOnLastWindowClosed(false);
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

SignInPage *MainWindow::signInPage()
{
    if (m_signIn)
        return m_signIn;
    m_signIn = new SignInPage(m_controller, m_stages);
    m_stages->addWidget(m_signIn);
    connect(m_signIn, &SignInPage::registerRequested, this, [this] { openRegistration(); });
    connect(m_signIn, &SignInPage::contactRequested, this, [this] {
        auto *dialog = new ContactDialog(m_controller, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_signIn, &SignInPage::forgotPasswordRequested, this, [this](const QString &login) {
        auto *dialog = new ForgotPasswordDialog(m_controller, login, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] {
            m_signIn->showMessage(tr("Your password was changed. Sign in with it."));
        });
        dialog->open();
    });
    return m_signIn;
}

ProfileChooserPage *MainWindow::chooserPage()
{
    if (!m_chooser) {
        m_chooser = new ProfileChooserPage(m_controller, m_stages);
        m_stages->addWidget(m_chooser);
    }
    return m_chooser;
}

RegisterWizard *MainWindow::registerWizard() const
{
    return m_wizard;
}

RegisterWizard *MainWindow::openRegistration(const QString &activationCode)
{
    if (!m_wizard) {
        m_wizard = new RegisterWizard(m_controller, this);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!activationCode.isEmpty())
        m_wizard->activateWithCode(activationCode);
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

void MainWindow::updateTitle()
{
    const auto &config = m_controller->config();
    setWindowTitle(config ? tr("%1 — Oficina Virtual").arg(config->name) : tr("Oficina Virtual"));
}

void MainWindow::attachSync()
{
    SyncEngine *sync = m_controller->sync();
    if (!sync)
        return;
    connect(sync, &SyncEngine::stateChanged, m_syncStatus, [this](SyncEngine::State state) {
        m_syncStatus->setSyncing(state == SyncEngine::State::Syncing);
        if (state == SyncEngine::State::Failed)
            m_syncStatus->setFailed(tr("the last update failed"));
    });
    connect(sync, &SyncEngine::progress, m_syncStatus, &SyncStatusWidget::setProgress);
    m_syncStatus->setSyncing(sync->state() == SyncEngine::State::Syncing);
    m_syncStatus->setOffline(m_controller->isOffline());
    m_syncStatus->setLastUpdated(m_controller->lastSynced(), m_controller->displayLocale());
}

void MainWindow::showStage()
{
    updateTitle();
    switch (m_controller->stage()) {
    case AppController::Stage::ChooseProfile:
        chooserPage()->reload();
        m_stages->setCurrentWidget(m_chooser);
        m_syncStatus->setVisible(false);
        break;
    case AppController::Stage::SignIn:
        signInPage()->refresh();
        m_stages->setCurrentWidget(m_signIn);
        m_syncStatus->setVisible(false);
        break;
    case AppController::Stage::Workspace:
        attachSync();
        m_workspace->attach();
        m_stages->setCurrentWidget(m_workspace);
        m_syncStatus->setVisible(true);
        break;
    }
}

} // namespace ov
