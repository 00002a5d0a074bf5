#include "domain/commercial/commercial_log.h"

Q_LOGGING_CATEGORY(lcCommercial, "fieldbench.commercial")
