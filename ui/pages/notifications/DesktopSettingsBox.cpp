#include "DesktopSettingsBox.h"

#include "settings/Settings.h"

#include <QCheckBox>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace ov {

DesktopSettingsBox::DesktopSettingsBox(Settings *settings, QWidget *parent)
    : QGroupBox(tr("On this computer"), parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("desktopSettingsGroupBox"));
    m_desktop = new QCheckBox(tr("Show &desktop notifications when something new arrives"), this);
    m_desktop->setObjectName(QStringLiteral("desktopNotificationsCheckBox"));
    m_desktop->setAccessibleName(tr("Show desktop notifications"));
    m_tray = new QCheckBox(tr("&Keep running in the tray when the window is closed, so updates "
                              "go on"),
                           this);
    m_tray->setObjectName(QStringLiteral("keepRunningInTrayCheckBox"));
    m_tray->setAccessibleName(tr("Keep running in the tray"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("desktopSettingsNoteLabel"));
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_desktop);
    layout->addWidget(m_tray);
    layout->addWidget(m_note);

    connect(m_desktop, &QCheckBox::toggled, settings, &Settings::setDesktopNotifications);
    connect(m_tray, &QCheckBox::toggled, settings, &Settings::setKeepRunningInTray);
    connect(settings, &Settings::changed, this, &DesktopSettingsBox::refresh);
    refresh();
}

void DesktopSettingsBox::refresh()
{
    const QSignalBlocker blockDesktop(m_desktop);
    const QSignalBlocker blockTray(m_tray);
    m_desktop->setChecked(m_settings->desktopNotifications());
    m_tray->setChecked(m_settings->keepRunningInTray());
    // Without a tray there is nowhere to show them or to keep running: said, not hidden.
    const bool tray = QSystemTrayIcon::isSystemTrayAvailable();
    m_note->setText(tr("This desktop has no system tray, so these take effect only where "
                       "there is one. New notifications are always in the bell."));
    m_note->setVisible(!tray);
}

} // namespace ov
