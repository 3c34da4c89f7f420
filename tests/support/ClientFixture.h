#pragma once

#include "FakeNetworkAccessManager.h"

#include "AppController.h"
#include "auth/TokenStore.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace ov::test {

// The client core as the app wires it — settings and profiles in a test folder, the demo
// electricity profile pointed at a test server, the real keychain under a test service name —
// with a network manager that records every request (and can script replies).
class ClientFixture
{
public:
    ClientFixture(const QString &home, const QUrl &server, const QString &keychainService);
    ~ClientFixture();

    Settings *settings() const { return m_settings.get(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    FakeNetworkAccessManager *nam() const { return m_nam.get(); }
    TokenStore *tokens() const { return m_tokens.get(); }
    AppController *app() const { return m_app.get(); }

    // Chooses the demo electricity utility and waits for its config; false on timeout.
    bool chooseDemoUtility(int timeoutMs = 10000);

private:
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AppController> m_app;
};

} // namespace ov::test
