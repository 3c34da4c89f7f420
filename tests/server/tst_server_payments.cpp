// Server: online payment of an invoice — Idempotency-Key required and honoured (the same key
// never opens a second payment; another key while one is pending returns it, even when asked
// at the same moment), another user's invoice or payment is 404, a paid invoice is refused; the
// hosted page sends its security headers and pays only with its CSRF token from its own origin;
// paying marks the invoice paid, cancelling declines, 30 minutes expire a pending payment.

#include "ServerFixture.h"

#include "domain/Invoice.h"
#include "domain/Payment.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <thread>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {
httplib::Headers keyed(const QString &key)
{
    return {{"Idempotency-Key", key.toStdString()}};
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The page's CSRF cookie and the token its form carries.
struct PageTokens
{
    QString cookie;
    QString form;
};
PageTokens tokensOf(const Reply &page)
{
    PageTokens t;
    const QRegularExpression cookie(QStringLiteral("^ov_pay_csrf=([^;]+);"));
    t.cookie = cookie.match(page.header("Set-Cookie")).captured(1);
    const QRegularExpression hidden(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
    t.form = hidden.match(QString::fromUtf8(page.body)).captured(1);
    return t;
}
} // namespace

class TestServerPayments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    QString m_payer;
    QString m_other;
    QStringList m_unpaid; // the payer's unpaid invoices, not yet used by a test

    QString takeUnpaid() { return m_unpaid.isEmpty() ? QString() : m_unpaid.takeFirst(); }
    Reply create(const QString &invoiceId, const QString &key, const QString &token = {})
    {
        return m_f->post(QStringLiteral("/api/v1/invoices/%1/payments").arg(invoiceId), {},
                         token.isEmpty() ? m_payer : token, "application/json", keyed(key));
    }
    Payment paymentOf(const Reply &r) { return Payment::fromJson(r.json()).value_or(Payment()); }
    Payment follow(const QString &paymentId)
    {
        return paymentOf(m_f->get(QStringLiteral("/api/v1/payments/") + paymentId, m_payer));
    }
    Reply decide(const QString &paymentId, const QString &action, const PageTokens &tokens,
                 httplib::Headers extra = {})
    {
        extra.emplace("Cookie",
                      QString(QStringLiteral("ov_pay_csrf=") + tokens.cookie).toStdString());
        extra.emplace("Accept", "text/html");
        const QByteArray form = "csrf=" + tokens.form.toUtf8() + "&action=" + action.toUtf8();
        return m_f->post(QStringLiteral("/pay/") + paymentId, form, {},
                         "application/x-www-form-urlencoded", extra);
    }
    InvoiceStatus statusOf(const QString &invoiceId)
    {
        for (const QJsonObject &c : m_f->collection(QStringLiteral("/api/v1/contracts"), m_payer))
            for (const QJsonObject &i :
                 m_f->collection(QStringLiteral("/api/v1/contracts/%1/invoices")
                                     .arg(c.value(QLatin1StringView("id")).toString()),
                                 m_payer))
                if (i.value(QLatin1StringView("id")).toString() == invoiceId)
                    return Invoice::fromJson(i)->status;
        return InvoiceStatus::Pending;
    }
    int paymentsOf(const QString &invoiceId)
    {
        QSqlQuery q(m_f->db().database().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM payments WHERE invoice_id = ?"));
        q.addBindValue(invoiceId);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        // The business account pays (40 contracts: unpaid invoices enough for every test).
        m_payer = m_f->accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        m_other = m_f->accessToken();
        for (const QJsonObject &c : m_f->collection(QStringLiteral("/api/v1/contracts"), m_payer))
            for (const QJsonObject &i :
                 m_f->collection(QStringLiteral("/api/v1/contracts/%1/invoices")
                                     .arg(c.value(QLatin1StringView("id")).toString()),
                                 m_payer))
                if (i.value(QLatin1StringView("status")).toString() != QLatin1StringView("paid"))
                    m_unpaid << i.value(QLatin1StringView("id")).toString();
        QVERIFY2(m_unpaid.size() >= 5, "the demo needs unpaid invoices to pay");
    }
    void cleanupTestCase() { m_f.reset(); }

    void aKeyIsRequired()
    {
        const Reply r = m_f->post(
            QStringLiteral("/api/v1/invoices/%1/payments").arg(m_unpaid.first()), {}, m_payer);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(QStringLiteral("Idempotency-Key")), QStringLiteral("required"));
        QCOMPARE(paymentsOf(m_unpaid.first()), 0);
    }

    void oneKeyOnePaymentAndOneOpenPaymentPerInvoice()
    {
        const QString invoice = takeUnpaid();
        const QString key = newKey();
        const Reply first = create(invoice, key);
        QCOMPARE(first.status, 201);
        const Payment p = paymentOf(first);
        QCOMPARE(p.invoiceId, invoice);
        QCOMPARE(p.status, Payment::Status::Pending);
        QVERIFY(p.id.startsWith(QLatin1StringView("pay_")) && p.id.size() >= 26);
        QCOMPARE(p.payUrl, QStringLiteral("http://127.0.0.1:%1/pay/%2").arg(m_f->port()).arg(p.id));
        QCOMPARE(p.expiresAt, p.createdAt.addSecs(30 * 60));

        // The same key again (a retry after a lost answer): the same answer, nothing new.
        const Reply retry = create(invoice, key);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.header("Idempotent-Replayed"), QStringLiteral("true"));
        QCOMPARE(paymentOf(retry).id, p.id);
        // Another key while it is pending (a second click, another device): the open one.
        const Reply again = create(invoice, newKey());
        QCOMPARE(again.status, 200);
        QCOMPARE(paymentOf(again).id, p.id);
        QCOMPARE(paymentsOf(invoice), 1);
        QCOMPARE(follow(p.id), p);
    }

    void concurrentRequestsOpenOnePayment()
    {
        const QString invoice = takeUnpaid();
        QStringList ids;
        std::mutex mutex;
        std::vector<std::thread> threads;
        for (int i = 0; i < 6; ++i)
            threads.emplace_back([&] {
                httplib::Client client("127.0.0.1", m_f->port());
                httplib::Headers h = keyed(newKey());
                h.emplace("Authorization",
                          QString(QStringLiteral("Bearer ") + m_payer).toStdString());
                const auto r = client.Post(
                    QStringLiteral("/api/v1/invoices/%1/payments").arg(invoice).toStdString(), h,
                    "", 0, "application/json");
                const auto p =
                    r ? Payment::fromJson(
                            QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object())
                      : std::nullopt;
                std::lock_guard lock(mutex);
                ids << (p ? p->id : QStringLiteral("failed"));
            });
        for (auto &t : threads)
            t.join();
        QCOMPARE(ids.size(), 6);
        QVERIFY2(!ids.contains(QStringLiteral("failed")), qPrintable(ids.join(QLatin1Char(' '))));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 1);
        QCOMPARE(paymentsOf(invoice), 1);
    }

    void anotherUsersInvoiceAndPaymentDoNotExist()
    {
        const QString invoice = m_unpaid.first();
        const Reply theirs = create(invoice, newKey(), m_other);
        QCOMPARE(theirs.status, 404);
        QCOMPARE(theirs.code(), QStringLiteral("not_found"));
        QCOMPARE(create(QStringLiteral("inv_doesnotexist"), newKey()).body, theirs.body);
        const Payment mine = paymentOf(create(invoice, newKey()));
        QVERIFY(!mine.id.isEmpty());
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/payments/") + mine.id, m_other).status, 404);
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/payments/pay_nope"), m_payer).status, 404);
    }

    void theHostedPageIsLockedDown()
    {
        const Payment p = paymentOf(create(m_unpaid.first(), newKey()));
        const Reply page = m_f->get(QStringLiteral("/pay/") + p.id, {}, {{"Accept", "text/html"}});
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith(QLatin1StringView("text/html")));
        const QString csp = page.header("Content-Security-Policy");
        for (const char *directive : {"default-src 'none'", "frame-ancestors 'none'",
                                      "form-action 'self'", "base-uri 'none'"})
            QVERIFY2(csp.contains(QLatin1StringView(directive)), qPrintable(csp));
        QVERIFY(!csp.contains(QLatin1StringView("script-src")));
        QCOMPARE(page.header("X-Frame-Options"), QStringLiteral("DENY"));
        QCOMPARE(page.header("Cache-Control"), QStringLiteral("no-store"));
        QCOMPARE(page.header("X-Content-Type-Options"), QStringLiteral("nosniff"));
        QCOMPARE(page.header("Referrer-Policy"), QStringLiteral("same-origin"));
        const QString cookie = page.header("Set-Cookie");
        QVERIFY2(cookie.contains(QLatin1StringView("HttpOnly")) &&
                     cookie.contains(QLatin1StringView("SameSite=Strict")) &&
                     cookie.contains(QStringLiteral("Path=/pay/") + p.id),
                 qPrintable(cookie));
        const PageTokens tokens = tokensOf(page);
        QVERIFY(!tokens.cookie.isEmpty());
        QCOMPARE(tokens.form, tokens.cookie);
        // What the customer pays, as the bill says it: the number, the reference, the amount.
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QLatin1StringView("<script")) == false);
        QVERIFY(html.contains(QStringLiteral("COP")));
        QVERIFY(html.contains(QLatin1StringView("id=\"pay\"")));
        QVERIFY(html.contains(QLatin1StringView("id=\"cancel\"")));
        // An unknown payment: a page for a person, problem+json for a program.
        QCOMPARE(m_f->get(QStringLiteral("/pay/pay_nope"), {}, {{"Accept", "text/html"}}).status,
                 404);
        const Reply problem = m_f->get(QStringLiteral("/pay/pay_nope"));
        QCOMPARE(problem.status, 404);
        QVERIFY(problem.isProblem());
    }

    void theFormNeedsItsTokenFromItsOwnPage()
    {
        const QString invoice = m_unpaid.first();
        const Payment p = paymentOf(create(invoice, newKey()));
        const PageTokens tokens =
            tokensOf(m_f->get(QStringLiteral("/pay/") + p.id, {}, {{"Accept", "text/html"}}));
        // No token, a token without its cookie, another page's token, another site's form.
        const Reply none =
            m_f->post(QStringLiteral("/pay/") + p.id, "action=pay", {},
                      "application/x-www-form-urlencoded", {{"Accept", "text/html"}});
        QCOMPARE(none.status, 403);
        QCOMPARE(decide(p.id, QStringLiteral("pay"), {QString(), tokens.form}).status, 403);
        QCOMPARE(
            decide(p.id, QStringLiteral("pay"), {tokens.cookie, QStringLiteral("forged")}).status,
            403);
        QCOMPARE(decide(p.id, QStringLiteral("pay"), tokens, {{"Origin", "https://evil.example"}})
                     .status,
                 403);
        const Reply program = m_f->post(QStringLiteral("/pay/") + p.id, "action=pay", {},
                                        "application/x-www-form-urlencoded");
        QCOMPARE(program.code(), QStringLiteral("csrf_failed"));
        QCOMPARE(follow(p.id).status, Payment::Status::Pending);
        QVERIFY(statusOf(invoice) != InvoiceStatus::Paid);
        QCOMPARE(decide(p.id, QStringLiteral("steal"), tokens).status, 400);
    }

    void payingMarksTheInvoicePaid()
    {
        const QString invoice = takeUnpaid();
        const Payment p = paymentOf(create(invoice, newKey()));
        const Reply page = m_f->get(QStringLiteral("/pay/") + p.id, {}, {{"Accept", "text/html"}});
        const Reply paid = decide(
            p.id, QStringLiteral("pay"), tokensOf(page),
            {{"Origin", QStringLiteral("http://127.0.0.1:%1").arg(m_f->port()).toStdString()}});
        QCOMPARE(paid.status, 303);
        QCOMPARE(paid.header("Location"), QStringLiteral("/pay/") + p.id);
        QCOMPARE(follow(p.id).status, Payment::Status::Approved);
        QVERIFY(statusOf(invoice) == InvoiceStatus::Paid);
        const Reply outcome =
            m_f->get(QStringLiteral("/pay/") + p.id, {}, {{"Accept", "text/html"}});
        QVERIFY(outcome.body.contains("id=\"status\" class=\"good\""));
        QVERIFY(!outcome.body.contains("id=\"pay\""));
        // Paid is paid: no new payment, and the page cannot decide again.
        const Reply refused = create(invoice, newKey());
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.code(), QStringLiteral("invoice_already_paid"));
        // A page left open from before (its token still matches its cookie) cannot undo it.
        QCOMPARE(decide(p.id, QStringLiteral("cancel"), tokensOf(page)).status, 303);
        QCOMPARE(follow(p.id).status, Payment::Status::Approved);
    }

    void cancellingDeclinesAndAllowsANewPayment()
    {
        const QString invoice = takeUnpaid();
        const Payment p = paymentOf(create(invoice, newKey()));
        const Reply page = m_f->get(QStringLiteral("/pay/") + p.id, {}, {{"Accept", "text/html"}});
        QCOMPARE(decide(p.id, QStringLiteral("cancel"), tokensOf(page)).status, 303);
        QCOMPARE(follow(p.id).status, Payment::Status::Declined);
        QVERIFY(statusOf(invoice) != InvoiceStatus::Paid);
        const Reply next = create(invoice, newKey());
        QCOMPARE(next.status, 201);
        QVERIFY(paymentOf(next).id != p.id);
    }

    void aPendingPaymentExpiresAfterThirtyMinutes()
    {
        const QString invoice = takeUnpaid();
        const Payment p = paymentOf(create(invoice, newKey()));
        const PageTokens tokens =
            tokensOf(m_f->get(QStringLiteral("/pay/") + p.id, {}, {{"Accept", "text/html"}}));
        // Access tokens live 15 minutes: sign in again after moving the clock.
        auto later = [this](int seconds) {
            m_f->clock().advanceSeconds(seconds);
            m_payer = m_f->accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        };
        later(29 * 60);
        QCOMPARE(follow(p.id).status, Payment::Status::Pending);
        later(61);
        const Payment expired = follow(p.id);
        QCOMPARE(expired.status, Payment::Status::Expired);
        QCOMPARE(expired.updatedAt, p.expiresAt);
        // Too late to pay on the page that was left open.
        QCOMPARE(decide(p.id, QStringLiteral("pay"), tokens).status, 303);
        QCOMPARE(follow(p.id).status, Payment::Status::Expired);
        QVERIFY(statusOf(invoice) != InvoiceStatus::Paid);
        const Reply page = m_f->get(QStringLiteral("/pay/") + p.id, {}, {{"Accept", "text/html"}});
        QVERIFY(!page.body.contains("id=\"pay\""));
        // The invoice is free for a new payment.
        const Reply next = create(invoice, newKey());
        QCOMPARE(next.status, 201);
        QVERIFY(paymentOf(next).id != p.id);
    }
};

QTEST_GUILESS_MAIN(TestServerPayments)
#include "tst_server_payments.moc"
