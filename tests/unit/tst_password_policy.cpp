// Unit: the password policy that both the server and the client's live checklist apply.

#include "domain/PasswordBlocklist.h"
#include "domain/PasswordPolicy.h"

#include <QElapsedTimer>
#include <QFile>

#include <QTest>

using namespace ov;
using Rule = PasswordPolicy::Rule;

Q_DECLARE_METATYPE(QList<PasswordPolicy::Rule>)

namespace {
// A long password that is no pattern: a 23-character phrase over and over.
QString longPassword(int length)
{
    QString s;
    while (s.size() < length)
        s += QStringLiteral("Medidor-Kilovatio-2026/");
    return s.left(length);
}
} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The cost of the first check: loading the list (docs/security.md quotes it).
        QElapsedTimer first;
        first.start();
        const int entries = PasswordBlocklist::instance().size();
        qInfo("blocklist: %d entries, loaded in %.2f ms", entries,
              double(first.nsecsElapsed()) / 1e6);
    }

    void failures_data()
    {
        QTest::addColumn<bool>("water"); // the demo water utility: ≥2 digits and ≥2 letters
        QTest::addColumn<QString>("password");
        QTest::addColumn<QList<Rule>>("expected");
        QTest::newRow("good") << false << "Kilovatio-2026" << QList<Rule>{};
        QTest::newRow("too short") << false << "Ab3$xyz" << QList<Rule>{Rule::MinLength};
        QTest::newRow("exactly 8") << false << "Ab3$xyzw" << QList<Rule>{};
        QTest::newRow("too long") << false << longPassword(129) << QList<Rule>{Rule::MaxLength};
        QTest::newRow("128 is fine") << false << longPassword(128) << QList<Rule>{};
        QTest::newRow("common") << false << "password123" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("common, any case") << false << "PassWord123" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("common spanish") << false << "contraseña" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("equals username")
            << false << "lauragomez" << QList<Rule>{Rule::NotPersonalData};
        QTest::newRow("equals email")
            << false << "LauraGomez@Example.com" << QList<Rule>{Rule::NotPersonalData};
        QTest::newRow("equals email local part")
            << false << "laura.gomez.r" << QList<Rule>{Rule::NotPersonalData};
        QTest::newRow("water: one digit") << true << "acueducto1" << QList<Rule>{Rule::MinDigits};
        QTest::newRow("water: one letter")
            << true << "q-2026-1130" << QList<Rule>{Rule::MinLetters};
        QTest::newRow("water: ok") << true << "acueducto12" << QList<Rule>{};
        QTest::newRow("water: short and no digits")
            << true << "xqwzp" << QList<Rule>{Rule::MinLength, Rule::MinDigits};
        QTest::newRow("counts characters, not bytes") << false << "ñandúGüi" << QList<Rule>{};
        // Hardening finding 2: what a review found accepted.
        QTest::newRow("one character repeated")
            << false << "aaaaaaaa" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("a short unit repeated")
            << false << "abcabcab" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("a sequence") << false << "12345678" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("a sequence backwards")
            << false << "zyxwvuts" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("common with a symbol")
            << false << "password!" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("common with digits") << false << "monkey123" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("common in l33t") << false << "P@ssw0rd2026" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("a Spanish name") << false << "Guadalupe" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("a Spanish word") << false << "Mariposa!" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("the utility's name")
            << false << "Energía del Valle" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("the utility's name, joined, with a year")
            << false << "energiadelvalle2026" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("the app's name")
            << false << "OficinaVirtual1" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("a city of the country")
            << false << "Medellín2026" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("a two-word city") << false << "SantaMarta#1" << QList<Rule>{Rule::NotCommon};
        QTest::newRow("the username with digits")
            << false << "lauragomez1990" << QList<Rule>{Rule::NotPersonalData};
        QTest::newRow("two words and a year is fine")
            << false << "Otra-Clave-2026" << QList<Rule>{};
        QTest::newRow("empty") << false << "" << QList<Rule>{Rule::MinLength};
    }
    void failures()
    {
        QFETCH(bool, water);
        QFETCH(QString, password);
        QFETCH(QList<Rule>, expected);
        PasswordPolicy policy;
        if (water) {
            policy.minDigits = 2;
            policy.minLetters = 2;
        }
        const QString username = QStringLiteral("lauragomez");
        const QString email = password == QLatin1StringView("laura.gomez.r")
                                  ? QStringLiteral("laura.gomez.r@example.com")
                                  : QStringLiteral("lauragomez@example.com");
        const QStringList context = PasswordPolicy::contextWords(
            QStringLiteral("Energía del Valle (demo)"), QStringLiteral("CO"));
        QCOMPARE(policy.failures(password, username, email, context), expected);
    }

    void rulesListOnlyWhatApplies()
    {
        PasswordPolicy p;
        QCOMPARE(p.rules(), (QList<Rule>{Rule::MinLength, Rule::MaxLength, Rule::NotCommon,
                                         Rule::NotPersonalData}));
        p.minDigits = 2;
        p.rejectCommon = false;
        QCOMPARE(p.rules(), (QList<Rule>{Rule::MinLength, Rule::MaxLength, Rule::MinDigits,
                                         Rule::NotPersonalData}));
        QVERIFY(p.failures(QStringLiteral("password99")).isEmpty());
    }

    void codesAreStable()
    {
        QCOMPARE(PasswordPolicy::code(Rule::MinLength), QStringLiteral("too_short"));
        QCOMPARE(PasswordPolicy::code(Rule::MaxLength), QStringLiteral("too_long"));
        QCOMPARE(PasswordPolicy::code(Rule::MinDigits), QStringLiteral("too_few_digits"));
        QCOMPARE(PasswordPolicy::code(Rule::MinLetters), QStringLiteral("too_few_letters"));
        QCOMPARE(PasswordPolicy::code(Rule::NotCommon), QStringLiteral("too_common"));
        QCOMPARE(PasswordPolicy::code(Rule::NotPersonalData),
                 QStringLiteral("matches_personal_data"));
    }

    void jsonRoundTripAndValidation()
    {
        PasswordPolicy p;
        p.minLength = 10;
        p.minLetters = 2;
        QCOMPARE(PasswordPolicy::fromJson(p.toJson()), p);
        QJsonObject bad = p.toJson();
        bad.insert(QStringLiteral("maxLength"), 4); // below minLength
        QVERIFY(!PasswordPolicy::fromJson(bad));
    }

    void bundledListIsLoaded()
    {
        const int entries = PasswordBlocklist::instance().size();
        QVERIFY(entries >= 30000); // ASVS 5.0 asks for at least the top 3,000
        QVERIFY(PasswordPolicy::isCommon(QStringLiteral("123456")));
        QVERIFY(PasswordPolicy::isCommon(QStringLiteral("colombia2026")));
        QVERIFY(PasswordPolicy::isCommon(QStringLiteral("Contraseña")));
        QVERIFY(!PasswordPolicy::isCommon(QStringLiteral("Kilovatio-2026")));
        // Every entry is found (the order is the one binary search needs).
        QFile f(QStringLiteral(":/ov/domain/passwords/blocklist.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray previous;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QVERIFY2(previous < line, line.constData());
            previous = line;
        }
        QVERIFY(PasswordBlocklist::instance().contains("dragon"));
        QVERIFY(!PasswordBlocklist::instance().contains("kilovatio-2026"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_password_policy.moc"
