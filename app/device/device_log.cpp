#include "device/device_log.h"

namespace fb::device {
// Warnings by default: the CLI promises one stderr line per failure.
Q_LOGGING_CATEGORY(lcDevice, "fieldbench.device", QtWarningMsg)
} // namespace fb::device
