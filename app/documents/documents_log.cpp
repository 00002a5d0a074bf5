#include "documents/documents_log.h"

Q_LOGGING_CATEGORY(lcDocuments, "fieldbench.documents", QtInfoMsg)
