#pragma once
// Sandbox: the embedded default network for the GUI's first launch. About 20 local peers running
// the same node code (TcpHost + node::Node) on real 127.0.0.1 TCP connections, all on one thread
// of their own, with a mix of behaviours:
//   - honest publishers: a few messages a second on 2-3 topics;
//   - a slow peer: handles every host event ~300 ms late (its answers and GRAFTs lag);
//   - an invalid peer: publishes messages with bad signatures (rejected, P4 penalised, pruned);
//   - a flaky peer: leaves its topics (PRUNE with backoff), disconnects, returns a few seconds later;
//   - the rest: honest relays.
// start(observed) applies the sandbox profile (scoring on, per-topic score params so components
// move) to the observed NodeHost, subscribes it to the topics and makes it dial every peer; the
// sandbox peers also connect among themselves (a ring with chords) so meshes form everywhere.
// The peers take the observed node's message id function and signing policy (--msg-id,
// --sign-policy): gossip only works between nodes that agree on message ids.

#include "core/gossipsub/paramsjson.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace meshscope::coreqt {

class NodeHost;
class SandboxWorker;

struct SandboxConfig {
    int peers = 20; // sandbox peers
    QStringList topics { QStringLiteral("sandbox/blocks"), QStringLiteral("sandbox/transactions"),
        QStringLiteral("sandbox/chat") }; // topics everyone joins
    int publishers = 6; // honest publishers (the first peers)
    int publishIntervalMs = 600; // per publisher
    int invalidIntervalMs = 400; // bad-signature messages from the invalid peer
    int slowDelayMs = 300; // the slow peer's processing delay
    int flakyUpMs = 5000; // the flaky peer stays this long...
    int flakyDownMs = 3000; // ...then is away this long
};

class Sandbox final : public QObject {
    Q_OBJECT
public:
    explicit Sandbox(QObject* parent = nullptr);
    explicit Sandbox(SandboxConfig config, QObject* parent = nullptr);
    ~Sandbox() override;

    // The profile used by the sandbox peers and applied to the observed node: "libp2p-scored"
    // with score params for `topics` (P1 slow, P2 on, P3/P3b off, P4 strong).
    static gossipsub::GossipsubProfile profile(const QStringList& topics);

    // Starts the peers (blocking until they listen), then has `observed` (already started) apply
    // profile(), join the topics and dial every peer. Call from `observed`'s thread.
    void start(NodeHost& observed);
    // Stops every sandbox peer (their connections close) and joins the thread.
    void stop();
    bool running() const { return m_worker != nullptr; }
    // The peers' listen addresses (with /p2p/), empty when not running.
    QStringList peerAddrs() const { return m_addrs; }
    const SandboxConfig& config() const { return m_config; }

Q_SIGNALS:
    // The peers listen at `addrs`.
    void started(const QStringList& addrs);
    void stopped();

private:
    SandboxConfig m_config; // behaviour mix
    std::unique_ptr<QThread> m_thread; // the sandbox thread
    SandboxWorker* m_worker = nullptr; // lives on m_thread
    QStringList m_addrs; // peers' listen addresses
};

} // namespace meshscope::coreqt
