// GUI (offscreen): the consumption page against a real ov-server — the demo contract's 36
// months in the table and the chart (with the year before beside each bar), the summary card
// from the cached readings, a click on a bar selecting that month in the table; the reading
// dialog refusing a lower value at the field with the reason, warning before a spike and
// sending it on the second press, the reading shown as waiting and then as taken for review;
// in English and in Spanish.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "consumption/ConsumptionController.h"
#include "consumption/ConsumptionExporter.h"
#include "consumption/ConsumptionHistory.h"
#include "consumption/IntervalStore.h"
#include "consumption/ReadingRulesText.h"
#include "domain/ReadingRules.h"
#include "i18n/LanguageLoader.h"
#include "outbox/Outbox.h"
#include "pages/consumption/ConsumptionChart.h"
#include "pages/consumption/ConsumptionPage.h"
#include "pages/consumption/IntervalChart.h"
#include "pages/consumption/IntervalView.h"
#include "pages/consumption/MeterReadingDialog.h"
#include "pages/consumption/ReadingTableModel.h"
#include "windows/MainWindow.h"
#include "windows/WorkspaceWidget.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWheelEvent>

using namespace ov;

class TestGuiConsumption : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;
    std::unique_ptr<test::ClientFixture> m_client;
    AppController *m_app = nullptr;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *find(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    ConsumptionHistory cachedHistory() const
    {
        return ConsumptionHistory(m_app->cache()->readings(m_app->currentContractId()));
    }

    ConsumptionPage *openConsumption()
    {
        m_window->workspace()->showSection(WorkspaceWidget::ConsumptionSection);
        auto *page = find<ConsumptionPage>("consumptionPage");
        auto *table = find<QTableView>("readingsTableView");
        if (!page || !table)
            return nullptr;
        if (!QTest::qWaitFor([table] { return table->model()->rowCount() >= 36; }, 15000))
            return nullptr;
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .removeRecursively();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<test::ClientFixture>(
            m_home.path(), m_server.baseUrl(), QStringLiteral("Oficina Virtual consumption tests"));
        m_app = m_client->app();
        QVERIFY(LanguageLoader::install(qApp, QStringLiteral("en")));
        m_app->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        QVERIFY(m_client->chooseDemoUtility());
        type(find<QLineEdit>("loginLineEdit"), QStringLiteral("demo"));
        type(find<QLineEdit>("passwordLineEdit"), QStringLiteral("Demo-2026"));
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->stage(), AppController::Stage::Workspace, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->currentContractId().isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->cache()->readings(m_app->currentContractId()).size() == 36,
                                 15000);
    }

    void theMonthsInEnglish()
    {
        ConsumptionPage *page = openConsumption();
        QVERIFY(page);
        auto *table = find<QTableView>("readingsTableView");
        const ConsumptionHistory history = cachedHistory();
        QCOMPARE(table->model()->rowCount(), 36);
        const QLocale locale = m_app->displayLocale();
        // Newest first, numbers as the reader writes them.
        const Reading &latest = *history.latest();
        QCOMPARE(table->model()->index(0, ReadingTableModel::ValueColumn).data().toString(),
                 ReadingRulesText::number(latest.value, locale));
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("Reading (kWh)"));
        // Sortable: by consumption, the smallest first.
        table->sortByColumn(ReadingTableModel::ConsumptionColumn, Qt::AscendingOrder);
        double smallest = 1e18;
        for (const Reading &r : history.readings())
            smallest = std::min(smallest, r.consumption);
        QCOMPARE(table->model()->index(0, ReadingTableModel::ConsumptionColumn).data().toString(),
                 ReadingRulesText::number(smallest, locale));
        table->sortByColumn(ReadingTableModel::DateColumn, Qt::DescendingOrder);

        // The card, from the same readings.
        const QString period = history.latestPeriod();
        QVERIFY(find<QLabel>("latestConsumptionLabel")
                    ->text()
                    .startsWith(ReadingRulesText::number(*history.consumptionOf(period), locale) +
                                QStringLiteral(" kWh in ")));
        QVERIFY(history.changeFromLastYear());
        QVERIFY(find<QLabel>("consumptionLastYearLabel")
                    ->text()
                    .endsWith(QStringLiteral("than a year before")));
        QVERIFY(
            find<QLabel>("dailyAverageLabel")->text().endsWith(QStringLiteral("a day on average")));

        // The chart: the last 12 months, each with the year before; 36 when asked.
        auto *chart = find<ConsumptionChart>("consumptionChartView");
        QCOMPARE(chart->barCount(), 12);
        auto *bars = qobject_cast<QBarSeries *>(chart->chart()->series().first());
        QCOMPARE(bars->barSets().size(), 2);
        QCOMPARE(bars->barSets().at(1)->at(11), *history.consumptionOf(period));
        QCOMPARE(bars->barSets().at(0)->at(11),
                 *history.consumptionOf(ConsumptionHistory::periodYearsBefore(period, 1)));
        QVERIFY(chart->tooltipFor(11).contains(QStringLiteral("a year before")));
        auto *months = find<QComboBox>("consumptionMonthsComboBox");
        months->setFocus();
        QTest::keyClick(months, Qt::Key_End); // the keyboard chooses: the last 36 months
        QCOMPARE(chart->barCount(), 36);
        QCOMPARE(bars->barSets().at(0)->at(0), 0.0); // nothing a year before the first
        // A click on a bar selects that month's reading.
        emit bars->clicked(30, bars->barSets().at(1));
        QCOMPARE(table->currentIndex().data(ReadingTableModel::PeriodRole).toString(),
                 chart->periodAt(30));
        months->setCurrentIndex(0);
    }

    void theButtonOpensTheDialog()
    {
        QVERIFY(openConsumption());
        QString title;
        bool valueFocused = false;
        QTimer::singleShot(0, this, [&title, &valueFocused] {
            QWidget *dialog = nullptr;
            if (!QTest::qWaitFor(
                    [&dialog] { return (dialog = QApplication::activeModalWidget()) != nullptr; },
                    5000))
                return;
            title = dialog->windowTitle();
            // Typing starts in the value: its field has the dialog's focus.
            valueFocused = dialog->focusWidget() ==
                           dialog->findChild<QLineEdit *>(QStringLiteral("readingValueEdit"));
            static_cast<QDialog *>(dialog)->reject();
        });
        auto *button = find<QPushButton>("enterReadingButton");
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space); // the keyboard reaches it
        QCOMPARE(title, QStringLiteral("Enter meter reading"));
        QVERIFY(valueFocused);
    }

    void theDialogRefusesALowerValueAndWarnsBeforeASpike()
    {
        ConsumptionPage *page = openConsumption();
        QVERIFY(page);
        ConsumptionController *controller = page->controller();
        const auto last =
            ReadingRules::lastOf(controller->history().readings(), controller->meterNumber());
        QVERIFY(last);
        MeterReadingDialog dialog(controller, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QLocale locale = m_app->displayLocale();
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("lastReadingLabel"))
                    ->text()
                    .contains(ReadingRulesText::number(last->value, locale)));
        auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("readingValueEdit"));
        auto *send = dialog.findChild<QPushButton *>(QStringLiteral("sendReadingButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("readingValueMessage"));

        // Lower than the last reading: refused at the field, with the last one named.
        type(value, QString::number(qint64(last->value) - 5));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 ReadingRulesText::message(
                     {QStringLiteral("value"), QStringLiteral("below_last_reading")}, last,
                     m_app->config()->readingWindow, locale));
        QVERIFY(message->text().startsWith(QStringLiteral("The reading cannot be lower")));
        QVERIFY(dialog.isVisible());
        QVERIFY(m_app->outbox()->entries().isEmpty());

        // Letters: refused too.
        type(value, QStringLiteral("12a"));
        QVERIFY(!message->isVisible()); // typing clears the message
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("digits only")));

        // A spike: a warning first, sent on the second press.
        const double average = ReadingRules::averageConsumption(controller->history().readings());
        const qint64 spike = qint64(last->value + 5 * average);
        type(value, QString::number(spike));
        QTest::mouseClick(send, Qt::LeftButton);
        auto *warning = dialog.findChild<QLabel *>(QStringLiteral("readingWarningLabel"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("more than three times")));
        QCOMPARE(send->text(), QStringLiteral("&Send anyway"));
        QVERIFY(dialog.isVisible());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 5000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Waiting, then taken — for review — once the server has it and the sync brought it.
        auto *table = find<QTableView>("readingsTableView");
        const auto flagOf = [table](double v) {
            for (int row = 0; row < table->model()->rowCount(); ++row)
                if (table->model()
                        ->index(row, ReadingTableModel::ValueColumn)
                        .data(ReadingTableModel::SortRole)
                        .toDouble() == v)
                    return table->model()
                        ->index(row, ReadingTableModel::FlagColumn)
                        .data()
                        .toString();
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(flagOf(double(spike)) == QStringLiteral("To be reviewed"), 30000);
        QCOMPARE(table->model()->rowCount(), 37);
        QVERIFY(m_app->outbox()->entries().isEmpty());
    }

    void theIntervalChartZoomsToOneDayAndBack()
    {
        ConsumptionPage *page = openConsumption();
        QVERIFY(page);
        auto *tabs = find<QTabWidget>("consumptionTabs");
        QVERIFY(tabs->isTabVisible(1)); // the electricity demo has smart meters
        tabs->setCurrentIndex(1);
        IntervalView *view = page->intervalView();
        IntervalChart *chart = view->chart();
        // Three years of quarter-hours, fetched month by month off the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(chart->hasData() && !view->store()->isLoading(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(view->store()->levels()->quarters.values.size() > 100000, 30000);
        QCOMPARE(chart->level(), IntervalChart::Level::Day);
        QCOMPARE(chart->rangeStart(), chart->dataStart());
        QVERIFY(chart->drawnPoints() <= chart->width()); // downsampled to the pixels

        // The "Day" preset: the last day, in quarter-hours.
        QTest::mouseClick(find<QPushButton>("intervalDayButton"), Qt::LeftButton);
        QCOMPARE(chart->rangeEnd() - chart->rangeStart(), qint64(86400));
        QCOMPARE(chart->rangeEnd(), chart->dataEnd());
        QCOMPARE(chart->level(), IntervalChart::Level::Quarter);
        QVERIFY(chart->drawnPoints() >= 96);
        QVERIFY(
            find<QLabel>("intervalRangeLabel")->text().startsWith(QStringLiteral("Quarter-hours")));

        // The keyboard: left moves back in time, minus zooms out (hours), Home shows it all.
        chart->setFocus();
        const qint64 end = chart->rangeEnd();
        QTest::keyClick(chart, Qt::Key_Left);
        QCOMPARE(chart->rangeEnd(), end - 8640);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(chart, Qt::Key_Minus);
        QCOMPARE(chart->level(), IntervalChart::Level::Hour);
        QTest::keyClick(chart, Qt::Key_Plus);
        QTest::keyClick(chart, Qt::Key_Home);
        QCOMPARE(chart->rangeStart(), chart->dataStart());
        QCOMPARE(chart->rangeEnd(), chart->dataEnd());
        QCOMPARE(chart->level(), IntervalChart::Level::Day);

        // The mouse: the wheel zooms in about the cursor; a Shift+drag zooms to the band.
        const QPoint middle = chart->rect().center();
        QWheelEvent wheel(middle, chart->mapToGlobal(middle), QPoint(), QPoint(0, 120 * 8),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chart, &wheel);
        QVERIFY(chart->rangeEnd() - chart->rangeStart() <
                (chart->dataEnd() - chart->dataStart()) / 5);
        QTest::keyClick(chart, Qt::Key_Home);
        QTest::mousePress(chart, Qt::LeftButton, Qt::ShiftModifier, QPoint(100, 50));
        QTest::mouseMove(chart, QPoint(110, 60));
        QTest::mouseRelease(chart, Qt::LeftButton, Qt::ShiftModifier, QPoint(110, 60));
        QVERIFY(chart->rangeEnd() - chart->rangeStart() <
                (chart->dataEnd() - chart->dataStart()) / 20);
        QTest::keyClick(chart, Qt::Key_0);
        QCOMPARE(chart->rangeStart(), chart->dataStart());
        tabs->setCurrentIndex(0);
    }

    void exportsAreSavedWhereTheUserSays()
    {
        ConsumptionPage *page = openConsumption();
        QVERIFY(page);
        QTemporaryDir out;
        QString suggested;
        QString path;
        ConsumptionPage::setSavePathProvider([&](const QString &name, const QString &) {
            suggested = name;
            return path;
        });
        ConsumptionExporter *exporter = page->exporter();
        auto exportWith = [&](const char *action, const QString &file) {
            path = out.filePath(file);
            QSignalSpy finished(exporter, &ConsumptionExporter::finished);
            find<QAction>(action)->trigger();
            if (!finished.wait(60000))
                return QStringLiteral("timed out");
            return finished.first().at(0).toBool() ? QString() : finished.first().at(1).toString();
        };
        // CSV: a BOM, a header with the unit, a row per reading, numbers with a point.
        QCOMPARE(exportWith("exportCsvAction", QStringLiteral("lecturas.csv")), QString());
        QCOMPARE(suggested, QStringLiteral("100000101-lecturas.csv"));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Date,Reading (kWh),Consumption (kWh),Source,"));
        QCOMPARE(bytes.count("\r\n"), 1 + cachedHistory().readings().size());
        QCOMPARE(find<QLabel>("readingMessageLabel")->text(), QStringLiteral("Exported."));

        // Excel, one contract and all of them.
        QCOMPARE(exportWith("exportXlsxAction", QStringLiteral("consumo.xlsx")), QString());
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        QVERIFY(unzip.waitForFinished(30000));
        const QByteArray one = unzip.readAllStandardOutput();
        QVERIFY(one.contains("xl/worksheets/sheet1.xml") && !one.contains("sheet2.xml"));
        QCOMPARE(exportWith("exportXlsxAllAction", QStringLiteral("todos.xlsx")), QString());
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
        QVERIFY(unzip.waitForFinished(30000));
        const QByteArray all = unzip.readAllStandardOutput();
        QVERIFY(all.contains(QStringLiteral("xl/worksheets/sheet%1.xml")
                                 .arg(m_app->cache()->contracts().size())
                                 .toUtf8()));

        // Green Button with the smart meter's three years, valid against the official schema.
        auto *tabs = find<QTabWidget>("consumptionTabs");
        tabs->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(page->intervalView()->chart()->hasData() &&
                                     !page->intervalView()->store()->isLoading(),
                                 60000);
        tabs->setCurrentIndex(0);
        QCOMPARE(exportWith("exportGreenButtonAction", QStringLiteral("gb.xml")), QString());
        QProcess xmllint;
        xmllint.start(QStringLiteral("xmllint"),
                      {QStringLiteral("--noout"), QStringLiteral("--schema"),
                       QStringLiteral(OV_SOURCE_DIR "/tests/data/greenbutton/greenbutton.xsd"),
                       path});
        QVERIFY(xmllint.waitForFinished(120000));
        QVERIFY2(xmllint.exitCode() == 0, xmllint.readAllStandardError().left(1000).constData());
        QCOMPARE(exportWith("exportQuarterHoursAction", QStringLiteral("q.csv")), QString());
        QFile quarters(path);
        QVERIFY(quarters.open(QIODevice::ReadOnly));
        QCOMPARE(qsizetype(quarters.readAll().count("\r\n")),
                 qsizetype(page->intervalView()->store()->levels()->quarters.values.size()) + 1);

        // Cancelled: no file. (The cache's thread is kept busy a moment first, so the cancel
        // surely comes before the export has read its data.)
        path = out.filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy finished(exporter, &ConsumptionExporter::finished);
        m_app->cache()->run([] { QThread::msleep(300); });
        exporter->start(ConsumptionExporter::Format::ReadingsCsv, path, m_app->currentContractId());
        exporter->cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!QFile::exists(path));
        ConsumptionPage::setSavePathProvider({});
    }

    void theMonthsInSpanish()
    {
        QVERIFY(LanguageLoader::install(qApp, QStringLiteral("es")));
        m_app->setLanguage(QStringLiteral("es"));
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        QVERIFY(openConsumption());
        auto *table = find<QTableView>("readingsTableView");
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("Lectura (kWh)"));
        QVERIFY(
            find<QLabel>("latestConsumptionLabel")->text().contains(QStringLiteral(" kWh en ")));
        QVERIFY(find<QLabel>("dailyAverageLabel")
                    ->text()
                    .endsWith(QStringLiteral("al día en promedio")));
        QCOMPARE(find<QPushButton>("enterReadingButton")->text(),
                 QStringLiteral("&Reportar lectura del medidor…"));
        // OV_SCREENSHOT_DIR=docs/images makes the README's picture of this page.
        const QString shots = qEnvironmentVariable("OV_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            m_window->resize(1280, 860);
            QTest::qWait(200);
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/consumption-es.png")));
            auto *tabs = find<QTabWidget>("consumptionTabs");
            tabs->setCurrentIndex(1);
            auto *chart = find<IntervalChart>("intervalChart");
            QTRY_VERIFY_WITH_TIMEOUT(chart->hasData(), 30000);
            QTest::mouseClick(find<QPushButton>("intervalWeekButton"), Qt::LeftButton);
            QTest::qWait(200);
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/interval-es.png")));
            tabs->setCurrentIndex(0);
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_client.reset();
    }
};

QTEST_MAIN(TestGuiConsumption)
#include "tst_gui_consumption.moc"
