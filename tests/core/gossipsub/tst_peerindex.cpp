// PeerIndex (the flat lookup index PeerScore keeps over its peer map): against the map itself under
// random inserts and erases, including peers whose hashes share their home slot.
#include "core/base/rng.h"
#include "core/gossipsub/peerindex.h"

#include <gtest/gtest.h>
#include <map>

using namespace meshscope;
using namespace meshscope::gossipsub;
using multiformats::PeerId;

namespace {

// A peer whose hash (std::hash<PeerId> folds the last 8 bytes) is chosen: small values collide in
// the index's low bits.
PeerId peerWithTail(std::uint64_t tail)
{
    Bytes mh { 0x12, 0x20 };
    for (int b = 0; b < 24; ++b)
        mh.push_back(0xaa);
    for (int b = 7; b >= 0; --b)
        mh.push_back(static_cast<std::uint8_t>(tail >> (8 * b)));
    return PeerId::fromBytes(mh).value();
}

} // namespace

TEST(PeerIndex, FindsExactlyTheMapsEntriesUnderRandomChurn)
{
    std::map<PeerId, int> map; // the owner: entries stay put while they exist
    PeerIndex<std::pair<const PeerId, int>> index;
    SeededRng rng(11);
    for (int step = 0; step < 20000; ++step) {
        // Mostly tails below 64 (clustered home slots), sometimes anywhere.
        const std::uint64_t tail = rng.below(8) == 0 ? rng.next() : rng.below(64) * 16;
        const PeerId peer = peerWithTail(tail);
        if (rng.below(2) == 0) {
            auto [it, inserted] = map.try_emplace(peer, step);
            if (inserted)
                index.insert(&*it);
        } else {
            index.erase(peer);
            map.erase(peer);
        }
        ASSERT_EQ(index.size(), map.size()) << "step " << step;
        const PeerId probe = peerWithTail(rng.below(4) == 0 ? rng.next() : rng.below(64) * 16);
        const auto it = map.find(probe);
        auto* found = index.find(probe);
        ASSERT_EQ(found, it == map.end() ? nullptr : &*it) << "step " << step;
    }
    for (auto& entry : map)
        EXPECT_EQ(index.find(entry.first), &entry);
    while (!map.empty()) {
        index.erase(map.begin()->first);
        map.erase(map.begin());
    }
    EXPECT_EQ(index.size(), 0u);
    EXPECT_EQ(index.find(peerWithTail(16)), nullptr);
    index.erase(peerWithTail(16)); // not indexed: nothing happens
}
