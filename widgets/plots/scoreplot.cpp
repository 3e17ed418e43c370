#include "widgets/plots/scoreplot.h"

#include "core/trace/traceevent.h"
#include "widgets/models/palettecolours.h"
#include "widgets/plots/plotpalette.h"

#undef QT_NO_FOREACH
#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace meshscope::widgets {

namespace {

constexpr int kComponents = 9; // graphs 0..8: score, P1..P7 (P3b included)
constexpr int kThresholds = 3; // graphs 9..11
constexpr int kFirstMarker = kComponents + kThresholds;
constexpr int kMarkerKinds = static_cast<int>(ScorePlot::MarkerKind::Count);

// The value index (0 = score, 1 = P1, ... 4 = P3b, 5 = P4, 8 = P7) a marker kind sits on.
std::size_t componentOf(ScorePlot::MarkerKind kind)
{
    switch (kind) {
    case ScorePlot::MarkerKind::Graft:
        return 1; // P1 starts counting
    case ScorePlot::MarkerKind::Prune:
        return 4; // P3b may apply
    case ScorePlot::MarkerKind::InvalidMessage:
        return 5; // P4
    case ScorePlot::MarkerKind::BrokenPromise:
    case ScorePlot::MarkerKind::Penalty:
    case ScorePlot::MarkerKind::Count:
        return 8; // P7
    }
    return 0;
}

QString kindName(ScorePlot::MarkerKind kind)
{
    switch (kind) {
    case ScorePlot::MarkerKind::Graft:
        return ScorePlot::tr("GRAFT");
    case ScorePlot::MarkerKind::Prune:
        return ScorePlot::tr("PRUNE");
    case ScorePlot::MarkerKind::InvalidMessage:
        return ScorePlot::tr("invalid message");
    case ScorePlot::MarkerKind::BrokenPromise:
        return ScorePlot::tr("broken promise");
    case ScorePlot::MarkerKind::Penalty:
        return ScorePlot::tr("behaviour penalty");
    case ScorePlot::MarkerKind::Count:
        break;
    }
    return {};
}

QCPScatterStyle::ScatterShape shapeOf(ScorePlot::MarkerKind kind)
{
    switch (kind) {
    case ScorePlot::MarkerKind::Graft:
        return QCPScatterStyle::ssTriangle;
    case ScorePlot::MarkerKind::Prune:
        return QCPScatterStyle::ssTriangleInverted;
    case ScorePlot::MarkerKind::InvalidMessage:
        return QCPScatterStyle::ssCross;
    case ScorePlot::MarkerKind::BrokenPromise:
        return QCPScatterStyle::ssDiamond;
    case ScorePlot::MarkerKind::Penalty:
    case ScorePlot::MarkerKind::Count:
        return QCPScatterStyle::ssSquare;
    }
    return QCPScatterStyle::ssDisc;
}

QColor markerColour(ScorePlot::MarkerKind kind)
{
    switch (kind) {
    case ScorePlot::MarkerKind::Graft:
        return QColor(0x2c, 0xa0, 0x2c);
    case ScorePlot::MarkerKind::Prune:
        return QColor(0xff, 0x7f, 0x0e);
    case ScorePlot::MarkerKind::InvalidMessage:
        return QColor(0xd6, 0x27, 0x28);
    case ScorePlot::MarkerKind::BrokenPromise:
        return QColor(0x94, 0x67, 0xbd);
    case ScorePlot::MarkerKind::Penalty:
    case ScorePlot::MarkerKind::Count:
        return QColor(0xe3, 0x77, 0xc2);
    }
    return {};
}

} // namespace

ScorePlot::ScorePlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->xAxis->setLabel(tr("seconds ago"));
    m_plot->yAxis->setLabel(tr("score"));
    m_plot->legend->setVisible(true);
    QFont lf = m_plot->font();
    lf.setPointSizeF(lf.pointSizeF() * 0.8);
    m_plot->legend->setFont(lf);
    const char* names[] = { "score", "P1", "P2", "P3", "P3b", "P4", "P5", "P6", "P7" };
    for (int i = 0; i < kComponents; ++i) {
        QCPGraph* g = m_plot->addGraph();
        g->setName(i == 0 ? tr("score") : QString::fromLatin1(names[i]));
    }
    const QString thresholdNames[]
        = { tr("gossip threshold"), tr("publish threshold"), tr("graylist threshold") };
    for (const QString& name : thresholdNames) {
        QCPGraph* g = m_plot->addGraph();
        g->setName(name);
        g->setPen(QPen(QColor(0xc0, 0x30, 0x30), 1, Qt::DashLine));
    }
    for (int k = 0; k < kMarkerKinds; ++k) {
        const auto kind = static_cast<MarkerKind>(k);
        QCPGraph* g = m_plot->addGraph();
        g->setName(kindName(kind));
        g->setLineStyle(QCPGraph::lsNone);
        g->setPen(QPen(markerColour(kind), 1.5));
        g->setScatterStyle(QCPScatterStyle(shapeOf(kind), markerColour(kind), 8));
    }
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMinimumSize(240, 160);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    applyPalette();
}

