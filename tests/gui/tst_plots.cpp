// The score plot marks the events that moved a peer's score (GRAFT, PRUNE, invalid message from
// the trace events; broken promises and penalties from the snapshots' counters) on the right
// component's curve, with legend entries and a tooltip; and the main window follows the palette:
// with a dark application palette the topology view, the traffic and score plots render dark,
// and they turn light when a light palette is set while the window is open (PaletteChange).

#include "core/trace/traceevent.h"
#include "widgets/mainwindow/apppalette.h"
#include "widgets/mainwindow/demosource.h"
#include "widgets/mainwindow/mainwindow.h"
#include "widgets/mesh/topologyview.h"
#include "widgets/models/paramsmodel.h"
#include "widgets/plots/scoreplot.h"
#include "widgets/plots/trafficplots.h"

#include <QApplication>
#include <QTest>

using namespace meshscope;

namespace {

using Kind = widgets::ScorePlot::MarkerKind;

TimePoint at(double seconds)
{
    return fromNanos(static_cast<std::int64_t>(seconds * 1e9));
}

trace::NodeSnapshot snapshotAt(
    double seconds, const std::string& peer, double p1, std::uint64_t promises, std::uint64_t penalties)
{
    trace::NodeSnapshot s;
    s.time = at(seconds);
    trace::PeerSnapshot p;
    p.id = peer;
    p.score.known = true;
    p.score.p1 = p1;
    p.score.p7 = -static_cast<double>(penalties);
    p.score.total = p1 + p.score.p7;
    p.brokenPromises = promises;
    p.penalties = penalties;
    s.peers.push_back(p);
    return s;
}

// Mean lightness (0..255) of a widget rendered offscreen.
int meanLightness(QWidget* w)
{
    const QImage img = w->grab().toImage();
    qint64 sum = 0, n = 0;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3, ++n)
            sum += QColor(img.pixel(x, y)).lightness();
    return n ? static_cast<int>(sum / n) : -1;
}

} // namespace

