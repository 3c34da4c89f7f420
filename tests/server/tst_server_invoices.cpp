// Server: one invoice and its PDF — the caller's own only (404 otherwise); the document is a
// well-formed PDF (qpdf --check) on Letter paper whose text (pdftotext) has the invoice number,
// the total and the due date as the bill writes them, accents intact; the same invoice gives
// the same bytes (and ETag) from another instance, and If-None-Match answers 304.

#include "ServerFixture.h"

#include "domain/Invoice.h"
#include "invoices/InvoicePdf.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {
// Runs a tool over `pdf` (written to a file) and returns its standard output; exit code in *rc.
QString runOn(const QByteArray &pdf, const QString &program, QStringList args, int *rc)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    args.replaceInStrings(QStringLiteral("{}"), path);
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000)) {
        *rc = -1;
        return {};
    }
    *rc = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestServerInvoices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    QString m_demo;
    Invoice m_invoice;

    Reply pdf(ServerFixture &f, const QString &token, const QString &invoiceId,
              httplib::Headers headers = {})
    {
        return f.get(QStringLiteral("/api/v1/invoices/%1/pdf").arg(invoiceId), token,
                     std::move(headers));
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        m_demo = m_f->accessToken();
        const QList<QJsonObject> contracts =
            m_f->collection(QStringLiteral("/api/v1/contracts"), m_demo);
        const QList<QJsonObject> invoices =
            m_f->collection(QStringLiteral("/api/v1/contracts/%1/invoices")
                                .arg(contracts.first().value(QLatin1StringView("id")).toString()),
                            m_demo);
        m_invoice = *Invoice::fromJson(invoices.first());
    }
    void cleanupTestCase() { m_f.reset(); }

    void oneInvoiceIsTheOneOfTheList()
    {
        const Reply r = m_f->get(QStringLiteral("/api/v1/invoices/") + m_invoice.id, m_demo);
        QCOMPARE(r.status, 200);
        QCOMPARE(Invoice::fromJson(r.json()), m_invoice);
        const Reply again = m_f->get(QStringLiteral("/api/v1/invoices/") + m_invoice.id, m_demo,
                                     {{"If-None-Match", r.header("ETag").toStdString()}});
        QCOMPARE(again.status, 304);
    }

    void anotherUsersInvoiceDoesNotExist()
    {
        const QString business =
            m_f->accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        for (const QString &suffix : {QString(), QStringLiteral("/pdf")}) {
            const Reply theirs =
                m_f->get(QStringLiteral("/api/v1/invoices/") + m_invoice.id + suffix, business);
            QCOMPARE(theirs.status, 404);
            QVERIFY(theirs.isProblem());
            QCOMPARE(m_f->get(QStringLiteral("/api/v1/invoices/inv_nope") + suffix, m_demo).body,
                     theirs.body);
        }
    }

    void thePdfIsWellFormedAndSaysWhatTheBillSays()
    {
        const Reply r = pdf(*m_f, m_demo, m_invoice.id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QStringLiteral("application/pdf"));
        QCOMPARE(r.header("Content-Disposition"),
                 QStringLiteral("attachment; filename=\"%1.pdf\"").arg(m_invoice.number));
        QVERIFY(r.body.startsWith("%PDF-1.5"));
        QVERIFY(!r.header("ETag").isEmpty());

        int rc = 0;
        const QString check = runOn(r.body, QStringLiteral("qpdf"),
                                    {QStringLiteral("--check"), QStringLiteral("{}")}, &rc);
        QVERIFY2(rc == 0, qPrintable(check));
        const QString info = runOn(r.body, QStringLiteral("pdfinfo"), {QStringLiteral("{}")}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(info.contains(QLatin1StringView("612 x 792 pts (letter)")), qPrintable(info));
        QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(info).hasMatch(),
                 qPrintable(info));
        const QString text =
            runOn(r.body, QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), QStringLiteral("{}"), QStringLiteral("-")}, &rc);
        QCOMPARE(rc, 0);
        const QLocale co(QStringLiteral("es_CO"));
        const QString total =
            co.toCurrencyString(m_invoice.amount.major(), co.currencySymbol(), 0) +
            QStringLiteral(" COP");
        const QString due = co.toString(m_invoice.dueDate, QStringLiteral("d MMM yyyy"));
        for (const QString &expected : QStringList{
                 m_invoice.number, total, QStringLiteral("Fecha límite de pago: ") + due,
                 m_invoice.paymentReference, QStringLiteral("Energía del Valle"),
                 QStringLiteral("Laura Gómez Restrepo"), QStringLiteral("Dirección del predio"),
                 QStringLiteral("Historial de consumo (kWh)"), m_invoice.lines.first().label})
            // Whitespace as such: pdftotext lays it out, and newer CLDR puts a no-break space
            // (and a space) after "$".
            QVERIFY2(text.simplified().contains(expected.simplified()),
                     qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(expected, text)));
    }

    void theSameInvoiceGivesTheSameBytes()
    {
        const Reply first = pdf(*m_f, m_demo, m_invoice.id);
        QCOMPARE(pdf(*m_f, m_demo, m_invoice.id).body, first.body); // kept
        // Another instance, rendering afresh from the same data (a mock clock on the same day).
        ServerFixture other;
        QVERIFY2(other.isValid(), qPrintable(other.error()));
        const Reply elsewhere = pdf(other, other.accessToken(), m_invoice.id);
        QCOMPARE(elsewhere.status, 200);
        QVERIFY(elsewhere.body == first.body);
        QCOMPARE(elsewhere.header("ETag"), first.header("ETag"));
        const Reply cached = pdf(*m_f, m_demo, m_invoice.id,
                                 {{"If-None-Match", first.header("ETag").toStdString()}});
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.body.isEmpty());
    }

    void paperFollowsTheCountry()
    {
        QVERIFY(server::InvoicePdf::usesLetter(QStringLiteral("CO")));
        QVERIFY(server::InvoicePdf::usesLetter(QStringLiteral("MX")));
        QVERIFY(!server::InvoicePdf::usesLetter(QStringLiteral("ES")));
        QVERIFY(!server::InvoicePdf::usesLetter(QStringLiteral("AR")));
    }
};

QTEST_GUILESS_MAIN(TestServerInvoices)
#include "tst_server_invoices.moc"
