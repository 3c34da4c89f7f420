// Integration: `oficina-virtual --version` and `--help` answer without a display — as over SSH
// or in a package's check — because they are handled before the GUI application exists. The
// process is run with no DISPLAY or WAYLAND_DISPLAY and the xcb platform forced, where creating
// a QApplication would abort.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static QProcess *run(const QStringList &arguments)
    {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(OV_CLIENT_BIN), arguments);
        p->waitForFinished(30000);
        return p;
    }

private slots:
    void versionWithoutADisplay()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("--version")}));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p->readAllStandardOutput()).trimmed(),
                 QStringLiteral("oficina-virtual " OV_VERSION));
    }

    void helpWithoutADisplay()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("--help")}));
        QCOMPARE(p->exitCode(), 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1StringView("--lang")), qPrintable(out));
        QVERIFY(out.contains(QLatin1StringView("--demo-server")));
        QVERIFY(out.contains(QLatin1StringView("oficinavirtual://")));
    }

    void theGuiStillNeedsOne()
    {
        // Without those flags the app does start a GUI: here, with no display, it cannot.
        std::unique_ptr<QProcess> p(run({QStringLiteral("--lang"), QStringLiteral("es")}));
        QVERIFY(p->exitStatus() == QProcess::CrashExit || p->exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_command_line.moc"
