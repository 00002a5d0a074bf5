#pragma once

// A deterministic generator of a realistic demo workspace: the same seed,
// size and anchor time always give the same documents, byte for byte.

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <cstdint>
#include <functional>

namespace fb {

struct DemoOptions
{
    int tickets = 200;
    std::uint64_t seed = 1;
    QDateTime anchor; // "now" of the demo: tickets are received before it
};

struct DemoCounts
{
    int customers = 0;
    int sites = 0;
    int devices = 0;
    int serviceEvents = 0;
    int tickets = 0;
};

class DemoGenerator
{
public:
    explicit DemoGenerator(const DemoOptions &options);

    // Calls `sink` once per document (customers, sites, devices, service
    // events, then tickets) so 100,000 tickets never sit in memory at once.
    DemoCounts generate(const std::function<void(const QJsonObject &)> &sink);

private:
    std::uint64_t next();
    int uniform(int lowInclusive, int highInclusive);
    double unit();
    template<class T, std::size_t N>
    const T &pick(const T (&items)[N]);

    DemoOptions m_options;
    std::uint64_t m_state;
};

} // namespace fb
