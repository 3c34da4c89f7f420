#pragma once

#include "domain/Contract.h"
#include "domain/Invoice.h"
#include "domain/UtilityConfig.h"

#include <QByteArray>
#include <QList>

namespace ov::server {

// An invoice as a one-page PDF in the utility's language, on its country's paper (Letter in
// the Americas that use it, A4 elsewhere): the utility's name and mark, the customer and the
// supply, the period and readings, a bar chart of the last twelve months' consumption, the
// lines and total, the due date and the payment reference with its QR code. The same data
// always gives the same bytes.
class InvoicePdf
{
public:
    struct Input
    {
        UtilityConfig utility;
        Contract contract;
        Invoice invoice;
        QList<Invoice> history; // this contract's bills up to this one, any order
    };

    static QByteArray render(const Input &input);
    static bool usesLetter(const QString &country);
};

} // namespace ov::server
