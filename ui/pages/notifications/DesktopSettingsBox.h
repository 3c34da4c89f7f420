#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;

namespace ov {

class Settings;

// "On this computer": desktop notifications and keeping the app running in the tray. These
// are this computer's settings (not the account's), so they apply at once, without a Save.
class DesktopSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit DesktopSettingsBox(Settings *settings, QWidget *parent = nullptr);

private:
    void refresh();

    Settings *m_settings;
    QCheckBox *m_desktop;
    QCheckBox *m_tray;
    QLabel *m_note;
};

} // namespace ov
