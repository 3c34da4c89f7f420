#include "SettingsDialog.h"

#include "AppController.h"
#include "widgets/ThemeManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ov {

namespace {

qint64 folderBytes(const QString &folder)
{
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

QComboBox *combo(QWidget *parent, const QString &objectName, const QString &accessibleName,
                 const QList<std::pair<QString, QVariant>> &items, const QVariant &current)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(AppController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    Settings *settings = controller->settings();

    m_language = combo(this, QStringLiteral("languageComboBox"), tr("Language"),
                       {{tr("As the system"), QString()},
                        {QStringLiteral("Español"), QStringLiteral("es")},
                        {QStringLiteral("English"), QStringLiteral("en")}},
                       settings->language());
    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    m_languageNote->setWordWrap(true);
    m_theme = combo(this, QStringLiteral("themeComboBox"), tr("Theme"),
                    {{tr("As the system"), QStringLiteral("system")},
                     {tr("Light"), QStringLiteral("light")},
                     {tr("Dark"), QStringLiteral("dark")}},
                    settings->theme());
    m_interval = combo(this, QStringLiteral("syncIntervalComboBox"), tr("Update automatically"),
                       {{tr("Only when I ask"), 0},
                        {tr("Every 5 minutes"), 5},
                        {tr("Every 15 minutes"), 15},
                        {tr("Every 30 minutes"), 30},
                        {tr("Every hour"), 60}},
                       settings->syncIntervalMinutes());
    m_keepRunning = new QCheckBox(tr("&Keep running in the tray when the window is closed"), this);
    m_keepRunning->setObjectName(QStringLiteral("settingsKeepRunningCheckBox"));
    m_keepRunning->setAccessibleName(tr("Keep running in the tray"));
    m_keepRunning->setChecked(settings->keepRunningInTray());
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_keepRunning->setEnabled(false);
        m_keepRunning->setToolTip(tr("This desktop has no tray."));
    }

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    auto *themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    auto *intervalLabel = new QLabel(tr("&Update automatically:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, m_interval);
    form->addRow(QString(), m_keepRunning);

    auto *data = new QGroupBox(tr("Saved on this computer"), this);
    data->setObjectName(QStringLiteral("savedDataGroupBox"));
    m_cacheFolder = new QLabel(QDir::toNativeSeparators(AppController::cacheFolder()), data);
    m_cacheFolder->setObjectName(QStringLiteral("cacheFolderLabel"));
    m_cacheFolder->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_cacheFolder->setWordWrap(true);
    m_cacheSize = new QLabel(tr("Measuring…"), data);
    m_cacheSize->setObjectName(QStringLiteral("cacheSizeLabel"));
    m_forget = new QPushButton(tr("&Forget this computer…"), data);
    m_forget->setObjectName(QStringLiteral("forgetComputerButton"));
    m_forget->setAccessibleName(tr("Forget this computer"));
    auto *dataForm = new QFormLayout(data);
    dataForm->addRow(tr("Folder:"), m_cacheFolder);
    dataForm->addRow(tr("Space used:"), m_cacheSize);
    auto *forgetText = new QLabel(tr("Signs you out and deletes from this computer your saved "
                                     "data and sign-in, and that of anyone else who used it."),
                                  data);
    forgetText->setWordWrap(true);
    dataForm->addRow(forgetText);
    dataForm->addRow(m_forget);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("settingsCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the preferences"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(data);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::activated, this, [this, settings] {
        settings->setLanguage(m_language->currentData().toString());
        m_languageNote->setText(
            tr("The new language is used the next time Oficina Virtual starts."));
    });
    connect(m_theme, &QComboBox::activated, this, [this, settings] {
        settings->setTheme(m_theme->currentData().toString());
        ThemeManager::apply(settings->theme());
    });
    connect(m_interval, &QComboBox::activated, this, [this, settings] {
        settings->setSyncIntervalMinutes(m_interval->currentData().toInt());
        if (m_controller->sync())
            m_controller->sync()->setIntervalMinutes(settings->syncIntervalMinutes());
    });
    connect(m_keepRunning, &QCheckBox::toggled, settings, &Settings::setKeepRunningInTray);
    connect(m_forget, &QPushButton::clicked, this, &SettingsDialog::forget);
    connect(this, &SettingsDialog::cacheMeasured, this,
            [this](qint64 bytes) { m_cacheSize->setText(locale().formattedDataSize(bytes)); });
    measureCache();
}

void SettingsDialog::measureCache()
{
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher] {
        watcher->deleteLater();
        emit cacheMeasured(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(folderBytes, AppController::cacheFolder()));
}

void SettingsDialog::forget()
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Forget this computer"),
        tr("Sign out and delete everything Oficina Virtual keeps on this computer: your saved "
           "contracts, invoices and readings, your sign-in, and changes not yet sent?"),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("forgetConfirmMessageBox"));
    QPushButton *yes = box->addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("forgetConfirmButton"));
    QPushButton *no = box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("forgetKeepButton"));
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this] {
        m_controller->forgetThisComputer();
        measureCache();
        accept();
    });
    box->open();
}

} // namespace ov
