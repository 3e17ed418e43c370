// RecordingPlayer over real recording files written by the trace module's writer.
#include "core/qt/metatypes.h"
#include "core/qt/recordingplayer.h"
#include "core/trace/recordingwriter.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace meshscope::coreqt {
namespace {

using namespace std::chrono_literals;

Bytes peer(std::uint8_t n)
{
    Bytes b{0x00, 0x24, 0x08, 0x01, 0x12, 0x20};
    for (std::uint8_t i = 0; i < 32; ++i)
        b.push_back(i);
    b.back() = n;
    return b;
}

constexpr std::int64_t kSec = 1'000'000'000;

// Peer 2 joins at 0 s, is grafted at 1 s and pruned at 3 s; a delivery every 500 ms until 4 s.
std::vector<trace::TraceEvent> story()
{
    const Bytes self = peer(1);
    const TimePoint t0 = fromNanos(1'700'000'000 * kSec);
    std::vector<trace::TraceEvent> ev;
    ev.push_back(trace::addPeer(self, t0, peer(2), "/meshsub/1.1.0"));
    ev.push_back(trace::join(self, t0, "blocks"));
    ev.push_back(trace::graft(self, t0 + 1s, peer(2), "blocks"));
    for (int i = 1; i <= 8; ++i)
        ev.push_back(trace::deliverMessage(self, t0 + i * 500ms, "m" + std::to_string(i), "blocks", peer(2)));
    ev.push_back(trace::prune(self, t0 + 3s, peer(2), "blocks"));
    std::stable_sort(ev.begin(), ev.end(), [](const auto& a, const auto& b) { return a.timestamp() < b.timestamp(); });
    return ev;
}

std::string writeFile(const std::string& name, const std::vector<trace::TraceEvent>& events)
{
    const auto path = (std::filesystem::temp_directory_path() / name).string();
    auto w = trace::RecordingWriter::open({path, 0, 0});
    EXPECT_TRUE(w.ok());
    for (const auto& e : events)
        EXPECT_TRUE(w.value()->write(e).ok());
    EXPECT_TRUE(w.value()->close().ok());
    return path;
}

std::size_t meshSize(const trace::NodeSnapshot& s)
{
    const auto* t = s.findTopic("blocks");
    return t ? t->mesh.size() : 0;
}

TEST(RecordingPlayer, PlaysAtSpeedAndSeeksBothWays)
{
    const auto path = writeFile("tst_player.json.gz", story());
    RecordingPlayer player;
    ASSERT_TRUE(player.load(QString::fromStdString(path)));
    std::filesystem::remove(path);
    EXPECT_TRUE(player.error().isEmpty());
    EXPECT_EQ(player.eventCount(), story().size());
    EXPECT_EQ(player.duration(), 4 * kSec);

    QSignalSpy snapshots(&player, &ObservationSource::snapshotAvailable);
    QSignalSpy batches(&player, &ObservationSource::eventsAvailable);
    QSignalSpy finished(&player, &ObservationSource::finished);

    player.step(1500ms); // 0 .. 1.5 s: add, join, graft, 3 deliveries
    ASSERT_EQ(batches.size(), 1);
    EXPECT_EQ(batches.at(0).at(0).value<TraceBatch>().size(), 6u);
    ASSERT_EQ(snapshots.size(), 1);
    auto snap = snapshots.at(0).at(0).value<trace::NodeSnapshot>();
    EXPECT_EQ(meshSize(snap), 1u);
    EXPECT_EQ(snap.counters.delivered, 3u);

    player.setSpeed(10);
    player.step(200ms); // 2 s more: 1.5 .. 3.5 s, prune at 3 s
    EXPECT_EQ(player.position(), 3500 * 1'000'000LL);
    EXPECT_EQ(meshSize(player.snapshot()), 0u);

    player.seek(2 * kSec); // backwards: graft again, prune not yet
    EXPECT_EQ(meshSize(player.snapshot()), 1u);
    EXPECT_EQ(player.snapshot().counters.delivered, 4u);
    player.seek(4 * kSec); // forwards to the end
    EXPECT_EQ(player.snapshot().counters.delivered, 8u);
    EXPECT_EQ(meshSize(player.snapshot()), 0u);

    player.seek(0);
    EXPECT_EQ(player.snapshot().counters.delivered, 0u);
    player.setSpeed(100);
    player.step(1s);
    EXPECT_TRUE(player.atEnd());
    EXPECT_EQ(finished.size(), 1);
}

TEST(RecordingPlayer, SeekAcrossCheckpointsMatchesAFreshFold)
{
    std::vector<trace::TraceEvent> events;
    const Bytes self = peer(1);
    for (int i = 0; i < 25000; ++i) {
        const TimePoint t = fromNanos(i * 1'000'000LL);
        if (i % 2)
            events.push_back(trace::graft(self, t, peer(static_cast<std::uint8_t>(i % 50)), "t" + std::to_string(i % 7)));
        else
            events.push_back(trace::prune(self, t, peer(static_cast<std::uint8_t>(i % 51)), "t" + std::to_string(i % 7)));
    }
    RecordingPlayer player;
    player.setEvents(events);
    for (std::int64_t target : {24000LL, 3000LL, 15000LL, 9999LL, 10000LL, 0LL}) {
        player.seek(target * 1'000'000LL);
        trace::SnapshotBuilder fresh;
        for (std::size_t i = 0; i < events.size() && events[i].timestamp() <= target * 1'000'000LL; ++i)
            fresh.apply(events[i]);
        auto a = player.snapshot();
        auto b = fresh.snapshot();
        EXPECT_EQ(a.eventCount, b.eventCount) << target;
        EXPECT_EQ(a.topics, b.topics) << target;
    }
}

TEST(RecordingPlayer, TruncatedFileKeepsEarlierEventsAndReportsTheOffset)
{
    const auto path = writeFile("tst_player_trunc.pb", story());
    const auto size = std::filesystem::file_size(path);
    std::filesystem::resize_file(path, size - 3);
    RecordingPlayer player;
    ASSERT_TRUE(player.load(QString::fromStdString(path)));
    std::filesystem::remove(path);
    EXPECT_FALSE(player.error().isEmpty());
    EXPECT_TRUE(player.error().contains(QStringLiteral("offset"))) << player.error().toStdString();
    EXPECT_EQ(player.eventCount(), story().size() - 1);
    QSignalSpy errors(&player, &ObservationSource::errorOccurred);
    player.start();
    player.stop();
    EXPECT_EQ(errors.size(), 1);
}

TEST(RecordingPlayer, MissingFileFailsAndCommandsAreNotSupported)
{
    RecordingPlayer player;
    EXPECT_FALSE(player.load(QStringLiteral("/nonexistent/dir/x.pb")));
    EXPECT_FALSE(player.error().isEmpty());
    QSignalSpy answers(&player, &ObservationSource::commandFinished);
    player.dial(7, QStringLiteral("/ip4/127.0.0.1/tcp/1"));
    player.publish(8, QStringLiteral("t"), QByteArray("x"));
    ASSERT_EQ(answers.size(), 2);
    EXPECT_EQ(answers.at(0).at(0).toULongLong(), 7u);
    EXPECT_FALSE(answers.at(0).at(1).toBool());
    EXPECT_EQ(answers.at(0).at(2).toString(), QStringLiteral("not supported by this source"));
    EXPECT_EQ(player.kind(), SourceKind::Recording);
}

} // namespace
} // namespace meshscope::coreqt

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    meshscope::coreqt::registerMetaTypes();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
