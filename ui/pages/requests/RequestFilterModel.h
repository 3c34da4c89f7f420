#pragma once

#include <QSortFilterProxyModel>

namespace ov {

// The requests table filtered by status ("" all, "open": filed or in progress, or one status;
// "pending" are always shown) and by a search over filing number, subject, category and contract.
class RequestFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestFilterModel(QObject *parent = nullptr);

    void setStatus(const QString &status);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
    QString m_search;
};

} // namespace ov