class TestPlots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scorePlotMarksTheEventsThatMovedTheScore()
    {
        const std::string self = "self-peer";
        const std::string a = trace::peerText(asBytes("peer-a"));
        const std::string b = trace::peerText(asBytes("peer-b"));
        widgets::ScorePlot plot;
        plot.resize(700, 420);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        for (int t = 1; t <= 10; ++t) {
            // a broken promise at 7 s (one penalty with it), two more penalties at 9 s
            plot.addSnapshot(snapshotAt(t, a, t, t >= 7 ? 1 : 0, t >= 9 ? 3 : t >= 7 ? 1 : 0));
            if (t == 5) {
                auto events = std::make_shared<std::vector<trace::TraceEvent>>();
                events->push_back(trace::graft(asBytes(self), at(3), asBytes("peer-a"), "blocks"));
                events->push_back(trace::prune(asBytes(self), at(2), asBytes("peer-a"), "blocks"));
                events->push_back(trace::rejectMessage(
                    asBytes(self), at(5), "m1", asBytes("peer-a"), "invalid signature", "blocks"));
                events->push_back(trace::graft(asBytes(self), at(5), asBytes("peer-b"), "blocks"));
                events->push_back(trace::join(asBytes(self), at(5), "blocks")); // no peer: no marker
                plot.addBatch(coreqt::TraceBatch { events, 1, 0 });
            }
        }
        QCOMPARE(plot.markers(QString::fromStdString(a), Kind::Graft), std::size_t(1));
        QCOMPARE(plot.markers(QString::fromStdString(a), Kind::Prune), std::size_t(1));
        QCOMPARE(plot.markers(QString::fromStdString(a), Kind::InvalidMessage), std::size_t(1));
        QCOMPARE(plot.markers(QString::fromStdString(a), Kind::BrokenPromise), std::size_t(1));
        QCOMPARE(plot.markers(QString::fromStdString(a), Kind::Penalty), std::size_t(1));
        QCOMPARE(plot.markers(QString::fromStdString(b), Kind::Graft), std::size_t(1));

        plot.setPeer(QString::fromStdString(a));
        for (Kind k : { Kind::Graft, Kind::Prune, Kind::InvalidMessage, Kind::BrokenPromise, Kind::Penalty })
            QCOMPARE(plot.drawnMarkers(k), 1);
        // every marker kind has a legend entry
        const QStringList names = plot.legendNames();
        for (const char* n : { "P1", "P3b", "P4", "P7", "gossip threshold", "GRAFT", "PRUNE",
                 "invalid message", "broken promise", "behaviour penalty" })
            QVERIFY2(names.contains(QLatin1String(n)), n);

        // the GRAFT marker sits on P1 at 3 s (P1 = 3 there), 7 s before the newest sample; hovering
        // it names the event and topic
        const QString tip = plot.markerTextAt(plot.pixelOf(7, 3));
        QVERIFY2(tip.startsWith(QStringLiteral("GRAFT 7.0 s ago: blocks")), qPrintable(tip));
        const QString rejectTip = plot.markerTextAt(plot.pixelOf(5, 0)); // P4 stays 0
        QVERIFY2(rejectTip.contains(QStringLiteral("invalid signature")), qPrintable(rejectTip));
        QVERIFY(plot.markerTextAt(QPoint(1, 1)).isEmpty());

        // peer b has a GRAFT marker but no score samples: nothing is drawn for it
        plot.setPeer(QString::fromStdString(b));
        QCOMPARE(plot.drawnMarkers(Kind::Graft), 0); // b has no score samples: nothing drawn
    }

    void viewsFollowTheApplicationPalette()
    {
        QVERIFY(!widgets::applyPaletteChoice(*qApp, QStringLiteral("dusk")));
        QVERIFY(widgets::applyPaletteChoice(*qApp, QStringLiteral("dark"))); // what --palette dark does
        widgets::MainWindow window;
        widgets::DemoSource source(widgets::DemoSource::Options { 12, 400, 3, 7, 50 });
        window.setSource(&source);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < 20; ++i)
            source.step(50);
        window.flush();
        window.scorePlot()->setPeer(QString::fromStdString(source.lastSnapshot().peers.front().id));
        window.trafficPlots()->refresh();
        const QList<QWidget*> views
            = QList<QWidget*> { window.topology(), window.scorePlot() } + window.trafficPlots()->plots();
        for (QWidget* w : views)
            QVERIFY2(meanLightness(w) < 90,
                qPrintable(QStringLiteral("%1 lightness %2 on a dark palette")
                               .arg(QString::fromLatin1(w->metaObject()->className()))
                               .arg(meanLightness(w))));
        QVERIFY(meanLightness(&window) < 110);
        // a changed parameter's highlight is dark on a dark palette too
        QVERIFY(window.paramsModel()->setValueAt(QStringLiteral("/gossipsub/d_lazy"), QStringLiteral("8")));
        const QModelIndex dlazy = window.paramsModel()->indexOfPath(QStringLiteral("/gossipsub/d_lazy"));
        QVERIFY(dlazy.data(Qt::BackgroundRole).value<QBrush>().color().lightness() < 110);

        // the system palette turns light while the window is open: every view follows
        QVERIFY(widgets::applyPaletteChoice(*qApp, QStringLiteral("light")));
        QCoreApplication::processEvents();
        for (QWidget* w : views)
            QVERIFY2(meanLightness(w) > 170,
                qPrintable(QStringLiteral("%1 lightness %2 on a light palette")
                               .arg(QString::fromLatin1(w->metaObject()->className()))
                               .arg(meanLightness(w))));
        QVERIFY(dlazy.data(Qt::BackgroundRole).value<QBrush>().color().lightness() > 150);
        window.close();
    }
};

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"
