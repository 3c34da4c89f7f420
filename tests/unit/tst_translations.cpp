// Unit: the Spanish translation is complete — every tr() string in app/ and ui/ is in
// translations/oficina-virtual_es.ts and translated — and the embedded .qm really loads.

#include "i18n/LanguageLoader.h"
#include "models/ContractTableModel.h"
#include "widgets/SyncStatusWidget.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everySourceStringIsTranslated()
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("check_es.ts"));
        QVERIFY(
            QFile::copy(QStringLiteral(OV_SOURCE_DIR "/translations/oficina-virtual_es.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(OV_SOURCE_DIR));
        lupdate.start(QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
                      {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"),
                       ts});
        if (!lupdate.waitForStarted(10000)) {
            lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"), lupdate.arguments());
            QVERIFY2(lupdate.waitForStarted(10000), "lupdate not found (qt6-l10n-tools)");
        }
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile f(ts);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        const int unfinished = int(content.count("type=\"unfinished\""));
        QVERIFY2(unfinished == 0,
                 qPrintable(QStringLiteral(
                                "%1 string(s) without a Spanish translation; run "
                                "`cmake --build build --target ov_ui_lupdate` and translate them")
                                .arg(unfinished)));
        QVERIFY(!content.contains("<translation></translation>"));
    }

    void spanishLoads()
    {
        QVERIFY(LanguageLoader::install(qApp, QStringLiteral("es")));
        QCOMPARE(ContractTableModel::statusText(InvoiceStatus::Overdue), QStringLiteral("Vencida"));
        QCOMPARE(QCoreApplication::translate("ov::ContractsPage", "%n contract(s)", nullptr, 3),
                 QStringLiteral("3 contratos"));
        QCOMPARE(QCoreApplication::translate("ov::ContractsPage", "%n contract(s)", nullptr, 1),
                 QStringLiteral("1 contrato"));
        QCOMPARE(SyncStatusWidget::describeAge(QDateTime::currentDateTimeUtc(),
                                               QDateTime::currentDateTimeUtc(), QLocale()),
                 QStringLiteral("hace un momento"));
    }

    void languageChoice()
    {
        QCOMPARE(LanguageLoader::resolve(QStringLiteral("en"), QStringLiteral("es")),
                 QStringLiteral("en"));
        QCOMPARE(LanguageLoader::resolve(QString(), QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(LanguageLoader::resolve(QStringLiteral("fr"), QStringLiteral("es")),
                 QStringLiteral("es"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
