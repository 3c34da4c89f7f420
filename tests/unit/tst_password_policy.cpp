// Unit: the password policy that both the server and the client's live checklist apply.

#include "domain/PasswordPolicy.h"

#include <QTest>

using namespace ov;
using Rule = PasswordPolicy::Rule;

Q_DECLARE_METATYPE(QList<PasswordPolicy::Rule>)

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void failures_data()
    {
        QTest::addColumn<bool>("water"); // the demo water utility: ≥2 digits and ≥2 letters
        QTest::addColumn<QString>("password");
        QTest::addColumn<QList<Rule>>("expected");
        QTest::newRow("good") << false << "Kilovatio-2026" << QList<Rule>{};
        QTest::newRow("too short") << false << "Ab3$xyz" << QList<Rule>{Rule::MinLength};
        QTest::newRow("exactly 8") << false << "Ab3$xyzw" << QList<Rule>{};
        QTest::newRow("too long") << false << QString(129, QLatin1Char('k'))
                                  << QList<Rule>{Rule::MaxLength};
        QTest::newRow("128 is fine") << false << QString(128, QLatin1Char('k')) << QList<Rule>{};
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
        QTest::newRow("water: one letter") << true << "a123456789" << QList<Rule>{Rule::MinLetters};
        QTest::newRow("water: ok") << true << "acueducto12" << QList<Rule>{};
        QTest::newRow("water: short and no digits")
            << true << "riego" << QList<Rule>{Rule::MinLength, Rule::MinDigits};
        QTest::newRow("counts characters, not bytes") << false << "ñañañaña" << QList<Rule>{};
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
        QCOMPARE(policy.failures(password, username, email), expected);
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
        QVERIFY(PasswordPolicy::isCommon(QStringLiteral("123456")));
        QVERIFY(PasswordPolicy::isCommon(QStringLiteral("colombia2026")));
        QVERIFY(!PasswordPolicy::isCommon(QStringLiteral("Kilovatio-2026")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_password_policy.moc"
