// The baseline of benchmarks 5 and 6: an empty QMainWindow, started and measured exactly as the
// app is (OV_STARTUP_T0_NS set by the driver just before it starts the process; the time of
// the first painted frame and the peak memory printed in the app's probe format).

#include "core/ProcessStats.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                std::printf("ov-startup-probe first-paint-ms=%.1f peak-rss-kib=%lld\n",
                            ov::ProcessStats::msSinceStartStamp(),
                            static_cast<long long>(ov::ProcessStats::peakRssKiB()));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720);
    FirstPaint probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
