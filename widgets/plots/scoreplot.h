#pragma once
// ScorePlot: one peer's score and each component P1..P7 over time (QCustomPlot), with the gossip,
// publish and graylist thresholds as horizontal lines, and markers for the events that moved a
// component: GRAFT and PRUNE (P1/P3/P3b, from the trace events), invalid messages (P4, REJECT_MESSAGE
// events), broken IWANT promises and other behaviour penalties (P7, from the snapshots' counters).
// Each marker sits on the curve of the component it moves; the legend names the kinds and hovering
// a marker shows what happened (tooltip). Colours come from the palette and follow PaletteChange.
// History per peer is bounded (the last 600 snapshots and 200 markers of at most 2,000 peers).
// Redraws with replot(rpQueuedRefresh) from refresh().

#include "core/qt/observationsource.h"
#include "core/trace/nodesnapshot.h"
#include "widgets/models/ringbuffer.h"

#include <QWidget>

#include <array>
#include <map>
#include <string>
#include <vector>

class QCustomPlot;

namespace meshscope::widgets {

class ScorePlot : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kHistory = 600; // samples per peer
    static constexpr std::size_t kMaxPeers = 2000; // peers with a history
    static constexpr std::size_t kMarkers = 200; // markers per peer

    // What a marker stands for.
    enum class MarkerKind { Graft, Prune, InvalidMessage, BrokenPromise, Penalty, Count };

    explicit ScorePlot(QWidget* parent = nullptr);

    // Records every peer's components from `snapshot` (call for each snapshotAvailable).
    void addSnapshot(const trace::NodeSnapshot& snapshot);
    // Records the GRAFT, PRUNE and REJECT_MESSAGE events of `batch` as markers (call for each
    // eventsAvailable).
    void addBatch(const coreqt::TraceBatch& batch);
    // The peer plotted.
    void setPeer(const QString& peerId);
    // Redraws if something changed (call from the owner's coalescing timer).
    void refresh();
    // Samples held for `peerId` (tests).
    std::size_t samples(const QString& peerId) const;
    // Markers of `kind` held for `peerId` (tests).
    std::size_t markers(const QString& peerId, MarkerKind kind) const;
    // Markers of `kind` drawn for the peer shown at the last refresh (tests).
    int drawnMarkers(MarkerKind kind) const;
    // The tooltip text for a marker within a few pixels of `pos` (widget coordinates), or empty.
    QString markerTextAt(const QPoint& pos) const;
    // The plot widget (tests render it).
    QWidget* plotWidget() const;
    // Where the point (`secondsAgo` before the newest sample, `value`) is drawn, in this widget's
    // coordinates, after a synchronous replot (tests).
    QPoint pixelOf(double secondsAgo, double value);
    // The legend's entries (tests).
    QStringList legendNames() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Sample {
        double t = 0; // seconds
        std::array<double, 9> values {}; // total, p1, p2, p3, p3b, p4, p5, p6, p7
    };
    struct Marker {
        double t = 0; // seconds
        MarkerKind kind = MarkerKind::Graft; // what happened
        QString detail; // topic, reason or count
    };
    struct PeerHistory {
        RingBuffer<Sample> samples { kHistory }; // components over time
        RingBuffer<Marker> markers { kMarkers }; // events that moved them
        std::uint64_t brokenPromises = 0; // counter at the last snapshot
        std::uint64_t penalties = 0; // counter at the last snapshot
        bool seen = false; // a snapshot set the counters
    };
    PeerHistory* historyOf(const std::string& peer);
    void applyPalette();

    QCustomPlot* m_plot; // the plot
    std::map<std::string, PeerHistory> m_history; // peer -> samples and markers
    gossipsub::PeerScoreThresholds m_thresholds; // thresholds drawn
    std::string m_peer; // peer shown
    double m_tEnd = 0; // time (s) of x = 0 at the last refresh
    std::vector<Marker> m_drawn; // markers drawn at the last refresh
    bool m_dirty = true; // redraw needed
};

} // namespace meshscope::widgets
