#pragma once

#include "consumption/ConsumptionHistory.h"

#include <QChartView>
#include <QList>
#include <QLocale>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace ov {

// Consumption per month, oldest on the left, with the same month a year before beside each
// bar. Hovering a bar shows its month and both figures; clicking it asks for that month
// (periodClicked) so the table can show its readings.
class ConsumptionChart : public QChartView
{
    Q_OBJECT

public:
    explicit ConsumptionChart(QWidget *parent = nullptr);

    void setMonths(const QList<ConsumptionHistory::MonthPair> &oldestFirst, const QString &unit,
                   const QLocale &locale);
    int barCount() const;
    QString tooltipFor(int index) const;
    QString periodAt(int index) const;

signals:
    void periodClicked(const QString &period);

private:
    QList<ConsumptionHistory::MonthPair> m_months;
    QString m_unit;
    QLocale m_locale;
    QBarSeries *m_bars;
    QBarSet *m_current;
    QBarSet *m_yearBefore;
    QBarCategoryAxis *m_axis;
    QValueAxis *m_values;
};

} // namespace ov
