// Noise XX HandshakeState against the cacophony vectors for Noise_XX_25519_ChaChaPoly_SHA256:
// every handshake message and transport message byte for byte, from both sides.
#include "core/transport/noisehandshakestate.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace meshscope;
using namespace meshscope::transport;

namespace {

Bytes hex(const std::string& h)
{
    Bytes out;
    EXPECT_TRUE(fromHex(h, out)) << h;
    return out;
}

crypto::X25519Key key(const std::string& h)
{
    const Bytes b = hex(h);
    crypto::X25519Key k{};
    EXPECT_EQ(b.size(), k.size());
    std::copy_n(b.begin(), std::min(b.size(), k.size()), k.begin());
    return k;
}

nlohmann::json loadVectors()
{
    std::ifstream in(std::string(MESHSCOPE_CRYPTO_TEST_DATA) + "/vectors-xx-25519-chachapoly-sha256.json");
    EXPECT_TRUE(in.good());
    return nlohmann::json::parse(in);
}

} // namespace

TEST(NoiseVectors, EveryMessageByteForByte)
{
    const auto doc = loadVectors();
    ASSERT_FALSE(doc["vectors"].empty());
    int checked = 0;
    for (const auto& v : doc["vectors"]) {
        ASSERT_EQ(v["protocol_name"].get<std::string>(), kNoiseProtocolName);
        NoiseHandshakeState init(true, hex(v["init_prologue"]), key(v["init_static"]), key(v["init_ephemeral"]));
        NoiseHandshakeState resp(false, hex(v["resp_prologue"]), key(v["resp_static"]), key(v["resp_ephemeral"]));
        const auto& messages = v["messages"];
        ASSERT_GE(messages.size(), 3u);
        for (std::size_t i = 0; i < 3; ++i) {
            NoiseHandshakeState& sender = i % 2 == 0 ? init : resp;
            NoiseHandshakeState& receiver = i % 2 == 0 ? resp : init;
            const Bytes payload = hex(messages[i]["payload"]);
            auto written = sender.writeMessage(payload);
            ASSERT_TRUE(written) << written.error().message;
            EXPECT_EQ(toHex(*written), messages[i]["ciphertext"].get<std::string>()) << "message " << i;
            auto read = receiver.readMessage(*written);
            ASSERT_TRUE(read) << read.error().message;
            EXPECT_EQ(*read, payload);
            ++checked;
        }
        ASSERT_TRUE(init.finished());
        ASSERT_TRUE(resp.finished());
        EXPECT_EQ(toHex(init.handshakeHash()), v["handshake_hash"].get<std::string>());
        EXPECT_EQ(init.handshakeHash(), resp.handshakeHash());
        EXPECT_EQ(*init.remoteStatic(), resp.localStatic());
        EXPECT_EQ(*resp.remoteStatic(), init.localStatic());

        auto [initSend, initRecv] = init.split();
        auto [respRecv, respSend] = resp.split();
        // After the handshake the turns keep alternating: message 3 is the responder's.
        for (std::size_t i = 3; i < messages.size(); ++i) {
            const bool fromInitiator = i % 2 == 0;
            NoiseCipherState& enc = fromInitiator ? initSend : respSend;
            NoiseCipherState& dec = fromInitiator ? respRecv : initRecv;
            const Bytes payload = hex(messages[i]["payload"]);
            auto ct = enc.encryptWithAd({}, payload);
            ASSERT_TRUE(ct);
            EXPECT_EQ(toHex(*ct), messages[i]["ciphertext"].get<std::string>()) << "message " << i;
            auto pt = dec.decryptWithAd({}, *ct);
            ASSERT_TRUE(pt) << pt.error().message;
            EXPECT_EQ(*pt, payload);
            ++checked;
        }
    }
    EXPECT_GE(checked, 6);
}

TEST(NoiseVectors, TamperedHandshakeMessagesFail)
{
    const auto v = loadVectors()["vectors"][0];
    const auto& messages = v["messages"];
    for (std::size_t victim = 1; victim < 3; ++victim) {
        NoiseHandshakeState init(true, hex(v["init_prologue"]), key(v["init_static"]), key(v["init_ephemeral"]));
        NoiseHandshakeState resp(false, hex(v["resp_prologue"]), key(v["resp_static"]), key(v["resp_ephemeral"]));
        for (std::size_t i = 0; i <= victim; ++i) {
            NoiseHandshakeState& sender = i % 2 == 0 ? init : resp;
            NoiseHandshakeState& receiver = i % 2 == 0 ? resp : init;
            auto written = sender.writeMessage(hex(messages[i]["payload"]));
            ASSERT_TRUE(written);
            Bytes msg = *written;
            if (i == victim)
                msg[msg.size() - 1] ^= 1;
            auto read = receiver.readMessage(msg);
            EXPECT_EQ(read.ok(), i != victim) << "message " << i;
            if (i == victim) {
                EXPECT_NE(read.error().message.find("cannot decrypt"), std::string::npos) << read.error().message;
                // The state is dead afterwards.
                EXPECT_FALSE(receiver.readMessage(*written));
            }
        }
    }
}

TEST(NoiseVectors, PrologueMismatchFailsAtMessage2)
{
    const auto v = loadVectors()["vectors"][0];
    NoiseHandshakeState init(true, hex(v["init_prologue"]), key(v["init_static"]), key(v["init_ephemeral"]));
    NoiseHandshakeState resp(false, toBytes("other"), key(v["resp_static"]), key(v["resp_ephemeral"]));
    auto m1 = init.writeMessage({});
    ASSERT_TRUE(m1);
    ASSERT_TRUE(resp.readMessage(*m1));
    auto m2 = resp.writeMessage({});
    ASSERT_TRUE(m2);
    EXPECT_FALSE(init.readMessage(*m2));
}

TEST(NoiseVectors, TruncatedAndOutOfTurn)
{
    crypto::X25519Key s{}, e{};
    s[0] = 1;
    e[0] = 2;
    NoiseHandshakeState resp(false, {}, s, e);
    EXPECT_FALSE(resp.writeMessage({}));
    auto r = resp.readMessage(Bytes(31, 0));
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("truncated"), std::string::npos) << r.error().message;
    NoiseHandshakeState init(true, {}, s, e);
    ASSERT_TRUE(init.writeMessage({}));
    auto m2 = init.readMessage(Bytes(95, 7));
    ASSERT_FALSE(m2);
    EXPECT_NE(m2.error().message.find("need at least 96"), std::string::npos) << m2.error().message;
    NoiseHandshakeState fresh(true, {}, s, e);
    auto big = fresh.writeMessage(Bytes(70000, 0));
    ASSERT_FALSE(big);
    EXPECT_NE(big.error().message.find("exceeds 65535"), std::string::npos) << big.error().message;
}
