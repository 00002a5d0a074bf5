#pragma once

#include <QString>

namespace fb::sync {

// Why libcurl cannot be used (it is loaded on first use, see
// curl_on_demand.cpp), or an empty string when it can. Loads it if needed.
QString curlUnavailableReason();

} // namespace fb::sync
