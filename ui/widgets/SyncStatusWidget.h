#pragma once

#include <QDateTime>
#include <QLocale>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ov {

// The status bar's account of sync: progress while it runs, then "Last updated 10:42"
// (or how long ago), and a button to sync now (F5).
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setSyncing(bool syncing);
    void setProgress(int done, int total);
    void setLastUpdated(const QDateTime &when, const QLocale &locale);
    void setOffline(bool offline);
    void setFailed(const QString &why);
    QString text() const;
    static QString describeAge(const QDateTime &when, const QDateTime &now, const QLocale &locale);

signals:
    void syncRequested();

private:
    void updateText();

    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_button;
    QTimer m_tick;
    QDateTime m_lastUpdated;
    QLocale m_locale;
    bool m_syncing = false;
    bool m_offline = false;
    QString m_failure;
};

} // namespace ov
