// NodeHost: two live nodes on 127.0.0.1 in one process, each on its own thread.
#include "core/qt/nodehost.h"

#include "core/gossipsub/presets.h"
#include "core/trace/traceevent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "tests/support/coreapp.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

using namespace meshscope;
using namespace meshscope::coreqt;

namespace {
constexpr int kWaitMs = 15000; // upper bound on any wait

class NodeHostTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        testsupport::ensureCoreApplication("tst_nodehost");
    }
};

// Runs the event loop until `done` holds (at most kWaitMs). QTRY_ macros only report failures
// inside QTest runs, so GoogleTest tests use this instead.
bool waitUntil(const std::function<bool()>& done, int ms = kWaitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QTest::qWait(5);
    }
    return true;
}

// A started NodeHost plus what it emitted.
struct Observed {
    explicit Observed(NodeHostConfig config) : node(std::move(config))
    {
        QObject::connect(&node, &NodeHost::snapshotAvailable, &node, [this](const trace::NodeSnapshot& s) {
            last = s;
            ++snapshots;
        });
        QObject::connect(&node, &NodeHost::eventsAvailable, &node, [this](const TraceBatch& b) {
            for (const auto& e : *b.events)
                types.insert(trace::rawType(e));
            batchDropped += b.dropped;
            ++batches;
        });
        QObject::connect(&node, &NodeHost::nodeOutput, &node, [this](const std::shared_ptr<const NodeOutput>& out) {
            for (const auto& d : out->deliveries)
                delivered.push_back(d.message->data());
        });
        QObject::connect(&node, &NodeHost::commandFinished, &node, [this](quint64 id, bool ok, const QString& msg) {
            results[id] = {ok, msg};
        });
    }
    bool start()
    {
        QSignalSpy spy(&node, &NodeHost::started);
        node.start();
        return spy.wait(kWaitMs) || spy.count() > 0;
    }
    bool meshHas(const std::string& topic, const QString& peer) const
    {
        const auto* t = last.findTopic(topic);
        return t && std::find(t->mesh.begin(), t->mesh.end(), peer.toStdString()) != t->mesh.end();
    }
    NodeHost node;                                   // under test
    trace::NodeSnapshot last;                        // latest snapshot
    int snapshots = 0;                               // snapshots received
    int batches = 0;                                 // trace batches received
    std::uint64_t batchDropped = 0;                  // dropped counts carried by batches
    std::set<int> types;                             // trace event types seen
    std::vector<std::string> delivered;              // delivered payloads
    std::map<quint64, std::pair<bool, QString>> results; // command outcomes
};

NodeHostConfig configFor(QStringList topics)
{
    NodeHostConfig c;
    c.node.profile = gossipsub::libp2pPreset();
    c.node.profile.gossipsub.heartbeatInterval = std::chrono::milliseconds(200);
    c.topics = std::move(topics);
    return c;
}
} // namespace

