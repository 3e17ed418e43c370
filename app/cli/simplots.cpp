// PNG plots of simulation results (QCustomPlot, offscreen).
#include "app/cli/simplots.h"

#include <QDir>
#include <qcustomplot.h>

#include <algorithm>

namespace meshscope::cli {

namespace {

constexpr int kWidth = 800;  // PNG width, pixels
constexpr int kHeight = 500; // PNG height, pixels

QVector<double> vec(std::initializer_list<double> v)
{
    return QVector<double>(v);
}

void setup(QCustomPlot& plot, const QString& title, const QString& x, const QString& y)
{
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, title, QFont(QStringLiteral("sans"), 12, QFont::Bold)));
    plot.xAxis->setLabel(x);
    plot.yAxis->setLabel(y);
    plot.legend->setVisible(true);
}

Status save(QCustomPlot& plot, const QString& path, QStringList& written)
{
    plot.rescaleAxes();
    plot.yAxis->setRangeLower(std::min(0.0, plot.yAxis->range().lower));
    if (!plot.savePng(path, kWidth, kHeight))
        return fail("cannot write " + path.toStdString());
    written << path;
    return {};
}

QCPGraph* line(QCustomPlot& plot, const QString& name, const QVector<double>& x, const QVector<double>& y, QColor color)
{
    QCPGraph* g = plot.addGraph();
    g->setName(name);
    g->setPen(QPen(color, 2));
    g->setData(x, y, true);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    return g;
}

} // namespace

Result<QStringList> writeRunPlots(const sim::SimResult& r, const QString& dir)
{
    if (!QDir().mkpath(dir))
        return fail("cannot create " + dir.toStdString());
    QStringList written;
    {
        QCustomPlot plot;
        setup(plot, QStringLiteral("Latency CDF (%1, %2 nodes)").arg(QString::fromStdString(r.scenario)).arg(r.nodes),
              QStringLiteral("publish to delivery (ms)"), QStringLiteral("share of deliveries"));
        line(plot, QStringLiteral("measured quantiles"),
             vec({0, r.latencyP50Ms, r.latencyP90Ms, r.latencyP99Ms, r.latencyMaxMs}), vec({0, 0.5, 0.9, 0.99, 1.0}),
             QColor(31, 119, 180));
        if (auto st = save(plot, QDir(dir).filePath(QStringLiteral("latency_cdf.png")), written); !st)
            return st.error();
    }
    {
        QCustomPlot plot;
        setup(plot, QStringLiteral("Mesh degree over time"), QStringLiteral("simulated time (s)"), QStringLiteral("mesh peers"));
        QVector<double> t, mean, lo, hi;
        for (const auto& s : r.mesh) {
            t << s.t;
            mean << s.meanDegree;
            lo << s.minDegree;
            hi << s.maxDegree;
        }
        line(plot, QStringLiteral("mean"), t, mean, QColor(31, 119, 180));
        line(plot, QStringLiteral("min"), t, lo, QColor(214, 39, 40));
        line(plot, QStringLiteral("max"), t, hi, QColor(44, 160, 44));
        if (auto st = save(plot, QDir(dir).filePath(QStringLiteral("mesh_degree.png")), written); !st)
            return st.error();
    }
    {
        QCustomPlot plot;
        setup(plot, QStringLiteral("Upload bandwidth per honest node"), QString(), QStringLiteral("kB/s"));
        auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
        bars->setName(QStringLiteral("upload"));
        bars->setData(vec({1, 2}), vec({r.bytesPerNodePerSecond / 1e3, r.maxBytesPerNodePerSecond / 1e3}));
        bars->setBrush(QColor(31, 119, 180, 160));
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        ticker->addTick(1, QStringLiteral("mean"));
        ticker->addTick(2, QStringLiteral("busiest"));
        plot.xAxis->setTicker(ticker);
        plot.rescaleAxes();
        plot.xAxis->setRange(0, 3);
        plot.yAxis->setRange(0, std::max(1.0, r.maxBytesPerNodePerSecond / 1e3 * 1.1));
        if (!plot.savePng(QDir(dir).filePath(QStringLiteral("bandwidth.png")), kWidth, kHeight))
            return fail("cannot write bandwidth.png in " + dir.toStdString());
        written << QDir(dir).filePath(QStringLiteral("bandwidth.png"));
    }
    return written;
}

Result<QStringList> writeSweepPlots(const std::vector<std::pair<double, sim::SimResult>>& points,
                                    const QString& parameter, const QString& dir)
{
    if (points.empty())
        return fail("no sweep points to plot");
    if (!QDir().mkpath(dir))
        return fail("cannot create " + dir.toStdString());
    struct Measure {
        const char* file;    // sweep_<file>.png
        const char* label;   // y axis
        double (*get)(const sim::SimResult&);
    };
    const Measure measures[] = {
        {"delivery_ratio", "delivery ratio", [](const sim::SimResult& r) { return r.deliveryRatio; }},
        {"latency_p50", "latency p50 (ms)", [](const sim::SimResult& r) { return r.latencyP50Ms; }},
        {"latency_p99", "latency p99 (ms)", [](const sim::SimResult& r) { return r.latencyP99Ms; }},
        {"duplicates", "duplicates per message", [](const sim::SimResult& r) { return r.duplicatesPerMessage; }},
        {"bandwidth", "upload per node (kB/s)", [](const sim::SimResult& r) { return r.bytesPerNodePerSecond / 1e3; }},
        {"time_to_mesh", "time to mesh (s)", [](const sim::SimResult& r) { return r.timeToMeshSeconds; }},
    };
    QStringList written;
    for (const Measure& m : measures) {
        QCustomPlot plot;
        const QString label = QString::fromLatin1(m.label);
        setup(plot, QStringLiteral("%1 against %2").arg(label, parameter), parameter, label);
        QVector<double> x, y;
        for (const auto& [value, r] : points) {
            x << value;
            y << m.get(r);
        }
        line(plot, label, x, y, QColor(31, 119, 180));
        const QString path = QDir(dir).filePath(QStringLiteral("sweep_%1.png").arg(QString::fromLatin1(m.file)));
        if (auto st = save(plot, path, written); !st)
            return st.error();
    }
    return written;
}

} // namespace meshscope::cli
