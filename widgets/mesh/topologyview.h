#pragma once
// TopologyView: one topic's neighbourhood drawn around our node: mesh peers on the inner ring,
// other subscribers (gossip, fanout) on the outer ring; edge style by relation (mesh solid,
// fanout dashed, gossip dotted, direct dash-dot; an arrow head marks peers we dialed), node
// colour by score, backoff countdowns, the mesh size against D_low / D / D_high, and a pulse for
// each message that arrives. Wheel zooms, drag pans, click selects a peer everywhere (through the
// shared PeerSelection). Painting happens only on update(), which Qt coalesces.

#include "core/qt/observationsource.h"
#include "core/trace/nodesnapshot.h"

#include <QElapsedTimer>
#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <deque>
#include <map>
#include <string>

namespace meshscope::widgets {

class PeerSelection;

class TopologyView : public QWidget {
    Q_OBJECT
public:
    explicit TopologyView(PeerSelection* selection, QWidget* parent = nullptr);

    // Shows `snapshot` (call for each snapshotAvailable).
    void setSnapshot(const trace::NodeSnapshot& snapshot);
    // Animates message arrivals of `batch`.
    void addBatch(const coreqt::TraceBatch& batch);
    // The topic drawn; empty picks the first subscribed topic.
    void setTopic(const QString& topic);
    QString topic() const { return m_topic; }
    // The peer under widget position `pos`, empty when none.
    QString peerAt(const QPointF& pos) const;
    // Where peer `id` is drawn (widget coordinates), for tests.
    QPointF peerPosition(const QString& id) const;

    QSize sizeHint() const override { return {640, 480}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void layoutPeers();
    QPointF toWidget(const QPointF& scene) const;

    PeerSelection* m_selection;              // shared selection
    trace::NodeSnapshot m_snapshot;          // last snapshot
    QString m_topic;                         // topic shown
    std::map<std::string, QPointF> m_pos;    // peer -> scene position (unit circle coordinates)
    std::map<std::string, qint64> m_pulses;  // peer -> time of its last arrival (ms, m_clock)
    QElapsedTimer m_clock;                   // animation clock
    QTimer m_animation;                      // repaint ticks while pulses fade (<= 20 Hz)
    double m_zoom = 1.0;                     // zoom factor
    QPointF m_pan;                           // pan offset in pixels
    QPointF m_dragFrom;                      // drag start
    bool m_dragging = false;                 // a pan drag is in progress
    bool m_dragged = false;                  // the mouse moved since press
};

} // namespace meshscope::widgets
