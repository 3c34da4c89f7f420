#include "ContractFilterModel.h"

#include "ContractTableModel.h"

#include "domain/AccountRules.h"

namespace ov {

ContractFilterModel::ContractFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ContractTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

QString ContractFilterModel::fold(const QString &text)
{
    return AccountRules::fold(text);
}

void ContractFilterModel::setSearchText(const QString &text)
{
    m_words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ContractFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack = fold(sourceModel()
                                      ->index(sourceRow, 0, sourceParent)
                                      .data(ContractTableModel::SearchTextRole)
                                      .toString());
    for (const QString &word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

} // namespace ov
