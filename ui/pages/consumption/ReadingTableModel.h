#pragma once

#include "consumption/ConsumptionController.h"
#include "domain/Reading.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace ov {

// A contract's readings as a table — date, reading, consumption, source, and a flag (waiting to
// be sent, refused, to be reviewed by the utility) — with the readings still in the outbox on
// top. Sorting uses SortRole (raw values), not the text.
class ReadingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ValueColumn,
        ConsumptionColumn,
        SourceColumn,
        FlagColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        PeriodRole,
        PendingRole // the outbox id of a reading not yet confirmed (0: a confirmed one)
    };

    explicit ReadingTableModel(QObject *parent = nullptr);

    void setReadings(QList<Reading> readings, QList<ConsumptionController::Pending> pending,
                     const QString &unit, const QLocale &locale);
    int firstRowOf(const QString &period) const;
    int pendingCount() const { return int(m_pending.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant pendingData(const ConsumptionController::Pending &p, int column, int role) const;

    QList<Reading> m_readings;
    QList<ConsumptionController::Pending> m_pending;
    QString m_unit;
    QLocale m_locale;
};

} // namespace ov
