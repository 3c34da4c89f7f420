#pragma once

#include "Money.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ov {

// One line of a bill: what was charged, how much of it, at what price. `code` is a code the
// client translates ("energy", "water", "sewer", "fixed", "subsidy", "contribution",
// "street_lighting", "vat", "adjustment"); `label` is the utility's own wording, shown when the
// client does not know the code. `kind` groups lines for the bill explanation: charges that
// scale with consumption ("consumption", and the "subsidy" and "tax" lines computed from them)
// and the rest ("fixed", "adjustment"). When `unit` is "%", `quantity` is a percentage of
// `unitPrice` (the base it applies to); otherwise amount = quantity × unitPrice, rounded.
struct InvoiceLine
{
    QString code;
    QString label;
    QString kind;
    double quantity = 0;
    QString unit;
    Money unitPrice;
    Money amount;

    bool scalesWithConsumption() const;

    QJsonObject toJson() const;
    static std::optional<InvoiceLine> fromJson(const QJsonValue &v);

    friend bool operator==(const InvoiceLine &, const InvoiceLine &) = default;
};

} // namespace ov
