#pragma once
// NodeHost: the live node (TcpHost + node::Node) as an ObservationSource, on its own QThread.
//
// Lifecycle: construct on any thread with an event loop (usually the GUI's), connect to its
// signals, then call start(): an internal worker is moved to a new QThread (moveToThread) and
// there creates the TcpHost and Node, listens, subscribes NodeHostConfig::topics and emits
// started(). stop() (or the destructor) shuts the node down and joins the thread. The signals are
// emitted from the node thread: connect with the default (auto/queued) connection type.
//
// Commands (ObservationSource slots, plus publishWithId/runOnNode) may be called from any thread:
// each posts itself to the node thread and ends with exactly one commandFinished(requestId, ok,
// message). A successful publish answers with the message id in hex, and emits published().
//
// Output, never blocking the node thread:
// - snapshotAvailable(NodeSnapshot) at most 1000/snapshotIntervalMs times a second (default 20);
// - eventsAvailable(TraceBatch): go trace events (RouterTracer, RPCs with full meta) since the
//   last batch, on the same tick. At most maxBatchesInFlight batches may be unconsumed: the count
//   goes up when a batch is emitted and down when the thread that created the NodeHost gets to a
//   queued acknowledgement posted right behind it (so a GUI thread that falls behind makes later
//   batches drop whole; they are counted in TraceBatch::dropped and NodeSnapshot::droppedBatches);
// - messageDelivered / routerEvents for applications such as the CLI (also emitted per tick).
// Optional: NodeHostConfig::recordPath writes every trace event (before any dropping) with
// trace::RecordingWriter on the node thread; metrics: attachMetrics(server) feeds a
// MetricsServer living on its own (e.g. the GUI) thread.

#include "core/host/host.h"
#include "core/node/node.h"
#include "core/qt/observationsource.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;
class QTimer;

namespace meshscope::coreqt {

class TcpHost;
class MetricsServer;
class NodeWorker;

struct NodeHostConfig {
    node::NodeConfig node;                                  // router profile, sign policy, msg id
    host::HostConfig host;                                  // identity, agent, muxers, limits
    QStringList listen{QStringLiteral("/ip4/127.0.0.1/tcp/0")}; // listen multiaddrs
    QStringList topics;                                     // subscribed at start
    int snapshotIntervalMs = 50;                            // snapshot/batch tick (>= 50: at most 20 Hz)
    int maxBatchesInFlight = 16;                            // unconsumed batches before dropping
    bool traceRpcs = true;                                  // trace RPCs with their full meta
    bool scoreUpdates = true;                               // SCORE_UPDATE events once a second (scoring on)
    QString recordPath;                                     // --record FILE; empty: off
};

// Deliveries and router events of one tick, shared read-only.
struct NodeOutput {
    std::vector<gossipsub::Delivery> deliveries;   // validated messages from peers
    std::vector<gossipsub::RouterEvent> events;    // raw router events
};

class NodeHost final : public ObservationSource {
    Q_OBJECT
public:
    // Runs on the node thread with the live node; `now` is the node's clock.
    using NodeTask = std::function<void(node::Node& node, TcpHost& tcp, TimePoint now)>;

    explicit NodeHost(NodeHostConfig config, QObject* parent = nullptr);
    ~NodeHost() override;

    SourceKind kind() const override { return SourceKind::Live; }
    QString description() const override;
    bool acceptsCommands() const override { return true; }

    // Thread-safe: our listen addresses with /p2p/ (empty before started()), and our peer id.
    QStringList listenAddrs() const;
    QString peerId() const;
    // Thread-safe (fixed at construction): the configuration the node runs with, e.g. for peers
    // that must agree with it on the message id function and signing policy (Sandbox).
    const NodeHostConfig& config() const { return m_config; }
    // Thread-safe: batches dropped so far because consumers fell behind.
    std::uint64_t droppedBatches() const { return m_dropped.load(); }

    // Runs `task` on the node thread (e.g. to attach an RPC observer); output is pumped after.
    void runOnNode(NodeTask task);
    // Feeds every snapshot to `server` (queued to the server's thread).
    void attachMetrics(MetricsServer* server);

public Q_SLOTS:
    void start() override;
    void stop() override;
    void dial(quint64 requestId, const QString& multiaddr) override;
    void disconnectPeer(quint64 requestId, const QString& peerId) override;
    void subscribe(quint64 requestId, const QString& topic) override;
    void unsubscribe(quint64 requestId, const QString& topic) override;
    void publish(quint64 requestId, const QString& topic, const QByteArray& data) override;
    void applyParams(quint64 requestId, const meshscope::coreqt::ParamsUpdate& update) override;
    void addDirectPeer(quint64 requestId, const QString& multiaddr) override;
    void removeDirectPeer(quint64 requestId, const QString& peerId) override;

Q_SIGNALS:
    // The node listens (addresses with /p2p/) under `peerId`; or failed to start (errorOccurred).
    void started(const QStringList& listenAddrs, const QString& peerId);
    // A publish succeeded: the message id (raw bytes).
    void published(quint64 requestId, const QString& topic, const QByteArray& messageId);
    // Deliveries and router events of one tick (only emitted when non-empty).
    void nodeOutput(std::shared_ptr<const meshscope::coreqt::NodeOutput> output);
    // A dial failed or a connection could not be upgraded.
    void dialFailed(const QString& addr, const QString& reason);

private:
    friend class NodeWorker;
    // Runs `fn` on the node thread (queued); dropped when not started.
    void post(std::function<void()> fn);
    // Called by the worker (node thread) after it emitted a batch: the ack runs on our thread.
    void batchEmitted();
    void setInfo(const QStringList& addrs, const QString& peer);

    NodeHostConfig m_config;               // configuration (copied to the worker at start)
    std::unique_ptr<QThread> m_thread;     // the node thread
    NodeWorker* m_worker = nullptr;        // lives on m_thread; deleted there by stop()
    std::atomic<int> m_inFlight{0};        // batches emitted, not yet acknowledged on our thread
    std::atomic<std::uint64_t> m_dropped{0}; // batches dropped in total
    mutable QMutex m_infoMutex;            // guards the two fields below
    QStringList m_listenAddrs;             // copy for other threads
    QString m_peerId;                      // copy for other threads
};

} // namespace meshscope::coreqt

Q_DECLARE_METATYPE(std::shared_ptr<const meshscope::coreqt::NodeOutput>)
