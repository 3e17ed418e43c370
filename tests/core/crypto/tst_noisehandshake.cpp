// The libp2p Noise handshake between two in-memory NoiseHandshake instances: identities, muxer
// lists, expected peer ids, tampering, garbage, and pipelined transport data.
#include "core/transport/noisehandshake.h"

#include "core/proto/noise.pb.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::transport;

namespace {

struct Side {
    crypto::PrivateKey identity;
    NoiseConfig config;
};

Side makeSide(std::uint64_t seed, std::vector<std::string> muxers)
{
    SeededRng rng(seed);
    Side s{crypto::PrivateKey::generateEd25519(rng), {}};
    rng.fill(s.config.staticSecret);
    rng.fill(s.config.ephemeralSecret);
    s.config.muxers = std::move(muxers);
    return s;
}

multiformats::PeerId peerOf(const crypto::PrivateKey& k)
{
    return multiformats::PeerId::fromPublicKey(k.publicKey().toProtobuf());
}

// Moves bytes between the two sides until neither has output; `tamper` may edit a write.
template <typename Tamper>
void pump(NoiseHandshake& a, NoiseHandshake& b, Tamper tamper)
{
    for (int round = 0; round < 10; ++round) {
        Bytes ab = a.takeOutput();
        Bytes ba = b.takeOutput();
        if (ab.empty() && ba.empty())
            return;
        if (!ab.empty()) {
            tamper(true, ab);
            b.onData(ab);
        }
        if (!ba.empty()) {
            tamper(false, ba);
            a.onData(ba);
        }
    }
    FAIL() << "handshake did not settle";
}

void pump(NoiseHandshake& a, NoiseHandshake& b)
{
    pump(a, b, [](bool, Bytes&) {});
}

} // namespace

TEST(NoiseHandshake, FullHandshakeExchangesIdentitiesAndMuxers)
{
    Side alice = makeSide(1, {"/yamux/1.0.0", "/mplex/6.7.0"});
    Side bob = makeSide(2, {"/mplex/6.7.0"});
    alice.config.identity = &alice.identity;
    bob.config.identity = &bob.identity;
    alice.config.expectedRemote = peerOf(bob.identity);
    NoiseHandshake dialer(true, alice.config);
    NoiseHandshake listener(false, bob.config);
    dialer.start();
    listener.start();
    EXPECT_TRUE(listener.takeOutput().empty()); // the responder waits for message 1
    pump(dialer, listener);
    ASSERT_TRUE(dialer.done()) << dialer.error();
    ASSERT_TRUE(listener.done()) << listener.error();
    EXPECT_EQ(dialer.remotePeerId(), peerOf(bob.identity));
    EXPECT_EQ(listener.remotePeerId(), peerOf(alice.identity));
    EXPECT_EQ(dialer.remotePublicKey(), bob.identity.publicKey());
    EXPECT_EQ(dialer.remoteMuxers(), std::vector<std::string>{"/mplex/6.7.0"});
    EXPECT_EQ(listener.remoteMuxers(), (std::vector<std::string>{"/yamux/1.0.0", "/mplex/6.7.0"}));

    NoiseSession ds = dialer.takeSession();
    NoiseSession ls = listener.takeSession();
    Bytes out;
    ASSERT_TRUE(ls.decrypt(ds.encrypt(asBytes("hello bob")), out));
    EXPECT_EQ(toString(out), "hello bob");
    out.clear();
    ASSERT_TRUE(ds.decrypt(ls.encrypt(asBytes("hello alice")), out));
    EXPECT_EQ(toString(out), "hello alice");
}

TEST(NoiseHandshake, NoMuxersMeansEmptyList)
{
    Side alice = makeSide(1, {});
    Side bob = makeSide(2, {});
    alice.config.identity = &alice.identity;
    bob.config.identity = &bob.identity;
    NoiseHandshake dialer(true, alice.config);
    NoiseHandshake listener(false, bob.config);
    dialer.start();
    listener.start();
    pump(dialer, listener);
    ASSERT_TRUE(dialer.done() && listener.done());
    EXPECT_TRUE(dialer.remoteMuxers().empty());
    EXPECT_TRUE(listener.remoteMuxers().empty());
}

