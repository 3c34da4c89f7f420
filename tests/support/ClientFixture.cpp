#include "ClientFixture.h"

#include <QDir>
#include <QTest>

namespace ov::test {

ClientFixture::ClientFixture(const QString &home, const QUrl &server,
                             const QString &keychainService)
    : m_settings(std::make_unique<Settings>(QDir(home).filePath(QStringLiteral("settings.ini"))))
    , m_profiles(std::make_unique<ProfileStore>(QDir(home).filePath(QStringLiteral("profiles"))))
    , m_nam(std::make_unique<FakeNetworkAccessManager>())
    , m_tokens(std::make_unique<TokenStore>(keychainService))
{
    m_profiles->overrideBaseUrl(QStringLiteral("demo-electricity-co"), server);
    m_app = std::make_unique<AppController>(m_settings.get(), m_profiles.get(), m_nam.get(),
                                            m_tokens.get());
    m_app->setSyncRetryDelays(1, 2);
}

ClientFixture::~ClientFixture()
{
    m_app.reset(); // before what it uses
}

bool ClientFixture::chooseDemoUtility(int timeoutMs)
{
    m_app->chooseProfile(QStringLiteral("demo-electricity-co"));
    return QTest::qWaitFor([this] { return m_app->config().has_value(); }, timeoutMs);
}

} // namespace ov::test
