#pragma once

#include <QLoggingCategory>

namespace fb::device {
Q_DECLARE_LOGGING_CATEGORY(lcDevice)
}
