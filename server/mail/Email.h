#pragma once

#include <QString>

namespace ov::server {

// One message to one person, in plain text and HTML.
struct Email
{
    QString to;
    QString subject;
    QString text;
    QString html;
};

} // namespace ov::server
