#include "LinkResultPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ov {

LinkResultPage::LinkResultPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("linkResultPage"));
    setTitle(tr("Link a contract"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("linkResultLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Result"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch();
}

void LinkResultPage::setLinked(const QString &number, const QString &holder)
{
    setSubTitle(tr("Done."));
    m_text->setText(tr("Contract %1 (%2) is now in your account. You will find it in your list of "
                       "contracts, with its invoices and readings.")
                        .arg(number, holder));
}

void LinkResultPage::setQueued()
{
    setSubTitle(tr("Saved on this computer."));
    m_text->setText(tr("The server has not answered yet. The contract will be linked as soon as it "
                       "does, and will then appear in your list; you can close this window."));
}

} // namespace ov
