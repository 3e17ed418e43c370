// Remote tracing over real loopback connections: RemoteTraceClient -> RemoteTraceCollector (go's
// /libp2p/pubsub/tracer/1.0.0), events kept per origin peer, unchanged; garbage (hand-written
// and seeded random) loses only its own stream; bounded client queue; reconnection.
#include "core/base/rng.h"
#include "core/qt/metatypes.h"
#include "core/qt/remotetraceclient.h"
#include "core/qt/remotetracecollector.h"
#include "core/trace/gzipstream.h"
#include "core/trace/recordingreader.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "tests/support/coreapp.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace meshscope;
using namespace meshscope::coreqt;
using multiformats::Multiaddr;

namespace {
constexpr int kWaitMs = 15000; // upper bound on any wait; events normally arrive in milliseconds

class RemoteTraceTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        testsupport::ensureCoreApplication("tst_remotetrace");
        registerMetaTypes();
    }

    static std::unique_ptr<TcpHost> listening(host::HostConfig config = {})
    {
        auto h = std::make_unique<TcpHost>(std::move(config));
        const auto st = h->listen(Multiaddr::fromString("/ip4/127.0.0.1/tcp/0").value());
        EXPECT_TRUE(st) << (st ? "" : st.error().message);
        return h;
    }

    // Runs the event loop (no sleep) until `done` holds or the bound passes.
    static bool waitUntil(const std::function<bool()>& done)
    {
        QSignalSpy never(QCoreApplication::instance(), &QObject::destroyed);
        for (int i = 0; i < kWaitMs / 10 && !done(); ++i)
            never.wait(10);
        return done();
    }

    // `n` distinct events whose origin (peerID) is `self`.
    static std::vector<trace::TraceEvent> events(const multiformats::PeerId& self, int n, int first = 0)
    {
        std::vector<trace::TraceEvent> out;
        for (int i = first; i < first + n; ++i) {
            const auto now = fromNanos(1'700'000'000'000'000'000 + i);
            if (i % 2 == 0)
                out.push_back(trace::join(self.bytes(), now, "topic-" + std::to_string(i)));
            else
                out.push_back(trace::publishMessage(self.bytes(), now, "msg-" + std::to_string(i), "t"));
        }
        return out;
    }

    static multiformats::PeerId fakePeer(std::uint64_t seed)
    {
        SeededRng rng(seed);
        const auto key = crypto::PrivateKey::generateEd25519(rng);
        return multiformats::PeerId::fromPublicKey(key.publicKey().toProtobuf());
    }
};

// Collects every batch the collector emits for its selected node.
struct BatchSink {
    std::vector<trace::TraceEvent> events;
    void connectTo(RemoteTraceCollector& c)
    {
        QObject::connect(&c, &ObservationSource::eventsAvailable, [this](const TraceBatch& b) {
            events.insert(events.end(), b.events->begin(), b.events->end());
        });
    }
};

bool sameEvents(const std::vector<trace::TraceEvent>& a, const std::vector<trace::TraceEvent>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!trace::sameEvent(a[i], b[i]))
            return false;
    return true;
}
} // namespace

