#pragma once

#include <QString>

namespace ov::server {

// Human titles for the stable problem codes, in the response language. Clients translate by
// `code`; the title is for people reading raw responses and logs.
class ProblemCatalog
{
public:
    static QString title(const QString &code, const QString &language);
};

} // namespace ov::server
