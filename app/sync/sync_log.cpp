#include "sync/sync_log.h"

namespace fb::sync {
Q_LOGGING_CATEGORY(lcSync, "fieldbench.sync", QtInfoMsg)
} // namespace fb::sync
