#include "ContractTableModel.h"

#include <QSet>

#include "core/Formatter.h"
#include "invoices/InvoiceUrgency.h"
#include "widgets/StatusColors.h"

#include <QBrush>
#include <QFont>

namespace ov {

ContractTableModel::ContractTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContractTableModel::setContracts(QList<Contract> contracts)
{
    // Both lists come in the cache's order (by number). Rows that went are removed, rows that
    // came are inserted and rows that changed say so; views keep their selection and scroll
    // position, and a sync that changed one contract repaints one row.
    QSet<QString> incoming;
    for (const Contract &c : contracts)
        incoming.insert(c.id);
    for (int i = int(m_contracts.size()) - 1; i >= 0; --i) {
        if (incoming.contains(m_contracts.at(i).id))
            continue;
        beginRemoveRows({}, i, i);
        m_contracts.removeAt(i);
        endRemoveRows();
    }
    QSet<QString> present;
    for (const Contract &c : std::as_const(m_contracts))
        present.insert(c.id);
    for (int i = 0; i < contracts.size(); ++i) {
        const Contract &c = contracts.at(i);
        if (i < m_contracts.size() && m_contracts.at(i).id == c.id) {
            if (!(m_contracts.at(i) == c)) {
                m_contracts[i] = c;
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        if (present.contains(c.id)) {
            // The order itself changed (a number was edited): start over.
            beginResetModel();
            m_contracts = std::move(contracts);
            endResetModel();
            return;
        }
        beginInsertRows({}, i, i);
        m_contracts.insert(i, c);
        endInsertRows();
    }
}

void ContractTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_contracts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ContractTableModel::rowOf(const QString &contractId) const
{
    for (int i = 0; i < m_contracts.size(); ++i)
        if (m_contracts.at(i).id == contractId)
            return i;
    return -1;
}

int ContractTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contracts.size());
}

int ContractTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContractTableModel::statusText(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Paid:
        return tr("Paid");
    case InvoiceStatus::Pending:
        return tr("Pending");
    case InvoiceStatus::Overdue:
        return tr("Overdue");
    }
    return {};
}

QString ContractTableModel::urgentStatusText(InvoiceStatus status, const QDate &dueDate,
                                             const QDate &today)
{
    const InvoiceUrgency u = InvoiceUrgency::of(status, dueDate, today);
    if (u.level == InvoiceUrgency::Level::DueSoon)
        return u.daysLeft == 0 ? tr("Due today") : tr("Due in %n day(s)", nullptr, u.daysLeft);
    return statusText(u.level == InvoiceUrgency::Level::Overdue ? InvoiceStatus::Overdue : status);
}

QString ContractTableModel::urgentStatusText(const Contract &c, const QDate &today)
{
    return c.lastInvoice ? urgentStatusText(c.paymentStatus, c.lastInvoice->dueDate, today)
                         : statusText(c.paymentStatus);
}

QVariant ContractTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contract &c = m_contracts.at(index.row());
    const qint64 lastAmount = c.lastInvoice ? c.lastInvoice->amount.amount : -1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NumberColumn:
            return c.number;
        case AliasColumn:
            return c.alias;
        case AddressColumn:
            return c.supplyAddress.oneLine();
        case AmountColumn:
            return c.lastInvoice ? Formatter::money(c.lastInvoice->amount, m_locale) : QString();
        case StatusColumn:
            return urgentStatusText(c, today());
        }
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && c.lastInvoice &&
            InvoiceUrgency::of(c.paymentStatus, c.lastInvoice->dueDate, today()).isUrgent()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AmountColumn && c.lastInvoice)
            return tr("Invoice for %1, due %2")
                .arg(Formatter::period(c.lastInvoice->period, m_locale),
                     Formatter::date(c.lastInvoice->dueDate, m_locale));
        if (index.column() == StatusColumn && c.balanceDue.amount > 0)
            return tr("To pay: %1").arg(Formatter::money(c.balanceDue, m_locale));
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(StatusColors::forStatus(c.paymentStatus));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ContractIdRole:
        return c.id;
    case SortRole:
        switch (index.column()) {
        case AmountColumn:
            return lastAmount;
        case StatusColumn:
            return int(c.paymentStatus == InvoiceStatus::Overdue   ? 0
                       : c.paymentStatus == InvoiceStatus::Pending ? 1
                                                                   : 2);
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchTextRole:
        return QStringList{c.number, c.alias, c.supplyAddress.oneLine(), c.holderName,
                           c.meterNumber}
            .join(QLatin1Char(' '));
    default:
        break;
    }
    return {};
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Contract");
    case AliasColumn:
        return tr("Alias");
    case AddressColumn:
        return tr("Supply address");
    case AmountColumn:
        return tr("Last invoice");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace ov
