#pragma once

#include <QJsonObject>
#include <QString>

namespace ov {

// One form field's problem, by stable machine code (the client translates it next to the field).
struct FieldError
{
    QString field;
    QString code; // required | wrong_type | too_long | too_short | invalid | mismatch | …

    QJsonObject toJson() const
    {
        return {{QStringLiteral("field"), field}, {QStringLiteral("code"), code}};
    }
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

} // namespace ov
