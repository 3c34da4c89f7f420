#pragma once

#include "domain/Invoice.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace ov {

// A contract's invoices as a table: number, period, issue date, due date, amount and status
// (text and colour; "Due in 3 days" and bold when due within five days, bold when overdue). Sorting
// uses SortRole (raw values), not the text.
class InvoiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        PeriodColumn,
        IssueDateColumn,
        DueDateColumn,
        AmountColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        InvoiceIdRole = Qt::UserRole + 1,
        SortRole,
        YearRole
    };

    explicit InvoiceTableModel(QObject *parent = nullptr);

    void setInvoices(QList<Invoice> invoices, const QLocale &locale);
    const QList<Invoice> &invoices() const { return m_invoices; }
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    int rowOf(const QString &invoiceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Invoice> m_invoices;
    QLocale m_locale;
    QDate m_today;
};

} // namespace ov
