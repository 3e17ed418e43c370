#pragma once
// TraceStat: summary statistics over trace events, like go-libp2p-pubsub's tracestat tool
// (counts by type, per-topic propagation delay from publish to delivery across every traced
// peer), and TraceFilter: keep events by topic, peer and type.
//
// Delay: for each message id, the PUBLISH_MESSAGE timestamp (earliest if several) to each
// DELIVER_MESSAGE timestamp of the same id at any traced peer. Deliveries seen before their
// publish (or with no publish traced) are counted as unmatched. Memory is bounded: at most
// maxMessages message ids are tracked (oldest forgotten first) and at most maxSamples delays per
// topic are kept (reservoir-free: later samples are counted but not stored).

#include "core/trace/traceevent.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace meshscope::trace {

// The topic an event is about, if any (message, join/leave, graft/prune events).
std::optional<std::string> eventTopic(const TraceEvent& event);
// Every peer id (bytes) an event names: the tracing peer and any sender/receiver/peer field.
std::vector<std::string> eventPeers(const TraceEvent& event);

struct TraceFilter {
    std::set<std::string> topics; // keep events about one of these (empty: any)
    std::set<std::string> peers;  // keep events naming one of these peer ids as text (empty: any)
    std::set<int> types;          // keep events of these types (empty: any)

    // True when `event` passes every non-empty criterion.
    bool matches(const TraceEvent& event) const;
};

struct DelayStats {
    std::uint64_t count = 0;    // delays measured
    double p50Ms = 0, p90Ms = 0, p99Ms = 0, maxMs = 0; // percentiles of stored samples, milliseconds
};

class TraceStat {
public:
    explicit TraceStat(std::size_t maxMessages = 1u << 20, std::size_t maxSamples = 1u << 20);

    // Call with every event, in file order.
    void add(const TraceEvent& event);

    // Events per type name.
    const std::map<std::string, std::uint64_t>& counts() const { return m_counts; }
    // Total events added.
    std::uint64_t total() const { return m_total; }
    // Distinct tracing peers seen.
    std::size_t tracedPeers() const { return m_tracers.size(); }
    // Deliveries without a matching earlier publish.
    std::uint64_t unmatched() const { return m_unmatched; }
    // Per-topic delay statistics.
    std::map<std::string, DelayStats> delays() const;
    // A human summary (go tracestat's sections).
    std::string summary() const;

private:
    std::size_t m_maxMessages;                          // publish times kept at most
    std::size_t m_maxSamples;                           // delay samples kept per topic at most
    std::map<std::string, std::uint64_t> m_counts;      // type name -> events
    std::uint64_t m_total = 0;                          // events
    std::set<std::string> m_tracers;                    // tracing peer ids
    std::map<std::string, std::int64_t> m_published;    // message id -> publish time (ns)
    std::deque<std::string> m_publishOrder;             // ids in insertion order (for the bound)
    std::map<std::string, std::vector<double>> m_samples; // topic -> delays (ms)
    std::map<std::string, std::uint64_t> m_sampleCount; // topic -> delays measured
    std::uint64_t m_unmatched = 0;                      // deliveries with no publish
};

} // namespace meshscope::trace
