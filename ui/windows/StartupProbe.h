#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTableView;

namespace ov {

class MainWindow;
class WorkspaceWidget;

// For benchmarks (bench/README.md): with OV_STARTUP_PROBE set, the app prints how long it took
// from its start to the first painted workspace that shows the user's contracts, and quits.
// "visit-all" first opens every section and a contract's details, then prints the peak
// resident memory as well. The start is OV_STARTUP_T0_NS (CLOCK_MONOTONIC, set by the
// benchmark just before it starts the process, so loading the binary and its libraries count),
// else the moment the probe was created.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    // Installs a probe when OV_STARTUP_PROBE asks for one; nullptr otherwise.
    static StartupProbe *installIfRequested(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(MainWindow *window, bool visitAll);
    void painted();
    void visitNext();
    void finish();

    QPointer<MainWindow> m_window;
    QPointer<WorkspaceWidget> m_workspace;
    QPointer<QTableView> m_table;
    bool m_visitAll = false;
    bool m_done = false;
    double m_firstPaintMs = -1;
    int m_visited = 0;
    QElapsedTimer m_sinceProbe;
};

} // namespace ov
