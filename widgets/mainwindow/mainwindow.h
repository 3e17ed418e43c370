#pragma once
// MainWindow: the composition of pages over one ObservationSource (live node, recording,
// simulation or synthetic; views never know which). The topology is the central widget; peers,
// topics, traffic, message log, timeline, publish and parameters are dock widgets whose layout is
// saved in QSettings. Snapshots and batches are queued and applied by a 100 ms timer (the newest
// snapshot only, every batch in one insert per log); plots redraw on a 200 ms coalescing timer. The status
// bar shows our peer id, peers, topics and messages per second.

#include "core/qt/observationsource.h"
#include "widgets/models/messagestore.h"
#include "widgets/models/trafficstats.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;

namespace meshscope::coreqt {
class NodeHost;
class RecordingPlayer;
class RemoteTraceCollector;
class Sandbox;
} // namespace meshscope::coreqt

namespace meshscope::trace {
class RecordingWriter;
}

namespace meshscope::widgets {

class CommandClient;
class EventTimelineModel;
class IdentityPage;
class PlayerBar;
class LogPage;
class MessageLogModel;
class ParamsModel;
class ParamsPage;
class PeerSelection;
class PeersModel;
class PeersPage;
class PublishPage;
class ScorePlot;
class TopicsModel;
class TopicsPage;
class TopologyView;
class TrafficPlots;

// What the identity panel shows about the live node beyond its peer id and addresses.
struct LiveIdentity {
    QString agent; // identify agentVersion
    QString keyFile; // --key FILE; empty: ephemeral
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows `source` (not owned; may live on another thread). Replaces the previous one.
    void setSource(coreqt::ObservationSource* source);
    coreqt::ObservationSource* source() const { return m_source; }

    // The embedded live node (and its sandbox, may be nullptr), neither owned: shown now and
    // whenever "Live node" is chosen again; the sandbox toolbar control stops and restarts it.
    void setLiveNode(coreqt::NodeHost* node, coreqt::Sandbox* sandbox, const LiveIdentity& identity);
    // Replays `path` (any go trace format) with the playback bar. On failure the current source
    // stays, and `error` says why (when nullptr, a dialog does).
    bool openRecording(const QString& path, QString* error = nullptr);
    // Shows the live node again (after a recording or the collector).
    void showLiveNode();
    // Opens the simulation panel (scenario, run/pause, speed, observed node, compare runs).
    void openSimulationPanel();
    // Records every event shown from now on to `path` (format by suffix); false + error on failure.
    bool startRecording(const QString& path, QString* error = nullptr);
    // Ends the session recording (gzip trailer written).
    void stopRecording();
    bool recording() const { return m_recorder != nullptr; }
    // Serves go's RemoteTracer protocol on the live node and shows the traced node picked.
    bool startCollector(QString* error = nullptr);
    // The last error shown to the user in a dialog (tests).
    QString lastError() const { return m_lastError; }

