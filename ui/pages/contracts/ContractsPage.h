#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ov {

class AppController;
class ContractDetailPanel;
class ContractFilterModel;
class ContractTableModel;
class ContractsController;

// The user's contracts from the cache: what is due across all of them at the top, live search,
// sort by any column, details on double-click (or Enter), and "Link a contract".
class ContractsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContractsPage(AppController *controller, QWidget *parent = nullptr);

    void reload(); // reads the cache off the GUI thread, then fills the table
    ContractTableModel *model() const { return m_model; }
    ContractsController *contracts() const { return m_contracts; }
    void openLinkWizard();

signals:
    void loaded(int count);

private:
    void showDetails(const QModelIndex &proxyIndex);
    void updateCount();
    void updateSummary();
    void updatePending(); // links waiting in the outbox, or refused

    AppController *m_controller;
    ContractsController *m_contracts;
    ContractTableModel *m_model;
    ContractFilterModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_empty;
    QLabel *m_summary;
    QLabel *m_pending;
    QPushButton *m_dismiss;
    QPushButton *m_link;
    ContractDetailPanel *m_detail;
};

} // namespace ov
