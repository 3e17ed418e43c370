#include "widgets/plots/scoreplot.h"

#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include <QVBoxLayout>

namespace meshscope::widgets {

ScorePlot::ScorePlot(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    const QPalette& pal = palette();
    m_plot->setBackground(pal.color(QPalette::Base));
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(pal.color(QPalette::Text)));
        axis->setTickPen(QPen(pal.color(QPalette::Text)));
        axis->setTickLabelColor(pal.color(QPalette::Text));
        axis->setLabelColor(pal.color(QPalette::Text));
    }
    m_plot->xAxis->setLabel(tr("seconds ago"));
    m_plot->yAxis->setLabel(tr("score"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(pal.color(QPalette::Base));
    m_plot->legend->setTextColor(pal.color(QPalette::Text));
    QFont lf = m_plot->font();
    lf.setPointSizeF(lf.pointSizeF() * 0.8);
    m_plot->legend->setFont(lf);
    const char* names[] = {"score", "P1", "P2", "P3", "P3b", "P4", "P5", "P6", "P7"};
    const QColor colours[] = {pal.color(QPalette::Text), QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
                              QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b), QColor(0xd6, 0x27, 0x28),
                              QColor(0x94, 0x67, 0xbd), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f)};
    for (int i = 0; i < 9; ++i) {
        QCPGraph* g = m_plot->addGraph();
        g->setName(i == 0 ? tr("score") : QString::fromLatin1(names[i]));
        g->setPen(QPen(colours[i], i == 0 ? 2.5 : 1.2));
    }
    const QString thresholdNames[] = {tr("gossip threshold"), tr("publish threshold"), tr("graylist threshold")};
    for (const QString& name : thresholdNames) {
        QCPGraph* g = m_plot->addGraph();
        g->setName(name);
        g->setPen(QPen(QColor(0xc0, 0x30, 0x30), 1, Qt::DashLine));
    }
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMinimumSize(240, 160);
}

void ScorePlot::addSnapshot(const trace::NodeSnapshot& snapshot)
{
    const double t = static_cast<double>(toNanos(snapshot.time)) / 1e9;
    m_thresholds = snapshot.thresholds;
    for (const auto& p : snapshot.peers) {
        if (!p.score.known)
            continue;
        auto it = m_history.find(p.id);
        if (it == m_history.end()) {
            if (m_history.size() >= kMaxPeers)
                continue;
            it = m_history.emplace(p.id, RingBuffer<Sample>(kHistory)).first;
        }
        const auto& s = p.score;
        it->second.push(Sample{t, {s.total, s.p1, s.p2, s.p3, s.p3b, s.p4, s.p5, s.p6, s.p7}});
        if (p.id == m_peer)
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
    return it == m_history.end() ? 0 : it->second.size();
}

void ScorePlot::refresh()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    auto it = m_history.find(m_peer);
    double lo = m_thresholds.graylistThreshold - 5, hi = 10;
    double tEnd = 0, tStart = -60;
    for (int i = 0; i < 9; ++i)
        m_plot->graph(i)->data()->clear();
    if (it != m_history.end() && !it->second.empty()) {
        const auto& ring = it->second;
        tEnd = ring.back().t;
        tStart = std::min(-60.0, ring.at(0).t - tEnd);
        for (int i = 0; i < 9; ++i) {
            QVector<double> x, y;
            for (std::size_t k = 0; k < ring.size(); ++k) {
                x << ring.at(k).t - tEnd;
                y << ring.at(k).values[static_cast<std::size_t>(i)];
                lo = std::min(lo, y.back());
                hi = std::max(hi, y.back());
            }
            m_plot->graph(i)->setData(x, y, true);
        }
    }
    const double levels[] = {m_thresholds.gossipThreshold, m_thresholds.publishThreshold, m_thresholds.graylistThreshold};
    for (int i = 0; i < 3; ++i)
        m_plot->graph(9 + i)->setData({tStart, 0}, {levels[i], levels[i]}, true);
    m_plot->xAxis->setRange(tStart, 0);
    m_plot->yAxis->setRange(lo - 2, hi + 2);
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
}

} // namespace meshscope::widgets
