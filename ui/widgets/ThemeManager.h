#pragma once

#include <QString>

namespace ov {

// "system" keeps the platform's look (and its dark mode); "light" and "dark" force one.
class ThemeManager
{
public:
    static void apply(const QString &theme);
};

} // namespace ov
