#pragma once

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QToolButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace ov {

class AppController;
class ConsumptionChart;
class ConsumptionController;
class ConsumptionExporter;
class IntervalView;
class ReadingTableModel;

// The consumption of the selected contract: the latest period against the same one a year
// before and the daily average, the monthly chart (a click selects that month's readings in the
// table), the readings (sortable, those waiting to be sent on top) and "Enter meter reading".
class ConsumptionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConsumptionPage(AppController *app, QWidget *parent = nullptr);

    ConsumptionController *controller() const { return m_controller; }
    IntervalView *intervalView() const { return m_interval; }
    // How the reading dialog is shown (exec; tests drive it themselves).
    void openReadingDialog();
    ConsumptionExporter *exporter() const { return m_exporter; }
    // Where an export is saved (a save dialog; tests replace it): the suggested file name
    // and the filter in, the chosen path out (empty: cancelled).
    static void setSavePathProvider(
        std::function<QString(const QString &suggested, const QString &filter)> provider);

private:
    void showHistory();
    void showSummary();
    void showChart();
    void showPending();
    void selectPeriod(const QString &period);
    void exportAs(int format);

    AppController *m_app;
    ConsumptionController *m_controller;
    ReadingTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_empty;
    QWidget *m_content;
    QLabel *m_latest;
    QLabel *m_lastYear;
    QLabel *m_daily;
    QPushButton *m_enter;
    QLabel *m_message;
    QPushButton *m_dismiss;
    ConsumptionChart *m_chart;
    QComboBox *m_months;
    QTableView *m_table;
    QTabWidget *m_tabs;
    IntervalView *m_interval;
    ConsumptionExporter *m_exporter;
    QToolButton *m_export;
    QProgressDialog *m_progress = nullptr;
};

} // namespace ov
