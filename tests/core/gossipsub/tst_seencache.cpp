// SeenCache, StoredId and DigestSet (the router's flat id tables): against a plain std::set/map model under
// random adds, expiry and the capacity bound, including ids that share their hash bucket.
#include "core/base/rng.h"
#include "core/gossipsub/digestset.h"
#include "core/gossipsub/idfifo.h"
#include "core/gossipsub/seencache.h"

#include <algorithm>
#include <deque>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace std::chrono_literals;

namespace {

// Ids like go's (from || seqno): a shared prefix of `prefix` bytes, distinct only in the last 8. With a
// prefix of 40 or more they are longer than StoredId keeps inline (held on the heap instead).
std::string goLikeId(std::uint64_t n, std::size_t prefix = 34)
{
    std::string id(prefix, 'p');
    for (int b = 0; b < 8; ++b)
        id.push_back(static_cast<char>((n >> (8 * (7 - b))) & 0xff));
    return id;
}

} // namespace

class SeenCacheModel : public ::testing::TestWithParam<std::size_t> { };

TEST_P(SeenCacheModel, matchesModelUnderRandomAddsExpiryAndCapacity)
{
    const std::size_t prefix = GetParam();
    const auto idOf = [prefix](std::uint64_t n) { return goLikeId(n, prefix); };
    constexpr std::size_t kCapacity = 300;
    SeenCache cache(10s, kCapacity);
    std::deque<std::pair<TimePoint, std::string>> model; // insertion order
    std::set<std::string> ids;
    SeededRng rng(42);
    TimePoint now = fromNanos(0);
    for (int step = 0; step < 20000; ++step) {
        now += std::chrono::milliseconds(rng.below(20));
        const std::string id = idOf(rng.below(2000));
        const bool added = cache.add(id, now);
        ASSERT_EQ(added, ids.count(id) == 0) << "step " << step;
        if (added) {
            model.emplace_back(now, id);
            ids.insert(id);
            while (model.size() > kCapacity) {
                ids.erase(model.front().second);
                model.pop_front();
            }
        }
        if (step % 97 == 0) {
            cache.expire(now);
            while (!model.empty() && model.front().first + 10s <= now) {
                ids.erase(model.front().second);
                model.pop_front();
            }
        }
        ASSERT_EQ(cache.size(), ids.size());
        const std::string probe = idOf(rng.below(2000));
        ASSERT_EQ(cache.contains(probe), ids.count(probe) != 0) << "step " << step;
    }
    cache.expire(now + 11s);
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_FALSE(cache.contains(idOf(1)));
    EXPECT_TRUE(cache.add(idOf(1), now + 12s)); // usable again after emptying
    EXPECT_TRUE(cache.contains(idOf(1)));
}

// Short, go-like (42 bytes, inline) and long (72 bytes, on the heap) ids.
INSTANTIATE_TEST_SUITE_P(
    IdLengths, SeenCacheModel, ::testing::Values(std::size_t { 0 }, std::size_t { 34 }, std::size_t { 64 }));

TEST(StoredId, keepsInlineAndHeapIdsThroughCopiesAndMoves)
{
    for (const std::size_t length : { std::size_t { 0 }, std::size_t { 32 }, StoredId::kInline,
             StoredId::kInline + 1, std::size_t { 200 } }) {
        std::string text(length, 'x');
        for (std::size_t k = 0; k < length; ++k)
            text[k] = static_cast<char>(k * 7 + length);
        StoredId id(text);
        EXPECT_EQ(id.view(), text) << length;
        StoredId copy(id);
        StoredId moved(std::move(id));
        EXPECT_EQ(copy.view(), text);
        EXPECT_EQ(moved.view(), text);
        EXPECT_TRUE(id.view().empty()); // NOLINT(bugprone-use-after-move): a moved-from id is empty
        StoredId assigned;
        assigned = copy;
        EXPECT_EQ(assigned.view(), text);
        assigned = StoredId("other");
        EXPECT_EQ(assigned.view(), "other");
        moved = std::move(copy);
        EXPECT_EQ(moved.view(), text);
        EXPECT_EQ(sizeof(StoredId), 48u);
    }
}

