#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace ov {

// The OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) through
// QtKeychain, behind one small asynchronous interface with per-account keys. There is no
// insecure fallback: without a keychain backend nothing is stored and the caller is told.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,
        NoBackend,
        Failed
    };
    using ReadCallback = std::function<void(Status, const QString &value)>;
    using Callback = std::function<void(Status)>;

    explicit TokenStore(QString service = QStringLiteral("Oficina Virtual"),
                        QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadCallback callback);
    void write(const QString &key, const QString &value, QObject *context, Callback callback);
    void remove(const QString &key, QObject *context, Callback callback);

    static QString keyFor(const QString &profileId, const QString &userId);

private:
    QString m_service;
};

} // namespace ov
