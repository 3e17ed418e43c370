// SoloMap (PeerScore's per-peer topic stats): against std::map under random inserts, lookups and
// erasures, through the changes between one inline entry and several in the vector.
#include "core/base/rng.h"
#include "core/gossipsub/solomap.h"

#include <gtest/gtest.h>
#include <map>
#include <string>
#include <vector>

using namespace meshscope;
using namespace meshscope::gossipsub;

TEST(SoloMap, matchesStdMapThroughOneAndManyEntries)
{
    SoloMap<std::string, int> map;
    std::map<std::string, int> model;
    SeededRng rng(11);
    const auto keyOf = [](std::uint64_t n) { return "topic-" + std::to_string(n); };
    for (int step = 0; step < 20000; ++step) {
        // Mostly one or two keys (the usual sizes), sometimes up to six.
        const std::string key = keyOf(rng.below(rng.below(4) == 0 ? 6 : 2));
        switch (rng.below(4)) {
        case 0:
        case 1:
            map[key] += step;
            model[key] += step;
            break;
        case 2: {
            const auto it = map.find(key);
            ASSERT_EQ(it == map.end(), model.count(key) == 0) << "step " << step;
            if (it != map.end()) {
                ASSERT_EQ(it->second, model.at(key));
                const auto next = map.erase(it);
                const auto modelNext = model.erase(model.find(key));
                ASSERT_EQ(next == map.end(), modelNext == model.end()) << "step " << step;
                if (next != map.end()) {
                    ASSERT_EQ(next->first, modelNext->first);
                }
            }
            break;
        }
        default: // erase-while-iterating, as PeerScore drops topics no longer configured
            if (rng.below(50) == 0) {
                for (auto it = map.begin(); it != map.end();)
                    it = it->second % 2 == 0 ? map.erase(it) : it + 1;
                std::erase_if(model, [](const auto& e) { return e.second % 2 == 0; });
            }
            break;
        }
        ASSERT_EQ(map.size(), model.size()) << "step " << step;
        ASSERT_EQ(map.empty(), model.empty());
        using Entries = std::vector<std::pair<std::string, int>>;
        const Entries inOrder(map.begin(), map.end());
        const Entries expected(model.begin(), model.end());
        ASSERT_EQ(inOrder, expected) << "same entries, same order, step " << step;
    }
    const SoloMap<std::string, int>& constMap = map;
    for (const auto& [key, value] : model) {
        ASSERT_NE(constMap.find(key), constMap.end());
        EXPECT_EQ(constMap.find(key)->second, value);
    }
    EXPECT_EQ(constMap.find("absent"), constMap.end());
}
