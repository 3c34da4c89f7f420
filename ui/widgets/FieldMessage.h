#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace ov {

// The message under a form field: shown in the error colour next to the field it is about,
// announced to screen readers through the field's accessible description.
class FieldMessage
{
public:
    static QLabel *create(QWidget *parent, const QString &objectName);
    // `focus`: move the keyboard to the field (after a submit; not while the user types).
    static void show(QLabel *label, QWidget *field, const QString &text, bool focus = true);
    static void clear(QLabel *label, QWidget *field);
};

} // namespace ov
