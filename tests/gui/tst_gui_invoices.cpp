// GUI (offscreen): the invoices page against a real ov-server — the demo contract's 36 bills
// with their amounts formatted for the language (COP 164,815 / $ 164.815), the latest bill and
// the same month last year, "why did my bill change?" whose parts add up to the difference,
// the year filter and the search by number, the chart; in English and in Spanish; and paying
// the latest bill through the hosted page until the table says it is paid.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "core/Formatter.h"
#include "i18n/LanguageLoader.h"
#include "invoices/BillExplanation.h"
#include "invoices/BillExplanationText.h"
#include "invoices/InvoiceHistory.h"
#include "invoices/PaymentController.h"
#include "pages/invoices/InvoiceChart.h"
#include "pages/invoices/InvoicePdfDialog.h"
#include "pages/invoices/InvoicesPage.h"
#include "windows/MainWindow.h"
#include "windows/WorkspaceWidget.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestGuiInvoices : public QObject
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

    // The history as the cache has it, to compare the page with.
    InvoiceHistory cachedHistory() const
    {
        return InvoiceHistory(m_app->cache()->invoices(m_app->currentContractId()));
    }

    void openInvoices()
    {
        m_window->workspace()->showSection(WorkspaceWidget::InvoicesSection);
        auto *table = find<QTableView>("invoicesTableView");
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 36, 15000);
    }

    // What the page shows in "why did my bill change?", checked against the explanation the
    // app computes from the cached bills: every part is shown, and they add up.
    void verifyExplanation(const QString &expectedTitle)
    {
        QCOMPARE(find<QGroupBox>("billExplanationGroupBox")->title(), expectedTitle);
        const InvoiceHistory history = cachedHistory();
        const Invoice *latest = history.latest();
        QVERIFY(latest && history.previous(*latest));
        const auto e = BillExplanation::compare(*history.previous(*latest), *latest);
        QVERIFY(e);
        QCOMPARE(e->consumption + e->price + e->days + e->other, e->difference);
        const QLocale locale = m_app->displayLocale();
        QTRY_COMPARE(find<QLabel>("billExplanationHeadlineLabel")->text(),
                     BillExplanationText::headline(*e, locale));
        QStringList shown;
        for (QLabel *part :
             m_window->findChildren<QLabel *>(QStringLiteral("billExplanationPartLabel")))
            shown << part->accessibleName();
        QCOMPARE(shown, BillExplanationText::parts(*e, locale));
        QVERIFY(!shown.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The test's own data folder, emptied: an earlier run's cache (its invoices paid on its
        // own server) must not stand in for this server's data.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .removeRecursively();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<test::ClientFixture>(
            m_home.path(), m_server.baseUrl(), QStringLiteral("Oficina Virtual invoices tests"));
        m_app = m_client->app();
        QVERIFY(LanguageLoader::install(qApp, QStringLiteral("en"))); // its plural forms
        m_app->setLanguage(QStringLiteral("en"));
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        QVERIFY(m_client->chooseDemoUtility());
        type(find<QLineEdit>("loginLineEdit"), QStringLiteral("demo"));
        type(find<QLineEdit>("passwordLineEdit"), QStringLiteral("Demo-2026"));
        QTest::mouseClick(find<QPushButton>("signInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->stage(), AppController::Stage::Workspace, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->currentContractId().isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->cache()->invoices(m_app->currentContractId()).size() == 36,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->sync()->state() == SyncEngine::State::Idle &&
                                     m_app->lastSynced().isValid(),
                                 15000);
    }

    void historyInEnglish()
    {
        openInvoices();
        if (QTest::currentTestFailed())
            return;
        auto *table = find<QTableView>("invoicesTableView");
        const InvoiceHistory history = cachedHistory();
        const Invoice &latest = *history.latest();

        // Newest first, amounts as an English reader reads a foreign currency.
        const QAbstractItemModel *model = table->model();
        QCOMPARE(model->index(0, 0).data().toString(), latest.number);
        const QString amount = model->index(0, 4).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^COP\u00a0\\d{1,3}(,\\d{3})*$"))
                     .match(amount)
                     .hasMatch(),
                 qPrintable(amount));
        QCOMPARE(find<QLabel>("latestAmountLabel")->text(), amount);

        // The same month last year, with the change in words and an arrow.
        const Invoice *lastYear = history.sameMonthLastYear(latest);
        QVERIFY(lastYear);
        const QString compared = find<QLabel>("lastYearLabel")->text();
        QVERIFY2(compared.startsWith(QStringLiteral("Same month last year: ") +
                                     Formatter::money(lastYear->amount, m_app->displayLocale())),
                 qPrintable(compared));
        QVERIFY(compared.contains(latest.amount.amount > lastYear->amount.amount
                                      ? QStringLiteral("▲")
                                      : QStringLiteral("▼")));

        verifyExplanation(QStringLiteral("Why did my bill change?"));
        // Against the same month last year: another pair of bills, the same rules.
        auto *compare = find<QComboBox>("compareWithComboBox");
        compare->setCurrentIndex(1);
        const auto e = BillExplanation::compare(*lastYear, latest);
        QVERIFY(e);
        QCOMPARE(find<QLabel>("billExplanationHeadlineLabel")->text(),
                 BillExplanationText::headline(*e, m_app->displayLocale()));
        compare->setCurrentIndex(0);

        // By year, then by number.
        auto *year = find<QComboBox>("invoiceYearComboBox");
        QCOMPARE(year->count(), history.years().size() + 1); // "All years" first
        const int newestYear = history.years().first();
        year->setCurrentIndex(year->findData(newestYear));
        QCOMPARE(model->rowCount(), history.ofYear(newestYear).size());
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->index(r, 0).data().toString().contains(QString::number(newestYear)));
        year->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 36);
        const Invoice &older = history.invoices().at(20);
        type(find<QLineEdit>("invoiceSearchLineEdit"), older.number);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), older.number);
        find<QLineEdit>("invoiceSearchLineEdit")->clear();
        QCOMPARE(model->rowCount(), 36);

        // The evolution: the last 12 months by default, 36 on request; hovering says what a bar
        // is; a click on a bar selects its invoice in the table.
        auto *chart = find<InvoiceChart>("invoiceChartView");
        QVERIFY(chart);
        QCOMPARE(chart->barCount(), 12);
        auto *months = find<QComboBox>("chartMonthsComboBox");
        months->setCurrentIndex(months->findData(36));
        QCOMPARE(chart->barCount(), 36);
        const QString tip = chart->tooltipFor(35);
        QVERIFY2(tip.contains(Formatter::money(latest.amount, m_app->displayLocale())) &&
                     tip.contains(QStringLiteral("kWh")),
                 qPrintable(tip));
        auto *series = qobject_cast<QBarSeries *>(chart->chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().first()->count(), 36);
        year->setCurrentIndex(year->findData(newestYear));  // the clicked bar is in another year
        emit series->clicked(2, series->barSets().first()); // what a click on the third bar emits
        const Invoice *third = history.forPeriod(history.lastMonths(36).at(2).period);
        QCOMPARE(table->currentIndex().data(Qt::UserRole + 1).toString(), third->id);
        QCOMPARE(year->currentIndex(), 0);
        months->setCurrentIndex(0);

        // The contract with an overdue bill says so in the selector, in words and colour.
        auto *selector = find<QComboBox>("contractSelectorComboBox");
        int flagged = -1;
        for (int i = 0; i < selector->count(); ++i)
            if (selector->itemText(i).endsWith(QStringLiteral(" — Overdue")))
                flagged = i;
        QVERIFY2(flagged >= 0, "no contract flagged overdue in the selector");
        QVERIFY(selector->itemData(flagged, Qt::ForegroundRole).isValid());

        // Sorted by amount when the header says so.
        table->sortByColumn(4, Qt::AscendingOrder);
        qint64 previous = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString id = model->index(r, 0).data(Qt::UserRole + 1).toString();
            qint64 value = 0;
            for (const Invoice &i : history.invoices())
                if (i.id == id)
                    value = i.amount.amount;
            QVERIFY(value >= previous);
            previous = value;
        }
    }

    void viewAnInvoiceAndSaveAYear()
    {
        QTemporaryDir out;
        const QString single = out.filePath(QStringLiteral("one.pdf"));
        InvoicePdfDialog::setSaveFileNameProvider([single](const QString &) { return single; });
        InvoicesPage::setFolderProvider([&out] { return out.path(); });

        // View: the selected (newest) invoice in the in-app viewer.
        auto *table = find<QTableView>("invoicesTableView");
        table->sortByColumn(1, Qt::DescendingOrder);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::mouseClick(find<QPushButton>("viewInvoiceButton"), Qt::LeftButton);
        InvoicePdfDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = m_window->findChild<InvoicePdfDialog *>(QStringLiteral("invoicePdfDialog"))),
            15000);
        QVERIFY(InvoicePdfDialog::inApp());
        QTRY_VERIFY(dialog->isLoaded());
        QCOMPARE(dialog->pageCount(), 1);
        QCOMPARE(dialog->windowTitle(),
                 QStringLiteral("Invoice ") + cachedHistory().latest()->number);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pdfZoomInButton")),
                          Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("pdfSaveAsButton")),
                          Qt::LeftButton);
        QFile saved(single);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.read(5) == "%PDF-");
        dialog->close();

        // A year of them, with a progress dialog, named <contract>-<period>.pdf.
        auto *year = find<QComboBox>("invoiceYearComboBox");
        const int full = cachedHistory().years().at(1);
        year->setCurrentIndex(year->findData(full));
        QTest::mouseClick(find<QPushButton>("saveYearButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>("invoiceMessageLabel")->text(),
                                  QStringLiteral("Saved 12 invoices."), 30000);
        const QStringList files = QDir(out.path()).entryList({QStringLiteral("*-*.pdf")});
        QCOMPARE(files.size(), 12);
        QVERIFY(files.contains(QStringLiteral("100000101-%1-01.pdf").arg(full)));
        year->setCurrentIndex(0);
    }

    void historyInSpanish()
    {
        QVERIFY(LanguageLoader::install(qApp, QStringLiteral("es")));
        m_app->setLanguage(QStringLiteral("es"));
        m_window = std::make_unique<MainWindow>(m_app); // the language is chosen at start-up
        m_window->show();
        openInvoices();
        if (QTest::currentTestFailed())
            return;
        auto *table = find<QTableView>("invoicesTableView");
        // "$ 170.137": dots for thousands, no centavos. Newer CLDR (Qt 6.8) puts a no-break
        // space (and a space) after "$"; QRegularExpression's \s is ASCII only.
        const QString amount = table->model()->index(0, 4).data().toString();
        const QString spaced = QString(amount)
                                   .replace(QChar(0x00a0), QLatin1Char(' '))
                                   .replace(QChar(0x202f), QLatin1Char(' '));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\$ *\\d{1,3}(\\.\\d{3})*$"))
                     .match(spaced)
                     .hasMatch(),
                 qPrintable(amount));
        QCOMPARE(table->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Valor"));
        QVERIFY(find<QLabel>("lastYearLabel")
                    ->text()
                    .startsWith(QStringLiteral("Mismo mes del año pasado: ")));
        verifyExplanation(QStringLiteral("¿Por qué cambió mi factura?"));
        for (QLabel *part :
             m_window->findChildren<QLabel *>(QStringLiteral("billExplanationPartLabel")))
            QVERIFY2(!part->text().contains(QLatin1StringView("You ")), qPrintable(part->text()));

        // OV_SCREENSHOT_DIR=docs/images makes the README's picture of this page.
        const QString shots = qEnvironmentVariable("OV_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            m_window->resize(1280, 860);
            QTest::qWait(200);
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/invoices-es.png")));
        }
    }

    void payTheLatestBillInSpanish()
    {
        QUrl opened;
        InvoicesPage::setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        m_app->payments()->setPollDelays({200});
        auto *pay = find<QPushButton>("payLatestButton");
        QVERIFY(pay && pay->isVisible());
        QCOMPARE(cachedHistory().latest()->status == InvoiceStatus::Paid, false);
        QTest::mouseClick(pay, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 15000); // the browser opens the hosted page
        auto *status = find<QLabel>("paymentStatusLabel");
        QTRY_COMPARE(
            status->text(),
            QStringLiteral("Esperando tu pago en la página de pago (abierta en tu navegador)."));

        // In the browser: the page's form with its token and cookie.
        QNetworkAccessManager browser;
        QNetworkRequest get(opened);
        get.setRawHeader("Accept", "text/html");
        QNetworkReply *page = browser.get(get);
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 10000);
        const QString csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""))
                                 .match(QString::fromUtf8(page->readAll()))
                                 .captured(1);
        QVERIFY(!csrf.isEmpty());
        QNetworkRequest post(opened);
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *paid = browser.post(post, "csrf=" + csrf.toUtf8() + "&action=pay");
        QTRY_VERIFY_WITH_TIMEOUT(paid->isFinished(), 10000);

        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Pago aprobado. ¡Gracias!"),
                                  15000);
        // The sync brings the invoice paid: the table says so and there is nothing to pay.
        auto *table = find<QTableView>("invoicesTableView");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, 5).data().toString(),
                                  QStringLiteral("Pagada"), 15000);
        QTRY_VERIFY(!pay->isVisible());
        delete page;
        delete paid;
    }
};

QTEST_MAIN(TestGuiInvoices)
#include "tst_gui_invoices.moc"
