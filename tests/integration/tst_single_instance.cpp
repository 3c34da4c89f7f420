// Integration: a second start hands its oficinavirtual:// link to the running instance over a
// local socket, and only the running instance listens.

#include "core/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace ov;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondStartHandsOver()
    {
        const QString name =
            QStringLiteral("ov-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        SingleInstance first(name);
        QVERIFY(!first.sendToRunning({QStringLiteral("nobody listens")}, 200));
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::messageReceived);

        SingleInstance second(name);
        QVERIFY(second.sendToRunning({QStringLiteral("oficinavirtual://activate?code=K7MA-Q2XD")}));
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.first().first().toStringList(),
                 QStringList{QStringLiteral("oficinavirtual://activate?code=K7MA-Q2XD")});
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
