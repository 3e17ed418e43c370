#include "core/multiformats/base58.h"
#include "core/multiformats/peerid.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <unordered_set>
#include <vector>

using namespace meshscope;
using namespace meshscope::multiformats;

namespace {
Bytes hex(std::string_view h)
{
    Bytes out;
    EXPECT_TRUE(fromHex(h, out)) << h;
    return out;
}

// Public key test vectors from the peer-ids spec (serialised PublicKey protobufs).
constexpr std::string_view kEd25519Key = "080112201ed1e8fae2c4a144b8be8fd4b47bf3d3b34b871c3cacf6010f0e42d474fce27e";
constexpr std::string_view kSecp256k1Key = "08021221037777e994e452c21604f91de093ce415f5432f701dd8cd1a7a6fea0e630bfca99";
constexpr std::string_view kEcdsaKey =
    "0803125b3059301306072a8648ce3d020106082a8648ce3d03010703420004de3d300fa36ae0e8f5d530899d83abab44abf3161f162a4bc901"
    "d8e6ecda020e8b6d5f8da30525e71d6851510c098e5c47c646a597fb4dcec034e9f77c409e62";
} // namespace

TEST(PeerId, Ed25519KeyUsesIdentityMultihash)
{
    const Bytes key = hex(kEd25519Key);
    const PeerId id = PeerId::fromPublicKey(key);
    EXPECT_EQ(toHex(id.bytes()), "0024" + std::string(kEd25519Key));
    EXPECT_EQ(id.toBase58(), "12D3KooWBtg3aaRMjxwedh83aGiUkwSxDwUZkzuJcfaqUmo7R3pq");
    EXPECT_EQ(id.toCid(), "bafzaajaiaejcahwr5d5ofrfbis4l5d6uwr57hu5tjodrypfm6yaq6dsc2r2pzyt6");
    ASSERT_TRUE(id.identityPublicKey());
    EXPECT_EQ(*id.identityPublicKey(), key);
    EXPECT_FALSE(id.empty());
}

TEST(PeerId, Secp256k1KeyUsesIdentityMultihash)
{
    const PeerId id = PeerId::fromPublicKey(hex(kSecp256k1Key));
    EXPECT_EQ(id.toBase58(), "16Uiu2HAmLhLvBoYaoZfaMUKuibM6ac163GwKY74c5kiSLg5KvLpY");
    EXPECT_TRUE(id.identityPublicKey());
}

TEST(PeerId, LargeKeyUsesSha256)
{
    const PeerId id = PeerId::fromPublicKey(hex(kEcdsaKey));
    EXPECT_EQ(id.bytes().size(), 34u);
    EXPECT_EQ(id.bytes()[0], 0x12);
    EXPECT_EQ(id.toBase58(), "QmVMT29id3TUASyfZZ6k9hmNyc2nYabCo4uMSpDw4zrgDk");
    EXPECT_FALSE(id.identityPublicKey());
}

TEST(PeerId, BoundaryAt42Bytes)
{
    EXPECT_EQ(PeerId::fromPublicKey(Bytes(42, 7)).bytes()[0], 0x00);
    EXPECT_EQ(PeerId::fromPublicKey(Bytes(43, 7)).bytes()[0], 0x12);
}

TEST(PeerId, SpecTextExamplesAreTheSamePeer)
{
    // peer-ids spec: the same sha256 peer id as a CID and as base58.
    const auto cid = PeerId::fromString("bafzbeie5745rpv2m6tjyuugywy4d5ewrqgqqhfnf445he3omzpjbx5xqxe");
    const auto b58 = PeerId::fromString("QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N");
    ASSERT_TRUE(cid) << cid.error().message;
    ASSERT_TRUE(b58) << b58.error().message;
    EXPECT_EQ(*cid, *b58);
    EXPECT_EQ(cid->toBase58(), "QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N");
    EXPECT_EQ(b58->toCid(), "bafzbeie5745rpv2m6tjyuugywy4d5ewrqgqqhfnf445he3omzpjbx5xqxe");

    const auto ed = PeerId::fromString("12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA");
    ASSERT_TRUE(ed) << ed.error().message;
    ASSERT_TRUE(ed->identityPublicKey());
    EXPECT_EQ(toHex(*ed->identityPublicKey()).substr(0, 8), "08011220"); // Ed25519 PublicKey protobuf
    EXPECT_EQ(ed->toBase58(), "12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA");
}

