#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ov {

class AppController;
class IntervalChart;
class IntervalStore;

// The smart-meter tab of the consumption page: range presets (day, week, month, year, all),
// the interval chart, what it shows ("Hours · 1 Nov – 1 Dec 2026"), and the fetch of what the
// cache lacks with its progress and a cancel button.
class IntervalView : public QWidget
{
    Q_OBJECT

public:
    explicit IntervalView(AppController *app, QWidget *parent = nullptr);

    void showContract(const QString &contractId);
    IntervalChart *chart() const { return m_chart; }
    IntervalStore *store() const { return m_store; }

private:
    void describeRange();

    AppController *m_app;
    IntervalStore *m_store;
    IntervalChart *m_chart;
    QLabel *m_range;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace ov
