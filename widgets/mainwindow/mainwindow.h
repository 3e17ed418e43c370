#pragma once
// MainWindow: the composition of pages over one ObservationSource (live node, recording,
// simulation or synthetic; views never know which). The topology is the central widget; peers,
// topics, traffic, message log, timeline, publish and parameters are dock widgets whose layout is
// saved in QSettings. Snapshots and batches are queued and applied by a 100 ms timer (the newest
// snapshot only, every batch in one insert per log); plots redraw on a 200 ms coalescing timer. The status bar shows our peer id, peers, topics and messages per second.

#include "core/qt/observationsource.h"
#include "widgets/models/trafficstats.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;

namespace meshscope::widgets {

class CommandClient;
class EventTimelineModel;
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

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows `source` (not owned; may live on another thread). Replaces the previous one.
    void setSource(coreqt::ObservationSource* source);
    coreqt::ObservationSource* source() const { return m_source; }

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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildDocks();
    void buildMenus();
    void refreshPlots();
    void updateStatus(const trace::NodeSnapshot& snapshot);

    QPointer<coreqt::ObservationSource> m_source; // current source
    PeerSelection* m_selection;                   // shared selection
    CommandClient* m_commands;                    // commands for the window itself (dial)
    CommandClient* m_topicCommands;               // topics page commands
    CommandClient* m_publishCommands;             // publish page commands
    CommandClient* m_paramCommands;               // parameter editor commands
    PeersModel* m_peers;                          // peers table
    TopicsModel* m_topics;                        // topics table
    MessageLogModel* m_messages;                  // message log
    EventTimelineModel* m_timeline;               // event timeline
    ParamsModel* m_params;                        // parameter editor
    TrafficStats m_traffic;                       // traffic history
    TopologyView* m_topology;                     // central view
    QComboBox* m_topicBox;                        // topic picker for the topology
    ScorePlot* m_scorePlot;                       // score history of the selected peer
    TrafficPlots* m_trafficPlots;                 // traffic panels
    PeersPage* m_peersPage;                       // peers dock
    TopicsPage* m_topicsPage;                     // topics dock
    PublishPage* m_publishPage;                   // publish dock
    ParamsPage* m_paramsPage;                     // parameters dock
    LogPage* m_messagePage;                       // message log dock
    LogPage* m_timelinePage;                      // timeline dock
    QLabel* m_statusPeer;                         // status: our id
    QLabel* m_statusCounts;                       // status: peers, topics, msg/s
    QLabel* m_statusSource;                       // status: source description
    QTimer m_replot;                              // coalesces plot redraws (5 Hz)
    QTimer m_flush;                               // applies pending snapshot/batches (10 Hz)
    std::optional<trace::NodeSnapshot> m_pendingSnapshot; // newest snapshot not yet shown
    std::vector<coreqt::TraceBatch> m_pendingBatches;     // batches not yet shown in the logs
    int m_resortTicks = 0;                        // flushes since the peers table was re-sorted
    bool m_paramsShown = false;                   // parameter editor seeded from the node
    quint64 m_snapshotsSeen = 0;                  // snapshots handled
    quint64 m_eventsSeen = 0;                     // events handled
};

} // namespace meshscope::widgets