TEST(NoiseHandshake, WrongExpectedPeerIdFailsNamingBoth)
{
    Side alice = makeSide(1, {});
    Side bob = makeSide(2, {});
    Side carol = makeSide(3, {});
    alice.config.identity = &alice.identity;
    bob.config.identity = &bob.identity;
    alice.config.expectedRemote = peerOf(carol.identity);
    NoiseHandshake dialer(true, alice.config);
    NoiseHandshake listener(false, bob.config);
    dialer.start();
    listener.start();
    pump(dialer, listener);
    ASSERT_TRUE(dialer.failed());
    EXPECT_FALSE(dialer.done());
    const std::string expected = "noise: peer id mismatch: expected " + peerOf(carol.identity).toBase58() + ", got "
                                 + peerOf(bob.identity).toBase58();
    EXPECT_EQ(dialer.error(), expected);
    // The dialer never sent message 3, so the listener is still waiting.
    EXPECT_FALSE(listener.done());
    EXPECT_FALSE(listener.failed());
}

TEST(NoiseHandshake, ResponderChecksExpectedPeerIdToo)
{
    Side alice = makeSide(1, {});
    Side bob = makeSide(2, {});
    alice.config.identity = &alice.identity;
    bob.config.identity = &bob.identity;
    bob.config.expectedRemote = peerOf(bob.identity);
    NoiseHandshake dialer(true, alice.config);
    NoiseHandshake listener(false, bob.config);
    dialer.start();
    listener.start();
    pump(dialer, listener);
    EXPECT_TRUE(dialer.done());
    ASSERT_TRUE(listener.failed());
    EXPECT_NE(listener.error().find("peer id mismatch"), std::string::npos);
}

TEST(NoiseHandshake, TamperedBytesFailEveryMessage)
{
    for (int victim = 0; victim < 3; ++victim) {
        for (std::size_t offset : {2u, 20u, 60u, 1000u}) {
            Side alice = makeSide(1, {"/yamux/1.0.0"});
            Side bob = makeSide(2, {"/yamux/1.0.0"});
            alice.config.identity = &alice.identity;
            bob.config.identity = &bob.identity;
            NoiseHandshake dialer(true, alice.config);
            NoiseHandshake listener(false, bob.config);
            dialer.start();
            listener.start();
            int count = 0;
            pump(dialer, listener, [&](bool, Bytes& bytes) {
                if (count++ == victim)
                    bytes[std::min(offset, bytes.size() - 1)] ^= 0x01;
            });
            EXPECT_TRUE(dialer.failed() || listener.failed()) << "victim " << victim << " offset " << offset;
            EXPECT_FALSE(dialer.done() && listener.done());
        }
    }
}

namespace {

// Runs a dialer against a hand-driven responder that sends `payload` in message 2; returns the
// dialer's error.
std::string dialAgainstPayload(const Bytes& payload)
{
    Side alice = makeSide(1, {});
    alice.config.identity = &alice.identity;
    NoiseHandshake dialer(true, alice.config);
    dialer.start();
    crypto::X25519Key s{}, e{};
    s[0] = 5;
    e[0] = 6;
    NoiseHandshakeState responder(false, {}, s, e);
    Bytes m1 = dialer.takeOutput();
    EXPECT_TRUE(responder.readMessage(BytesView(m1).subspan(2)));
    auto m2 = responder.writeMessage(payload);
    EXPECT_TRUE(m2);
    Bytes framed{static_cast<std::uint8_t>(m2->size() >> 8), static_cast<std::uint8_t>(m2->size() & 0xff)};
    append(framed, *m2);
    dialer.onData(framed);
    EXPECT_FALSE(dialer.done());
    EXPECT_TRUE(dialer.takeOutput().empty()); // never reveals its identity to a bad responder
    return dialer.error();
}

Bytes payloadOf(const crypto::PrivateKey& key, BytesView signedMessage)
{
    pb::noise::NoiseHandshakePayload p;
    p.set_identity_key(toString(key.publicKey().toProtobuf()));
    p.set_identity_sig(toString(key.sign(signedMessage)));
    return toBytes(p.SerializeAsString());
}

} // namespace

