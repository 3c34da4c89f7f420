#include "ProfileChooserPage.h"

#include "AppController.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ov {

ProfileChooserPage::ProfileChooserPage(AppController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("profileChooserPage"));
    auto *title = new QLabel(tr("Choose your utility"), this);
    title->setObjectName(QStringLiteral("profileTitleLabel"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Oficina Virtual works with any utility that offers it. Pick yours "
                                "from the list, or add it with the address it gave you."),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileListWidget"));
    m_list->setAccessibleName(tr("Utilities"));
    m_list->setIconSize(QSize(32, 32));
    m_list->setMinimumHeight(160);
    title->setBuddy(m_list);

    m_continue = new QPushButton(tr("&Continue"), this);
    m_continue->setObjectName(QStringLiteral("profileContinueButton"));
    m_continue->setAccessibleName(tr("Continue with the selected utility"));
    m_continue->setDefault(true);
    m_continue->setEnabled(false);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("profileUrlLineEdit"));
    m_url->setAccessibleName(tr("Address of another utility"));
    m_url->setPlaceholderText(QStringLiteral("https://oficina.miempresa.com.co"));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("profileAddButton"));
    m_add->setAccessibleName(tr("Add the utility at this address"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("profileMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_url, 1);
    addRow->addWidget(m_add);
    auto *addLabel = new QLabel(tr("Another utility's &address:"), this);
    addLabel->setBuddy(m_url);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(m_list);
    column->addWidget(m_continue, 0, Qt::AlignRight);
    column->addSpacing(16);
    column->addWidget(addLabel);
    column->addLayout(addRow);
    column->addWidget(m_message);
    column->addStretch();

    auto *panel = new QWidget(this);
    panel->setLayout(column);
    panel->setMaximumWidth(640);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch();
    outer->addWidget(panel, 1);
    outer->addStretch();

    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_continue->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &ProfileChooserPage::continueWithSelection);
    connect(m_continue, &QPushButton::clicked, this, &ProfileChooserPage::continueWithSelection);
    connect(m_add, &QPushButton::clicked, this, &ProfileChooserPage::addByUrl);
    connect(m_url, &QLineEdit::returnPressed, this, &ProfileChooserPage::addByUrl);
    reload();
}

void ProfileChooserPage::reload()
{
    const QString current = m_list->currentItem()
                                ? m_list->currentItem()->data(Qt::UserRole).toString()
                                : m_controller->settings()->lastProfileId();
    m_list->clear();
    const QList<UtilityProfile> profiles = m_controller->profiles()->profiles();
    for (const UtilityProfile &p : profiles) {
        auto *item = new QListWidgetItem(
            QIcon(p.logo.isEmpty() ? QStringLiteral(":/ov/icons/app.svg") : p.logo),
            p.displayName + QLatin1Char('\n') + p.baseUrl.toString(), m_list);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::AccessibleTextRole, p.displayName);
        if (p.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ProfileChooserPage::continueWithSelection()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_controller->chooseProfile(item->data(Qt::UserRole).toString());
}

void ProfileChooserPage::addByUrl()
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        m_message->setText(tr("Enter the address your utility gave you."));
        m_url->setFocus();
        return;
    }
    m_add->setEnabled(false);
    m_message->setText(tr("Checking %1…").arg(text));
    m_controller->addProfileByUrl(QUrl::fromUserInput(text), [this](const QString &error) {
        m_add->setEnabled(true);
        if (!error.isEmpty()) {
            m_message->setText(error);
            m_url->setFocus();
            return;
        }
        m_message->setText(tr("Added. Select it and press Continue."));
        m_url->clear();
        reload();
        m_list->setCurrentRow(m_list->count() - 1);
        m_list->setFocus();
    });
}

} // namespace ov
