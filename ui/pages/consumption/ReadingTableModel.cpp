#include "ReadingTableModel.h"

#include "consumption/ReadingRulesText.h"
#include "invoices/BillExplanationText.h"
#include "widgets/StatusColors.h"

#include <QFont>

namespace ov {

ReadingTableModel::ReadingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReadingTableModel::setReadings(QList<Reading> readings,
                                    QList<ConsumptionController::Pending> pending,
                                    const QString &unit, const QLocale &locale)
{
    beginResetModel();
    m_readings = std::move(readings);
    m_pending = std::move(pending);
    m_unit = unit;
    m_locale = locale;
    endResetModel();
}

int ReadingTableModel::firstRowOf(const QString &period) const
{
    for (int i = 0; i < m_readings.size(); ++i)
        if (m_readings.at(i).period == period)
            return int(m_pending.size()) + i;
    return -1;
}

int ReadingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pending.size() + m_readings.size());
}

int ReadingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadingTableModel::pendingData(const ConsumptionController::Pending &p, int column,
                                        int role) const
{
    if (role == PendingRole)
        return p.outboxId;
    if (role == PeriodRole)
        return p.readAt.toString(QStringLiteral("yyyy-MM"));
    if (role == Qt::FontRole) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ForegroundRole && column == FlagColumn && p.rejected)
        return StatusColors::forStatus(InvoiceStatus::Overdue);
    if (role == SortRole) {
        switch (column) {
        case DateColumn:
            return p.readAt;
        case ValueColumn:
            return p.value;
        default:
            return QString();
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case DateColumn:
        return m_locale.toString(p.readAt, QLocale::ShortFormat);
    case ValueColumn:
        return ReadingRulesText::number(p.value, m_locale);
    case SourceColumn:
        return ReadingRulesText::sourceName(QStringLiteral("customer"));
    case FlagColumn:
        return p.rejected ? tr("Refused") : tr("Waiting to be sent");
    default:
        return QString();
    }
}

QVariant ReadingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int column = index.column();
    if (index.row() < m_pending.size())
        return pendingData(m_pending.at(index.row()), column, role);
    const Reading &r = m_readings.at(index.row() - m_pending.size());
    if (role == PendingRole)
        return qint64(0);
    if (role == PeriodRole)
        return r.period;
    if (role == Qt::TextAlignmentRole && (column == ValueColumn || column == ConsumptionColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == FlagColumn && r.needsReview)
        return StatusColors::forStatus(InvoiceStatus::Pending);
    if (role == SortRole) {
        switch (column) {
        case DateColumn:
            return r.readAt;
        case ValueColumn:
            return r.value;
        case ConsumptionColumn:
            return r.consumption;
        case SourceColumn:
            return r.source;
        default:
            return r.needsReview ? 1 : 0;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case DateColumn:
        return m_locale.toString(r.readAt, QLocale::ShortFormat);
    case ValueColumn:
        return ReadingRulesText::number(r.value, m_locale);
    case ConsumptionColumn:
        return ReadingRulesText::number(r.consumption, m_locale);
    case SourceColumn:
        return ReadingRulesText::sourceName(r.source);
    case FlagColumn:
        return r.needsReview ? tr("To be reviewed") : QString();
    default:
        return {};
    }
}

QVariant ReadingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString unit = BillExplanationText::unitName(m_unit);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ValueColumn:
        return unit.isEmpty() ? tr("Reading") : tr("Reading (%1)").arg(unit);
    case ConsumptionColumn:
        return unit.isEmpty() ? tr("Consumption") : tr("Consumption (%1)").arg(unit);
    case SourceColumn:
        return tr("Source");
    case FlagColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace ov
