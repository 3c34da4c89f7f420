#pragma once

class QLabel;
class QWidget;

namespace ov {

// A label of a page's figures or messages: its text wraps and can be selected and copied with
// the mouse or the keyboard (a reference number, an amount, a reason).
class SelectableLabel
{
public:
    static QLabel *create(const char *objectName, QWidget *parent);
};

} // namespace ov
