#include "MainWindow.h"

#include "AppController.h"
#include "WorkspaceWidget.h"
#include "dialogs/ForgotPasswordDialog.h"
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
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace ov {

MainWindow::MainWindow(AppController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1100, 720);
    m_stages = new QStackedWidget(this);
    m_workspace = new WorkspaceWidget(controller, m_stages);
    m_stages->addWidget(m_workspace);
    setCentralWidget(m_stages);

    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_syncStatus->setVisible(false);

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

void MainWindow::closeEvent(QCloseEvent *event)
{
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
