// Contract check: the routes ov-server registers are exactly the operations of
// docs/api/openapi.yaml that are not marked `x-ov-status: planned`, and no planned operation is
// registered. The spec is read by scripts/openapi-routes.mjs (Node, js-yaml).

#include "ServerFixture.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace ov;

class TestOpenApiRoutes : public QObject
{
    Q_OBJECT

private slots:
    void serverAndSpecAgree()
    {
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(OV_SOURCE_DIR));
        node.start(QStringLiteral("node"), {QStringLiteral("scripts/openapi-routes.mjs"),
                                            QStringLiteral("docs/api/openapi.yaml")});
        QVERIFY2(node.waitForFinished(60000), "node did not finish");
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
                 node.readAllStandardError().constData());
        QSet<QString> specImplemented;
        QSet<QString> specPlanned;
        const QList<QByteArray> lines = node.readAllStandardOutput().split('\n');
        for (const QByteArray &raw : lines) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty())
                continue;
            if (line.endsWith(QLatin1StringView(" planned")))
                specPlanned << line.chopped(8);
            else
                specImplemented << line;
        }
        QVERIFY(!specImplemented.isEmpty());

        test::ServerFixture f(QStringLiteral("electricity-co"), false);
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QSet<QString> served;
        for (const auto &route : f.server().router().routes())
            served << route.method + QLatin1Char(' ') + route.path;

        const QSet<QString> undocumented = served - specImplemented;
        const QSet<QString> unserved = specImplemented - served;
        const QSet<QString> plannedButServed = served & specPlanned;
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("served but not in the spec: ") +
                            QStringList(undocumented.values()).join(QStringLiteral(", "))));
        QVERIFY2(unserved.isEmpty(),
                 qPrintable(QStringLiteral("in the spec but not served: ") +
                            QStringList(unserved.values()).join(QStringLiteral(", "))));
        QVERIFY2(plannedButServed.isEmpty(),
                 qPrintable(QStringLiteral("served but marked planned: ") +
                            QStringList(plannedButServed.values()).join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiRoutes)
#include "tst_openapi_routes.moc"
