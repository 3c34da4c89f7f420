#pragma once

#include <QString>

namespace ov {

// The registration rules both the server and the client's live form apply. Each check returns
// the field-error code ("required", "too_long", "invalid", "mismatch") or an empty string.
class AccountRules
{
public:
    static constexpr int kMaxUsername = 100;
    static constexpr int kMaxEmail = 254;

    static QString checkUsername(const QString &username); // no whitespace, no '@', ≤ 100
    static QString checkEmail(const QString &email);
    static QString checkEmailConfirmation(const QString &email, const QString &confirmation);
    static QString checkReference(const QString &reference); // digits/letters, no dots or spaces
    static QString checkPhone(const QString &phone);         // "+57 300 123 4567"
    // Lower case, accents and punctuation removed, spaces collapsed: "Núñez" == "nunez",
    // "S.A.S." == "sas". Used to match names as people type them.
    static QString fold(const QString &text);
};

} // namespace ov
