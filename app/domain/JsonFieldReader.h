#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ov {

// Reads the members of a request body and collects one FieldError per bad member (missing,
// wrong JSON type, too long/short) instead of stopping at the first, so a form can mark every
// bad field at once.
class JsonFieldReader
{
public:
    explicit JsonFieldReader(QJsonObject object)
        : m_object(std::move(object))
    {}

    QString requiredString(const QString &key, int maxLength, int minLength = 1);
    std::optional<QString> optionalString(const QString &key, int maxLength);
    bool requiredBool(const QString &key);
    std::optional<bool> optionalBool(const QString &key);

    void addError(const QString &field, const QString &code);
    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }

private:
    QJsonObject m_object;
    QList<FieldError> m_errors;
};

} // namespace ov
