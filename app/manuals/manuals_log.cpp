#include "manuals/manuals_log.h"

Q_LOGGING_CATEGORY(lcManuals, "fieldbench.manuals", QtInfoMsg)
