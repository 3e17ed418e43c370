#pragma once
// GossipSession: the gossipsub half of `meshscope-cli node` (issue 3). Subscribes to --topic,
// publishes --publish T=TEXT (TEXT-0 .. TEXT-(N-1), every --publish-interval-ms, starting once a
// peer subscribed to T is connected or after 10 s at most) and reports what the node does as
// events: subscribed, peer_subscribed/peer_unsubscribed, graft/prune (from the control messages
// actually sent and received), message, published, publish_failed, rejected and periodic stats.
// --record FILE writes go's trace events (router events, plus RPCs with their full meta);
// --remote-trace MULTIADDR sends the same events to a go RemoteTracer collector;
// --metrics HOST:PORT serves the node's snapshot as Prometheus text, refreshed every second.

#include "app/cli/jsonevents.h"
#include "app/cli/nodedriver.h"
#include "app/cli/nodeoptions.h"
#include "core/base/result.h"
#include "core/qt/metricsserver.h"
#include "core/qt/remotetraceclient.h"
#include "core/trace/recordingwriter.h"
#include "core/trace/routertracer.h"

#include <QElapsedTimer>
#include <QTimer>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>

namespace meshscope::cli {

// The node configuration the options ask for: --profile preset, then --params over it, sign
// policy and message id function. Errors name the option (and the file's bad key).
Result<node::NodeConfig> nodeConfigFrom(const NodeOptions& options);

class GossipSession {
public:
    // `driver`, `writer` and `summary` must outlive the session.
    GossipSession(const NodeOptions& options, coreqt::TcpHost& tcp, NodeDriver& driver, EventWriter& writer,
        Summary& summary);
    GossipSession(const GossipSession&) = delete;
    GossipSession& operator=(const GossipSession&) = delete;

    // Opens the recording, subscribes, arms the publisher and the stats timer. Call once, after
    // listening; an error (the recording cannot be opened) means the node should not run.
    Status start();
    // Writes a last stats event and stops the timers. Call before the summary.
    void finish();

private:
    void drain();
    void onRpc(const gossipsub::PeerId& peer, bool received, const pb::rpc::RPC& rpc, TimePoint now);
    void maybeStartPublishing();
    // Publishes the next message(s) (a burst at interval 0) unless the output backlog is full.
    void publishNext();
    // Publishes message m_nextIndex.
    void publishOne();
    // Restarts paused publishing once the output backlog has drained to half. Call after output moved.
    void resumeIfDrained();
    void writeStats();
    void record(trace::TraceEvent event);
    // Base58 text of the peer id `bytes` (hex when not a valid peer id), remembered per peer.
    const QString& peerIdText(const std::string& bytes);

    const NodeOptions& m_options; // what the command line asked for
    NodeDriver& m_driver; // the node and its I/O
    EventWriter& m_writer; // event output
    Summary& m_summary; // counters for the summary event
    QTimer m_statsTimer; // periodic stats
    QTimer m_publishTimer; // publish pacing (and waiting for a subscriber)
    QElapsedTimer m_publishWait; // since start: publishing begins after 10 s at most
    bool m_publishing = false; // the first message went out (or was attempted)
    int m_nextIndex = 0; // index of the next payload TEXT-i
    bool m_publishPaused = false; // publishing waits for the output backlog to drain
    std::map<gossipsub::TopicId, std::set<gossipsub::PeerId>> m_topicPeers; // who is subscribed to what
    coreqt::TcpHost& m_tcp; // the host (remote tracer streams)
    std::unique_ptr<trace::RouterTracer>
        m_tracer; // router events -> go trace events (--record, --remote-trace)
    coreqt::RemoteTraceClient* m_remoteTrace = nullptr; // --remote-trace client (child of m_tcp)
    std::unique_ptr<trace::RecordingWriter> m_recorder; // the --record file
    QTimer m_recordFlush; // flushes the recording once a second
    std::int64_t m_unixOffsetNs = 0; // unix time minus steady time (trace timestamps)
    std::unique_ptr<coreqt::MetricsServer> m_metrics; // the --metrics endpoint
    QTimer m_metricsRefresh; // feeds it a snapshot once a second
    std::uint64_t m_snapshotSequence = 0; // snapshots handed to m_metrics
    std::unordered_map<std::string, QString> m_peerIdTexts; // peerIdText() cache (cleared past 4096)
};

} // namespace meshscope::cli