TEST(PeerId, ParsesCidInOtherBases)
{
    const PeerId id = PeerId::fromPublicKey(hex(kEd25519Key));
    std::string upper = id.toCid();
    for (auto& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto fromUpper = PeerId::fromString(upper);
    ASSERT_TRUE(fromUpper) << fromUpper.error().message;
    EXPECT_EQ(*fromUpper, id);
    // 'z' + base58btc of the CID bytes (0x01 0x72 multihash).
    Bytes cid{0x01, 0x72};
    append(cid, id.bytes());
    const auto fromZ = PeerId::fromString("z" + encodeBase58(cid));
    ASSERT_TRUE(fromZ) << fromZ.error().message;
    EXPECT_EQ(*fromZ, id);
}

TEST(PeerId, RoundTripsThroughBothTextForms)
{
    for (std::size_t n : {1u, 20u, 36u, 42u, 43u, 300u}) {
        Bytes key(n);
        for (std::size_t i = 0; i < n; ++i)
            key[i] = static_cast<std::uint8_t>(i * 13 + n);
        const PeerId id = PeerId::fromPublicKey(key);
        const auto a = PeerId::fromString(id.toBase58());
        const auto b = PeerId::fromString(id.toCid());
        const auto c = PeerId::fromBytes(id.bytes());
        ASSERT_TRUE(a && b && c) << n;
        EXPECT_EQ(*a, id);
        EXPECT_EQ(*b, id);
        EXPECT_EQ(*c, id);
    }
}

TEST(PeerId, RejectsMalformed)
{
    const char* bad[] = {
        "",
        "Qm",                                                          // empty
        "QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5",               // truncated digest
        "QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx50",              // '0' not base58
        "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", // CIDv1 but dag-pb codec
        "fabcdef",                                                     // unsupported multibase
        "xyz",
    };
    for (const char* text : bad) {
        const auto r = PeerId::fromString(text);
        EXPECT_FALSE(r) << text;
        if (!r) {
            EXPECT_FALSE(r.error().message.empty());
        }
    }
    const auto dagPb = PeerId::fromString("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi");
    ASSERT_FALSE(dagPb);
    EXPECT_NE(dagPb.error().message.find("libp2p-key"), std::string::npos) << dagPb.error().message;
    EXPECT_FALSE(PeerId::fromString(std::string(5000, '1')));
}

TEST(PeerId, FromBytesValidates)
{
    EXPECT_FALSE(PeerId::fromBytes({}));
    EXPECT_FALSE(PeerId::fromBytes(hex("0000")));                     // empty identity
    EXPECT_FALSE(PeerId::fromBytes(Bytes{0x00, 43}));                  // truncated
    Bytes big{0x00, 43};
    big.resize(45, 1);
    EXPECT_FALSE(PeerId::fromBytes(big));                              // identity over 42 bytes
    EXPECT_FALSE(PeerId::fromBytes(hex("1302abcd")));                  // sha2-512 code, short
    Bytes shortSha = hex("1214");
    shortSha.resize(22, 5);
    EXPECT_FALSE(PeerId::fromBytes(shortSha)); // sha2-256 must be 32 bytes
    Bytes sha{0x12, 0x20};
    sha.resize(34, 9);
    EXPECT_TRUE(PeerId::fromBytes(sha));
    sha.push_back(0);
    EXPECT_FALSE(PeerId::fromBytes(sha)); // trailing byte
}

TEST(PeerId, OrderingHashingAndEmpty)
{
    const PeerId a = PeerId::fromPublicKey(Bytes(10, 1));
    const PeerId b = PeerId::fromPublicKey(Bytes(10, 2));
    EXPECT_LT(a, b);
    EXPECT_NE(a, b);
    std::unordered_set<PeerId> set{a, b, a};
    EXPECT_EQ(set.size(), 2u);
    EXPECT_TRUE(PeerId().empty());
    EXPECT_FALSE(PeerId().identityPublicKey());
}

// PeerIds are stored inline (at most 44 bytes): equality, order and hash must be those of the byte
// strings, so maps keyed by PeerId iterate exactly as with a byte-vector key.
TEST(PeerId, InlineStorageKeepsByteStringOrderAndEquality)
{
    const auto a = PeerId::fromBytes(hex("0002aabb")).value(); // identity, 2-byte digest
    const auto b = PeerId::fromBytes(hex("0003aabbcc")).value(); // longer, greater at byte 1
    const auto c = PeerId::fromBytes(hex("0002aabc")).value(); // same length as a, greater last byte
    const auto d = PeerId::fromBytes(hex("0001aa")).value(); // shorter, smaller at byte 1
    const auto longest = PeerId::fromPublicKey(Bytes(42, 0x07)); // identity of a 42-byte key: 44 bytes
    ASSERT_EQ(longest.bytes().size(), PeerId::kMaxBytes);
    EXPECT_EQ(longest.identityPublicKey().value(), Bytes(42, 0x07));
    EXPECT_EQ(PeerId::fromBytes(longest.bytes()).value(), longest);
    const std::vector<PeerId> ids { a, b, c, d, longest, PeerId() };
    for (const auto& x : ids)
        for (const auto& y : ids) {
            const Bytes bx(x.bytes().begin(), x.bytes().end()), by(y.bytes().begin(), y.bytes().end());
            EXPECT_EQ(x == y, bx == by);
            EXPECT_EQ(x < y, bx < by);
            EXPECT_EQ((x <=> y) == 0, bx == by);
        }
    // Word-wise comparison: prefixes followed by zero bytes, and a difference at every byte
    // position of the inline array (the last word is partial), must still order as byte strings.
    std::vector<PeerId> many;
    for (std::size_t length : { 1u, 2u, 7u, 8u, 15u, 30u, 37u, 38u, 41u, 42u }) {
        Bytes digest(length, 0x00);
        for (std::size_t i = 0; i < length; i += 3)
            digest[i] = static_cast<std::uint8_t>(0x11 * (i % 15) + 1);
        auto make = [&](const Bytes& key) {
            Bytes multihash { 0x00, static_cast<std::uint8_t>(key.size()) };
            multihash.insert(multihash.end(), key.begin(), key.end());
            return PeerId::fromBytes(multihash).value();
        };
        many.push_back(make(digest));
        for (std::size_t at = 0; at < length; at += 5) {
            Bytes changed = digest;
            changed[at] ^= 0x80;
            many.push_back(make(changed));
        }
    }
    for (const auto& x : many) {
        // The hash is the last 8 bytes read little-endian (the last byte highest), xor the size.
        std::uint64_t expected = 0;
        const auto bytes = x.bytes();
        for (std::size_t i = 0; i < std::min<std::size_t>(8, bytes.size()); ++i)
            expected |= static_cast<std::uint64_t>(bytes[bytes.size() - 1 - i]) << (56 - 8 * i);
        if (bytes.size() < 8)
            expected >>= 8 * (8 - bytes.size());
        EXPECT_EQ(std::hash<PeerId> {}(x), static_cast<std::size_t>(expected ^ bytes.size()));
    }
    for (const auto& x : many)
        for (const auto& y : many) {
            const Bytes bx(x.bytes().begin(), x.bytes().end()), by(y.bytes().begin(), y.bytes().end());
            ASSERT_EQ(x == y, bx == by);
            ASSERT_EQ(x < y, bx < by);
            ASSERT_EQ(x > y, bx > by);
        }
    // A copy is independent of its source's storage.
    auto copy = std::make_unique<PeerId>(c);
    const PeerId kept = *copy;
    copy.reset();
    EXPECT_EQ(kept, c);
    EXPECT_EQ(std::hash<PeerId> {}(kept), std::hash<PeerId> {}(c));
}