TEST_F(RemoteTraceTest, EventsArrivePerOriginPeerUnchangedAndAreRecorded)
{
    QTemporaryDir dir;
    auto collectorHost = listening();
    RemoteTraceCollector collector(*collectorHost);
    ASSERT_TRUE(collector.setRecordingDir(dir.path()));
    QSignalSpy connected(&collector, &RemoteTraceCollector::tracerConnected);
    BatchSink sink;
    sink.connectTo(collector);
    collector.start();

    auto a = listening();
    auto b = listening();
    RemoteTraceClient clientA(*a, collectorHost->listenAddrs()[0]);
    RemoteTraceClient clientB(*b, collectorHost->listenAddrs()[0]);
    clientA.start();
    clientB.start();

    // A sends its own events and, on the same stream, events of another origin (a relay).
    const auto relayed = fakePeer(7);
    const auto evA = events(a->localPeer(), 40);
    const auto evRelayed = events(relayed, 5, 100);
    const auto evB = events(b->localPeer(), 33, 200);
    for (const auto& e : evA)
        clientA.addEvent(e);
    for (const auto& e : evRelayed)
        clientA.addEvent(e);
    for (const auto& e : evB)
        clientB.addEvent(e);
    collector.selectNode(QString::fromStdString(a->localPeer().toBase58()));
    // Partial batches go out after 1 s, as go's tracer.
    ASSERT_TRUE(waitUntil([&] { return collector.totalEvents() == 78; })) << collector.totalEvents();
    EXPECT_EQ(connected.count(), 2);
    EXPECT_EQ(clientA.sentEvents(), 45u);
    EXPECT_EQ(clientA.sentBatches(), 3u); // 16 + 16 + (8 + 5 after the 1 s timer)
    EXPECT_EQ(clientB.sentEvents(), 33u);

    const auto nodes = collector.nodes();
    ASSERT_EQ(nodes.size(), 3u);
    const QString idA = QString::fromStdString(a->localPeer().toBase58());
    const QString idB = QString::fromStdString(b->localPeer().toBase58());
    const QString idR = QString::fromStdString(relayed.toBase58());
    EXPECT_EQ(collector.eventCount(idA), 40u);
    EXPECT_EQ(collector.eventCount(idB), 33u);
    EXPECT_EQ(collector.eventCount(idR), 5u);

    ASSERT_TRUE(waitUntil([&] { return sink.events.size() == evA.size(); }));
    EXPECT_TRUE(sameEvents(sink.events, evA));
    EXPECT_EQ(collector.snapshot().peerId, a->localPeer().toBase58());

    collector.closeRecordings();
    for (const auto& node : nodes) {
        ASSERT_FALSE(node.recordingPath.isEmpty());
        EXPECT_TRUE(node.recordingPath.startsWith(dir.path() + QLatin1Char('/') + node.peerId + QStringLiteral("/trace.")));
        const auto contents = trace::readRecording(node.recordingPath.toStdString());
        EXPECT_FALSE(contents.error) << contents.error->message;
        const auto& expected = node.peerId == idA ? evA : node.peerId == idB ? evB : evRelayed;
        EXPECT_TRUE(sameEvents(contents.events, expected)) << node.peerId.toStdString();
    }
}

TEST_F(RemoteTraceTest, GarbageLosesOnlyItsOwnStream)
{
    auto collectorHost = listening();
    RemoteTraceCollector collector(*collectorHost);
    QSignalSpy errors(&collector, &RemoteTraceCollector::tracerError);
    auto good = listening();
    auto bad = listening();
    RemoteTraceClientOptions fast;
    fast.batchEvents = 4;
    RemoteTraceClient client(*good, collectorHost->listenAddrs()[0], fast);
    client.start();
    ASSERT_TRUE(waitUntil([&] { return client.isConnected(); }));
    for (const auto& e : events(good->localPeer(), 8))
        client.addEvent(e);
    ASSERT_TRUE(waitUntil([&] { return collector.totalEvents() == 8; }));

    // The bad peer: a valid gzip header, then bytes that are no deflate data.
    bad->dial(collectorHost->listenAddrs()[0]);
    ASSERT_TRUE(waitUntil([&] { return !bad->host().connectedPeers().empty(); }));
    const auto stream = bad->openStream(collectorHost->localPeer(), {kRemoteTracerProtocol});
    ASSERT_TRUE(stream);
    QSignalSpy badReset(bad.get(), &TcpHost::streamReset);
    ASSERT_TRUE(waitUntil([&] { return collector.streamCount() == 2; }));
    Bytes junk{0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff};
    junk.insert(junk.end(), 64, 0xff);
    bad->write(*stream, junk);
    ASSERT_TRUE(waitUntil([&] { return errors.count() == 1; }));
    EXPECT_EQ(errors.at(0).at(0).toString().toStdString(), bad->localPeer().toBase58());
    EXPECT_TRUE(errors.at(0).at(1).toString().contains(QStringLiteral("byte"))) << errors.at(0).at(1).toString().toStdString();
    ASSERT_TRUE(waitUntil([&] { return badReset.count() == 1; }));
    EXPECT_EQ(collector.failedStreams(), 1u);

    // The good tracer's stream is untouched and keeps delivering.
    for (const auto& e : events(good->localPeer(), 8, 8))
        client.addEvent(e);
    ASSERT_TRUE(waitUntil([&] { return collector.totalEvents() == 16; }));
    EXPECT_TRUE(client.isConnected());
    EXPECT_EQ(collector.streamCount(), 1u);
    EXPECT_EQ(collector.nodes().size(), 1u);
}

