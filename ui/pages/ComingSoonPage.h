#pragma once

#include <QWidget>

namespace ov {

// An honest placeholder for a section whose version has not shipped yet.
class ComingSoonPage : public QWidget
{
    Q_OBJECT

public:
    ComingSoonPage(const QString &title, const QString &what, const QString &icon,
                   QWidget *parent = nullptr);
};

} // namespace ov
