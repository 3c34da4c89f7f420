#include "FieldMessage.h"

#include "StatusColors.h"

#include <QLabel>
#include <QWidget>

namespace ov {

QLabel *FieldMessage::create(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, StatusColors::forStatus(InvoiceStatus::Overdue));
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

void FieldMessage::show(QLabel *label, QWidget *field, const QString &text, bool focus)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(true);
    field->setAccessibleDescription(text);
    field->setProperty("invalid", true);
    if (focus)
        field->setFocus();
}

void FieldMessage::clear(QLabel *label, QWidget *field)
{
    label->clear();
    label->setVisible(false);
    field->setAccessibleDescription(QString());
    field->setProperty("invalid", false);
}

} // namespace ov
