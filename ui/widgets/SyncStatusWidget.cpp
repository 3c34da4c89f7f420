#include "SyncStatusWidget.h"

#include "core/Formatter.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace ov {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgressBar"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("syncNowButton"));
    m_button->setIcon(QIcon(QStringLiteral(":/ov/icons/sync.svg")));
    m_button->setText(tr("Update now"));
    m_button->setToolTip(tr("Update now (F5)"));
    m_button->setAccessibleName(tr("Update now"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_button);
    connect(m_button, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);
    m_tick.setInterval(30 * 1000); // "3 minutes ago" stays true
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::updateText);
    m_tick.start();
    updateText();
}

void SyncStatusWidget::setSyncing(bool syncing)
{
    m_syncing = syncing;
    if (syncing)
        m_failure.clear();
    m_progress->setVisible(syncing);
    m_button->setEnabled(!syncing);
    updateText();
}

void SyncStatusWidget::setProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    updateText();
}

void SyncStatusWidget::setLastUpdated(const QDateTime &when, const QLocale &locale)
{
    m_lastUpdated = when;
    m_locale = locale;
    updateText();
}

void SyncStatusWidget::setOffline(bool offline)
{
    m_offline = offline;
    updateText();
}

void SyncStatusWidget::setFailed(const QString &why)
{
    m_failure = why;
    updateText();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

QString SyncStatusWidget::describeAge(const QDateTime &when, const QDateTime &now,
                                      const QLocale &locale)
{
    const qint64 minutes = when.secsTo(now) / 60;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    return Formatter::dateTime(when, locale);
}

void SyncStatusWidget::updateText()
{
    QString text;
    if (m_syncing)
        text = tr("Updating… %1 of %2").arg(m_progress->value()).arg(m_progress->maximum());
    else if (!m_lastUpdated.isValid())
        text = m_offline ? tr("Offline — never updated") : tr("Not updated yet");
    else {
        const QString age = describeAge(m_lastUpdated, QDateTime::currentDateTimeUtc(), m_locale);
        text =
            m_offline ? tr("Offline — last updated %1").arg(age) : tr("Last updated %1").arg(age);
    }
    if (!m_failure.isEmpty() && !m_syncing)
        text += QStringLiteral(" · ") + m_failure;
    m_label->setText(text);
    m_label->setAccessibleName(text);
}

} // namespace ov
