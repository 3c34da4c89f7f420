#pragma once

#include "ContractRepository.h"
#include "InvoiceRepository.h"

#include "domain/UtilityConfig.h"
#include "sync/SyncSource.h"

#include <memory>
#include <vector>

namespace ov::server {

// Everything that reaches clients through GET /sync, in feed order: the place a feature adds
// its data to the one sync protocol (one line here, and a ContractItemSource or SyncSource of
// its own). Contracts come first: they are the root every other item hangs from.
class SyncedData
{
public:
    static std::vector<std::unique_ptr<SyncSource>> sources(ContractRepository &contracts,
                                                            const InvoiceRepository &invoices,
                                                            const UtilityConfig &utility);
};

} // namespace ov::server
