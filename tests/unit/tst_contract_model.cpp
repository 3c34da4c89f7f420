// Unit: the contracts table model passes QAbstractItemModelTester, formats amounts and statuses,
// sorts by raw values, and the search ignores case and accents.

#include "i18n/LanguageLoader.h"
#include "models/ContractFilterModel.h"
#include "models/ContractTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace ov;

namespace {
Contract contract(const QString &number, const QString &alias, qint64 amount, InvoiceStatus status)
{
    Contract c;
    c.id = QStringLiteral("ct_") + number;
    c.number = number;
    c.alias = alias;
    c.supplyAddress.line1 = QStringLiteral("Calle 10 # 43-12");
    c.supplyAddress.city = QStringLiteral("Medellín");
    c.meterNumber = QStringLiteral("EDV-") + number;
    c.paymentStatus = status;
    c.lastInvoice =
        InvoiceSummary{QStringLiteral("inv_") + number, QStringLiteral("2026-10"),
                       Money{amount, QStringLiteral("COP")}, status, QDate(2026, 11, 20)};
    return c;
}
} // namespace

class TestContractModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(LanguageLoader::install(qApp, QStringLiteral("en"))); // English plural forms
    }
    void passesTheModelTester()
    {
        ContractTableModel model;
        ContractFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContracts(
            {contract(QStringLiteral("1"), QStringLiteral("Casa"), 100, InvoiceStatus::Paid)});
        model.setContracts({});
        model.setContracts(
            {contract(QStringLiteral("2"), {}, 300, InvoiceStatus::Overdue),
             contract(QStringLiteral("3"), QStringLiteral("Finca"), 200, InvoiceStatus::Pending)});
        filter.setSearchText(QStringLiteral("finca"));
        filter.sort(ContractTableModel::AmountColumn);
        QCOMPARE(filter.rowCount(), 1);
    }

    void updatesOnlyTheRowsThatChanged()
    {
        ContractTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Contract a =
            contract(QStringLiteral("1"), QStringLiteral("Casa"), 100, InvoiceStatus::Paid);
        const Contract b = contract(QStringLiteral("2"), {}, 200, InvoiceStatus::Pending);
        const Contract c =
            contract(QStringLiteral("3"), QStringLiteral("Finca"), 300, InvoiceStatus::Overdue);
        model.setContracts({a, b, c});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        model.setContracts({a, b, c}); // a sync that brought nothing new for the list
        QCOMPARE(changed.size() + inserted.size() + removed.size() + resets.size(), 0);

        Contract paid = b;
        paid.paymentStatus = InvoiceStatus::Paid;
        model.setContracts({a, paid, c});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QVERIFY(model.contracts().at(1).paymentStatus == InvoiceStatus::Paid);

        const Contract d = contract(QStringLiteral("25"), {}, 50, InvoiceStatus::Paid);
        model.setContracts({a, paid, d}); // c unlinked, d linked
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.contracts(), (QList<Contract>{a, paid, d}));
    }

    void showsFormattedValues()
    {
        ContractTableModel model;
        model.setLocale(QLocale(QLocale::Spanish, QLocale::Colombia));
        model.setContracts({contract(QStringLiteral("100000101"), QStringLiteral("Casa"), 16280000,
                                     InvoiceStatus::Overdue)});
        QCOMPARE(model.index(0, ContractTableModel::NumberColumn).data().toString(),
                 QStringLiteral("100000101"));
        QCOMPARE(model.index(0, ContractTableModel::AddressColumn).data().toString(),
                 QStringLiteral("Calle 10 # 43-12, Medellín"));
        const QString amount = model.index(0, ContractTableModel::AmountColumn).data().toString();
        QVERIFY2(amount.contains(QStringLiteral("162.800")), qPrintable(amount));
        QVERIFY2(!amount.contains(QLatin1StringView(",00")), qPrintable(amount)); // whole pesos
        QCOMPARE(model.index(0, ContractTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Overdue"));
        QVERIFY(
            model.index(0, ContractTableModel::StatusColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, 0).data(ContractTableModel::ContractIdRole).toString(),
                 QStringLiteral("ct_100000101"));
        QCOMPARE(model.headerData(ContractTableModel::AmountColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last invoice"));
    }

    void highlightsWhatIsDueSoon_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bold");
        const auto pending = int(InvoiceStatus::Pending);
        // Every bill here is due on 2026-11-20.
        QTest::newRow("weeks away") << pending << QDate(2026, 11, 1) << "Pending" << false;
        QTest::newRow("six days") << pending << QDate(2026, 11, 14) << "Pending" << false;
        QTest::newRow("five days") << pending << QDate(2026, 11, 15) << "Due in 5 days" << true;
        QTest::newRow("one day") << pending << QDate(2026, 11, 19) << "Due in 1 day" << true;
        QTest::newRow("today") << pending << QDate(2026, 11, 20) << "Due today" << true;
        QTest::newRow("past, not synced yet")
            << pending << QDate(2026, 11, 21) << "Overdue" << true;
        QTest::newRow("overdue") << int(InvoiceStatus::Overdue) << QDate(2026, 11, 25) << "Overdue"
                                 << true;
        QTest::newRow("paid") << int(InvoiceStatus::Paid) << QDate(2026, 11, 19) << "Paid" << false;
    }
    void highlightsWhatIsDueSoon()
    {
        QFETCH(int, status);
        QFETCH(QDate, today);
        QFETCH(QString, text);
        QFETCH(bool, bold);
        ContractTableModel model;
        model.setToday(today);
        model.setContracts({contract(QStringLiteral("1"), {}, 100, InvoiceStatus(status))});
        const QModelIndex index = model.index(0, ContractTableModel::StatusColumn);
        QCOMPARE(index.data().toString(), text);
        QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), bold);
    }

    void sortsByRawValues()
    {
        ContractTableModel model;
        ContractFilterModel filter;
        filter.setSourceModel(&model);
        model.setContracts(
            {contract(QStringLiteral("1"), QStringLiteral("a"), 9000000, InvoiceStatus::Paid),
             contract(QStringLiteral("2"), QStringLiteral("b"), 10000000, InvoiceStatus::Overdue),
             contract(QStringLiteral("3"), QStringLiteral("c"), 950000, InvoiceStatus::Pending)});
        filter.sort(ContractTableModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("3"));
        QCOMPARE(filter.index(2, 0).data().toString(), QStringLiteral("2")); // not "$ 9…" > "$ 10…"
        filter.sort(ContractTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("2")); // overdue first
    }

    void searchIgnoresCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << "" << 2;
        QTest::newRow("accent-free city") << "medellin" << 2;
        QTest::newRow("alias with accent typed without") << "jardin" << 1;
        QTest::newRow("two words, both must match") << "jardin 200" << 1;
        QTest::newRow("meter") << "EDV-100" << 1;
        QTest::newRow("nothing") << "bogota" << 0;
    }
    void searchIgnoresCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        ContractTableModel model;
        ContractFilterModel filter;
        filter.setSourceModel(&model);
        model.setContracts(
            {contract(QStringLiteral("100"), QStringLiteral("Casa"), 1, InvoiceStatus::Paid),
             contract(QStringLiteral("200"), QStringLiteral("Jardín Botánico"), 1,
                      InvoiceStatus::Paid)});
        filter.setSearchText(text);
        QCOMPARE(filter.rowCount(), rows);
    }
};

QTEST_MAIN(TestContractModel)
#include "tst_contract_model.moc"
