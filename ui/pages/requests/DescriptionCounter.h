#pragma once

#include <QCoreApplication>

class QLabel;
class QPlainTextEdit;

namespace ov {

// "123 / 5000" under a request's or a contact message's description, said in words to a
// screen reader; past the limit, the field's message says so while the user types.
class DescriptionCounter
{
    Q_DECLARE_TR_FUNCTIONS(DescriptionCounter)

public:
    static void update(QPlainTextEdit *description, QLabel *counter, QLabel *message);
};

} // namespace ov
