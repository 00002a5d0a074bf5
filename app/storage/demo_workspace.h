#pragma once

// Fills a workspace with the deterministic demo data set.

#include "domain/demo_generator.h"
#include "domain/result.h"

namespace fb::storage {

class Workspace;

// Refuses a workspace that already holds tickets, so demo data never mixes
// with real work.
Result<DemoCounts> createDemoWorkspace(Workspace &workspace, const DemoOptions &options);

} // namespace fb::storage
