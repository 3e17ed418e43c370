// SimHost: the simulated network as an observation source, stepped in virtual time.
#include "core/qt/metatypes.h"
#include "core/qt/simhost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace meshscope;
using namespace std::chrono_literals;

namespace {

sim::Scenario smallScenario()
{
    sim::Scenario s = sim::defaultScenario();
    s.name = "small";
    s.nodes = 30;
    s.duration = 60s;
    s.dials = 8;
    s.seed = 3;
    s.publishers = {sim::PublisherSpec{"t", 2.0, 256, 0}};
    return s;
}

const trace::TopicSnapshot* topic(const trace::NodeSnapshot& snap, const std::string& name)
{
    for (const auto& t : snap.topics)
        if (t.topic == name)
            return &t;
    return nullptr;
}

std::set<std::string> routerMesh(const sim::Network& net, std::uint32_t i)
{
    std::set<std::string> out;
    for (const auto& p : net.node(i).router->mesh("t"))
        out.insert(p.toBase58());
    return out;
}

gossipsub::GossipsubParams withDegree(gossipsub::GossipsubParams p, int d, int lo, int hi, int out)
{
    p.D = d;
    p.Dlo = lo;
    p.Dhi = hi;
    p.Dout = out;
    p.Dscore = std::min(p.Dscore, d);
    p.Dlazy = d;
    p.maxIDontWantLength = std::max(p.maxIDontWantLength, 1); // the preset's 0 fails validate()
    return p;
}

} // namespace

TEST(SimHost, SnapshotsShowTheObservedNodesMesh)
{
    coreqt::SimHost host(smallScenario());
    QSignalSpy snaps(&host, &coreqt::ObservationSource::snapshotAvailable);
    QSignalSpy batches(&host, &coreqt::ObservationSource::eventsAvailable);
    host.setObservedNode(7);
    for (int i = 0; i < 100; ++i)
        host.advance(100ms); // 10 virtual seconds, one emission per step
    EXPECT_EQ(snaps.count(), 100);
    ASSERT_GT(batches.count(), 0);
    const auto snap = qvariant_cast<trace::NodeSnapshot>(snaps.last().at(0));
    EXPECT_EQ(snap.peerId, host.network().node(7).id.toBase58());
    const auto* t = topic(snap, "t");
    ASSERT_NE(t, nullptr);
    EXPECT_TRUE(t->subscribed);
    const std::set<std::string> mesh(t->mesh.begin(), t->mesh.end());
    EXPECT_EQ(mesh, routerMesh(host.network(), 7));
    EXPECT_GE(mesh.size(), 4u);
    EXPECT_NEAR(host.virtualSeconds(), 10.0, 1e-6);

    // The batches carry the observed node's go trace events (grafts of its mesh among them).
    std::size_t events = 0;
    for (const auto& args : batches)
        events += qvariant_cast<coreqt::TraceBatch>(args.at(0)).size();
    EXPECT_GT(events, mesh.size());

    // Switching the observed node switches the snapshot's identity and mesh.
    host.setObservedNode(12);
    host.advance(100ms);
    const auto other = qvariant_cast<trace::NodeSnapshot>(snaps.last().at(0));
    EXPECT_EQ(other.peerId, host.network().node(12).id.toBase58());
    const auto* t2 = topic(other, "t");
    ASSERT_NE(t2, nullptr);
    EXPECT_EQ(std::set<std::string>(t2->mesh.begin(), t2->mesh.end()), routerMesh(host.network(), 12));
}

