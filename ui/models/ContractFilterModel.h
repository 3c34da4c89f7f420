#pragma once

#include <QSortFilterProxyModel>

namespace ov {

// Live search over contracts: every word the user types must appear (ignoring case and
// accents) in the contract number, alias, address, holder or meter.
class ContractFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ContractFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    static QString fold(const QString &text); // lower case, no accents

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace ov
