#include "ApiError.h"

namespace ov {

QString ApiError::describe() const
{
    static const char *const names[] = {"network", "timeout",          "tls",      "insecure-url",
                                        "http",    "invalid-response", "cancelled"};
    QString s = QString::fromLatin1(names[int(kind)]);
    if (status)
        s += QStringLiteral(" %1").arg(status);
    if (!problem.code.isEmpty())
        s += QStringLiteral(" (%1)").arg(problem.code);
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    return s;
}

} // namespace ov
