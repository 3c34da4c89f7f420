#include "InvoiceFilterModel.h"

#include "InvoiceTableModel.h"

namespace ov {

InvoiceFilterModel::InvoiceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvoiceTableModel::SortRole);
}

void InvoiceFilterModel::setYear(int year)
{
    m_year = year;
    invalidateFilter();
}

void InvoiceFilterModel::setNumberFilter(const QString &text)
{
    m_number = text.trimmed();
    invalidateFilter();
}

bool InvoiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index =
        sourceModel()->index(sourceRow, InvoiceTableModel::NumberColumn, sourceParent);
    if (m_year != 0 && index.data(InvoiceTableModel::YearRole).toInt() != m_year)
        return false;
    return m_number.isEmpty() || index.data().toString().contains(m_number, Qt::CaseInsensitive);
}

} // namespace ov
