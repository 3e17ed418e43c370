#pragma once
// ScorePlot: one peer's score and each component P1..P7 over time (QCustomPlot), with the gossip,
// publish and graylist thresholds as horizontal lines. History per peer is a bounded ring (the
// last 600 snapshots of at most 2,000 peers). Redraws with replot(rpQueuedRefresh) from refresh().

#include "core/trace/nodesnapshot.h"
#include "widgets/models/ringbuffer.h"

#include <QWidget>

#include <array>
#include <map>
#include <string>

class QCustomPlot;

namespace meshscope::widgets {

class ScorePlot : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kHistory = 600; // samples per peer
    static constexpr std::size_t kMaxPeers = 2000; // peers with a history

    explicit ScorePlot(QWidget* parent = nullptr);

    // Records every peer's components from `snapshot` (call for each snapshotAvailable).
    void addSnapshot(const trace::NodeSnapshot& snapshot);
    // The peer plotted.
    void setPeer(const QString& peerId);
    // Redraws if something changed (call from the owner's coalescing timer).
    void refresh();
    // Samples held for `peerId` (tests).
    std::size_t samples(const QString& peerId) const;

private:
    struct Sample {
        double t = 0;                     // seconds
        std::array<double, 9> values{};   // total, p1, p2, p3, p3b, p4, p5, p6, p7
    };
    QCustomPlot* m_plot;                                  // the plot
    std::map<std::string, RingBuffer<Sample>> m_history;  // peer -> samples
    gossipsub::PeerScoreThresholds m_thresholds;              // thresholds drawn
    std::string m_peer;                                   // peer shown
    bool m_dirty = true;                                  // redraw needed
};

} // namespace meshscope::widgets
