#pragma once

#include "domain/InvoiceStatus.h"

#include <QColor>

namespace ov {

// Colours for paid / pending / overdue that keep their contrast on light and dark palettes.
// Colour is never the only signal: the status is always also written out.
class StatusColors
{
public:
    static QColor forStatus(InvoiceStatus status);
    static bool darkPalette();
};

} // namespace ov
