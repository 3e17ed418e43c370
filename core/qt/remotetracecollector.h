#pragma once
// RemoteTraceCollector: the collector side of go-libp2p-pubsub's RemoteTracer protocol
// (/libp2p/pubsub/tracer/1.0.0) served on a TcpHost. Any number of traced nodes open the stream
// and send one gzip stream of uvarint-delimited TraceEventBatch messages (BatchStreamDecoder).
//
// Events are kept per ORIGIN peer (TraceEvent.peerID, not the connection that carried them): one
// TracedNode each, with an event count, a SnapshotBuilder and, when a recording directory is set,
// a go traced-style gzip recording <dir>/<peer id>/trace.<unix ns>.pb.gz. The collector is an
// ObservationSource for one selected traced node (selectNode()): every 50 ms (<= 20 Hz) it emits
// that node's new events as one TraceBatch and a snapshot rebuilt from them.
//
// Bad input: a stream sending garbage is reset and only that stream is lost (tracerError names
// the byte offset); other streams, and the events it sent before the damage, are kept.
// Bounds: at most maxStreams tracer streams at once (more are reset), at most maxNodes origin
// peers (events of further origins are counted in overflowEvents() and dropped), decoding in
// bounded steps (one batch <= 4 MiB), and at most maxPendingEvents events held for the selected
// node between ticks (beyond that the held batch is dropped and counted in TraceBatch::dropped).
//
// Differences from go's traced: one file per traced node instead of one for all; no rotation.
// Threading: lives on the TcpHost's thread.

#include "core/qt/observationsource.h"
#include "core/qt/tcphost.h"
#include "core/trace/recordingwriter.h"
#include "core/trace/remotetracercodec.h"
#include "core/trace/snapshotbuilder.h"

#include <QString>
#include <QTimer>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace meshscope::coreqt {

// The RemoteTracer protocol id.
inline constexpr const char* kRemoteTracerProtocol = "/libp2p/pubsub/tracer/1.0.0";

struct CollectorLimits {
    std::size_t maxStreams = 64;          // tracer streams open at once
    std::size_t maxNodes = 256;           // distinct origin peers tracked
    std::size_t maxPendingEvents = 16384; // events held for the selected node between ticks
    std::size_t builderMaxPeers = 2000;   // SnapshotBuilder bound per traced node
    std::size_t builderMaxTopics = 1000;  // SnapshotBuilder bound per traced node
};

// What the collector knows about one origin peer.
struct TracedNode {
    QString peerId;             // base58 origin peer id (or "hex:<bytes>" if not a peer id)
    std::uint64_t events = 0;   // events received from it
    QString recordingPath;      // its recording file ("" when not recording)
};

class RemoteTraceCollector final : public ObservationSource {
    Q_OBJECT
public:
    static constexpr int kTickMs = 50; // snapshot period (20 Hz)

    // Serves the tracer protocol on `host` (which must outlive the collector).
    explicit RemoteTraceCollector(TcpHost& host, CollectorLimits limits = {}, QObject* parent = nullptr);
    ~RemoteTraceCollector() override;

    // Records each traced node's events under `dir` (created if missing); call before events arrive.
    Status setRecordingDir(const QString& dir);

    SourceKind kind() const override { return SourceKind::Live; }
    QString description() const override;

    // The traced nodes seen so far, in order of first appearance.
    std::vector<TracedNode> nodes() const;
    // Events received from origin `peerId` (base58); 0 if unknown.
    std::uint64_t eventCount(const QString& peerId) const;
    // Events received in total, and those dropped because maxNodes was reached.
    std::uint64_t totalEvents() const { return m_totalEvents; }
    std::uint64_t overflowEvents() const { return m_overflowEvents; }
    // Tracer streams open now, and streams lost to errors or limits so far.
    std::size_t streamCount() const { return m_streams.size(); }
    std::uint64_t failedStreams() const { return m_failedStreams; }

    // The traced node this source shows ("" = none yet; the first node seen is chosen then).
    QString selectedNode() const { return m_selected; }
    // Shows `peerId` from now on: emits its current snapshot at the next tick.
    void selectNode(const QString& peerId);
    // The selected node's current snapshot (empty snapshot if none).
    trace::NodeSnapshot snapshot() const;

    // Flushes and closes every recording (also done by the destructor).
    void closeRecordings();

public Q_SLOTS:
    void start() override;
    void stop() override;

Q_SIGNALS:
    // A traced node opened the tracer stream (`remotePeer` is the connection's peer).
    void tracerConnected(const QString& remotePeer);
    // A tracer stream ended cleanly (remote closed it) or was reset by the remote.
    void tracerDisconnected(const QString& remotePeer, const QString& reason);
    // A tracer stream was reset by us because of bad input or limits; `reason` names the offset.
    void tracerError(const QString& remotePeer, const QString& reason);
    // The first event from a new origin peer arrived.
    void nodeAdded(const QString& peerId);

private:
    struct Stream {
        QString remotePeer;                 // connection's peer (base58)
        trace::BatchStreamDecoder decoder;  // this stream's gzip + framing state
        std::uint64_t bytesIn = 0;          // compressed bytes received
    };
    struct Node {
        TracedNode info;                              // public view
        std::unique_ptr<trace::SnapshotBuilder> builder; // folds its events
        std::unique_ptr<trace::RecordingWriter> writer;  // its recording, if any
        bool dirty = false;                           // events since the last snapshot emitted
    };

    void onStreamOpened(const host::StreamOpened& event);
    void onStreamData(const host::StreamData& event);
    void onStreamClosed(const host::StreamClosed& event);
    void onStreamReset(const host::StreamReset& event);
    void fail(host::StreamHandle handle, const QString& reason);
    void deliver(const std::vector<trace::TraceEventBatch>& batches, const QString& fallbackOrigin);
    Node* nodeFor(const std::string& originBytes, const QString& fallbackOrigin);
    void onTick();

    TcpHost& m_host;                                   // carries the streams
    CollectorLimits m_limits;                          // bounds
    std::map<host::StreamHandle, Stream> m_streams;    // open tracer streams
    std::map<std::string, Node> m_nodes;               // origin peerID bytes -> node
    std::vector<std::string> m_order;                  // origins in order of appearance
    std::map<QString, std::string> m_byText;           // base58 -> origin bytes
    QString m_recordingDir;                            // "" = no recordings
    QString m_selected;                                // shown node ("" = first seen)
    std::vector<trace::TraceEvent> m_pending;          // selected node's events since the last tick
    std::uint64_t m_droppedBatches = 0;                // pending batches dropped (over the cap)
    std::uint64_t m_batchSeq = 0;                      // batch numbering
    std::uint64_t m_snapshotSeq = 0;                   // snapshot numbering
    bool m_selectionChanged = false;                   // emit a snapshot at the next tick
    std::uint64_t m_totalEvents = 0;                   // events received
    std::uint64_t m_overflowEvents = 0;                // events of origins beyond maxNodes
    std::uint64_t m_failedStreams = 0;                 // streams reset for errors or limits
    QTimer m_timer;                                    // the 50 ms tick
};

} // namespace meshscope::coreqt
