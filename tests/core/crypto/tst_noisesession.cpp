// NoiseSession framing: large payloads split into 65535-byte frames, arbitrary chunking on the
// receive side, bounded buffering, bad tags, short frames, and failure stickiness.
#include "core/transport/noisesession.h"

#include "core/base/rng.h"

#include <gtest/gtest.h>

#include <limits>

using namespace meshscope;
using namespace meshscope::transport;

namespace {

// A connected pair: a's send key is b's receive key and vice versa.
std::pair<NoiseSession, NoiseSession> makePair()
{
    crypto::ChaChaKey k1{}, k2{};
    k1[0] = 1;
    k2[0] = 2;
    NoiseCipherState a1, a2, b1, b2;
    a1.initializeKey(k1);
    b1.initializeKey(k1);
    a2.initializeKey(k2);
    b2.initializeKey(k2);
    return {NoiseSession(a1, a2), NoiseSession(b2, b1)};
}

} // namespace

TEST(NoiseSession, LargePayloadSplitsIntoMaximalFrames)
{
    auto [a, b] = makePair();
    SeededRng rng(3);
    const Bytes big = rng.bytes(200000);
    const Bytes wire = a.encrypt(big);
    // 200000 = 3 * 65519 + 3443: four frames.
    ASSERT_EQ(wire.size(), big.size() + 4 * (2 + 16));
    EXPECT_EQ(wire[0], 0xff);
    EXPECT_EQ(wire[1], 0xff);
    Bytes out;
    ASSERT_TRUE(b.decrypt(wire, out));
    EXPECT_EQ(out, big);
    EXPECT_EQ(b.buffered(), 0u);
}

TEST(NoiseSession, ArbitraryChunkingReassembles)
{
    auto [a, b] = makePair();
    SeededRng rng(4);
    Bytes expected;
    Bytes wire;
    for (int i = 0; i < 20; ++i) {
        const Bytes msg = rng.bytes(static_cast<std::size_t>(rng.below(100000)));
        append(expected, msg);
        append(wire, a.encrypt(msg));
    }
    Bytes out;
    std::size_t pos = 0;
    while (pos < wire.size()) {
        const std::size_t n = std::min<std::size_t>(1 + rng.below(3000), wire.size() - pos);
        ASSERT_TRUE(b.decrypt(BytesView(wire).subspan(pos, n), out));
        EXPECT_LE(b.buffered(), 2u + 65535u);
        pos += n;
    }
    EXPECT_EQ(out, expected);
    // One byte at a time through a frame boundary, including a split length prefix.
    const Bytes w2 = a.encrypt(asBytes("xyz"));
    Bytes o2;
    for (std::uint8_t byte : w2)
        ASSERT_TRUE(b.decrypt(BytesView(&byte, 1), o2));
    EXPECT_EQ(toString(o2), "xyz");
}

TEST(NoiseSession, BadTagFailsAndSticks)
{
    auto [a, b] = makePair();
    Bytes wire = a.encrypt(asBytes("hello"));
    wire[4] ^= 1;
    Bytes out;
    auto st = b.decrypt(wire, out);
    ASSERT_FALSE(st);
    EXPECT_NE(st.error().message.find("bad authentication tag"), std::string::npos) << st.error().message;
    EXPECT_TRUE(b.failed());
    EXPECT_FALSE(b.decrypt(a.encrypt(asBytes("again")), out));
    EXPECT_TRUE(out.empty());
}

TEST(NoiseSession, ReplayedOrReorderedFramesFail)
{
    auto [a, b] = makePair();
    const Bytes f1 = a.encrypt(asBytes("one"));
    const Bytes f2 = a.encrypt(asBytes("two"));
    Bytes out;
    ASSERT_TRUE(b.decrypt(f1, out));
    EXPECT_FALSE(b.decrypt(f1, out)); // replay: nonce 1 expected
    auto [c, d] = makePair();
    const Bytes g1 = c.encrypt(asBytes("one"));
    const Bytes g2 = c.encrypt(asBytes("two"));
    EXPECT_FALSE(d.decrypt(g2, out)); // reordered
    (void)g1;
    (void)f2;
}

TEST(NoiseSession, ShortFrameAndDefaultSession)
{
    auto [a, b] = makePair();
    Bytes out;
    auto st = b.decrypt(Bytes{0x00, 0x03, 1, 2, 3}, out);
    ASSERT_FALSE(st);
    EXPECT_NE(st.error().message.find("shorter than the 16-byte tag"), std::string::npos);
    NoiseSession none;
    EXPECT_TRUE(none.failed());
    EXPECT_TRUE(none.encrypt(asBytes("secret")).empty());
    EXPECT_FALSE(none.decrypt(Bytes{0, 16}, out));
    EXPECT_TRUE(a.encrypt({}).empty());
}

TEST(NoiseSession, NonceExhaustionFailsClearly)
{
    crypto::ChaChaKey k{};
    NoiseCipherState send, receive, other;
    send.initializeKey(k);
    receive.initializeKey(k);
    other.initializeKey(k);
    send.setNonce(std::numeric_limits<std::uint64_t>::max() - 1);
    receive.setNonce(std::numeric_limits<std::uint64_t>::max() - 1);
    NoiseSession a(send, other);
    NoiseSession b(other, receive);
    const Bytes last = a.encrypt(asBytes("last"));
    ASSERT_FALSE(last.empty());
    Bytes out;
    ASSERT_TRUE(b.decrypt(last, out));
    EXPECT_EQ(toString(out), "last");
    EXPECT_TRUE(a.encrypt(asBytes("one more")).empty());
    EXPECT_TRUE(a.failed());
    EXPECT_NE(a.error().find("send nonce exhausted"), std::string::npos) << a.error();
    auto st = b.decrypt(last, out);
    ASSERT_FALSE(st);
    EXPECT_NE(st.error().message.find("receive nonce exhausted"), std::string::npos) << st.error().message;
}
