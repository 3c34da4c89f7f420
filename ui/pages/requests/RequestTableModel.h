#pragma once

#include "requests/RequestsController.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace ov {

// The user's requests as a table: filing number, subject, category, contract, filed date, the
// legal deadline with the business days left (amber within three, red when overdue: in words
// too), and status. Requests still in the outbox come first, "Sending…" (or "Not accepted").
// Sorting uses SortRole (raw values), not the text.
class RequestTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        SubjectColumn,
        CategoryColumn,
        ContractColumn,
        FiledColumn,
        DeadlineColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        RequestIdRole = Qt::UserRole + 1, // empty for a pending one
        OutboxIdRole,                     // 0 for a filed one
        StatusRole,                       // filed | in_progress | answered | closed | pending
        SearchRole,                       // the text the search looks in
        SortRole
    };
    struct Row
    {
        ServiceRequest request; // a pending one has only subject and category
        qint64 outboxId = 0;    // not 0: still in the outbox
        bool rejected = false;  // the server refused it
        int daysLeft = 0;
        RequestsController::Urgency urgency = RequestsController::Urgency::Done;
        QString categoryName;
        QString contractNumber;
    };

    explicit RequestTableModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows, const QLocale &locale);
    const QList<Row> &rows() const { return m_rows; }
    int rowOf(const QString &requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const Row &row, int column) const;

    QList<Row> m_rows;
    QLocale m_locale;
};

} // namespace ov
