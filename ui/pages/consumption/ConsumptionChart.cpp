#include "ConsumptionChart.h"

#include "consumption/ReadingRulesText.h"
#include "core/Formatter.h"
#include "invoices/BillExplanationText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace ov {

ConsumptionChart::ConsumptionChart(QWidget *parent)
    : QChartView(parent)
    , m_bars(new QBarSeries)
    , m_current(new QBarSet(tr("Consumption")))
    , m_yearBefore(new QBarSet(tr("A year before")))
    , m_axis(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    setObjectName(QStringLiteral("consumptionChartView"));
    setAccessibleName(tr("Consumption per month, with the year before"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFocusPolicy(Qt::NoFocus); // the table below holds the same data for the keyboard

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_yearBefore->setColor(QColor(0x9c, 0xa3, 0xaf));
    m_bars->append(m_yearBefore);
    m_bars->append(m_current);
    chart->addSeries(m_bars);
    chart->addAxis(m_axis, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_bars->attachAxis(m_axis);
    m_bars->attachAxis(m_values);
    m_axis->setLabelsAngle(-60);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    setChart(chart);

    connect(m_bars, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (status)
            QToolTip::showText(QCursor::pos(), tooltipFor(index), this);
        else
            QToolTip::hideText();
    });
    connect(m_bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
        const QString period = periodAt(index);
        if (!period.isEmpty())
            emit periodClicked(period);
    });
}

void ConsumptionChart::setMonths(const QList<ConsumptionHistory::MonthPair> &oldestFirst,
                                 const QString &unit, const QLocale &locale)
{
    m_months = oldestFirst;
    m_unit = unit;
    m_locale = locale;
    QList<qreal> current;
    QList<qreal> before;
    QStringList labels;
    double top = 0;
    for (const auto &m : oldestFirst) {
        current << m.consumption;
        before << m.yearBefore.value_or(0);
        const QDate month = QDate::fromString(m.period + QStringLiteral("-01"), Qt::ISODate);
        labels << locale.toString(month, QStringLiteral("MMM yy"));
        top = std::max({top, m.consumption, m.yearBefore.value_or(0)});
    }
    m_current->remove(0, m_current->count());
    m_current->append(current);
    m_yearBefore->remove(0, m_yearBefore->count());
    m_yearBefore->append(before);
    m_axis->clear();
    m_axis->append(labels);
    m_values->setRange(0, top > 0 ? top * 1.1 : 1);
    m_values->applyNiceNumbers();
    m_values->setTitleText(BillExplanationText::unitName(unit));
}

int ConsumptionChart::barCount() const
{
    return m_current->count();
}

QString ConsumptionChart::periodAt(int index) const
{
    return index >= 0 && index < m_months.size() ? m_months.at(index).period : QString();
}

QString ConsumptionChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_months.size())
        return {};
    const auto &m = m_months.at(index);
    const QString unit = BillExplanationText::unitName(m_unit);
    const QString now = ReadingRulesText::number(m.consumption, m_locale);
    if (!m.yearBefore)
        return tr("%1: %2 %3").arg(Formatter::period(m.period, m_locale), now, unit);
    return tr("%1: %2 %3 (a year before: %4 %3)")
        .arg(Formatter::period(m.period, m_locale), now, unit,
             ReadingRulesText::number(*m.yearBefore, m_locale));
}

} // namespace ov
