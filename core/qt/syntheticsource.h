#pragma once
// SyntheticSource: a made-up but plausible gossipsub node view (N peers, M topics, a configurable
// event rate) generated from a seeded Rng, for GUI benchmarks and tests of every view. It emits
// real go trace events (ADD_PEER, JOIN, RECV_RPC with subscriptions and IHAVE, GRAFT/PRUNE,
// PUBLISH/DELIVER/DUPLICATE, SCORE_UPDATE) and folds them with the same SnapshotBuilder a
// recording uses, then adds what a trace lacks (address, agent, RTT) deterministically.
// The same seed gives the same events.
//
// Time: step(elapsed) advances virtual time and generates rate*elapsed events (at most
// kMaxEventsPerStep); the 50 ms timer calls it, tests call it directly.

#include "core/base/rng.h"
#include "core/qt/observationsource.h"
#include "core/trace/snapshotbuilder.h"

#include <QTimer>

#include <memory>

namespace meshscope::coreqt {

struct SyntheticConfig {
    int peers = 50;                 // connected peers
    int topics = 5;                 // topics we join
    double eventsPerSecond = 500;   // trace events generated per (virtual) second
    std::uint64_t seed = 1;         // Rng seed
};

class SyntheticSource final : public ObservationSource {
    Q_OBJECT
public:
    static constexpr std::size_t kMaxEventsPerStep = 100000; // bound per step
    static constexpr int kTickMs = 50;                        // emission period (20 Hz)

    explicit SyntheticSource(SyntheticConfig config, QObject* parent = nullptr);
    ~SyntheticSource() override;

    SourceKind kind() const override { return SourceKind::Synthetic; }
    QString description() const override;

    // Advances virtual time by `elapsed`: emits one batch and one snapshot.
    void step(Duration elapsed);
    // The snapshot at the current virtual time.
    trace::NodeSnapshot snapshot() const;
    // Events generated so far.
    std::uint64_t generated() const { return m_generated; }

public Q_SLOTS:
    void start() override;
    void stop() override;

private:
    void setup(std::vector<trace::TraceEvent>& out);
    void generateOne(std::vector<trace::TraceEvent>& out);
    const std::string& peerBytes(std::size_t i) const { return m_peerIds[i]; }
    const std::string& topicName(std::size_t i) const { return m_topicNames[i]; }

    SyntheticConfig m_config;                 // sizes, rate, seed
    SeededRng m_rng;                          // every random choice
    Bytes m_self;                             // the synthetic node's own peer id bytes
    std::vector<std::string> m_peerIds;       // peer id bytes per index
    std::vector<std::string> m_topicNames;    // topic names
    std::vector<std::vector<std::size_t>> m_mesh; // topic -> mesh peer indexes
    trace::SnapshotBuilder m_builder;         // folds what we generate
    TimePoint m_now = fromNanos(1'700'000'000'000'000'000); // virtual time (unix-like)
    double m_carry = 0;                       // fractional events owed
    std::uint64_t m_generated = 0;            // events generated
    std::uint64_t m_msgSeq = 0;               // message id counter
    std::uint64_t m_batchSeq = 0;             // batch numbering
    std::uint64_t m_snapshotSeq = 0;          // snapshot numbering
    bool m_setUp = false;                     // initial events generated
    QTimer m_timer;                           // the 50 ms tick
};

} // namespace meshscope::coreqt
