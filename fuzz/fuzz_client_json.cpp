// Fuzz target: every response parser of the client's domain types — contracts, invoices (with
// lines and summaries), readings, payments, notifications, requests (with messages and
// attachments), the utility's /config (forms, password policy, reading window, categories,
// channels), pages of them, problem+json and smart-meter interval series.

#include "FuzzTarget.h"

#include "consumption/IntervalSeries.h"
#include "domain/Contract.h"
#include "domain/Invoice.h"
#include "domain/Notification.h"
#include "domain/Page.h"
#include "domain/Payment.h"
#include "domain/Problem.h"
#include "domain/Reading.h"
#include "domain/ServiceRequest.h"
#include "domain/UtilityConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ov;

namespace {

template <typename T>
void use(const std::optional<T> &value)
{
    if (value)
        g_sink += QJsonDocument(value->toJson()).toJson(QJsonDocument::Compact).size();
}

void parseValue(const QJsonValue &v)
{
    QString error;
    use(Contract::fromJson(v, &error));
    use(Invoice::fromJson(v, &error));
    use(Reading::fromJson(v, &error));
    use(Payment::fromJson(v));
    use(InvoiceSummary::fromJson(v));
    use(InvoiceLine::fromJson(v));
    use(Money::fromJson(v));
    use(UtilityConfig::fromJson(v, &error));
    use(PasswordPolicy::fromJson(v));
    use(ReadingWindow::fromJson(v));
    if (const auto page = Page<Contract>::fromJson(v, &error))
        g_sink += page->items.size();
    if (const auto page = Page<Invoice>::fromJson(v, &error))
        g_sink += page->items.size();
    if (const auto page = Page<Reading>::fromJson(v, &error))
        g_sink += page->items.size();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        g_sink += Notification::fromJson(o).toJson().size();
        g_sink += ServiceRequest::fromJson(o).toJson().size();
        g_sink += Address::fromJson(o).oneLine().size();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto problem = Problem::fromJson(bytes))
        g_sink += problem->code.size() + problem->errors.size();
    if (const auto series = IntervalSeries::fromJson(bytes))
        g_sink += series->values.size();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        parseValue(doc.object());
        // Responses nest their items: try each member too (a page's items, a contract's
        // lastInvoice, a config's forms).
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            parseValue(it.value());
            if (it.value().isArray())
                for (const QJsonValue &item : it.value().toArray())
                    parseValue(item);
        }
    } else if (doc.isArray()) {
        for (const QJsonValue &item : doc.array())
            parseValue(item);
    }
    return 0;
}