void ScorePlot::applyPalette()
{
    const QPalette& pal = palette();
    applyPaletteToPlot(m_plot, pal);
    const QColor text = pal.color(QPalette::Text);
    // the score in the text colour, components in a palette that reads on light and dark bases
    const bool dark = isDarkPalette(pal);
    const QColor colours[] = { text, dark ? QColor(0x6b, 0xae, 0xe6) : QColor(0x1f, 0x77, 0xb4),
        dark ? QColor(0x6c, 0xd0, 0x6c) : QColor(0x2c, 0xa0, 0x2c),
        dark ? QColor(0xff, 0xa5, 0x4f) : QColor(0xff, 0x7f, 0x0e),
        dark ? QColor(0xc4, 0x9c, 0x94) : QColor(0x8c, 0x56, 0x4b),
        dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd6, 0x27, 0x28),
        dark ? QColor(0xc5, 0xb0, 0xd5) : QColor(0x94, 0x67, 0xbd),
        dark ? QColor(0xf7, 0xb6, 0xd2) : QColor(0xe3, 0x77, 0xc2),
        dark ? QColor(0xc7, 0xc7, 0xc7) : QColor(0x7f, 0x7f, 0x7f) };
    for (int i = 0; i < kComponents; ++i)
        m_plot->graph(i)->setPen(QPen(colours[i], i == 0 ? 2.5 : 1.2));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ScorePlot::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

bool ScorePlot::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = markerTextAt(m_plot->mapTo(this, help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_plot);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

ScorePlot::PeerHistory* ScorePlot::historyOf(const std::string& peer)
{
    auto it = m_history.find(peer);
    if (it == m_history.end()) {
        if (m_history.size() >= kMaxPeers)
            return nullptr;
        it = m_history.emplace(peer, PeerHistory {}).first;
    }
    return &it->second;
}

void ScorePlot::addSnapshot(const trace::NodeSnapshot& snapshot)
{
    const double t = static_cast<double>(toNanos(snapshot.time)) / 1e9;
    m_thresholds = snapshot.thresholds;
    for (const auto& p : snapshot.peers) {
        if (!p.score.known)
            continue;
        PeerHistory* h = historyOf(p.id);
        if (!h)
            continue;
        const auto& s = p.score;
        h->samples.push(Sample { t, { s.total, s.p1, s.p2, s.p3, s.p3b, s.p4, s.p5, s.p6, s.p7 } });
        if (h->seen && p.brokenPromises > h->brokenPromises)
            h->markers.push(Marker { t, MarkerKind::BrokenPromise,
                tr("%n promise(s) broken", nullptr,
                    static_cast<int>(p.brokenPromises - h->brokenPromises)) });
        if (h->seen
            && p.penalties
                > h->penalties + (p.brokenPromises - std::min(p.brokenPromises, h->brokenPromises)))
            h->markers.push(Marker { t, MarkerKind::Penalty,
                tr("behaviour penalty counter %1").arg(s.behaviourPenalty, 0, 'f', 2) });
        h->brokenPromises = p.brokenPromises;
        h->penalties = p.penalties;
        h->seen = true;
        if (p.id == m_peer)
            m_dirty = true;
    }
}

void ScorePlot::addBatch(const coreqt::TraceBatch& batch)
{
    if (!batch.events)
        return;
    using T = pb::trace::TraceEvent;
    for (const auto& ev : *batch.events) {
        const int type = trace::rawType(ev);
        std::string peer;
        Marker m;
        m.t = static_cast<double>(ev.timestamp()) / 1e9;
        if (type == T::GRAFT) {
            peer = trace::peerText(asBytes(ev.graft().peerid()));
            m.kind = MarkerKind::Graft;
            m.detail = QString::fromStdString(ev.graft().topic());
        } else if (type == T::PRUNE) {
            peer = trace::peerText(asBytes(ev.prune().peerid()));
            m.kind = MarkerKind::Prune;
            m.detail = QString::fromStdString(ev.prune().topic());
        } else if (type == T::REJECT_MESSAGE) {
            peer = trace::peerText(asBytes(ev.rejectmessage().receivedfrom()));
            m.kind = MarkerKind::InvalidMessage;
            m.detail = tr("%1 (%2)").arg(QString::fromStdString(ev.rejectmessage().reason()),
                QString::fromStdString(ev.rejectmessage().topic()));
        } else {
            continue;
        }
        PeerHistory* h = historyOf(peer);
        if (!h)
            continue;
        h->markers.push(std::move(m));
        if (peer == m_peer)
            m_dirty = true;
    }
}

void ScorePlot::setPeer(const QString& peerId)
{
    m_peer = peerId.toStdString();
    m_dirty = true;
    refresh();
}

std::size_t ScorePlot::samples(const QString& peerId) const
{
    auto it = m_history.find(peerId.toStdString());
    return it == m_history.end() ? 0 : it->second.samples.size();
}

std::size_t ScorePlot::markers(const QString& peerId, MarkerKind kind) const
{
    auto it = m_history.find(peerId.toStdString());
    if (it == m_history.end())
        return 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < it->second.markers.size(); ++i)
        n += it->second.markers.at(i).kind == kind ? 1 : 0;
    return n;
}