TEST_F(RemoteTraceTest, SeededRandomGarbageNeverHurtsOtherStreams)
{
    auto collectorHost = listening();
    RemoteTraceCollector collector(*collectorHost);
    QSignalSpy errors(&collector, &RemoteTraceCollector::tracerError);
    auto good = listening();
    RemoteTraceClientOptions fast;
    fast.batchEvents = 2;
    RemoteTraceClient client(*good, collectorHost->listenAddrs()[0], fast);
    client.start();
    ASSERT_TRUE(waitUntil([&] { return client.isConnected(); }));

    auto bad = listening();
    bad->dial(collectorHost->listenAddrs()[0]);
    ASSERT_TRUE(waitUntil([&] { return !bad->host().connectedPeers().empty(); }));
    SeededRng rng(20261126);
    int expectedEvents = 0;
    for (int round = 0; round < 12; ++round) {
        const auto stream = bad->openStream(collectorHost->localPeer(), {kRemoteTracerProtocol});
        ASSERT_TRUE(stream);
        Bytes junk = rng.bytes(1 + rng.below(4096));
        if (round % 2 == 1) { // keep a gzip header so the damage is deeper in the stream
            junk[0] = 0x1f;
            if (junk.size() > 2) {
                junk[1] = 0x8b;
                junk[2] = 0x08;
            }
        }
        bad->write(*stream, junk);
        bad->closeWrite(*stream);
        for (const auto& e : events(good->localPeer(), 2, 2 * round))
            client.addEvent(e);
        expectedEvents += 2;
        ASSERT_TRUE(waitUntil([&] { return errors.count() == round + 1; })) << "round " << round;
        ASSERT_TRUE(waitUntil([&] { return collector.totalEvents() == static_cast<std::uint64_t>(expectedEvents); }));
    }
    EXPECT_TRUE(client.isConnected());
    EXPECT_EQ(collector.failedStreams(), 12u);
    EXPECT_EQ(collector.nodes().size(), 1u);
}

TEST_F(RemoteTraceTest, DamageAfterValidBatchesKeepsTheEventsBeforeIt)
{
    auto collectorHost = listening();
    RemoteTraceCollector collector(*collectorHost);
    QSignalSpy errors(&collector, &RemoteTraceCollector::tracerError);
    auto good = listening();
    RemoteTraceClient client(*good, collectorHost->listenAddrs()[0]);
    client.start();
    ASSERT_TRUE(waitUntil([&] { return client.isConnected(); }));
    auto bad = listening();
    bad->dial(collectorHost->listenAddrs()[0]);
    ASSERT_TRUE(waitUntil([&] { return !bad->host().connectedPeers().empty(); }));
    const auto origin = fakePeer(3);
    const QString originText = QString::fromStdString(origin.toBase58());

    SeededRng rng(4242);
    std::uint64_t goodEvents = 0;
    for (int round = 0; round < 8; ++round) {
        const auto stream = bad->openStream(collectorHost->localPeer(), {kRemoteTracerProtocol});
        ASSERT_TRUE(stream);
        // A valid, flushed batch of 3 events, then random bytes inside the same gzip member.
        trace::BatchStreamEncoder encoder;
        trace::TraceEventBatch batch;
        for (const auto& e : events(origin, 3, 3 * round))
            *batch.add_batch() = e;
        Bytes bytes = encoder.encode(batch);
        const Bytes junk = rng.bytes(1 + rng.below(2048));
        bytes.insert(bytes.end(), junk.begin(), junk.end());
        bad->write(*stream, bytes);
        bad->closeWrite(*stream);
        ASSERT_TRUE(waitUntil([&] { return errors.count() == round + 1; })) << "round " << round;
        EXPECT_EQ(collector.eventCount(originText), 3u * static_cast<unsigned>(round + 1));
        // The good tracer is unaffected.
        for (const auto& e : events(good->localPeer(), 16, 16 * round))
            client.addEvent(e);
        goodEvents += 16;
        const QString goodText = QString::fromStdString(good->localPeer().toBase58());
        ASSERT_TRUE(waitUntil([&] { return collector.eventCount(goodText) == goodEvents; }));
    }
    EXPECT_TRUE(client.isConnected());
}

