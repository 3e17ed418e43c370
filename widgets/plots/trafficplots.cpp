#include "widgets/plots/trafficplots.h"

#include "widgets/models/trafficstats.h"
#include "widgets/plots/plotpalette.h"

#undef QT_NO_FOREACH
#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QTextStream>
#include <qcustomplot.h>

#include <algorithm>

namespace meshscope::widgets {

namespace {

QColor kindColour(int i)
{
    static const QColor colours[] = { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
        QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
        QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f) };
    return colours[i % 8];
}

// Title, y label and legend font; colours come from applyPalette().
void stylePlot(QCustomPlot* plot, const QString& title, const QString& yLabel)
{
    plot->yAxis->setLabel(yLabel);
    plot->plotLayout()->insertRow(0);
    auto* text = new QCPTextElement(
        plot, title, QFont(plot->font().family(), plot->font().pointSize(), QFont::Bold));
    plot->plotLayout()->addElement(0, 0, text);
    QFont lf = plot->font();
    lf.setPointSizeF(lf.pointSizeF() * 0.8);
    plot->legend->setFont(lf);
    plot->setMinimumSize(240, 160);
}

} // namespace

TrafficPlots::TrafficPlots(const TrafficStats* stats, QWidget* parent)
    : QWidget(parent)
    , m_stats(stats)
    , m_messages(new QCustomPlot(this))
    , m_bytes(new QCustomPlot(this))
    , m_latency(new QCustomPlot(this))
    , m_mesh(new QCustomPlot(this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_messages, 0, 0);
    grid->addWidget(m_bytes, 0, 1);
    grid->addWidget(m_latency, 1, 0);
    grid->addWidget(m_mesh, 1, 1);
    stylePlot(m_messages, tr("Messages per second (in solid, out dashed)"), tr("per second"));
    stylePlot(m_bytes, tr("Bytes per second and duplicate ratio"), tr("bytes/s"));
    stylePlot(m_latency, tr("Duplicate delay after first delivery"), tr("count"));
    stylePlot(m_mesh, tr("Mesh size per topic"), tr("peers"));
    m_messages->legend->setVisible(true);
    for (int k = 0; k < TrafficStats::KindCount; ++k) {
        QCPGraph* in = m_messages->addGraph();
        in->setName(TrafficStats::kindName(static_cast<TrafficStats::Kind>(k)));
        in->setPen(QPen(kindColour(k), 1.5));
        QCPGraph* out = m_messages->addGraph();
        out->setPen(QPen(kindColour(k), 1.2, Qt::DashLine));
        out->removeFromLegend();
    }
    m_bytes->legend->setVisible(true);
    m_bytes->addGraph()->setName(tr("in"));
    m_bytes->graph(0)->setPen(QPen(kindColour(0), 1.5));
    m_bytes->addGraph()->setName(tr("out"));
    m_bytes->graph(1)->setPen(QPen(kindColour(1), 1.5));
    m_bytes->yAxis2->setVisible(true);
    m_bytes->yAxis2->setLabel(tr("duplicate ratio"));
    m_bytes->yAxis2->setRange(0, 1);
    QCPGraph* ratio = m_bytes->addGraph(m_bytes->xAxis, m_bytes->yAxis2);
    ratio->setName(tr("duplicate ratio"));
    ratio->setPen(QPen(kindColour(2), 1.2, Qt::DotLine));
    auto* bars = new QCPBars(m_latency->xAxis, m_latency->yAxis);
    bars->setWidth(TrafficStats::kLatencyBinMs * 0.9);
    bars->setBrush(kindColour(4));
    bars->setPen(Qt::NoPen);
    m_latency->xAxis->setLabel(tr("ms"));
    m_mesh->legend->setVisible(true);
    for (QCustomPlot* plot : { m_messages, m_bytes, m_mesh })
        plot->xAxis->setLabel(tr("seconds ago"));
    for (QCustomPlot* plot : { m_messages, m_bytes, m_latency, m_mesh })
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    applyPalette();
}

QList<QWidget*> TrafficPlots::plots() const
{
    return { m_messages, m_bytes, m_latency, m_mesh };
}

void TrafficPlots::applyPalette()
{
    for (QCustomPlot* plot : { m_messages, m_bytes, m_latency, m_mesh })
        applyPaletteToPlot(plot, palette());
}

