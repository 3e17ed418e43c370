#pragma once
// ObservationSource: the one interface every view reads (ARCHITECTURE.md rule 4). A live node
// (NodeHost), a recording being replayed (RecordingPlayer), a simulated network and the synthetic
// generator (SyntheticSource) all emit the same two signals:
// - snapshotAvailable(NodeSnapshot): a full value copy, at most ~20 times a second;
// - eventsAvailable(TraceBatch): go trace events since the previous batch, shared immutably.
// Consumers connect with queued connections when the source lives on another thread; a source
// never waits for a consumer. A source that had to drop batches says so in TraceBatch::dropped and
// NodeSnapshot::droppedBatches.
//
// Commands (dial, disconnectPeer, ...) are slots carrying a caller-chosen request id. Each ends
// with exactly one commandFinished(requestId, ok, message). Sources that cannot act (recordings,
// synthetic) answer ok=false "not supported by this source" (the default implementations).
// `disconnect` is spelled disconnectPeer so it does not hide QObject::disconnect.

#include "core/gossipsub/params.h"
#include "core/gossipsub/scoreparams.h"
#include "core/trace/nodesnapshot.h"
#include "core/trace/traceevent.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace meshscope::coreqt {

// A batch of trace events, shared read-only between consumers (copying the handle is cheap).
struct TraceBatch {
    std::shared_ptr<const std::vector<trace::TraceEvent>> events; // in order; never null when emitted
    std::uint64_t sequence = 0; // increases by one per batch emitted by a source
    std::uint64_t dropped = 0;  // batches dropped since the previous emitted one (slow consumer)

    std::size_t size() const { return events ? events->size() : 0; }
};

// New parameters for applyParams(); absent parts are left unchanged.
struct ParamsUpdate {
    std::optional<gossipsub::GossipsubParams> params;          // router parameters
    std::optional<gossipsub::PeerScoreParams> scoreParams;     // score parameters
    std::optional<gossipsub::PeerScoreThresholds> thresholds;  // score thresholds
};

// Where the observations come from.
enum class SourceKind { Live, Recording, Simulation, Synthetic };

// "live", "recording", "simulation", "synthetic".
const char* sourceKindName(SourceKind kind);

class ObservationSource : public QObject {
    Q_OBJECT
public:
    explicit ObservationSource(QObject* parent = nullptr);
    ~ObservationSource() override;

    // What kind of source this is (views adapt: e.g. command buttons only for Live).
    virtual SourceKind kind() const = 0;
    // A one-line human description ("recording trace.pb.gz", "synthetic 1000 peers").
    virtual QString description() const = 0;
    // True when the command slots can act (false: they answer "not supported").
    virtual bool acceptsCommands() const { return false; }

public Q_SLOTS:
    // Starts emitting (sources are created idle so consumers can connect first).
    virtual void start() = 0;
    // Stops emitting; start() may resume.
    virtual void stop() = 0;

    // Dials `multiaddr` (with /p2p/<peer id>).
    virtual void dial(quint64 requestId, const QString& multiaddr);
    // Closes every connection to `peerId` (base58).
    virtual void disconnectPeer(quint64 requestId, const QString& peerId);
    // Joins `topic`.
    virtual void subscribe(quint64 requestId, const QString& topic);
    // Leaves `topic`.
    virtual void unsubscribe(quint64 requestId, const QString& topic);
    // Publishes `data` on `topic`.
    virtual void publish(quint64 requestId, const QString& topic, const QByteArray& data);
    // Applies new parameters to the running router / scoring.
    virtual void applyParams(quint64 requestId, const meshscope::coreqt::ParamsUpdate& update);
    // Adds a direct peer (`multiaddr` with /p2p/).
    virtual void addDirectPeer(quint64 requestId, const QString& multiaddr);
    // Removes a direct peer.
    virtual void removeDirectPeer(quint64 requestId, const QString& peerId);

Q_SIGNALS:
    // A new snapshot (at most ~20 per second).
    void snapshotAvailable(const meshscope::trace::NodeSnapshot& snapshot);
    // Trace events since the previous batch.
    void eventsAvailable(const meshscope::coreqt::TraceBatch& batch);
    // The outcome of the command with `requestId`.
    void commandFinished(quint64 requestId, bool ok, const QString& message);
    // The source ended by itself (a recording reached its end, a node stopped).
    void finished();
    // A problem the user should see (e.g. a corrupt recording: message names the offset).
    void errorOccurred(const QString& message);

protected:
    // Answers `requestId` with "not supported by this source".
    void notSupported(quint64 requestId);
};

} // namespace meshscope::coreqt
