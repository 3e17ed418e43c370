#include "widgets/mesh/topologyview.h"

#include "widgets/models/palettecolours.h"
#include "widgets/models/peerselection.h"
#include "widgets/models/peersmodel.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numbers>

namespace meshscope::widgets {

namespace {

constexpr qint64 kPulseMs = 600; // how long an arrival pulse glows

QColor scoreColour(const trace::PeerSnapshot* p, const QPalette& pal)
{
    if (!p || !p->score.known)
        return pal.color(QPalette::Mid);
    const double s = std::clamp(p->score.total / 20.0, -1.0, 1.0);
    if (s >= 0)
        return QColor::fromRgbF(static_cast<float>(0.55 - 0.4 * s), static_cast<float>(0.6 + 0.2 * s),
            static_cast<float>(0.55 - 0.3 * s));
    return QColor::fromRgbF(static_cast<float>(0.6 - 0.25 * s), static_cast<float>(0.55 + 0.35 * s),
        static_cast<float>(0.55 + 0.35 * s));
}

} // namespace

TopologyView::TopologyView(PeerSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
{
    setMinimumSize(240, 200);
    setMouseTracking(false);
    m_clock.start();
    m_animation.setInterval(50);
    connect(&m_animation, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        std::erase_if(m_pulses, [now](const auto& kv) { return now - kv.second > kPulseMs; });
        if (m_pulses.empty())
            m_animation.stop();
        update();
    });
    if (m_selection)
        connect(m_selection, &PeerSelection::peerChanged, this, qOverload<>(&QWidget::update));
}

void TopologyView::setTopic(const QString& topic)
{
    m_topic = topic;
    layoutPeers();
    update();
}

void TopologyView::setSnapshot(const trace::NodeSnapshot& snapshot)
{
    m_snapshot = snapshot;
    if (m_topic.isEmpty() || !m_snapshot.findTopic(m_topic.toStdString())) {
        for (const auto& t : m_snapshot.topics)
            if (t.subscribed) {
                m_topic = QString::fromStdString(t.topic);
                break;
            }
    }
    layoutPeers();
    update();
}

void TopologyView::addBatch(const coreqt::TraceBatch& batch)
{
    if (!batch.events || m_topic.isEmpty())
        return;
    const std::string topic = m_topic.toStdString();
    const qint64 now = m_clock.elapsed();
    for (const auto& ev : *batch.events) {
        if (trace::rawType(ev) != pb::trace::TraceEvent::DELIVER_MESSAGE
            || ev.delivermessage().topic() != topic)
            continue;
        const std::string from = trace::peerText(asBytes(ev.delivermessage().receivedfrom()));
        if (m_pos.count(from))
            m_pulses[from] = now;
    }
    if (!m_pulses.empty() && !m_animation.isActive())
        m_animation.start();
}

void TopologyView::layoutPeers()
{
    m_pos.clear();
    const trace::TopicSnapshot* t = m_snapshot.findTopic(m_topic.toStdString());
    if (!t)
        return;
    std::vector<std::string> inner = t->mesh;
    std::vector<std::string> outer;
    for (const auto& id : t->peers)
        if (!std::binary_search(inner.begin(), inner.end(), id))
            outer.push_back(id);
    for (const auto& id : t->fanout)
        if (std::find(outer.begin(), outer.end(), id) == outer.end()
            && !std::binary_search(inner.begin(), inner.end(), id))
            outer.push_back(id);
    auto place = [this](const std::vector<std::string>& ids, double radius, double phase) {
        const double n = static_cast<double>(std::max<std::size_t>(ids.size(), 1));
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const double a = phase + 2 * std::numbers::pi * static_cast<double>(i) / n;
            m_pos[ids[i]] = QPointF(radius * std::cos(a), radius * std::sin(a));
        }
    };
    place(inner, 0.45, -std::numbers::pi / 2);
    place(outer, 0.85, -std::numbers::pi / 2 + 0.1);
}

QPointF TopologyView::toWidget(const QPointF& scene) const
{
    const double r = 0.45 * std::min(width(), height()) * m_zoom;
    return QPointF(width() / 2.0, height() / 2.0) + m_pan + scene * r;
}

