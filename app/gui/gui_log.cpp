#include "gui/gui_log.h"

Q_LOGGING_CATEGORY(lcGui, "fieldbench.gui")
