#include "InvoiceTableModel.h"

#include "core/Formatter.h"
#include "invoices/InvoiceUrgency.h"
#include "models/ContractTableModel.h"
#include "widgets/StatusColors.h"

#include <QFont>

namespace ov {

InvoiceTableModel::InvoiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InvoiceTableModel::setInvoices(QList<Invoice> invoices, const QLocale &locale)
{
    beginResetModel();
    m_invoices = std::move(invoices);
    m_locale = locale;
    endResetModel();
}

int InvoiceTableModel::rowOf(const QString &invoiceId) const
{
    for (int i = 0; i < m_invoices.size(); ++i)
        if (m_invoices.at(i).id == invoiceId)
            return i;
    return -1;
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_invoices.size())
        return {};
    const Invoice &i = m_invoices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return i.number;
        case PeriodColumn:
            return Formatter::period(i.period, m_locale);
        case IssueDateColumn:
            return Formatter::date(i.issueDate, m_locale);
        case DueDateColumn:
            return Formatter::date(i.dueDate, m_locale);
        case AmountColumn:
            return Formatter::money(i.amount, m_locale);
        case StatusColumn:
            return ContractTableModel::urgentStatusText(i.status, i.dueDate, today());
        }
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn &&
            InvoiceUrgency::of(i.status, i.dueDate, today()).isUrgent()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return StatusColors::forStatus(i.status);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case InvoiceIdRole:
        return i.id;
    case YearRole:
        return i.period.left(4).toInt();
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return i.number;
        case PeriodColumn:
            return i.period;
        case IssueDateColumn:
            return i.issueDate;
        case DueDateColumn:
            return i.dueDate;
        case AmountColumn:
            return i.amount.amount;
        case StatusColumn:
            return int(i.status == InvoiceStatus::Overdue   ? 0
                       : i.status == InvoiceStatus::Pending ? 1
                                                            : 2);
        }
        break;
    }
    return {};
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case PeriodColumn:
        return tr("Period");
    case IssueDateColumn:
        return tr("Issued");
    case DueDateColumn:
        return tr("Due");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace ov
