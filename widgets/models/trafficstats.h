#pragma once
// TrafficStats: per-second traffic history folded from trace batches and snapshots, in bounded
// ring buffers: messages in and out by kind, bytes per second, duplicate ratio, the delay of
// duplicates after a message's first delivery (histogram), and mesh size per topic. Plots read it
// on their coalescing timer. Qt Core only; no signals (the owner decides when to redraw).

#include "core/qt/observationsource.h"
#include "core/trace/nodesnapshot.h"
#include "widgets/models/ringbuffer.h"

#include <array>
#include <deque>
#include <map>
#include <string>
#include <unordered_map>

namespace meshscope::widgets {

class TrafficStats {
public:
    // Message kinds counted per direction.
    enum Kind { Publish, Forward, Duplicate, IHave, IWant, IDontWant, Graft, Prune, KindCount };
    static constexpr std::size_t kHistory = 600; // seconds of history kept
    static constexpr int kLatencyBins = 50; // histogram bins
    static constexpr double kLatencyBinMs = 20.0; // width of one bin (ms)
    static constexpr std::size_t kMaxTrackedIds = 8192; // first-delivery times remembered
    static constexpr std::size_t kMaxTopics = 16; // topics with a mesh-size series
    static constexpr double kBytesInterval = 1.0; // seconds between bytes samples (at least)

    struct Bin {
        double t = 0; // bin start, seconds (trace clock)
        std::array<double, KindCount> in {}; // received per second
        std::array<double, KindCount> out {}; // sent per second
        double delivered = 0; // first deliveries
    };
    struct BytesSample {
        double t = 0; // seconds
        double in = 0, out = 0; // bytes per second
    };
    struct MeshSample {
        double t = 0; // seconds
        std::map<std::string, int> sizes; // topic -> mesh size
    };

    TrafficStats();

    // Folds a batch of events (call for each eventsAvailable).
    void addBatch(const coreqt::TraceBatch& batch);
    // Folds one event.
    void addEvent(const trace::TraceEvent& event);
    // Samples bytes (a rate over >= kBytesInterval) and mesh sizes from a snapshot (call for each
    // snapshotAvailable).
    void addSnapshot(const trace::NodeSnapshot& snapshot);

    const RingBuffer<Bin>& bins() const { return m_bins; }
    const RingBuffer<BytesSample>& bytes() const { return m_bytes; }
    const RingBuffer<MeshSample>& mesh() const { return m_mesh; }
    const std::array<double, kLatencyBins>& latencyHistogram() const { return m_latency; }
    // Duplicates / (first deliveries + duplicates) in bin `i`.
    double duplicateRatio(std::size_t i) const;
    // Messages per second (published + delivered) in the last complete bin.
    double messagesPerSecond() const;
    // Translated kind name.
    static QString kindName(Kind kind);
    // Bumped on every change; plots compare it to skip redraws.
    std::uint64_t revision() const { return m_revision; }

private:
    void advanceTo(double t);

    RingBuffer<Bin> m_bins; // closed per-second bins
    Bin m_current; // bin being filled
    bool m_started = false; // m_current has a start time
    RingBuffer<BytesSample> m_bytes; // bytes per second from snapshots
    RingBuffer<MeshSample> m_mesh; // mesh size per topic from snapshots
    std::array<double, kLatencyBins> m_latency {}; // duplicate delay histogram (counts)
    std::unordered_map<std::string, double> m_firstSeen; // message id -> first delivery (s)
    std::deque<std::string> m_firstSeenOrder; // eviction order of m_firstSeen
    double m_lastSnapshotT = -1; // time of the last bytes sample or baseline (s)
    std::uint64_t m_lastBytesIn = 0, m_lastBytesOut = 0; // counters at that time
    std::uint64_t m_revision = 0; // change counter
};

} // namespace meshscope::widgets
