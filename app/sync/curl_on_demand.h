#pragma once

#include <QString>

#include <thread>

namespace fb::sync {

// Why libcurl cannot be used (it is loaded on first use, see
// curl_on_demand.cpp), or an empty string when it can. Loads it if needed.
QString curlUnavailableReason();

// Loads libcurl if needed and runs its global initialisation, once per
// process whichever threads ask. Every HTTP client does this first.
void prepareCurl();

// Runs prepareCurl() on a thread of its own from construction, and waits for
// it when destroyed. libcurl and its libraries take some 10-15 ms to load and
// initialise; a command that will sync starts this first, so that the time
// overlaps with Qt's start-up and the opening of the workspace on the main
// thread rather than following them.
class CurlPreparation
{
public:
    CurlPreparation();
    ~CurlPreparation();
    CurlPreparation(const CurlPreparation &) = delete;
    CurlPreparation &operator=(const CurlPreparation &) = delete;

private:
    std::thread m_thread;
};

} // namespace fb::sync
