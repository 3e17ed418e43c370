#include "core/host/identify.h"

#include "core/crypto/keys.h"
#include "core/host/lengthprefix.h"
#include "core/proto/identify.pb.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::host;

namespace {
IdentifyInfo sample(const crypto::PrivateKey& key)
{
    IdentifyInfo info;
    info.protocolVersion = kIdentifyProtocolVersion;
    info.agentVersion = "meshscope/0.1.0";
    info.publicKey = key.publicKey().toProtobuf();
    info.listenAddrs = {Bytes{0x04, 127, 0, 0, 1, 0x06, 0x10, 0x00}}; // /ip4/127.0.0.1/tcp/4096
    info.observedAddr = Bytes{0x04, 10, 0, 0, 2, 0x06, 0x30, 0x39};
    info.protocols = {kIdentifyProtocol, "/ipfs/ping/1.0.0"};
    return info;
}
} // namespace

TEST(Identify, RoundTripsThroughTheWire)
{
    SeededRng rng(11);
    const auto key = crypto::PrivateKey::generateEd25519(rng);
    const IdentifyInfo info = sample(key);
    const Bytes wire = encodeIdentifyMessage(info);
    auto parsed = decodeIdentifyMessage(wire);
    ASSERT_TRUE(parsed) << parsed.error().message;
    EXPECT_EQ(parsed->protocolVersion, "ipfs/0.1.0");
    EXPECT_EQ(parsed->agentVersion, "meshscope/0.1.0");
    EXPECT_EQ(parsed->publicKey, info.publicKey);
    EXPECT_EQ(parsed->listenAddrs, info.listenAddrs);
    EXPECT_EQ(parsed->observedAddr, info.observedAddr);
    EXPECT_EQ(parsed->protocols, info.protocols);
    EXPECT_FALSE(parsed->signedPeerRecord);
}

TEST(Identify, FieldNumbersMatchTheSpec)
{
    // Hand-built: field 5 protocolVersion, 6 agentVersion, 3 protocols, 4 observedAddr.
    const Bytes proto{0x2a, 0x03, 'a', 'b', 'c', 0x32, 0x01, 'z', 0x1a, 0x02, '/', 'p', 0x22, 0x01, 0x07};
    auto parsed = decodeIdentify(proto);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->protocolVersion, "abc");
    EXPECT_EQ(parsed->agentVersion, "z");
    ASSERT_EQ(parsed->protocols.size(), 1u);
    EXPECT_EQ(parsed->protocols[0], "/p");
    EXPECT_EQ(parsed->observedAddr, Bytes{0x07});
}

TEST(Identify, KeyMustMatchTheConnectionPeer)
{
    SeededRng rng(12);
    const auto key = crypto::PrivateKey::generateEd25519(rng);
    const auto other = crypto::PrivateKey::generateEd25519(rng);
    const auto peer = multiformats::PeerId::fromPublicKey(key.publicKey().toProtobuf());
    const auto otherPeer = multiformats::PeerId::fromPublicKey(other.publicKey().toProtobuf());
    const IdentifyInfo info = sample(key);
    EXPECT_TRUE(checkIdentifyKey(info, peer, false));
    auto wrong = checkIdentifyKey(info, otherPeer, false);
    ASSERT_FALSE(wrong);
    EXPECT_NE(wrong.error().message.find("does not match"), std::string::npos);
    IdentifyInfo noKey = info;
    noKey.publicKey.clear();
    EXPECT_FALSE(checkIdentifyKey(noKey, peer, false));
    EXPECT_TRUE(checkIdentifyKey(noKey, peer, true)) << "push may omit the key";
}

TEST(Identify, RejectsOversizeTruncatedTrailingAndGarbage)
{
    SeededRng rng(13);
    const auto key = crypto::PrivateKey::generateEd25519(rng);
    IdentifyInfo big = sample(key);
    big.agentVersion.assign(9000, 'x');
    auto oversize = decodeIdentifyMessage(encodeIdentifyMessage(big));
    ASSERT_FALSE(oversize);
    EXPECT_NE(oversize.error().message.find("exceeds"), std::string::npos);

    Bytes wire = encodeIdentifyMessage(sample(key));
    Bytes truncated(wire.begin(), wire.end() - 1);
    EXPECT_FALSE(decodeIdentifyMessage(truncated));
    Bytes trailing = wire;
    trailing.push_back(0);
    EXPECT_FALSE(decodeIdentifyMessage(trailing));
    const Bytes garbage = lengthPrefixed(Bytes{0xff, 0xff, 0xff, 0xff});
    EXPECT_FALSE(decodeIdentifyMessage(garbage));
}