void TrafficPlots::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void TrafficPlots::refresh()
{
    if (!m_stats || m_stats->revision() == m_shownRevision)
        return;
    m_shownRevision = m_stats->revision();
    const auto& bins = m_stats->bins();
    const double tEnd = bins.empty() ? 0 : bins.back().t + 1;
    QVector<double> x(static_cast<qsizetype>(bins.size()));
    for (std::size_t i = 0; i < bins.size(); ++i)
        x[static_cast<qsizetype>(i)] = bins.at(i).t - tEnd;
    double maxRate = 1;
    for (int k = 0; k < TrafficStats::KindCount; ++k) {
        QVector<double> yin(x.size()), yout(x.size());
        for (std::size_t i = 0; i < bins.size(); ++i) {
            yin[static_cast<qsizetype>(i)] = bins.at(i).in[static_cast<std::size_t>(k)];
            yout[static_cast<qsizetype>(i)] = bins.at(i).out[static_cast<std::size_t>(k)];
            maxRate = std::max({ maxRate, yin[static_cast<qsizetype>(i)], yout[static_cast<qsizetype>(i)] });
        }
        m_messages->graph(2 * k)->setData(x, yin, true);
        m_messages->graph(2 * k + 1)->setData(x, yout, true);
    }
    // show the history there is, at least 30 s and at most 2 minutes
    const double span = std::clamp(bins.empty() ? 30.0 : tEnd - bins.at(0).t, 30.0, 120.0);
    m_messages->xAxis->setRange(-span, 0);
    m_messages->yAxis->setRange(0, maxRate * 1.1);

    const auto& bytes = m_stats->bytes();
    QVector<double> bx, bin, bout;
    double maxBytes = 1;
    const double bEnd = bytes.empty() ? 0 : bytes.back().t;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        bx << bytes.at(i).t - bEnd;
        bin << bytes.at(i).in;
        bout << bytes.at(i).out;
        maxBytes = std::max({ maxBytes, bytes.at(i).in, bytes.at(i).out });
    }
    m_bytes->graph(0)->setData(bx, bin, true);
    m_bytes->graph(1)->setData(bx, bout, true);
    QVector<double> ratio(x.size());
    for (std::size_t i = 0; i < bins.size(); ++i)
        ratio[static_cast<qsizetype>(i)] = m_stats->duplicateRatio(i);
    m_bytes->graph(2)->setData(x, ratio, true);
    m_bytes->xAxis->setRange(-span, 0);
    m_bytes->yAxis->setRange(0, maxBytes * 1.1);

    auto* bars = qobject_cast<QCPBars*>(m_latency->plottable(0));
    QVector<double> lx, ly;
    double maxCount = 1;
    const auto& hist = m_stats->latencyHistogram();
    for (int i = 0; i < TrafficStats::kLatencyBins; ++i) {
        lx << (i + 0.5) * TrafficStats::kLatencyBinMs;
        ly << hist[static_cast<std::size_t>(i)];
        maxCount = std::max(maxCount, hist[static_cast<std::size_t>(i)]);
    }
    if (bars)
        bars->setData(lx, ly, true);
    m_latency->xAxis->setRange(0, TrafficStats::kLatencyBins * TrafficStats::kLatencyBinMs);
    m_latency->yAxis->setRange(0, maxCount * 1.1);

    const auto& mesh = m_stats->mesh();
    std::map<std::string, std::pair<QVector<double>, QVector<double>>> series;
    const double mEnd = mesh.empty() ? 0 : mesh.back().t;
    int maxMesh = 1;
    for (std::size_t i = 0; i < mesh.size(); ++i)
        for (const auto& [topic, size] : mesh.at(i).sizes) {
            series[topic].first << mesh.at(i).t - mEnd;
            series[topic].second << size;
            maxMesh = std::max(maxMesh, size);
        }
    int g = 0;
    for (const auto& [topic, xy] : series) {
        if (g >= m_mesh->graphCount()) {
            m_mesh->addGraph()->setPen(QPen(kindColour(g), 1.5));
        }
        m_mesh->graph(g)->setName(QString::fromStdString(topic));
        m_mesh->graph(g)->setData(xy.first, xy.second, true);
        ++g;
    }
    while (m_mesh->graphCount() > g)
        m_mesh->removeGraph(m_mesh->graphCount() - 1);
    m_mesh->xAxis->setRange(-span, 0);
    m_mesh->yAxis->setRange(0, maxMesh + 2);

    for (QCustomPlot* plot : { m_messages, m_bytes, m_latency, m_mesh })
        plot->replot(QCustomPlot::rpQueuedRefresh);
}

bool TrafficPlots::exportPng(const QString& path, QString* error)
{
    const QPixmap pix = grab();
    if (!pix.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1").arg(path);
        return false;
    }
    return true;
}

bool TrafficPlots::exportCsv(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    out << "time_s";
    for (int k = 0; k < TrafficStats::KindCount; ++k) {
        const QString name = TrafficStats::kindName(static_cast<TrafficStats::Kind>(k)).toLower();
        out << ',' << name << "_in," << name << "_out";
    }
    out << ",duplicate_ratio\n";
    const auto& bins = m_stats->bins();
    for (std::size_t i = 0; i < bins.size(); ++i) {
        out << QString::number(bins.at(i).t, 'f', 0);
        for (int k = 0; k < TrafficStats::KindCount; ++k)
            out << ',' << bins.at(i).in[static_cast<std::size_t>(k)] << ','
                << bins.at(i).out[static_cast<std::size_t>(k)];
        out << ',' << m_stats->duplicateRatio(i) << '\n';
    }
    return true;
}

} // namespace meshscope::widgets
