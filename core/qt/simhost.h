#pragma once
// SimHost: a simulated network (core/sim Network) as an ObservationSource. Runs on the thread it
// lives on, driven by a 50 ms QTimer: each tick advances virtual time by wall time x speed (or, at
// speed 0 "as fast as possible", by as much as fits in kFastBudgetMs of work), then emits one
// snapshot of the observed node (buildSnapshot from its Router::state and PeerScore::breakdown)
// and one batch of its router events mapped to go trace events (RouterTracer). At most 20
// snapshots a second. stop() pauses (virtual time stands still), start() resumes.
//
// Commands: applyParams() changes the parameters of every node, or of one node after
// setParamsTarget(); the other command slots answer "not supported by this source".
// Tests call advance() directly: no timer, no clock.

#include "core/sim/network.h"
#include "core/sim/scenario.h"
#include "core/trace/routertracer.h"
#include "core/qt/observationsource.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <optional>

namespace meshscope::coreqt {

class SimHost final : public ObservationSource {
    Q_OBJECT
public:
    static constexpr int kTickMs = 50;        // emission period (20 Hz)
    static constexpr int kFastBudgetMs = 35;  // work per tick at "as fast as possible"
    static constexpr std::size_t kMaxEventsPerBatch = 20000; // trace events per batch (rest dropped)

    // Builds the network (no event runs until start() or advance()). `scenario` must be valid.
    explicit SimHost(const sim::Scenario& scenario, QObject* parent = nullptr);
    ~SimHost() override;

    SourceKind kind() const override { return SourceKind::Simulation; }
    QString description() const override;
    bool acceptsCommands() const override { return true; }

    // Virtual seconds per wall second; 0 = as fast as possible. Negative values count as 1.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    // Which node the snapshots and trace batches describe (clamped to the node count).
    void setObservedNode(std::uint32_t node);
    std::uint32_t observedNode() const { return m_observed; }
    // Which nodes applyParams() changes: one node, or all (nullopt, the default).
    void setParamsTarget(std::optional<std::uint32_t> node) { m_paramsTarget = node; }
    std::optional<std::uint32_t> paramsTarget() const { return m_paramsTarget; }

    // True while the timer runs.
    bool running() const { return m_timer.isActive(); }
    // True once virtual time reached the scenario's end.
    bool done() const { return m_network->now() >= m_network->end(); }
    // Advances virtual time by `elapsed` (capped at the end), then emits a batch and a snapshot.
    void advance(Duration elapsed);
    // The observed node's snapshot at the current virtual time.
    trace::NodeSnapshot snapshot();
    // Simulated seconds so far.
    double virtualSeconds() const;
    // The network (read-only) and its measures so far.
    const sim::Network& network() const { return *m_network; }
    sim::SimResult result() const { return m_network->result(); }

public Q_SLOTS:
    // Resumes (or starts) the run.
    void start() override;
    // Pauses the run.
    void stop() override;
    void applyParams(quint64 requestId, const meshscope::coreqt::ParamsUpdate& update) override;

Q_SIGNALS:
    // Virtual time advanced: `fraction` of the scenario is done.
    void progressed(double fraction);
    // running() changed.
    void runningChanged(bool running);

private:
    void onTick();
    void resetTracer();
    void emitObservations();

    sim::Scenario m_scenario;                      // the run's configuration
    std::unique_ptr<sim::Network> m_network;       // the simulated network
    std::unique_ptr<trace::RouterTracer> m_tracer; // observed node's events -> go trace events
    trace::RouterEventTally m_tally;               // observed node's per-peer tallies
    std::uint32_t m_observed = 0;                  // observed node index
    std::optional<std::uint32_t> m_paramsTarget;   // applyParams target (nullopt = all)
    double m_speed = 1.0;                          // virtual / wall seconds, 0 = fastest
    double m_carryNs = 0;                          // fractional virtual time owed
    QTimer m_timer;                                // the 50 ms tick
    QElapsedTimer m_wall;                          // wall time since the previous tick
    std::uint64_t m_batchSeq = 0;                  // batch numbering
    std::uint64_t m_snapshotSeq = 0;               // snapshot numbering
    std::uint64_t m_droppedEvents = 0;             // events dropped for the batch bound (reported once)
    std::uint64_t m_lastScoreUpdateNs = 0;         // virtual time of the last SCORE_UPDATE batch
};

} // namespace meshscope::coreqt
