#pragma once
// RemoteTraceClient: Meshscope as a go-libp2p-pubsub RemoteTracer. Given a collector multiaddr
// (with /p2p/) and a TcpHost, it dials the collector, opens /libp2p/pubsub/tracer/1.0.0 and sends
// our trace events as one gzip stream of uvarint-delimited TraceEventBatch messages.
//
// As go: a batch is cut when 16 events are waiting or 1 s after the first of them, and the gzip
// stream is sync-flushed after each batch (BatchStreamEncoder). Batches wait in a bounded queue
// while there is no stream; beyond maxQueuedBatches the oldest are dropped and counted. When the
// collector goes away (dial failure, reset, disconnect) the client reconnects with exponential
// backoff (minBackoff doubling to maxBackoff) and starts a new gzip stream.
//
// Differences from go: go bounds its buffer in events (64Ki) and drops the newest; we bound whole
// batches and drop the oldest, so a reconnecting collector sees the most recent history.
// Threading: lives on the TcpHost's thread; connect NodeHost::eventsAvailable queued to addEvents.

#include "core/qt/observationsource.h"
#include "core/qt/tcphost.h"
#include "core/trace/remotetracercodec.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace meshscope::coreqt {

struct RemoteTraceClientOptions {
    std::size_t batchEvents = 16;       // events per batch (go's 16)
    int batchIntervalMs = 1000;         // a partial batch waits at most this long (go's 1 s)
    std::size_t maxQueuedBatches = 1024; // batches held while disconnected; oldest dropped beyond
    int minBackoffMs = 1000;            // first reconnect delay
    int maxBackoffMs = 30000;           // reconnect delay cap
};

class RemoteTraceClient final : public QObject {
    Q_OBJECT
public:
    // Sends to `collector` (must contain /p2p/) through `host` (which must outlive the client).
    RemoteTraceClient(TcpHost& host, multiformats::Multiaddr collector, RemoteTraceClientOptions options = {},
                      QObject* parent = nullptr);
    ~RemoteTraceClient() override;

    // True while the tracer stream is open.
    bool isConnected() const { return m_state == State::Open; }
    // Events and batches written to a stream so far.
    std::uint64_t sentEvents() const { return m_sentEvents; }
    std::uint64_t sentBatches() const { return m_sentBatches; }
    // Batches (and their events) dropped because the queue was full.
    std::uint64_t droppedBatches() const { return m_droppedBatches; }
    std::uint64_t droppedEvents() const { return m_droppedEvents; }
    // Batches waiting for a stream, and events waiting for a batch.
    std::size_t queuedBatches() const { return m_queue.size(); }
    std::size_t pendingEvents() const { return m_pending.size(); }
    // Stream (re)connections so far.
    std::uint64_t connections() const { return m_connections; }

public Q_SLOTS:
    // Starts connecting (and keeps reconnecting until stop()).
    void start();
    // Cuts a batch of the waiting events, sends what it can, ends the gzip stream and closes it.
    void stop();
    // Feeds events (connect an ObservationSource's eventsAvailable here).
    void addEvents(const meshscope::coreqt::TraceBatch& batch);
    // Feeds one event.
    void addEvent(const meshscope::trace::TraceEvent& event);
    // Cuts a batch of the waiting events now and sends it if connected.
    void flush();

Q_SIGNALS:
    // The tracer stream opened (true) or was lost (false).
    void connectedChanged(bool connected);
    // Why a connection attempt or the stream failed (for logs).
    void connectionFailed(const QString& reason);

private:
    enum class State { Idle, Dialing, Opening, Open, Backoff };

    void connectNow();
    void openStream();
    void lost(const QString& reason);
    void sendQueued();
    void onPeerConnected(const host::PeerConnected& event);
    void onPeerDisconnected(const host::PeerDisconnected& event);
    void onDialFailed(const QString& addr, const QString& reason);
    void onStreamOpened(const host::StreamOpened& event);
    void onStreamReset(const host::StreamReset& event);

    TcpHost& m_host;                               // carries the stream
    multiformats::Multiaddr m_collector;           // collector address with /p2p/
    multiformats::PeerId m_collectorPeer;          // its peer id
    RemoteTraceClientOptions m_options;            // batching, queue and backoff settings
    State m_state = State::Idle;                   // connection state
    std::optional<host::StreamHandle> m_stream;    // the tracer stream (Opening/Open)
    std::unique_ptr<trace::BatchStreamEncoder> m_encoder; // this stream's gzip state
    std::vector<trace::TraceEvent> m_pending;      // events waiting for a batch
    std::deque<trace::TraceEventBatch> m_queue;    // batches waiting for the stream
    int m_backoffMs = 0;                           // next reconnect delay
    QTimer m_batchTimer;                           // cuts a partial batch after batchIntervalMs
    QTimer m_reconnectTimer;                       // backoff before reconnecting
    std::uint64_t m_sentEvents = 0;                // events written
    std::uint64_t m_sentBatches = 0;               // batches written
    std::uint64_t m_droppedBatches = 0;            // batches dropped (queue full)
    std::uint64_t m_droppedEvents = 0;             // events in dropped batches
    std::uint64_t m_connections = 0;               // streams opened
};

} // namespace meshscope::coreqt