    coreqt::RecordingPlayer* player() const { return m_player; }
    PlayerBar* playerBar() const { return m_playerBar; }
    IdentityPage* identityPage() const { return m_identityPage; }
    QAction* sandboxAction() const { return m_sandboxAction; }
    PeersModel* peersModel() const { return m_peers; }
    TopicsModel* topicsModel() const { return m_topics; }
    MessageLogModel* messageLog() const { return m_messages; }
    EventTimelineModel* timeline() const { return m_timeline; }
    ParamsModel* paramsModel() const { return m_params; }
    PeerSelection* selection() const { return m_selection; }
    TopologyView* topology() const { return m_topology; }
    PeersPage* peersPage() const { return m_peersPage; }
    TopicsPage* topicsPage() const { return m_topicsPage; }
    PublishPage* publishPage() const { return m_publishPage; }
    ParamsPage* paramsPage() const { return m_paramsPage; }
    const TrafficStats& trafficStats() const { return m_traffic; }
    ScorePlot* scorePlot() const { return m_scorePlot; }
    TrafficPlots* trafficPlots() const { return m_trafficPlots; }
    LogPage* messagePage() const { return m_messagePage; }
    const MessageStore& messageStore() const { return m_messageStore; }
    // Snapshots and batches handled so far (tests, benchmark).
    quint64 snapshotsSeen() const { return m_snapshotsSeen; }
    quint64 eventsSeen() const { return m_eventsSeen; }

public Q_SLOTS:
    // Applies one snapshot to every model and view.
    void onSnapshot(const meshscope::trace::NodeSnapshot& snapshot);
    // Applies one batch of trace events.
    void onEvents(const meshscope::coreqt::TraceBatch& batch);
    // Applies the pending snapshot and batches now (the 100 ms timer calls it; tests too).
    void flush();
    // Opens the connect dialog and dials the address.
    void connectToPeer();
    // Dials `multiaddr`; a failure (unreachable peer...) is shown in a dialog and in dialFinished.
    void dialAddress(const QString& multiaddr);

Q_SIGNALS:
    // The outcome of dialAddress().
    void dialFinished(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildDocks();
    void buildMenus();
    void refreshPlots();
    void updateStatus(const trace::NodeSnapshot& snapshot);
    void buildSourceMenu();
    // Shows the playback bar, collector picker and identity that fit the current source.
    void syncSourceControls();
    void showError(const QString& title, const QString& text);
    void openRecordingDialog();
    void toggleRecordingDialog(bool on);
    void dropPlayer();
    void setSandboxRunning(bool run);
    void recordBatch(const coreqt::TraceBatch& batch);

    QPointer<coreqt::ObservationSource> m_source; // current source
    PeerSelection* m_selection; // shared selection
    CommandClient* m_commands; // commands for the window itself (dial)
    CommandClient* m_topicCommands; // topics page commands
    CommandClient* m_publishCommands; // publish page commands
    CommandClient* m_paramCommands; // parameter editor commands
    PeersModel* m_peers; // peers table
    TopicsModel* m_topics; // topics table
    MessageLogModel* m_messages; // message log
    EventTimelineModel* m_timeline; // event timeline
    ParamsModel* m_params; // parameter editor
    TrafficStats m_traffic; // traffic history
    MessageStore m_messageStore; // payloads the live node received (inspector)
    TopologyView* m_topology; // central view
    QComboBox* m_topicBox; // topic picker for the topology
    ScorePlot* m_scorePlot; // score history of the selected peer
    TrafficPlots* m_trafficPlots; // traffic panels
    PeersPage* m_peersPage; // peers dock
    TopicsPage* m_topicsPage; // topics dock
    PublishPage* m_publishPage; // publish dock
    ParamsPage* m_paramsPage; // parameters dock
    LogPage* m_messagePage; // message log dock
    LogPage* m_timelinePage; // timeline dock
    QLabel* m_statusPeer; // status: our id
    QLabel* m_statusCounts; // status: peers, topics, msg/s
    QLabel* m_statusSource; // status: source description
    QTimer m_replot; // coalesces plot redraws (5 Hz)
    QTimer m_flush; // applies pending snapshot/batches (10 Hz)
    std::optional<trace::NodeSnapshot> m_pendingSnapshot; // newest snapshot not yet shown
    std::vector<coreqt::TraceBatch> m_pendingBatches; // batches not yet shown in the logs
    int m_resortTicks = 0; // flushes since the peers table was re-sorted
    bool m_paramsShown = false; // parameter editor seeded from the node
    quint64 m_snapshotsSeen = 0; // snapshots handled
    quint64 m_eventsSeen = 0; // events handled
    QPointer<coreqt::NodeHost> m_node; // the embedded live node (not owned)
    QPointer<coreqt::Sandbox> m_sandbox; // its sandbox (not owned)
    LiveIdentity m_identity; // agent and key file of the live node
    coreqt::RecordingPlayer* m_player = nullptr; // recording being replayed (owned)
    QPointer<coreqt::RemoteTraceCollector> m_collector; // collector on the node thread
    std::unique_ptr<trace::RecordingWriter> m_recorder; // session recording, when on
    QString m_recordPath; // its file
    QString m_lastError; // last error shown in a dialog
    QString m_lastDial; // last address dialled from the dialog
    IdentityPage* m_identityPage = nullptr; // identity dock
    PlayerBar* m_playerBar = nullptr; // playback controls
    QToolBar* m_collectorBar = nullptr; // traced node picker
    QComboBox* m_tracedNodes = nullptr; // traced nodes seen by the collector
    QAction* m_sandboxAction = nullptr; // stop / start the sandbox
    QAction* m_recordAction = nullptr; // record session toggle
    QAction* m_liveAction = nullptr; // back to the live node
    QLabel* m_statusRecord = nullptr; // status: recording indicator
    CommandClient* m_dialCommands = nullptr; // dials from the connect dialog
};

} // namespace meshscope::widgets
