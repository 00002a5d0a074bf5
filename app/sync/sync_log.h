#pragma once

#include <QLoggingCategory>

namespace fb::sync {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace fb::sync