QPointF TopologyView::peerPosition(const QString& id) const
{
    auto it = m_pos.find(id.toStdString());
    return it == m_pos.end() ? QPointF(-1, -1) : toWidget(it->second);
}

QString TopologyView::peerAt(const QPointF& pos) const
{
    const double radius = std::max(6.0, 9.0 * m_zoom) + 3;
    for (const auto& [id, scene] : m_pos) {
        const QPointF d = toWidget(scene) - pos;
        if (d.x() * d.x() + d.y() * d.y() <= radius * radius)
            return QString::fromStdString(id);
    }
    return {};
}

void TopologyView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    // hundreds of peers: skip antialiasing and most labels (the GUI thread budget is ~20% of a core)
    const bool crowded = m_pos.size() > 150;
    p.setRenderHint(QPainter::Antialiasing, !crowded);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const trace::TopicSnapshot* t = m_snapshot.findTopic(m_topic.toStdString());
    const QPointF centre = toWidget({ 0, 0 });
    if (!t) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("No topic to show yet"));
        return;
    }
    const QString selected = m_selection ? m_selection->peer() : QString();
    const double nodeR = std::max(6.0, 9.0 * m_zoom);
    const qint64 now = m_clock.elapsed();
    // band rings: D_low, D, D_high as guide circles around the inner ring
    p.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    p.setBrush(Qt::NoBrush);
    const double rInner = 0.45 * 0.45 * std::min(width(), height()) * m_zoom;
    p.drawEllipse(centre, rInner / 0.45 * 0.45, rInner / 0.45 * 0.45);
    // edges
    for (const auto& [id, scene] : m_pos) {
        const trace::PeerSnapshot* peer = m_snapshot.findPeer(id);
        const bool inMesh = std::binary_search(t->mesh.begin(), t->mesh.end(), id);
        const bool inFanout = std::find(t->fanout.begin(), t->fanout.end(), id) != t->fanout.end();
        const bool inGossip = std::find(t->gossip.begin(), t->gossip.end(), id) != t->gossip.end();
        QPen pen(pal.color(QPalette::Text), 1);
        if (peer && peer->direct)
            pen.setStyle(Qt::DashDotLine);
        else if (inMesh)
            pen.setWidthF(2.2);
        else if (inFanout)
            pen.setStyle(Qt::DashLine);
        else if (inGossip)
            pen.setStyle(Qt::DotLine);
        else
            continue;
        if (!inMesh)
            pen.setColor(pal.color(QPalette::Mid));
        p.setPen(pen);
        const QPointF to = toWidget(scene);
        p.drawLine(centre, to);
        if (peer && peer->direction == trace::PeerDirection::Outbound) {
            const QPointF d = to - centre;
            const double len = std::hypot(d.x(), d.y());
            if (len > nodeR * 3) {
                const QPointF u = d / len;
                const QPointF tip = to - u * (nodeR + 2);
                const QPointF n(-u.y(), u.x());
                QPolygonF head { tip, tip - u * 8 + n * 4, tip - u * 8 - n * 4 };
                p.setBrush(pen.color());
                p.setPen(Qt::NoPen);
                p.drawPolygon(head);
                p.setBrush(Qt::NoBrush);
            }
        }
    }
    // nodes
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    for (const auto& [id, scene] : m_pos) {
        const trace::PeerSnapshot* peer = m_snapshot.findPeer(id);
        const QPointF at = toWidget(scene);
        auto pulse = m_pulses.find(id);
        if (pulse != m_pulses.end() && now - pulse->second < kPulseMs) {
            const double f = 1.0 - static_cast<double>(now - pulse->second) / kPulseMs;
            QColor glow = pal.color(QPalette::Highlight);
            glow.setAlphaF(static_cast<float>(0.5 * f));
            p.setPen(Qt::NoPen);
            p.setBrush(glow);
            p.drawEllipse(at, nodeR * (1.4 + 0.8 * (1 - f)), nodeR * (1.4 + 0.8 * (1 - f)));
        }
        p.setBrush(scoreColour(peer, pal));
        const bool isSelected = QString::fromStdString(id) == selected;
        p.setPen(QPen(
            isSelected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Shadow), isSelected ? 3 : 1));
        p.drawEllipse(at, nodeR, nodeR);
        if (crowded && !isSelected && m_zoom < 2.5)
            continue;
        p.setPen(pal.color(QPalette::Text));
        QString label = PeersModel::shortId(id).left(8);
        for (const auto& b : m_snapshot.backoffs) {
            if (b.peer == id && b.topic == m_topic.toStdString() && b.expires > m_snapshot.time) {
                const double left = std::chrono::duration<double>(b.expires - m_snapshot.time).count();
                label += tr(" (backoff %1 s)").arg(static_cast<int>(left + 0.5));
            }
        }
        p.drawText(at + QPointF(nodeR + 3, 4), label);
    }
    // our node
    p.setBrush(pal.color(QPalette::Highlight));
    p.setPen(QPen(pal.color(QPalette::Shadow), 1));
    p.drawEllipse(centre, nodeR * 1.6, nodeR * 1.6);
    p.setPen(pal.color(QPalette::HighlightedText));
    p.drawText(QRectF(centre - QPointF(nodeR * 1.6, nodeR * 1.6), QSizeF(nodeR * 3.2, nodeR * 3.2)),
        Qt::AlignCenter, tr("us"));
    // band legend
    p.setFont(font());
    p.setPen(pal.color(QPalette::Text));
    const int mesh = static_cast<int>(t->mesh.size());
    const QString band = tr("%1 — mesh %2 (D_low %3, D %4, D_high %5), fanout %6, gossip %7")
                             .arg(m_topic)
                             .arg(mesh)
                             .arg(t->Dlo)
                             .arg(t->D)
                             .arg(t->Dhi)
                             .arg(t->fanout.size())
                             .arg(t->gossip.size());
    p.drawText(QRectF(8, 4, width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter, band);
    // band gauge: a bar from 0 to D_high+2 with the band marked
    const double gx = 8, gy = 26, gw = std::min(260.0, width() - 16.0), gh = 8;
    const double maxV = std::max(t->Dhi + 2, mesh + 1);
    auto xOf = [&](double v) { return gx + gw * v / maxV; };
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Midlight));
    p.drawRect(QRectF(gx, gy, gw, gh));
    QColor bandColour = statusColour(StatusColour::Good, pal);
    bandColour.setAlpha(120);
    p.setBrush(bandColour);
    p.drawRect(QRectF(xOf(t->Dlo), gy, xOf(t->Dhi) - xOf(t->Dlo), gh));
    p.setBrush(statusColour(mesh < t->Dlo || mesh > t->Dhi ? StatusColour::Bad : StatusColour::Good, pal));
    p.drawRect(QRectF(gx, gy + 2, xOf(mesh) - gx, gh - 4));
    p.setPen(QPen(pal.color(QPalette::Text), 1));
    p.drawLine(QPointF(xOf(t->D), gy - 2), QPointF(xOf(t->D), gy + gh + 2));
    // legend
    const QString legend
        = tr("solid: mesh · dashed: fanout · dotted: gossip · dash-dot: direct · arrow: we dialed");
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(8, height() - 22, width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter, legend);
}

void TopologyView::wheelEvent(QWheelEvent* event)
{
    const double factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
    m_zoom = std::clamp(m_zoom * factor, 0.3, 6.0);
    update();
    event->accept();
}

void TopologyView::mousePressEvent(QMouseEvent* event)
{
    m_dragFrom = event->position();
    m_dragging = true;
    m_dragged = false;
}

void TopologyView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    const QPointF d = event->position() - m_dragFrom;
    if (std::abs(d.x()) + std::abs(d.y()) > 3)
        m_dragged = true;
    if (m_dragged) {
        m_pan += d;
        m_dragFrom = event->position();
        update();
    }
}

void TopologyView::mouseReleaseEvent(QMouseEvent* event)
{
    m_dragging = false;
    if (!m_dragged && m_selection)
        m_selection->select(peerAt(event->position()));
}

} // namespace meshscope::widgets
