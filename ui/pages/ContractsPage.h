#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace ov {

class AppController;
class ContractDetailPanel;
class ContractFilterModel;
class ContractTableModel;

// The user's contracts from the cache: live search, sort by any column, and details on
// double-click (or Enter).
class ContractsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContractsPage(AppController *controller, QWidget *parent = nullptr);

    void reload(); // reads the cache off the GUI thread, then fills the table
    ContractTableModel *model() const { return m_model; }

signals:
    void loaded(int count);

private:
    void showDetails(const QModelIndex &proxyIndex);
    void updateCount();

    AppController *m_controller;
    ContractTableModel *m_model;
    ContractFilterModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_empty;
    ContractDetailPanel *m_detail;
};

} // namespace ov