TEST_F(NodeHostTest, TwoNodesMeshPublishDeliverAndSnapshots)
{
    Observed a(configFor({QStringLiteral("t")}));
    Observed b(configFor({QStringLiteral("t")}));
    ASSERT_TRUE(a.start());
    ASSERT_TRUE(b.start());
    ASSERT_FALSE(b.node.listenAddrs().isEmpty());
    ASSERT_TRUE(b.node.listenAddrs().front().endsWith(b.node.peerId()));

    a.node.dial(1, b.node.listenAddrs().front());
    ASSERT_TRUE(waitUntil([&] { return a.results.count(1) > 0; }));
    EXPECT_TRUE(a.results[1].first) << a.results[1].second.toStdString();

    // The snapshot shows the peer with its identify data, and the mesh forms both ways.
    ASSERT_TRUE(waitUntil([&] { return a.meshHas("t", b.node.peerId()) && b.meshHas("t", a.node.peerId()); }));
    const auto* peer = a.last.findPeer(b.node.peerId().toStdString());
    ASSERT_NE(peer, nullptr);
    EXPECT_EQ(peer->direction, trace::PeerDirection::Outbound);
    EXPECT_EQ(peer->pubsubProtocol, "/meshsub/1.2.0");
    EXPECT_FALSE(peer->agent.empty());
    EXPECT_EQ(a.last.peerId, a.node.peerId().toStdString());
    ASSERT_TRUE(waitUntil([&] { return a.types.count(pb::trace::TraceEvent::GRAFT) > 0; }));

    // Publish and deliver.
    QSignalSpy published(&b.node, &NodeHost::published);
    b.node.publish(2, QStringLiteral("t"), QByteArrayLiteral("hello"));
    ASSERT_TRUE(waitUntil([&] { return b.results.count(2) > 0; }));
    EXPECT_TRUE(b.results[2].first);
    EXPECT_FALSE(b.results[2].second.isEmpty()); // message id in hex
    EXPECT_EQ(published.count(), 1);
    ASSERT_TRUE(waitUntil([&] { return a.delivered.size() == 1; }));
    EXPECT_EQ(a.delivered.front(), "hello");
    ASSERT_TRUE(waitUntil([&] { return a.types.count(pb::trace::TraceEvent::DELIVER_MESSAGE) > 0; }));

    // Bad commands are answered, not crashed on.
    a.node.dial(3, QStringLiteral("/ip4/127.0.0.1/tcp/1"));
    a.node.publish(4, QString(), QByteArrayLiteral("x"));
    a.node.disconnectPeer(5, QStringLiteral("not a peer id"));
    ASSERT_TRUE(waitUntil([&] { return a.results.count(3) && a.results.count(4) && a.results.count(5); }));
    EXPECT_FALSE(a.results[3].first);
    EXPECT_FALSE(a.results[4].first);
    EXPECT_FALSE(a.results[5].first);

    // Snapshots come at most ~20 times a second.
    const int before = a.snapshots;
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(1000);
    const double perSecond = (a.snapshots - before) * 1000.0 / static_cast<double>(clock.elapsed());
    EXPECT_LE(perSecond, 21.0);
    EXPECT_GE(perSecond, 5.0);

    // Disconnect: the peer leaves the snapshot.
    a.node.disconnectPeer(6, b.node.peerId());
    ASSERT_TRUE(waitUntil([&] { return a.last.findPeer(b.node.peerId().toStdString()) == nullptr; }));
    a.node.stop();
    b.node.stop();
    EXPECT_EQ(a.node.droppedBatches(), 0u);
}

TEST_F(NodeHostTest, SlowConsumerMakesWholeBatchesDropAndSaysHowMany)
{
    auto cfg = configFor({QStringLiteral("t")});
    cfg.maxBatchesInFlight = 1;
    Observed a(cfg);
    ASSERT_TRUE(a.start());
    // The main thread stops processing events (a stalled GUI) while the node keeps producing.
    QElapsedTimer clock;
    clock.start();
    quint64 request = 100;
    for (qint64 next = 0; a.node.droppedBatches() < 3 && clock.elapsed() < kWaitMs;) {
        if (clock.elapsed() < next)
            continue; // busy: this thread runs no event loop, like a stalled GUI
        next += 20;
        a.node.publish(request++, QStringLiteral("t"), QByteArrayLiteral("x"));
    }
    ASSERT_GE(a.node.droppedBatches(), 3u);
    // Once the consumer catches up, batches flow again and carry the dropped count.
    ASSERT_TRUE(waitUntil([&] { return a.batches >= 1; }));
    a.node.publish(1, QStringLiteral("t"), QByteArrayLiteral("after"));
    ASSERT_TRUE(waitUntil([&] { return a.batchDropped >= 1; }));
    ASSERT_TRUE(waitUntil([&] { return a.last.droppedBatches >= 3; }));
    a.node.stop();
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
