#pragma once
// NodeWorker: NodeHost's half on the node thread. Owns TcpHost, node::Node, the router timer,
// the snapshot/batch tick, the tracer and the optional recording. Internal to NodeHost: every
// method runs on the node thread (NodeHost posts to it).

#include "core/qt/nodehost.h"
#include "core/qt/systemrng.h"
#include "core/trace/recordingwriter.h"
#include "core/trace/routertracer.h"

#include <QObject>

#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace meshscope::coreqt {

class NodeWorker final : public QObject {
public:
    NodeWorker(NodeHost& owner, NodeHostConfig config);
    ~NodeWorker() override;

    // Creates the host and node, listens, subscribes the configured topics, emits started().
    void startNode();
    // Closes every connection and the recording.
    void shutdown();

    void run(const NodeHost::NodeTask& task);
    void dial(quint64 requestId, const QString& multiaddr);
    void disconnectPeer(quint64 requestId, const QString& peerId);
    void subscribe(quint64 requestId, const QString& topic, bool join);
    void publish(quint64 requestId, const QString& topic, const QByteArray& data);
    void applyParams(quint64 requestId, const ParamsUpdate& update);
    void directPeer(quint64 requestId, const QString& text, bool add);

private:
    void connectHost();
    void afterNode();             // collects node output, dials, re-arms the router timer
    void onRouterTimer();
    void onTick();
    void emitBatch();
    void finish(quint64 requestId, bool ok, const QString& message);
    void settleDials(const gossipsub::PeerId& peer, bool ok, const QString& message);

    NodeHost& m_owner;                                // the facade (signals, counters)
    NodeHostConfig m_config;                          // configuration
    SystemRng m_rng;                                  // router randomness
    TcpHost* m_tcp = nullptr;                         // child: sockets and host engine
    std::unique_ptr<node::Node> m_node;               // the node
    std::unique_ptr<trace::RouterTracer> m_tracer;    // router events -> go trace events
    std::unique_ptr<trace::RecordingWriter> m_recorder; // --record, or null
    QTimer* m_routerTimer = nullptr;                  // child: router deadline
    QTimer* m_tickTimer = nullptr;                    // child: snapshot/batch tick
    std::vector<trace::TraceEvent> m_pendingTrace;    // trace events of this tick
    NodeOutput m_pendingOutput;                       // deliveries/events of this tick
    std::map<gossipsub::PeerId, std::vector<quint64>> m_dialRequests; // dial commands awaiting a result
    QStringList m_listenAddrs;                        // our listen addresses with /p2p/
    std::uint64_t m_snapshotSeq = 0;                  // snapshots emitted
    std::uint64_t m_batchSeq = 0;                     // batches emitted
    std::uint64_t m_droppedSinceLast = 0;             // batches dropped since the last emitted one
    std::uint64_t m_traceOverflow = 0;                // trace events dropped over the per-tick bound
    TimePoint m_lastScoreUpdate;                      // last SCORE_UPDATE emission
    bool m_running = false;                           // between startNode() and shutdown()
};

} // namespace meshscope::coreqt