TEST_F(RemoteTraceTest, OversizedBatchIsRefusedWithoutBufferingIt)
{
    auto collectorHost = listening();
    RemoteTraceCollector collector(*collectorHost);
    QSignalSpy errors(&collector, &RemoteTraceCollector::tracerError);
    auto bad = listening();
    bad->dial(collectorHost->listenAddrs()[0]);
    ASSERT_TRUE(waitUntil([&] { return !bad->host().connectedPeers().empty(); }));
    const auto stream = bad->openStream(collectorHost->localPeer(), {kRemoteTracerProtocol});
    ASSERT_TRUE(stream);
    // A length prefix of 5 MiB (go's collector reads at most 4 MiB), then a highly compressible body.
    Bytes plain{0x80, 0x80, 0xc0, 0x02}; // uvarint 5 << 20
    plain.resize(plain.size() + (std::size_t{1} << 20), 0x00);
    trace::GzipDeflater gzip;
    Bytes out;
    gzip.write(plain, out);
    gzip.flush(out);
    bad->write(*stream, out);
    ASSERT_TRUE(waitUntil([&] { return errors.count() == 1; }));
    EXPECT_EQ(collector.streamCount(), 0u);
    EXPECT_EQ(collector.totalEvents(), 0u);
}

TEST_F(RemoteTraceTest, NodeLimitAndSelectedNodeSnapshots)
{
    auto collectorHost = listening();
    CollectorLimits limits;
    limits.maxNodes = 2;
    RemoteTraceCollector collector(*collectorHost, limits);
    QSignalSpy snapshots(&collector, &ObservationSource::snapshotAvailable);
    collector.start();
    auto h = listening();
    RemoteTraceClientOptions opts;
    opts.batchEvents = 4;
    RemoteTraceClient client(*h, collectorHost->listenAddrs()[0], opts);
    client.start();
    const auto p1 = fakePeer(11), p2 = fakePeer(12), p3 = fakePeer(13);
    for (const auto* p : {&p1, &p2, &p3})
        for (const auto& e : events(*p, 4))
            client.addEvent(e);
    ASSERT_TRUE(waitUntil([&] { return collector.totalEvents() + collector.overflowEvents() == 12; }));
    EXPECT_EQ(collector.nodes().size(), 2u);
    EXPECT_EQ(collector.overflowEvents(), 4u); // the third origin is beyond maxNodes
    // The first origin seen is shown until another is selected.
    ASSERT_TRUE(waitUntil([&] { return !snapshots.isEmpty(); }));
    EXPECT_EQ(snapshots.last().at(0).value<trace::NodeSnapshot>().peerId, p1.toBase58());
    EXPECT_EQ(collector.selectedNode().toStdString(), p1.toBase58());
    collector.selectNode(QString::fromStdString(p2.toBase58()));
    ASSERT_TRUE(waitUntil([&] { return snapshots.last().at(0).value<trace::NodeSnapshot>().peerId == p2.toBase58(); }));
    const auto topics = snapshots.last().at(0).value<trace::NodeSnapshot>().topics;
    EXPECT_EQ(std::count_if(topics.begin(), topics.end(), [](const auto& t) { return t.subscribed; }), 2);
}

