#pragma once

#include "UtilityProfile.h"

#include <QList>
#include <QString>

#include <optional>

namespace ov {

// The utility profiles the user can choose from: the bundled demo profiles (resources) and the
// ones the user added by URL (JSON files in a per-user folder).
class ProfileStore
{
public:
    // userDir empty: <AppConfigLocation>/profiles.
    explicit ProfileStore(QString userDir = {});

    QList<UtilityProfile> profiles() const;
    std::optional<UtilityProfile> find(const QString &id) const;
    bool add(const UtilityProfile &profile, QString *error);
    bool remove(const QString &id);
    // Points a bundled profile at another server (scripts/demo and tests run on free ports).
    void overrideBaseUrl(const QString &id, const QUrl &url);

    static QList<UtilityProfile> bundled();

private:
    QString m_dir;
    QList<UtilityProfile> m_bundled;
};

} // namespace ov
