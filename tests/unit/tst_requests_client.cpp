// Unit: what the client keeps for a request in its outbox — a multipart form whose JSON part and
// file names can be read back for the pending row, byte-exact files, a safe file name — and
// how a deadline is shown: answered or closed (no deadline), on time, within three business
// days, overdue.

#include "requests/MultipartForm.h"
#include "requests/RequestsController.h"

#include <QTest>

using namespace ov;

class TestRequestsClient : public QObject
{
    Q_OBJECT

private slots:
    void multipartRoundTrip()
    {
        MultipartForm form;
        const QJsonObject fields{{QStringLiteral("subject"), QStringLiteral("Cobro doble")},
                                 {QStringLiteral("description"), QStringLiteral("Línea 1\r\n--x")}};
        form.addJson("request", fields);
        QByteArray png("\x89PNG\r\n\x1a\n\r\n\r\n--not-a-boundary", 28);
        form.addFile("attachments", QStringLiteral("foto \"1\".png"), "image/png", png);
        form.addFile("attachments", QStringLiteral("cédula.pdf"), "application/pdf", "%PDF-1.4");
        const QByteArray body = form.body();
        QVERIFY(form.contentType().startsWith("multipart/form-data; boundary=ov-"));
        const QByteArray boundary = form.contentType().mid(form.contentType().indexOf('=') + 1);
        QVERIFY(body.startsWith(QByteArray("--" + boundary + "\r\n")));
        QVERIFY(body.endsWith(QByteArray("--" + boundary + "--\r\n")));
        QCOMPARE(MultipartForm::firstJson(body), fields);
        QCOMPARE(MultipartForm::fileNames(body),
                 (QStringList{QStringLiteral("foto _1_.png"), QStringLiteral("cédula.pdf")}));
        QVERIFY(body.contains(QByteArray("\r\n\r\n" + png + "\r\n--" + boundary)));
        // Two forms never share a boundary.
        QVERIFY(MultipartForm().contentType() != form.contentType());
        QCOMPARE(MultipartForm::firstJson("not a form"), QJsonObject());
    }

    void urgency()
    {
        ServiceRequest r;
        r.status = QStringLiteral("filed");
        using U = RequestsController::Urgency;
        QCOMPARE(RequestsController::urgencyFor(r, 10), U::OnTime);
        QCOMPARE(RequestsController::urgencyFor(r, 4), U::OnTime);
        QCOMPARE(RequestsController::urgencyFor(r, 3), U::Soon);
        QCOMPARE(RequestsController::urgencyFor(r, 0), U::Soon);
        QCOMPARE(RequestsController::urgencyFor(r, -1), U::Overdue);
        r.status = QStringLiteral("in_progress");
        QCOMPARE(RequestsController::urgencyFor(r, -5), U::Overdue);
        r.status = QStringLiteral("answered");
        QCOMPARE(RequestsController::urgencyFor(r, -5), U::Done);
        r.status = QStringLiteral("closed");
        QCOMPARE(RequestsController::urgencyFor(r, 2), U::Done);
    }
};

QTEST_GUILESS_MAIN(TestRequestsClient)
#include "tst_requests_client.moc"
