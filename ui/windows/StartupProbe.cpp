#include "StartupProbe.h"

#include "MainWindow.h"
#include "WorkspaceWidget.h"
#include "core/ProcessStats.h"
#include "pages/contracts/ContractsPage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace ov {

namespace {
constexpr int kSections = 5; // WorkspaceWidget::Page
}

StartupProbe *StartupProbe::installIfRequested(MainWindow *window)
{
    const QByteArray mode = qgetenv("OV_STARTUP_PROBE");
    if (mode.isEmpty())
        return nullptr;
    return new StartupProbe(window, mode == "visit-all");
}

StartupProbe::StartupProbe(MainWindow *window, bool visitAll)
    : QObject(window)
    , m_window(window)
    , m_workspace(window->findChild<WorkspaceWidget *>())
    , m_visitAll(visitAll)
{
    m_sinceProbe.start();
    m_table = m_workspace
                  ? m_workspace->findChild<QTableView *>(QStringLiteral("contractsTableView"))
                  : nullptr;
    if (m_table)
        m_table->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_firstPaintMs < 0 && m_table &&
        watched == m_table->viewport() && m_table->model() && m_table->model()->rowCount() > 0 &&
        m_workspace && m_workspace->isVisible())
        QTimer::singleShot(0, this, &StartupProbe::painted); // once this paint is done
    return QObject::eventFilter(watched, event);
}

void StartupProbe::painted()
{
    if (m_firstPaintMs >= 0)
        return;
    const double t0 = ProcessStats::msSinceStartStamp();
    m_firstPaintMs = t0 >= 0 ? t0 : double(m_sinceProbe.nsecsElapsed()) / 1e6;
    if (!m_visitAll)
        return finish();
    visitNext();
}

void StartupProbe::visitNext()
{
    if (!m_workspace || m_visited >= kSections) {
        // Last, a contract's details (the panel beside the table).
        if (m_workspace && m_table && m_table->model()->rowCount() > 0) {
            m_workspace->showSection(WorkspaceWidget::ContractsSection);
            emit m_table->doubleClicked(m_table->model()->index(0, 0));
        }
        QTimer::singleShot(50, this, &StartupProbe::finish);
        return;
    }
    m_workspace->showSection(WorkspaceWidget::Page(m_visited++));
    m_window->repaint();
    QTimer::singleShot(50, this, &StartupProbe::visitNext); // let each page load and paint
}

void StartupProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    std::printf("ov-startup-probe first-paint-ms=%.1f peak-rss-kib=%lld\n", m_firstPaintMs,
                static_cast<long long>(ProcessStats::peakRssKiB()));
    std::fflush(stdout);
    QApplication::quit();
}

} // namespace ov
