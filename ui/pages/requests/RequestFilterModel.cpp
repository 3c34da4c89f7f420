#include "RequestFilterModel.h"

#include "RequestTableModel.h"

namespace ov {

RequestFilterModel::RequestFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestTableModel::SortRole);
}

void RequestFilterModel::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void RequestFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool RequestFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString status = index.data(RequestTableModel::StatusRole).toString();
    if (!m_status.isEmpty() && status != QLatin1StringView("pending")) {
        const bool open =
            status == QLatin1StringView("filed") || status == QLatin1StringView("in_progress");
        if (m_status == QLatin1StringView("open") ? !open : status != m_status)
            return false;
    }
    return m_search.isEmpty() || index.data(RequestTableModel::SearchRole)
                                     .toString()
                                     .contains(m_search, Qt::CaseInsensitive);
}

} // namespace ov