TEST(NoiseHandshake, BadResponderPayloadsFail)
{
    SeededRng rng(4);
    const auto mallory = crypto::PrivateKey::generateEd25519(rng);
    crypto::X25519Key s{};
    s[0] = 5;
    const auto responderStatic = crypto::x25519KeyPair(s).publicKey;
    Bytes rightMessage = toBytes(kNoiseStaticKeyPrefix);
    append(rightMessage, responderStatic);

    // Signature over another static key.
    Bytes wrongKey = toBytes(kNoiseStaticKeyPrefix);
    append(wrongKey, Bytes(32, 0x42));
    EXPECT_NE(dialAgainstPayload(payloadOf(mallory, wrongKey)).find("identity_sig does not verify"), std::string::npos);
    // Signature without the prefix.
    EXPECT_NE(dialAgainstPayload(payloadOf(mallory, responderStatic)).find("does not verify"), std::string::npos);
    // Garbage payload, empty payload, bad key.
    EXPECT_NE(dialAgainstPayload(toBytes("\xff\xff\xff")).find("malformed handshake payload"), std::string::npos);
    EXPECT_NE(dialAgainstPayload({}).find("without identity_key"), std::string::npos);
    pb::noise::NoiseHandshakePayload badKey;
    badKey.set_identity_key("\x08\x01\x12\x01\x00");
    badKey.set_identity_sig("x");
    EXPECT_NE(dialAgainstPayload(toBytes(badKey.SerializeAsString())).find("bad identity key"), std::string::npos);
    // Too many muxers.
    pb::noise::NoiseHandshakePayload many;
    many.set_identity_key(toString(mallory.publicKey().toProtobuf()));
    many.set_identity_sig(toString(mallory.sign(rightMessage)));
    for (int i = 0; i < 40; ++i)
        many.mutable_extensions()->add_stream_muxers("/m");
    EXPECT_NE(dialAgainstPayload(toBytes(many.SerializeAsString())).find("more than 32 stream muxers"), std::string::npos);
}

TEST(NoiseHandshake, GarbageAndTruncationNeverCrash)
{
    Side bob = makeSide(2, {});
    bob.config.identity = &bob.identity;
    {
        NoiseHandshake listener(false, bob.config);
        listener.start();
        listener.onData(Bytes{0x00, 0x05, 1, 2, 3, 4, 5});
        ASSERT_TRUE(listener.failed());
        EXPECT_NE(listener.error().find("truncated"), std::string::npos) << listener.error();
    }
    {
        // Half a length prefix, then half a message: waits without failing.
        NoiseHandshake listener(false, bob.config);
        listener.start();
        listener.onData(Bytes{0x00});
        listener.onData(Bytes{0x20, 1, 2, 3});
        EXPECT_FALSE(listener.failed());
        EXPECT_FALSE(listener.done());
    }
    {
        Side alice = makeSide(1, {});
        alice.config.identity = &alice.identity;
        NoiseHandshake dialer(true, alice.config);
        dialer.start();
        (void)dialer.takeOutput();
        SeededRng rng(9);
        Bytes junk = rng.bytes(200);
        junk[0] = 0;
        junk[1] = 198;
        dialer.onData(junk);
        ASSERT_TRUE(dialer.failed());
        EXPECT_NE(dialer.error().find("cannot decrypt"), std::string::npos) << dialer.error();
    }
    {
        NoiseConfig none;
        NoiseHandshake h(true, none);
        h.start();
        EXPECT_TRUE(h.failed());
        EXPECT_NE(h.error().find("no identity key"), std::string::npos);
    }
}