QWidget* ScorePlot::plotWidget() const
{
    return m_plot;
}

QPoint ScorePlot::pixelOf(double secondsAgo, double value)
{
    m_plot->replot();
    const QPoint inPlot(
        qRound(m_plot->xAxis->coordToPixel(-secondsAgo)), qRound(m_plot->yAxis->coordToPixel(value)));
    return m_plot->mapTo(this, inPlot);
}

QStringList ScorePlot::legendNames() const
{
    QStringList names;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(m_plot->legend->item(i)))
            names << item->plottable()->name();
    return names;
}

int ScorePlot::drawnMarkers(MarkerKind kind) const
{
    return m_plot->graph(kFirstMarker + static_cast<int>(kind))->dataCount();
}

QString ScorePlot::markerTextAt(const QPoint& pos) const
{
    // the nearest marker within 6 pixels
    const QPoint at = m_plot->mapFrom(this, pos);
    const Marker* best = nullptr;
    double bestDistance = 6.0 * 6.0 + 0.1, bestKey = 0;
    for (int k = 0; k < kMarkerKinds; ++k) {
        const QCPGraph* g = m_plot->graph(kFirstMarker + k);
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            const double dx = m_plot->xAxis->coordToPixel(it->key) - at.x();
            const double dy = m_plot->yAxis->coordToPixel(it->value) - at.y();
            if (dx * dx + dy * dy >= bestDistance)
                continue;
            for (const Marker& m : m_drawn)
                if (m.kind == static_cast<MarkerKind>(k) && std::abs((m.t - m_tEnd) - it->key) < 1e-9) {
                    best = &m;
                    bestDistance = dx * dx + dy * dy;
                    bestKey = it->key;
                    break;
                }
        }
    }
    if (!best)
        return {};
    return tr("%1 %2 s ago: %3").arg(kindName(best->kind)).arg(-bestKey, 0, 'f', 1).arg(best->detail);
}

void ScorePlot::refresh()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    auto it = m_history.find(m_peer);
    double lo = m_thresholds.graylistThreshold - 5, hi = 10;
    double tEnd = 0, tStart = -60;
    for (int i = 0; i < kComponents; ++i)
        m_plot->graph(i)->data()->clear();
    for (int k = 0; k < kMarkerKinds; ++k)
        m_plot->graph(kFirstMarker + k)->data()->clear();
    m_drawn.clear();
    if (it != m_history.end() && !it->second.samples.empty()) {
        const auto& ring = it->second.samples;
        tEnd = ring.back().t;
        tStart = std::min(-60.0, ring.at(0).t - tEnd);
        for (int i = 0; i < kComponents; ++i) {
            QVector<double> x, y;
            for (std::size_t k = 0; k < ring.size(); ++k) {
                x << ring.at(k).t - tEnd;
                y << ring.at(k).values[static_cast<std::size_t>(i)];
                lo = std::min(lo, y.back());
                hi = std::max(hi, y.back());
            }
            m_plot->graph(i)->setData(x, y, true);
        }
        // markers sit on their component's curve at the nearest sample at or before them
        std::array<QVector<double>, kMarkerKinds> mx, my;
        const auto& marks = it->second.markers;
        for (std::size_t k = 0; k < marks.size(); ++k) {
            const Marker& m = marks.at(k);
            if (m.t - tEnd < tStart)
                continue;
            std::size_t s = 0;
            while (s + 1 < ring.size() && ring.at(s + 1).t <= m.t)
                ++s;
            const auto kind = static_cast<std::size_t>(m.kind);
            mx[kind] << m.t - tEnd;
            my[kind] << ring.at(s).values[componentOf(m.kind)];
            m_drawn.push_back(m);
        }
        for (int k = 0; k < kMarkerKinds; ++k)
            m_plot->graph(kFirstMarker + k)
                ->setData(mx[static_cast<std::size_t>(k)], my[static_cast<std::size_t>(k)]);
    }
    m_tEnd = tEnd;
    const double levels[]
        = { m_thresholds.gossipThreshold, m_thresholds.publishThreshold, m_thresholds.graylistThreshold };
    for (int i = 0; i < kThresholds; ++i)
        m_plot->graph(kComponents + i)->setData({ tStart, 0 }, { levels[i], levels[i] }, true);
    m_plot->xAxis->setRange(tStart, 0);
    m_plot->yAxis->setRange(lo - 2, hi + 2);
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
}

} // namespace meshscope::widgets
