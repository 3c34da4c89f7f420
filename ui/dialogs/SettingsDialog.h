#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace ov {

class AppController;

// Preferences (Ctrl+, / the Preferences menu role): language, theme, how often to sync, keep
// running in the tray, where the saved data is and how much room it takes, and "Forget this
// computer". Each choice is saved and applied as it is made.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppController *controller, QWidget *parent = nullptr);

    // Counts the bytes under the cache folder off the GUI thread; cacheMeasured() then.
    void measureCache();

signals:
    void cacheMeasured(qint64 bytes);

private:
    void forget();

    AppController *m_controller;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    QComboBox *m_interval;
    QCheckBox *m_keepRunning;
    QLabel *m_cacheFolder;
    QLabel *m_cacheSize;
    QPushButton *m_forget;
};

} // namespace ov
