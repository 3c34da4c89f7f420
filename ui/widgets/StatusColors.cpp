#include "StatusColors.h"

#include <QGuiApplication>
#include <QPalette>

namespace ov {

bool StatusColors::darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor StatusColors::forStatus(InvoiceStatus status)
{
    const bool dark = darkPalette();
    switch (status) {
    case InvoiceStatus::Paid:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x15, 0x80, 0x3d);
    case InvoiceStatus::Pending:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
    case InvoiceStatus::Overdue:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb9, 0x1c, 0x1c);
    }
    return {};
}

} // namespace ov
