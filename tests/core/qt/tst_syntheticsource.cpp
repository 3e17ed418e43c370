// SyntheticSource: deterministic per seed, sized as configured, rate respected.
#include "core/qt/metatypes.h"
#include "core/qt/syntheticsource.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace meshscope::coreqt {
namespace {

using namespace std::chrono_literals;

std::vector<trace::TraceEvent> run(std::uint64_t seed)
{
    SyntheticSource src({20, 3, 1000, seed});
    QSignalSpy batches(&src, &ObservationSource::eventsAvailable);
    src.step(100ms);
    src.step(100ms);
    std::vector<trace::TraceEvent> all;
    for (const auto& args : batches) {
        const auto b = args.at(0).value<TraceBatch>();
        all.insert(all.end(), b.events->begin(), b.events->end());
    }
    return all;
}

TEST(SyntheticSource, SameSeedSameEvents)
{
    const auto a = run(5), b = run(5), c = run(6);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        ASSERT_TRUE(trace::sameEvent(a[i], b[i])) << i;
    bool differ = a.size() != c.size();
    for (std::size_t i = 0; !differ && i < a.size(); ++i)
        differ = !trace::sameEvent(a[i], c[i]);
    EXPECT_TRUE(differ);
}

TEST(SyntheticSource, ThousandPeersAtFiveThousandEventsPerSecond)
{
    SyntheticSource src({1000, 50, 5000, 1});
    QSignalSpy snapshots(&src, &ObservationSource::snapshotAvailable);
    src.step(1s);
    const auto setup = src.generated() - 5000;
    EXPECT_GE(setup, 2000u + 50u); // add peer + subscription RPC per peer, joins, grafts
    src.step(1s);
    EXPECT_EQ(src.generated(), setup + 10000);
    ASSERT_EQ(snapshots.size(), 2);
    const auto snap = snapshots.at(1).at(0).value<trace::NodeSnapshot>();
    EXPECT_EQ(snap.peers.size(), 1000u);
    EXPECT_EQ(snap.topics.size(), 50u);
    EXPECT_EQ(snap.sequence, 2u);
    std::size_t meshed = 0;
    for (const auto& t : snap.topics) {
        EXPECT_TRUE(t.subscribed);
        meshed += t.mesh.empty() ? 0 : 1;
    }
    EXPECT_EQ(meshed, 50u);
    for (const auto& p : snap.peers) {
        EXPECT_FALSE(p.agent.empty());
        EXPECT_TRUE(p.rtt.has_value());
        EXPECT_FALSE(p.topics.empty());
    }
    EXPECT_GT(snap.counters.delivered, 0u);
    EXPECT_EQ(src.kind(), SourceKind::Synthetic);
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
