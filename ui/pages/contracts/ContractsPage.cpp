#include "ContractsPage.h"

#include "ContractDetailPanel.h"
#include "LinkContractWizard.h"

#include "AppController.h"
#include "contracts/ContractsController.h"
#include "core/Formatter.h"
#include "models/ContractFilterModel.h"
#include "models/ContractTableModel.h"

#include <QAction>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ov {

ContractsPage::ContractsPage(AppController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_contracts(new ContractsController(controller, this))
    , m_model(new ContractTableModel(this))
    , m_filter(new ContractFilterModel(this))
{
    setObjectName(QStringLiteral("contractsPage"));
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contractSearchLineEdit"));
    m_search->setAccessibleName(tr("Search contracts"));
    m_search->setPlaceholderText(tr("Search by contract, alias, address or meter (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/ov/icons/search.svg")), QLineEdit::LeadingPosition);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contractsTableView"));
    m_table->setAccessibleName(tr("Contracts"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContractTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Column widths from the first rows, not from all of them: measuring the text of every row
    // of a 200-contract account was most of the time to the first painted workspace.
    m_table->horizontalHeader()->setResizeContentsPrecision(40);
    m_table->horizontalHeader()->setSectionResizeMode(ContractTableModel::AddressColumn,
                                                      QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("contractCountLabel"));
    m_empty = new QLabel(tr("No contracts to show yet."), this);
    m_empty->setObjectName(QStringLiteral("contractsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setVisible(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("contractsSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Summary of your contracts"));
    m_link = new QPushButton(tr("&Link a contract…"), this);
    m_link->setObjectName(QStringLiteral("linkContractButton"));
    m_link->setAccessibleName(tr("Link another contract to your account"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("contractsPendingLabel"));
    m_pending->setWordWrap(true);
    m_pending->setVisible(false);
    m_dismiss = new QPushButton(tr("OK, &understood"), this);
    m_dismiss->setObjectName(QStringLiteral("contractsDismissButton"));
    m_dismiss->setAccessibleName(tr("Dismiss the refused link"));
    m_dismiss->setVisible(false);

    m_detail = new ContractDetailPanel(m_contracts, this);
    m_detail->setVisible(false);
    m_detail->setMinimumWidth(300);
    m_detail->setMaximumWidth(420);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("contractsSplitter"));
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_empty);
    leftLayout->addWidget(m_count);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_link);
    auto *pendingRow = new QHBoxLayout;
    pendingRow->addWidget(m_pending, 1);
    pendingRow->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(pendingRow);
    layout->addWidget(splitter);
    connect(m_link, &QPushButton::clicked, this, &ContractsPage::openLinkWizard);
    connect(m_contracts, &ContractsController::pendingChanged, this, &ContractsPage::updatePending);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        for (const auto &p : m_contracts->pending())
            if (p.rejected && p.action == QLatin1StringView(ContractsController::kLinkAction))
                m_contracts->dismiss(p.outboxId);
    });

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_table, &QTableView::doubleClicked, this, &ContractsPage::showDetails);
    connect(m_table, &QTableView::activated, this, &ContractsPage::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_controller->setCurrentContractId(
                        current.data(ContractTableModel::ContractIdRole).toString());
            });
    connect(m_detail, &ContractDetailPanel::closeRequested, this, [this] {
        m_detail->setVisible(false);
        m_table->setFocus();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_controller, &AppController::currentContractChanged, this, [this](const QString &id) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            return;
        const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
        if (proxy.isValid() && m_table->currentIndex().row() != proxy.row())
            m_table->setCurrentIndex(proxy);
        if (m_detail->isVisible() && m_detail->contractId() != id)
            m_detail->showContract(m_model->contracts().at(row), m_controller->displayLocale());
    });
    connect(m_controller, &AppController::configChanged, this,
            [this] { m_model->setLocale(m_controller->displayLocale()); });
    m_model->setLocale(m_controller->displayLocale());
}

