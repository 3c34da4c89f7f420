#pragma once

#include "domain/Contract.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace ov {

// The user's contracts as a table: contract number, alias, supply address, last invoice amount
// and payment status (text and colour). Sorting uses SortRole (raw values), not the text.
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
    const QList<Contract> &contracts() const { return m_contracts; }
    int rowOf(const QString &contractId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(InvoiceStatus status);

private:
    QList<Contract> m_contracts;
    QLocale m_locale;
};

} // namespace ov
