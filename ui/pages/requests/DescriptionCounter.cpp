#include "DescriptionCounter.h"

#include "domain/RequestRules.h"
#include "requests/RequestText.h"
#include "widgets/FieldMessage.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace ov {

void DescriptionCounter::update(QPlainTextEdit *description, QLabel *counter, QLabel *message)
{
    const int length = int(description->toPlainText().trimmed().size());
    counter->setText(tr("%1 / %2").arg(length).arg(RequestRules::kMaxDescription));
    counter->setAccessibleName(
        tr("%1 of %2 characters").arg(length).arg(RequestRules::kMaxDescription));
    if (length > RequestRules::kMaxDescription)
        FieldMessage::show(
            message, description,
            RequestText::message({QStringLiteral("description"), QStringLiteral("too_long")}),
            false);
    else
        FieldMessage::clear(message, description);
}

} // namespace ov