TEST(DigestSet, matchesModelUnderRandomInsertsAndExpiry)
{
    DigestSet set;
    std::map<std::uint32_t, std::uint64_t> model; // key (the digest as stored) -> tick
    SeededRng rng(7);
    std::uint64_t tick = 0;
    std::size_t largest = 0; // most slots the table had
    for (int step = 0; step < 20000; ++step) {
        // Small digests (0 among them, which is stored as 1) and arbitrary ones.
        const std::uint64_t d = rng.below(4) == 0 ? rng.below(64) : rng.next();
        set.insert(d, tick, 3);
        model.emplace(DigestSet::key(d), tick);
        if (step % 50 == 0) {
            ++tick;
            set.expire(tick, 3);
            std::erase_if(model, [&](const auto& e) { return e.second + 3 <= tick; });
        }
        ASSERT_EQ(set.count(tick, 3), model.size()) << "step " << step;
        const std::uint64_t probe = rng.below(2) == 0 ? rng.below(64) : d;
        ASSERT_EQ(set.contains(probe, tick, 3), model.count(DigestSet::key(probe)) != 0) << "step " << step;
        largest = std::max(largest, set.capacity());
    }
    // Expired digests are dropped when the table would grow, so it stays sized for the live ones
    // (150 to 200 here: a rebuild leaves it at most a quarter full, then it fills to half): 1,024
    // slots, where keeping every digest ever inserted would take 32,768.
    EXPECT_LE(largest, 1024u);
    EXPECT_FALSE(set.contains(5, tick + 3, 3));
    set.expire(tick + 3, 3); // all expired: the table is freed
    EXPECT_EQ(set.capacity(), 0u);
    EXPECT_EQ(set.count(tick + 3, 3), 0u);
    // A digest recorded again after it expired is held anew.
    set.insert(42, 10, 3);
    EXPECT_TRUE(set.contains(42, 12, 3));
    EXPECT_FALSE(set.contains(42, 13, 3));
    set.insert(42, 13, 3);
    EXPECT_TRUE(set.contains(42, 15, 3));
    set.insert(42, 14, 3); // held: the first tick stays
    EXPECT_FALSE(set.contains(42, 16, 3));
    // Ticks are kept modulo 2^32: a table still answers right across the wrap.
    const std::uint64_t wrap = std::uint64_t { 1 } << 32;
    set.insert(7, wrap - 1, 3);
    EXPECT_TRUE(set.contains(7, wrap + 1, 3));
    EXPECT_FALSE(set.contains(7, wrap + 2, 3));
    // Digests that differ only in their high half are kept apart (they are folded, not truncated).
    DigestSet folded;
    folded.insert(0x1'0000'0005ull, 0, 3);
    EXPECT_TRUE(folded.contains(0x1'0000'0005ull, 0, 3));
    EXPECT_FALSE(folded.contains(0x2'0000'0005ull, 0, 3));
    EXPECT_FALSE(folded.contains(5, 0, 3));
}

// hashBytes (IdHash, idDigest): ids that differ in one byte anywhere, or only in length, hash apart,
// and ids that share a long prefix (go's from || seqno) still fill a table's low bits evenly.
TEST(IdHash, separatesNearIdsAndSpreadsLowBits)
{
    std::set<std::uint64_t> seen;
    std::string base(46, 'p');
    for (std::size_t len = 0; len <= base.size(); ++len) // every prefix, the empty string included
        EXPECT_TRUE(seen.insert(hashBytes(std::string_view(base).substr(0, len))).second) << len;
    for (std::size_t at = 0; at < base.size(); ++at)
        for (int bit = 0; bit < 8; ++bit) {
            std::string id = base;
            id[at] = static_cast<char>(id[at] ^ (1 << bit));
            EXPECT_TRUE(seen.insert(hashBytes(id)).second) << at << ":" << bit;
        }
    constexpr std::size_t kBuckets = 1024, kIds = 64 * kBuckets;
    std::vector<std::size_t> buckets(kBuckets, 0);
    for (std::uint64_t seqno = 0; seqno < kIds; ++seqno) {
        std::string id(38, 'f'); // from, then a big-endian seqno
        for (int b = 7; b >= 0; --b)
            id.push_back(static_cast<char>(seqno >> (8 * b)));
        ++buckets[IdHash {}(id) & (kBuckets - 1)];
    }
    const auto [low, high] = std::minmax_element(buckets.begin(), buckets.end());
    EXPECT_GT(*low, 64u / 2) << "mean 64 per bucket";
    EXPECT_LT(*high, 64u * 2);
}

// IdFifo directly, with values, through phases of growth and draining (its ring grows, wraps and
// shrinks several times): every live id finds its own value and the oldest leaves first.
TEST(IdFifo, keepsValuesInOrderThroughGrowthAndShrinking)
{
    IdFifo<std::uint64_t> fifo;
    std::deque<std::pair<std::string, std::uint64_t>> model;
    SeededRng rng(7);
    std::uint64_t next = 0;
    TimePoint now = fromNanos(0);
    for (int step = 0; step < 6000; ++step) {
        // Phases of growth and of draining, so the fifo grows and shrinks several times.
        const bool growing = (step / 700) % 2 == 0;
        if (rng.below(10) < (growing ? 8u : 2u)) {
            const std::string id = goLikeId(next, 20 + next % 40); // inline and heap-held ids
            auto [entry, inserted] = fifo.insert(id, now);
            ASSERT_TRUE(inserted);
            entry->value = next;
            model.emplace_back(id, next);
            ++next;
        } else if (!model.empty()) {
            ASSERT_EQ(fifo.front().id.view(), model.front().first);
            ASSERT_EQ(fifo.front().value, model.front().second);
            fifo.popFront();
            model.pop_front();
        }
        ASSERT_EQ(fifo.size(), model.size());
        if (!model.empty()) {
            const auto& [id, value] = model[rng.below(model.size())];
            const auto* e = fifo.find(id);
            ASSERT_NE(e, nullptr) << "step " << step;
            EXPECT_EQ(e->value, value);
            EXPECT_FALSE(fifo.insert(id, now).second) << "already held";
        }
        if (next > 0) {
            EXPECT_EQ(fifo.find(goLikeId(next + 1, 20)), nullptr);
        }
    }
    while (!model.empty()) {
        fifo.popFront();
        model.pop_front();
    }
    EXPECT_TRUE(fifo.empty());
    EXPECT_TRUE(fifo.insert("again", now).second);
    EXPECT_NE(fifo.find("again"), nullptr);
}
