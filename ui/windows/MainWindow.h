#pragma once

#include <QMainWindow>
#include <QPointer>

class QStackedWidget;

namespace ov {

class AppController;
class DesktopNotifier;
class ProfileChooserPage;
class RegisterWizard;
class SettingsDialog;
class SignInPage;
class SyncStatusWidget;
class WorkspaceWidget;

// One window: the profile chooser, the sign-in page or the workspace, as the controller's
// stage says; the status bar tells how fresh the data is.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppController *controller, QWidget *parent = nullptr);

    WorkspaceWidget *workspace() const { return m_workspace; }
    // Pages are made the first time they are shown (a remembered user starts straight into the
    // workspace and never pays for the others).
    SignInPage *signInPage();
    RegisterWizard *registerWizard() const;
    // Opens registration (at the activation step when a code is given).
    RegisterWizard *openRegistration(const QString &activationCode = {});
    DesktopNotifier *desktopNotifier() const { return m_notifier; }
    void showAndRaise();
    // Edit → Preferences (Ctrl+,), and Help → About.
    SettingsDialog *openSettings();
    void showAbout();
    // The window's size and place, for the next start (also when it closes).
    void saveState();

protected:
    // With "keep running in the tray" (and a tray), closing hides the window: sync goes on.
    void closeEvent(QCloseEvent *event) override;

private:
    void showStage();
    void buildMenus();
    ProfileChooserPage *chooserPage();
    void attachSync();
    void updateTitle();

    AppController *m_controller;
    QStackedWidget *m_stages;
    ProfileChooserPage *m_chooser = nullptr;
    SignInPage *m_signIn = nullptr;
    WorkspaceWidget *m_workspace;
    SyncStatusWidget *m_syncStatus;
    QPointer<RegisterWizard> m_wizard;
    DesktopNotifier *m_notifier;
};

} // namespace ov