TEST(NoiseHandshake, PipelinedTransportDataBecomesRemainder)
{
    Side alice = makeSide(1, {});
    Side bob = makeSide(2, {});
    alice.config.identity = &alice.identity;
    bob.config.identity = &bob.identity;
    NoiseHandshake dialer(true, alice.config);
    NoiseHandshake listener(false, bob.config);
    dialer.start();
    listener.start();
    listener.onData(dialer.takeOutput());
    dialer.onData(listener.takeOutput());
    ASSERT_TRUE(dialer.done());
    NoiseSession ds = dialer.takeSession();
    // Message 3 and the first transport frames in one chunk, delivered in two odd pieces.
    Bytes wire = dialer.takeOutput();
    append(wire, ds.encrypt(asBytes("early data")));
    const std::size_t cut = wire.size() - 5;
    listener.onData(BytesView(wire).first(cut));
    ASSERT_TRUE(listener.done()) << listener.error();
    listener.onData(BytesView(wire).subspan(cut));
    NoiseSession ls = listener.takeSession();
    Bytes plain;
    ASSERT_TRUE(ls.decrypt(listener.takeRemainder(), plain));
    EXPECT_EQ(toString(plain), "early data");
}

TEST(NoiseHandshake, Secp256k1IdentityFromResponder)
{
    // An Ethereum-style peer: secp256k1 identity, ECDSA over SHA-256, DER signature.
    EVP_PKEY* k1 = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "secp256k1");
    ASSERT_NE(k1, nullptr);
    ASSERT_EQ(EVP_PKEY_set_utf8_string_param(k1, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT, "compressed"), 1);
    Bytes point(33);
    std::size_t pointLen = 0;
    ASSERT_EQ(EVP_PKEY_get_octet_string_param(k1, OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size(), &pointLen), 1);
    auto identityKey = crypto::PublicKey::fromData(crypto::KeyType::Secp256k1, point);
    ASSERT_TRUE(identityKey) << identityKey.error().message;

    crypto::X25519Key s{}, e{};
    s[0] = 5;
    e[0] = 6;
    Bytes signedMessage = toBytes(kNoiseStaticKeyPrefix);
    append(signedMessage, crypto::x25519KeyPair(s).publicKey);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ASSERT_EQ(EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, k1), 1);
    std::size_t sigLen = 0;
    ASSERT_EQ(EVP_DigestSign(ctx, nullptr, &sigLen, signedMessage.data(), signedMessage.size()), 1);
    Bytes sig(sigLen);
    ASSERT_EQ(EVP_DigestSign(ctx, sig.data(), &sigLen, signedMessage.data(), signedMessage.size()), 1);
    sig.resize(sigLen);
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(k1);

    pb::noise::NoiseHandshakePayload payload;
    payload.set_identity_key(toString(identityKey->toProtobuf()));
    payload.set_identity_sig(toString(sig));
    payload.mutable_extensions()->add_stream_muxers("/yamux/1.0.0");

    Side alice = makeSide(1, {"/yamux/1.0.0"});
    alice.config.identity = &alice.identity;
    alice.config.expectedRemote = multiformats::PeerId::fromPublicKey(identityKey->toProtobuf());
    NoiseHandshake dialer(true, alice.config);
    dialer.start();
    NoiseHandshakeState responder(false, {}, s, e);
    const Bytes m1 = dialer.takeOutput();
    ASSERT_TRUE(responder.readMessage(BytesView(m1).subspan(2)));
    auto m2 = responder.writeMessage(toBytes(payload.SerializeAsString()));
    ASSERT_TRUE(m2);
    Bytes framed{static_cast<std::uint8_t>(m2->size() >> 8), static_cast<std::uint8_t>(m2->size() & 0xff)};
    append(framed, *m2);
    dialer.onData(framed);
    ASSERT_TRUE(dialer.done()) << dialer.error();
    EXPECT_EQ(dialer.remotePublicKey().type(), crypto::KeyType::Secp256k1);
    EXPECT_EQ(dialer.remotePeerId(), *alice.config.expectedRemote);
    EXPECT_EQ(dialer.remoteMuxers(), std::vector<std::string>{"/yamux/1.0.0"});
    // Message 3 carries alice's Ed25519 identity, which the hand-driven responder can read.
    const Bytes m3 = dialer.takeOutput();
    auto alicePayload = responder.readMessage(BytesView(m3).subspan(2));
    ASSERT_TRUE(alicePayload) << alicePayload.error().message;
    pb::noise::NoiseHandshakePayload parsed;
    ASSERT_TRUE(parsed.ParseFromArray(alicePayload->data(), static_cast<int>(alicePayload->size())));
    EXPECT_EQ(asBytes(parsed.identity_key()).size(), 36u);
}
