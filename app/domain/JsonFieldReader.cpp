#include "JsonFieldReader.h"

namespace ov {

QString JsonFieldReader::requiredString(const QString &key, int maxLength, int minLength)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        addError(key, QStringLiteral("required"));
        return {};
    }
    if (!v.isString()) {
        addError(key, QStringLiteral("wrong_type"));
        return {};
    }
    const QString s = v.toString();
    if (s.trimmed().isEmpty() && minLength > 0)
        addError(key, QStringLiteral("required"));
    else if (s.size() > maxLength)
        addError(key, QStringLiteral("too_long"));
    else if (s.size() < minLength)
        addError(key, QStringLiteral("too_short"));
    return s;
}

std::optional<QString> JsonFieldReader::optionalString(const QString &key, int maxLength)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        addError(key, QStringLiteral("wrong_type"));
        return std::nullopt;
    }
    if (v.toString().size() > maxLength) {
        addError(key, QStringLiteral("too_long"));
        return std::nullopt;
    }
    return v.toString();
}

bool JsonFieldReader::requiredBool(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        addError(key, QStringLiteral("required"));
        return false;
    }
    if (!v.isBool()) {
        addError(key, QStringLiteral("wrong_type"));
        return false;
    }
    return v.toBool();
}

std::optional<bool> JsonFieldReader::optionalBool(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        addError(key, QStringLiteral("wrong_type"));
        return std::nullopt;
    }
    return v.toBool();
}

void JsonFieldReader::addError(const QString &field, const QString &code)
{
    for (const FieldError &e : std::as_const(m_errors))
        if (e.field == field)
            return; // one error per field is enough for a form
    m_errors.append({field, code});
}

} // namespace ov
