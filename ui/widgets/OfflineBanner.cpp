#include "OfflineBanner.h"

#include "core/Formatter.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace ov {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    setAccessibleName(tr("Offline"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor(0x42, 0x37, 0x0d) : QColor(0xfe, 0xf3, 0xc7));
    p.setColor(QPalette::WindowText, dark ? QColor(0xfe, 0xf3, 0xc7) : QColor(0x78, 0x35, 0x0f));
    setPalette(p);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/ov/icons/offline.svg")).pixmap(20, 20));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("offlineBannerLabel"));
    m_text->setWordWrap(true);
    m_retry = new QPushButton(tr("&Try again"), this);
    m_retry->setObjectName(QStringLiteral("offlineRetryButton"));
    m_retry->setAccessibleName(tr("Try to connect again"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    setLastUpdated({}, QLocale());
}

void OfflineBanner::setLastUpdated(const QDateTime &when, const QLocale &locale)
{
    const QString text =
        when.isValid() ? tr("Offline — the server cannot be reached. Showing your data as of %1.")
                             .arg(Formatter::dateTime(when, locale))
                       : tr("Offline — the server cannot be reached.");
    m_text->setText(text);
    m_text->setAccessibleName(text);
}

} // namespace ov
