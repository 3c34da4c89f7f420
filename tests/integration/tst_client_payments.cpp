// Integration: paying an invoice from the client core against a real `ov-server --demo` — the
// checkout URL comes back, a second click opens no second payment, the hosted page is used as
// a browser would (its form, its cookie), the app sees the payment approved and the invoice
// paid after the sync; a payment left open when the app closed is picked up at the next start;
// a cancelled one is declined and the invoice stays unpaid.

#include "ClientFixture.h"
#include "FakeNetworkAccessManager.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "invoices/PaymentController.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestClientPayments : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;
    QNetworkAccessManager m_browser; // the customer's browser: its own cookies

    using Client = test::ClientFixture;

    std::unique_ptr<Client> makeClient()
    {
        auto c = std::make_unique<Client>(m_home.path(), m_server.baseUrl(),
                                          QStringLiteral("Oficina Virtual payment tests"));
        c->app()->payments()->setPollDelays({100, 200, 400});
        return c;
    }

    static bool signIn(Client &c)
    {
        c.app()->chooseProfile(QStringLiteral("demo-electricity-co"));
        bool done = false;
        std::optional<ApiError> error;
        c.app()->signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"), true,
                        [&](const AuthSession::Outcome &o) {
                            error = o.error;
                            done = true;
                        });
        return QTest::qWaitFor([&] { return done; }, 20000) && !error;
    }

    static bool waitForSync(Client &c)
    {
        QSignalSpy finished(c.app()->sync(), &SyncEngine::finished);
        return finished.wait(30000) && finished.first().first().toBool();
    }

    static QList<Invoice> unpaid(Client &c)
    {
        QList<Invoice> list;
        for (const Contract &contract : c.app()->cache()->contracts())
            for (const Invoice &i : c.app()->cache()->invoices(contract.id))
                if (i.status != InvoiceStatus::Paid)
                    list << i;
        return list;
    }

    static std::optional<Invoice> cached(Client &c, const QString &invoiceId)
    {
        for (const Contract &contract : c.app()->cache()->contracts())
            for (const Invoice &i : c.app()->cache()->invoices(contract.id))
                if (i.id == invoiceId)
                    return i;
        return std::nullopt;
    }

    // What the customer does in the browser: open the page, press a button.
    int useThePage(const QUrl &url, const QByteArray &action)
    {
        QNetworkRequest get(url);
        get.setRawHeader("Accept", "text/html");
        QNetworkReply *page = m_browser.get(get);
        if (!QTest::qWaitFor([page] { return page->isFinished(); }, 10000))
            return -1;
        const QString html = QString::fromUtf8(page->readAll());
        page->deleteLater();
        const QString csrf = QRegularExpression(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""))
                                 .match(html)
                                 .captured(1);
        if (csrf.isEmpty())
            return -2;
        QNetworkRequest post(url);
        post.setHeader(QNetworkRequest::ContentTypeHeader,
                       QStringLiteral("application/x-www-form-urlencoded"));
        post.setRawHeader("Accept", "text/html");
        post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *sent = m_browser.post(post, "csrf=" + csrf.toUtf8() + "&action=" + action);
        if (!QTest::qWaitFor([sent] { return sent->isFinished(); }, 10000))
            return -3;
        const int status = sent->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        sent->deleteLater();
        return status;
    }

    static int paymentPosts(Client &c, const QString &invoiceId)
    {
        int n = 0;
        for (const QNetworkRequest &r : c.nam()->requests())
            if (r.url().path().endsWith(QStringLiteral("/invoices/%1/payments").arg(invoiceId)))
                ++n;
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void payThroughTheHostedPage()
    {
        auto c = makeClient();
        QVERIFY(signIn(*c));
        QVERIFY(waitForSync(*c));
        const QList<Invoice> open = unpaid(*c);
        QVERIFY(open.size() >= 2);
        const Invoice invoice = open.first();
        PaymentController *payments = c->app()->payments();
        QSignalSpy checkout(payments, &PaymentController::checkoutReady);
        QSignalSpy changed(payments, &PaymentController::paymentChanged);

        payments->pay(invoice);
        QVERIFY(checkout.wait(10000));
        const QUrl url = checkout.first().at(1).toUrl();
        QVERIFY2(url.path().startsWith(QLatin1StringView("/pay/pay_")), qPrintable(url.toString()));
        QCOMPARE(payments->paymentFor(invoice.id)->status, Payment::Status::Pending);
        // A second click while it is open: the same page, no second payment.
        payments->pay(invoice);
        QCOMPARE(checkout.size(), 2);
        QCOMPARE(checkout.last().at(1).toUrl(), url);
        QCOMPARE(paymentPosts(*c, invoice.id), 1);

        QCOMPARE(useThePage(url, "pay"), 303);
        QTRY_VERIFY_WITH_TIMEOUT(payments->paymentFor(invoice.id) &&
                                     payments->paymentFor(invoice.id)->status ==
                                         Payment::Status::Approved,
                                 15000);
        QVERIFY(!payments->isFollowing(invoice.id));
        QTRY_VERIFY_WITH_TIMEOUT(cached(*c, invoice.id)->status == InvoiceStatus::Paid, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(c->app()->cache()->pendingPayments().isEmpty(), 5000);
    }

    void aPaymentLeftOpenIsPickedUpAtTheNextStart()
    {
        QUrl url;
        QString invoiceId;
        {
            auto c = makeClient();
            c->app()->start();
            QTRY_COMPARE_WITH_TIMEOUT(c->app()->stage(), AppController::Stage::Workspace, 20000);
            QVERIFY(waitForSync(*c));
            const Invoice invoice = unpaid(*c).first();
            invoiceId = invoice.id;
            QSignalSpy checkout(c->app()->payments(), &PaymentController::checkoutReady);
            c->app()->payments()->pay(invoice);
            QVERIFY(checkout.wait(10000));
            url = checkout.first().at(1).toUrl();
            QTRY_VERIFY_WITH_TIMEOUT(
                !c->app()->cache()->pendingPayments().isEmpty() &&
                    !c->app()->cache()->pendingPayments().first().paymentId.isEmpty(),
                5000);
        }                                      // the app closes with the browser still open
        QCOMPARE(useThePage(url, "pay"), 303); // paid while the app was closed

        auto c = makeClient();
        c->app()->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->app()->stage(), AppController::Stage::Workspace, 20000);
        PaymentController *payments = c->app()->payments();
        QTRY_VERIFY_WITH_TIMEOUT(payments->paymentFor(invoiceId) &&
                                     payments->paymentFor(invoiceId)->status ==
                                         Payment::Status::Approved,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(cached(*c, invoiceId)->status == InvoiceStatus::Paid, 15000);
        QCOMPARE(paymentPosts(*c, invoiceId), 0); // followed, not created again
    }

    void aCancelledPaymentLeavesTheInvoiceUnpaid()
    {
        auto c = makeClient();
        c->app()->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->app()->stage(), AppController::Stage::Workspace, 20000);
        QVERIFY(waitForSync(*c));
        const Invoice invoice = unpaid(*c).first();
        PaymentController *payments = c->app()->payments();
        QSignalSpy checkout(payments, &PaymentController::checkoutReady);
        payments->pay(invoice);
        QVERIFY(checkout.wait(10000));
        QCOMPARE(useThePage(checkout.first().at(1).toUrl(), "cancel"), 303);
        QTRY_VERIFY_WITH_TIMEOUT(payments->paymentFor(invoice.id) &&
                                     payments->paymentFor(invoice.id)->status ==
                                         Payment::Status::Declined,
                                 15000);
        c->app()->sync()->syncNow();
        QVERIFY(waitForSync(*c));
        QVERIFY(cached(*c, invoice.id)->status != InvoiceStatus::Paid);
        // Paying again is a new payment.
        payments->pay(invoice);
        QVERIFY(checkout.wait(10000));
        QVERIFY(checkout.last().at(1).toUrl() != checkout.first().at(1).toUrl());
    }
};

QTEST_GUILESS_MAIN(TestClientPayments)
#include "tst_client_payments.moc"
