#include "domain/policy/policy_log.h"

Q_LOGGING_CATEGORY(lcPolicy, "fieldbench.policy")
