// Fuzz target: a page of GET /sync as the client parses it off the GUI thread — the token, the
// changes of every resource it knows (upserted items validated, removed ids), what it touched.

#include "FuzzTarget.h"

#include "sync/SyncPage.h"

using namespace ov;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto page = SyncPage::parse(bytes, &error)) {
        g_sink += page->token.size() + page->entries + page->changes.size();
        for (auto it = page->changedContracts.cbegin(); it != page->changedContracts.cend(); ++it)
            g_sink += it.value().size();
    } else {
        g_sink += error.size();
    }
    return 0;
}