void ContractsPage::reload()
{
    Cache *cache = m_controller->cache();
    if (!cache) {
        m_model->setContracts({});
        updateCount();
        return;
    }
    auto *watcher = new QFutureWatcher<QList<Contract>>(this);
    connect(watcher, &QFutureWatcher<QList<Contract>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_model->setLocale(m_controller->displayLocale());
        m_model->setContracts(watcher->result());
        const int row = m_model->rowOf(m_controller->currentContractId());
        if (row >= 0)
            m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
        else if (m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, 0));
        if (m_detail->isVisible()) {
            const int shown = m_model->rowOf(m_detail->contractId());
            if (shown >= 0)
                m_detail->showContract(m_model->contracts().at(shown),
                                       m_controller->displayLocale());
            else
                m_detail->setVisible(false);
        }
        m_table->resizeColumnsToContents();
        // A model reset forgets the header's modes: the address takes the spare width.
        m_table->horizontalHeader()->setSectionResizeMode(ContractTableModel::AddressColumn,
                                                          QHeaderView::Stretch);
        updateCount();
        updateSummary();
        m_detail->setCanUnlink(m_model->contracts().size() > 1);
        emit loaded(int(m_model->contracts().size()));
    });
    watcher->setFuture(cache->run([cache] { return cache->contracts(); }));
}

void ContractsPage::showDetails(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const int row = m_filter->mapToSource(proxyIndex).row();
    m_detail->showContract(m_model->contracts().at(row), m_controller->displayLocale());
    m_detail->setVisible(true);
}

void ContractsPage::updateCount()
{
    const int all = int(m_model->contracts().size());
    const int shown = m_filter->rowCount();
    m_empty->setVisible(all == 0);
    m_empty->setText(tr("No contracts to show yet."));
    m_count->setText(shown == all ? tr("%n contract(s)", nullptr, all)
                                  : tr("%1 of %n contract(s)", nullptr, all).arg(shown));
}

void ContractsPage::openLinkWizard()
{
    auto *wizard = new LinkContractWizard(m_controller, m_contracts, window());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void ContractsPage::updateSummary()
{
    const QList<Contract> &contracts = m_model->contracts();
    if (contracts.isEmpty()) {
        m_summary->clear();
        return;
    }
    Money total{0, contracts.first().balanceDue.currency};
    int overdue = 0;
    for (const Contract &c : contracts) {
        if (c.balanceDue.currency == total.currency)
            total.amount += c.balanceDue.amount;
        if (c.paymentStatus == InvoiceStatus::Overdue)
            ++overdue;
    }
    const QString due = tr("To pay across your contracts: %1")
                            .arg(Formatter::money(total, m_controller->displayLocale()));
    const QString tail =
        overdue == 0 ? tr(" · nothing overdue") : tr(" · %n overdue", nullptr, overdue);
    m_summary->setText(due + tail);
}

void ContractsPage::updatePending()
{
    QStringList lines;
    bool refused = false;
    for (const ContractsController::Pending &p : m_contracts->pending()) {
        if (p.action != QLatin1StringView(ContractsController::kLinkAction))
            continue;
        const QString number = p.body.value(QLatin1StringView("reference")).toString();
        if (!p.rejected) {
            lines << tr("Contract %1 will be linked when the server answers.").arg(number);
            continue;
        }
        refused = true;
        lines << (p.problemCode == QLatin1StringView("customer_not_found")
                      ? tr("Contract %1 was not linked: its details do not match the bill.")
                            .arg(number)
                  : p.problemCode == QLatin1StringView("linked_to_another_account")
                      ? tr("Contract %1 was not linked: it belongs to another account.").arg(number)
                      : tr("Contract %1 was not linked (%2).").arg(number, p.problemCode));
    }
    m_pending->setText(lines.join(QLatin1Char('\n')));
    m_pending->setVisible(!lines.isEmpty());
    m_dismiss->setVisible(refused);
}

} // namespace ov
