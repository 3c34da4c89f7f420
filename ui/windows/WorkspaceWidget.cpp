#include "WorkspaceWidget.h"

#include "AppController.h"
#include "invoices/InvoiceUrgency.h"
#include "models/ContractTableModel.h"
#include "pages/ProfilePage.h"
#include "pages/consumption/ConsumptionPage.h"
#include "pages/contracts/ContractsPage.h"
#include "pages/invoices/InvoicesPage.h"
#include "pages/notifications/NotificationBell.h"
#include "pages/requests/RequestsPage.h"
#include "widgets/OfflineBanner.h"
#include "widgets/StatusColors.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ov {

WorkspaceWidget::WorkspaceWidget(AppController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("workspaceWidget"));
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(190);
    m_navigation->setSpacing(2);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("sectionStackedWidget"));
    m_contracts = new ContractsPage(controller, m_pages);

    // Only the contracts page is made now; the others when first shown (ensurePage), so that
    // the start-up pays for what it shows.
    m_sections = {
        {tr("Contracts"), QStringLiteral(":/ov/icons/contracts.svg"), {}},
        {tr("Invoices"), QStringLiteral(":/ov/icons/invoices.svg"),
         [this] {
             return m_invoices = new InvoicesPage(m_controller, m_pages);
         }},
        {tr("Consumption"), QStringLiteral(":/ov/icons/consumption.svg"),
         [this] {
             return new ConsumptionPage(m_controller, m_pages);
         }},
        {tr("Requests"), QStringLiteral(":/ov/icons/requests.svg"),
         [this] {
             return m_requests = new RequestsPage(m_controller, m_pages);
         }},
        {tr("Profile"), QStringLiteral(":/ov/icons/profile.svg"),
         [this] {
             return m_profile = new ProfilePage(m_controller, m_pages);
         }},
    };
    for (int i = 0; i < m_sections.size(); ++i) {
        const Section &section = m_sections.at(i);
        auto *item = new QListWidgetItem(QIcon(section.icon), section.name, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(section.name).arg(i + 1));
        m_pages->addWidget(i == ContractsSection ? m_contracts : new QWidget(m_pages));
        auto *shortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showSection(Page(i)); });
    }

    m_selectorLabel = new QLabel(tr("C&ontract:"), this);
    m_selector = new QComboBox(this);
    m_selector->setObjectName(QStringLiteral("contractSelectorComboBox"));
    m_selector->setAccessibleName(tr("Contract"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Searchable: with forty supply points, typing part of a number, an alias or a status
    // finds one faster than scrolling.
    m_selector->setEditable(true);
    m_selector->setInsertPolicy(QComboBox::NoInsert);
    m_selector->completer()->setFilterMode(Qt::MatchContains);
    m_selector->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_selector->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_selector->lineEdit()->setPlaceholderText(tr("Type to search"));
    m_selector->lineEdit()->setObjectName(QStringLiteral("contractSelectorLineEdit"));
    m_selector->lineEdit()->setAccessibleName(tr("Contract (type to search)"));
    m_selectorLabel->setBuddy(m_selector);
    m_linkContract = new QToolButton(this);
    m_linkContract->setObjectName(QStringLiteral("selectorLinkContractButton"));
    m_linkContract->setText(tr("+"));
    m_linkContract->setToolTip(tr("Link a contract"));
    m_linkContract->setAccessibleName(tr("Link a contract"));
    m_user = new QLabel(this);
    m_user->setObjectName(QStringLiteral("utilityNameLabel"));
    m_signOut =
        new QPushButton(QIcon(QStringLiteral(":/ov/icons/sign-out.svg")), tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAccessibleName(tr("Sign out"));

    m_bell = new NotificationBell(controller, this);

    auto *header = new QHBoxLayout;
    header->addWidget(m_user);
    header->addStretch();
    header->addWidget(m_selectorLabel);
    header->addWidget(m_selector);
    header->addWidget(m_linkContract);
    header->addSpacing(12);
    header->addWidget(m_bell);
    header->addWidget(m_signOut);

    m_offline = new OfflineBanner(this);
    m_offline->setVisible(false);

    // Said once, when the saved data could not be read and is being downloaded again.
    m_cacheNotice = new QWidget(this);
    m_cacheNotice->setObjectName(QStringLiteral("cacheRecoveredBanner"));
    m_cacheNotice->setVisible(false);
    auto *noticeText = new QLabel(m_cacheNotice);
    noticeText->setObjectName(QStringLiteral("cacheRecoveredLabel"));
    noticeText->setWordWrap(true);
    auto *noticeOk = new QPushButton(tr("O&K"), m_cacheNotice);
    noticeOk->setObjectName(QStringLiteral("cacheRecoveredDismissButton"));
    noticeOk->setAccessibleName(tr("Dismiss the message about the saved data"));
    auto *noticeLayout = new QHBoxLayout(m_cacheNotice);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(noticeText, 1);
    noticeLayout->addWidget(noticeOk);
    connect(noticeOk, &QPushButton::clicked, m_cacheNotice, &QWidget::hide);
    connect(m_controller, &AppController::cacheRecovered, this, [this, noticeText](bool newer) {
        noticeText->setText(
            newer ? tr("The data saved on this computer was written by a newer version of "
                       "Oficina Virtual and cannot be read by this one. It was set aside, and "
                       "your contracts, invoices and readings are being downloaded again.")
                  : tr("The data saved on this computer was damaged and could not be read. It was "
                       "set aside, and your contracts, invoices and readings are being "
                       "downloaded again."));
        m_cacheNotice->setVisible(true);
    });

    auto *right = new QVBoxLayout;
    right->addLayout(header);
    right->addWidget(m_offline);
    right->addWidget(m_cacheNotice);
    right->addWidget(m_pages, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_navigation);
    layout->addLayout(right, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_pages->setCurrentIndex(row);
        if (row >= 0 && m_attached)
            m_controller->settings()->setLastPage(row); // shown again at the next start
        if (row == ProfileSection)
            m_profile->reload(); // always the server's current data
    });
    connect(m_signOut, &QPushButton::clicked, m_controller, &AppController::signOut);
    connect(m_bell, &NotificationBell::openRequested, this, &WorkspaceWidget::openNotification);
    connect(m_offline, &OfflineBanner::retryRequested, this, [this] {
        if (m_controller->sync())
            m_controller->sync()->syncNow();
    });
    connect(m_linkContract, &QToolButton::clicked, m_contracts, &ContractsPage::openLinkWizard);
    connect(m_selector, &QComboBox::activated, this, [this](int index) {
        m_controller->setCurrentContractId(m_selector->itemData(index).toString());
    });
    connect(m_controller, &AppController::currentContractChanged, this, [this](const QString &id) {
        const int index = m_selector->findData(id);
        if (index >= 0)
            m_selector->setCurrentIndex(index);
    });
    connect(m_contracts, &ContractsPage::loaded, this, &WorkspaceWidget::fillContractSelector);
    connect(m_controller, &AppController::offlineChanged, this, &WorkspaceWidget::updateOffline);
    connect(m_controller, &AppController::lastSyncedChanged, this, &WorkspaceWidget::updateOffline);
    connect(m_controller, &AppController::configChanged, this, [this] {
        m_user->setText(m_controller->config() ? m_controller->config()->name
                                               : m_controller->profile().displayName);
    });
    showSection(ContractsSection);
}

void WorkspaceWidget::attach()
{
    m_user->setText(m_controller->config() ? m_controller->config()->name
                                           : m_controller->profile().displayName);
    if (SyncEngine *sync = m_controller->sync())
        connect(sync, &SyncEngine::contractsChanged, m_contracts, &ContractsPage::reload);
    m_contracts->reload();
    updateOffline();
    const int last = m_controller->settings()->lastPage();
    showSection(last >= 0 && last < m_sections.size() ? Page(last) : ContractsSection);
    m_attached = true;
}

void WorkspaceWidget::ensurePage(int row)
{
    if (row < 0 || row >= m_sections.size() || !m_sections.at(row).make)
        return;
    QWidget *page = std::exchange(m_sections[row].make, {})();
    QWidget *placeholder = m_pages->widget(row);
    m_pages->insertWidget(row, page);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
}

void WorkspaceWidget::showSection(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

void WorkspaceWidget::openNotification(const Notification &n)
{
    const QString contractId = n.linkResource == QLatin1StringView("contract")
                                   ? n.linkId
                                   : n.params.value(QLatin1StringView("contractId")).toString();
    if (!contractId.isEmpty())
        m_controller->setCurrentContractId(contractId);
    if (n.linkResource == QLatin1StringView("request")) {
        showSection(RequestsSection);
        m_requests->showRequest(n.linkId);
    } else if (n.linkResource == QLatin1StringView("invoice")) {
        showSection(InvoicesSection);
        m_invoices->showInvoice(n.linkId);
    } else if (n.kind == QLatin1StringView("reading_flagged")) {
        showSection(ConsumptionSection); // where the reading is
    } else if (!contractId.isEmpty()) {
        showSection(ContractsSection);
    }
}

void WorkspaceWidget::fillContractSelector()
{
    const QList<Contract> &contracts = m_contracts->model()->contracts();
    m_selector->clear();
    for (const Contract &c : contracts) {
        QString text =
            c.alias.isEmpty() ? c.number : QStringLiteral("%1 · %2").arg(c.number, c.alias);
        const InvoiceUrgency urgency =
            c.lastInvoice ? InvoiceUrgency::of(c.paymentStatus, c.lastInvoice->dueDate,
                                               m_contracts->model()->today())
                          : InvoiceUrgency();
        // Due soon or overdue: said in words (and colour), so it is seen before it is opened.
        if (urgency.isUrgent())
            text += QStringLiteral(" — ") +
                    ContractTableModel::urgentStatusText(c, m_contracts->model()->today());
        m_selector->addItem(text, c.id);
        if (urgency.isUrgent())
            m_selector->setItemData(
                m_selector->count() - 1,
                StatusColors::forStatus(urgency.level == InvoiceUrgency::Level::Overdue
                                            ? InvoiceStatus::Overdue
                                            : InvoiceStatus::Pending),
                Qt::ForegroundRole);
    }
    const bool several = contracts.size() > 1;
    m_selector->setVisible(several);
    m_selectorLabel->setVisible(several);
    if (!contracts.isEmpty()) {
        const int index = m_selector->findData(m_controller->currentContractId());
        m_selector->setCurrentIndex(std::max(0, index));
        m_controller->setCurrentContractId(m_selector->currentData().toString());
    }
}

void WorkspaceWidget::updateOffline()
{
    m_offline->setVisible(m_controller->isOffline());
    m_offline->setLastUpdated(m_controller->lastSynced(), m_controller->displayLocale());
}

} // namespace ov
