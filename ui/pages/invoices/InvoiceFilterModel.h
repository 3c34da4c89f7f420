#pragma once

#include <QSortFilterProxyModel>

namespace ov {

// The invoice table filtered by year (0: all) and by a piece of the invoice number.
class InvoiceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InvoiceFilterModel(QObject *parent = nullptr);

    void setYear(int year);
    void setNumberFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_year = 0;
    QString m_number;
};

} // namespace ov