TEST(SimHost, PauseStopsVirtualTime)
{
    // A long run, so that however fast the machine (or however slowly this loop gets scheduled
    // under load) the network cannot reach its end before the pause, and resuming has time left.
    sim::Scenario s = smallScenario();
    s.duration = 3600s;
    coreqt::SimHost host(s);
    host.setSpeed(0); // as fast as possible
    QSignalSpy snaps(&host, &coreqt::ObservationSource::snapshotAvailable);
    host.start();
    ASSERT_TRUE(host.running());
    QElapsedTimer wall;
    wall.start();
    while (host.virtualSeconds() < 2.0 && wall.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ASSERT_GE(host.virtualSeconds(), 2.0);
    host.stop();
    EXPECT_FALSE(host.running());
    const double paused = host.virtualSeconds();
    const int emitted = snaps.count();
    wall.restart();
    while (wall.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(host.virtualSeconds(), paused);
    EXPECT_EQ(snaps.count(), emitted);
    // Resuming continues from where it stopped.
    host.start();
    wall.restart();
    while (host.virtualSeconds() <= paused && wall.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    EXPECT_GT(host.virtualSeconds(), paused);
    host.stop();
}

TEST(SimHost, RunsToTheEndAndFinishes)
{
    sim::Scenario s = smallScenario();
    s.duration = 3s;
    coreqt::SimHost host(s);
    host.setSpeed(0);
    QSignalSpy finished(&host, &coreqt::ObservationSource::finished);
    host.start();
    QElapsedTimer wall;
    wall.start();
    while (finished.isEmpty() && wall.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(host.done());
    EXPECT_FALSE(host.running());
    EXPECT_NEAR(host.virtualSeconds(), 3.0, 1e-6);
}

TEST(SimHost, ChangingDMidRunChangesMeshSizes)
{
    coreqt::SimHost host(smallScenario());
    QSignalSpy done(&host, &coreqt::ObservationSource::commandFinished);
    host.advance(15s);
    const auto& net = host.network();
    auto maxMesh = [&] {
        std::size_t m = 0;
        for (std::uint32_t i = 0; i < net.size(); ++i)
            m = std::max(m, net.node(i).router->mesh("t").size());
        return m;
    };
    auto meanMesh = [&] {
        double sum = 0;
        for (std::uint32_t i = 0; i < net.size(); ++i)
            sum += static_cast<double>(net.node(i).router->mesh("t").size());
        return sum / static_cast<double>(net.size());
    };
    const double before = meanMesh();
    const int initialD = net.node(4).router->params().D;
    EXPECT_GE(before, 4.0);

    // One node first: only its mesh shrinks to the new band.
    host.setParamsTarget(3);
    coreqt::ParamsUpdate one;
    one.params = withDegree(net.node(3).router->params(), 2, 2, 3, 1);
    host.applyParams(1, one);
    ASSERT_EQ(done.count(), 1);
    EXPECT_TRUE(done.last().at(1).toBool()) << done.last().at(2).toString().toStdString();
    host.advance(5s);
    EXPECT_LE(net.node(3).router->mesh("t").size(), 3u);
    EXPECT_EQ(net.node(4).router->params().D, initialD);
    EXPECT_GT(maxMesh(), 3u);

    // Then every node: the mean mesh size follows D down.
    host.setParamsTarget(std::nullopt);
    coreqt::ParamsUpdate all;
    all.params = withDegree(net.node(4).router->params(), 3, 2, 4, 1);
    host.applyParams(2, all);
    ASSERT_EQ(done.count(), 2);
    EXPECT_TRUE(done.last().at(1).toBool()) << done.last().at(2).toString().toStdString();
    host.advance(10s);
    EXPECT_LE(maxMesh(), 4u);
    EXPECT_LT(meanMesh(), before - 1.0);

    // Invalid parameters are refused with the reason and change nothing.
    coreqt::ParamsUpdate bad;
    bad.params = withDegree(net.node(4).router->params(), 3, 5, 2, 1);
    host.applyParams(3, bad);
    ASSERT_EQ(done.count(), 3);
    EXPECT_FALSE(done.last().at(1).toBool());
    EXPECT_FALSE(done.last().at(2).toString().isEmpty());
    EXPECT_EQ(net.node(4).router->params().D, 3);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    meshscope::coreqt::registerMetaTypes();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