TEST_F(RemoteTraceTest, StreamLimitRefusesExtraTracers)
{
    auto collectorHost = listening();
    CollectorLimits limits;
    limits.maxStreams = 1;
    RemoteTraceCollector collector(*collectorHost, limits);
    QSignalSpy errors(&collector, &RemoteTraceCollector::tracerError);
    auto a = listening();
    auto b = listening();
    RemoteTraceClient clientA(*a, collectorHost->listenAddrs()[0]);
    clientA.start();
    ASSERT_TRUE(waitUntil([&] { return clientA.isConnected(); }));
    RemoteTraceClientOptions slow;
    slow.minBackoffMs = 60000;
    RemoteTraceClient clientB(*b, collectorHost->listenAddrs()[0], slow);
    QSignalSpy failedB(&clientB, &RemoteTraceClient::connectionFailed);
    clientB.start();
    ASSERT_TRUE(waitUntil([&] { return errors.count() == 1; }));
    EXPECT_TRUE(errors.at(0).at(1).toString().contains(QStringLiteral("too many")));
    ASSERT_TRUE(waitUntil([&] { return failedB.count() == 1; }));
    EXPECT_FALSE(clientB.isConnected());
    EXPECT_TRUE(clientA.isConnected());
}

TEST_F(RemoteTraceTest, QueueDropsOldestBatchesWhileDisconnected)
{
    auto h = listening();
    auto unreachable = listening(); // its address, then it goes away
    const auto addr = unreachable->listenAddrs()[0];
    unreachable.reset();
    RemoteTraceClientOptions opts;
    opts.batchEvents = 2;
    opts.maxQueuedBatches = 3;
    opts.minBackoffMs = 60000;
    RemoteTraceClient client(*h, addr, opts);
    QSignalSpy failed(&client, &RemoteTraceClient::connectionFailed);
    client.start();
    for (const auto& e : events(h->localPeer(), 20))
        client.addEvent(e);
    EXPECT_EQ(client.queuedBatches(), 3u);
    EXPECT_EQ(client.droppedBatches(), 7u);
    EXPECT_EQ(client.droppedEvents(), 14u);
    ASSERT_TRUE(waitUntil([&] { return failed.count() >= 1; }));
    EXPECT_FALSE(client.isConnected());
}

TEST_F(RemoteTraceTest, ClientReconnectsWhenTheCollectorComesBack)
{
    SeededRng keyRng(99);
    host::HostConfig config;
    config.identity = crypto::PrivateKey::generateEd25519(keyRng);
    auto collectorHost = listening(config);
    const auto addr = collectorHost->listenAddrs()[0];
    auto collector = std::make_unique<RemoteTraceCollector>(*collectorHost);

    auto h = listening();
    RemoteTraceClientOptions opts;
    opts.batchEvents = 1;
    opts.minBackoffMs = 20;
    opts.maxBackoffMs = 200;
    RemoteTraceClient client(*h, addr, opts);
    client.start();
    ASSERT_TRUE(waitUntil([&] { return client.isConnected(); }));
    client.addEvent(events(h->localPeer(), 1)[0]);
    ASSERT_TRUE(waitUntil([&] { return collector->totalEvents() == 1; }));

    collector.reset();
    collectorHost.reset();
    ASSERT_TRUE(waitUntil([&] { return !client.isConnected(); }));
    for (const auto& e : events(h->localPeer(), 3, 1))
        client.addEvent(e);

    // The same identity on the same port.
    collectorHost = std::make_unique<TcpHost>(config);
    ASSERT_TRUE(collectorHost->listen(addr.withoutPeerId()));
    collector = std::make_unique<RemoteTraceCollector>(*collectorHost);
    ASSERT_TRUE(waitUntil([&] { return collector->totalEvents() == 3; })) << collector->totalEvents();
    EXPECT_EQ(client.connections(), 2u);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
