#include "ComingSoonPage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ov {

ComingSoonPage::ComingSoonPage(const QString &title, const QString &what, const QString &icon,
                               QWidget *parent)
    : QWidget(parent)
{
    auto *image = new QLabel(this);
    image->setPixmap(QIcon(icon).pixmap(64, 64));
    image->setAlignment(Qt::AlignCenter);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("%1\nThis section is coming in a later version of Oficina Virtual.").arg(what), this);
    // "…/invoices.svg" → invoicesComingSoonPage / invoicesComingSoonLabel: unique per section.
    const QString section = icon.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    setObjectName(section + QStringLiteral("ComingSoonPage"));
    text->setObjectName(section + QStringLiteral("ComingSoonLabel"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(image);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(2);
}

} // namespace ov
