#pragma once

#include "domain/Contract.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>

namespace ov {

// The user's contracts as a table: contract number, alias, supply address, last invoice amount
// and payment status (text and colour; bold when a bill is overdue or due within five days).
// Sorting uses SortRole (raw values), not the text.
class ContractTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        AliasColumn,
        AddressColumn,
        AmountColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        ContractIdRole = Qt::UserRole + 1,
        SortRole,
        SearchTextRole
    };

    explicit ContractTableModel(QObject *parent = nullptr);

    void setContracts(QList<Contract> contracts);
    void setLocale(const QLocale &locale);
    // "Today", for what is due soon (the computer's date unless a test sets it).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    const QList<Contract> &contracts() const { return m_contracts; }
    int rowOf(const QString &contractId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(InvoiceStatus status);
    // The status as the list says it: "Due in 3 days" for a bill due soon, else statusText().
    static QString urgentStatusText(const Contract &contract, const QDate &today);
    // The same for any bill (the invoices table uses it too).
    static QString urgentStatusText(InvoiceStatus status, const QDate &dueDate, const QDate &today);

private:
    QList<Contract> m_contracts;
    QLocale m_locale;
    QDate m_today;
};

} // namespace ov
