#include "RequestTableModel.h"

#include "core/Formatter.h"
#include "requests/RequestText.h"
#include "widgets/StatusColors.h"

#include <QFont>

namespace ov {

RequestTableModel::RequestTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RequestTableModel::setRows(QList<Row> rows, const QLocale &locale)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_locale = locale;
    endResetModel();
}

int RequestTableModel::rowOf(const QString &requestId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).outboxId == 0 && m_rows.at(i).request.id == requestId)
            return i;
    return -1;
}

int RequestTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestTableModel::text(const Row &row, int column) const
{
    const ServiceRequest &r = row.request;
    const bool pending = row.outboxId != 0;
    switch (column) {
    case NumberColumn:
        return pending ? tr("(not filed yet)") : r.number;
    case SubjectColumn:
        return r.subject;
    case CategoryColumn:
        return row.categoryName;
    case ContractColumn:
        return row.contractNumber;
    case FiledColumn:
        return pending ? QString() : Formatter::date(r.createdAt.toLocalTime().date(), m_locale);
    case DeadlineColumn:
        if (pending)
            return QString();
        return r.isOpen() ? tr("%1 · %2").arg(Formatter::date(r.answerDueDate, m_locale),
                                              RequestText::deadline(r, row.daysLeft))
                          : RequestText::deadline(r, row.daysLeft);
    case StatusColumn:
        if (pending)
            return row.rejected ? tr("Not accepted") : tr("Sending…");
        return RequestText::statusName(r.status);
    }
    return {};
}

QVariant RequestTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ServiceRequest &r = row.request;
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn && row.outboxId == 0 && r.isOpen())
            return tr("The utility must answer by %1 (business days, by law).")
                .arg(Formatter::date(r.answerDueDate, m_locale));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DeadlineColumn && row.outboxId == 0) {
            if (row.urgency == RequestsController::Urgency::Overdue)
                return StatusColors::forStatus(InvoiceStatus::Overdue);
            if (row.urgency == RequestsController::Urgency::Soon)
                return StatusColors::forStatus(InvoiceStatus::Pending);
        }
        if (index.column() == StatusColumn && row.rejected)
            return StatusColors::forStatus(InvoiceStatus::Overdue);
        return {};
    case Qt::FontRole:
        if (index.column() == DeadlineColumn &&
            row.urgency == RequestsController::Urgency::Overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RequestIdRole:
        return row.outboxId ? QString() : r.id;
    case OutboxIdRole:
        return row.outboxId;
    case StatusRole:
        return row.outboxId ? QStringLiteral("pending") : r.status;
    case SearchRole:
        return QStringList{text(row, NumberColumn), r.subject, row.categoryName, row.contractNumber}
            .join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case FiledColumn:
            return row.outboxId ? QDateTime::currentDateTimeUtc() : r.createdAt;
        case DeadlineColumn:
            return r.isOpen() ? row.daysLeft : std::numeric_limits<int>::max();
        default:
            return text(row, index.column());
        }
    }
    return {};
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Filing number");
    case SubjectColumn:
        return tr("Subject");
    case CategoryColumn:
        return tr("Category");
    case ContractColumn:
        return tr("Contract");
    case FiledColumn:
        return tr("Filed");
    case DeadlineColumn:
        return tr("Answer due");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace ov
