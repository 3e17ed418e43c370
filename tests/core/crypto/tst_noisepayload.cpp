// NoiseHandshakePayload by hand, cross-checked against libprotobuf's generated code.
#include "core/transport/noisepayload.h"

#include "core/proto/noise.pb.h"

#include <gtest/gtest.h>

using namespace meshscope;
using namespace meshscope::transport;

TEST(NoisePayload, EncodesWhatProtobufParses)
{
    NoisePayload p;
    p.identityKey = Bytes{8, 1, 18, 32, 0xaa};
    p.identitySig = Bytes(64, 0x55);
    p.streamMuxers = {"/yamux/1.0.0", "/mplex/6.7.0"};
    const Bytes wire = encodeNoisePayload(p);
    pb::noise::NoiseHandshakePayload parsed;
    ASSERT_TRUE(parsed.ParseFromArray(wire.data(), static_cast<int>(wire.size())));
    EXPECT_EQ(toBytes(parsed.identity_key()), p.identityKey);
    EXPECT_EQ(toBytes(parsed.identity_sig()), p.identitySig);
    ASSERT_EQ(parsed.extensions().stream_muxers_size(), 2);
    EXPECT_EQ(parsed.extensions().stream_muxers(1), "/mplex/6.7.0");
    // Same bytes as libprotobuf's serialisation.
    EXPECT_EQ(toBytes(parsed.SerializeAsString()), wire);
    // Without muxers there is no extensions field.
    p.streamMuxers.clear();
    pb::noise::NoiseHandshakePayload bare;
    const Bytes w2 = encodeNoisePayload(p);
    ASSERT_TRUE(bare.ParseFromArray(w2.data(), static_cast<int>(w2.size())));
    EXPECT_FALSE(bare.has_extensions());
}

TEST(NoisePayload, DecodesProtobufOutputAndSkipsUnknownFields)
{
    pb::noise::NoiseHandshakePayload msg;
    msg.set_identity_key("key");
    msg.set_identity_sig("sig");
    msg.mutable_extensions()->add_webtransport_certhashes("hash");
    msg.mutable_extensions()->add_stream_muxers("/yamux/1.0.0");
    Bytes wire = toBytes(msg.SerializeAsString());
    // Unknown top-level fields of every wire type: 5 varint, 6 fixed64, 7 bytes, 8 fixed32.
    const Bytes unknown{0x28, 0x96, 0x01, 0x31, 1, 2, 3, 4, 5, 6, 7, 8, 0x3a, 0x02, 'h', 'i', 0x45, 1, 2, 3, 4};
    append(wire, unknown);
    auto p = decodeNoisePayload(wire, 32, 256);
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_EQ(toString(p->identityKey), "key");
    EXPECT_EQ(toString(p->identitySig), "sig");
    EXPECT_TRUE(p->hasIdentityKey && p->hasIdentitySig);
    EXPECT_EQ(p->streamMuxers, std::vector<std::string>{"/yamux/1.0.0"});
}

TEST(NoisePayload, MalformedAndOverLimit)
{
    struct Case {
        Bytes wire;
        const char* expect;
    };
    const Case cases[] = {
        {{0x0a, 0x05, 1}, "field 1 runs past the end"},
        {{0x80}, "truncated field tag"},
        {{0x1b}, "malformed field 3"},                  // group start
        {{0x22, 0x02, 0x12, 0x09}, "truncated stream_muxers entry"},
        {{0x22, 0x01, 0x80}, "truncated field tag in extensions"},
        {{0x31, 1, 2}, "malformed field 6"},            // short fixed64
    };
    for (const auto& c : cases) {
        auto r = decodeNoisePayload(c.wire, 32, 256);
        ASSERT_FALSE(r) << c.expect;
        EXPECT_NE(r.error().message.find(c.expect), std::string::npos) << r.error().message;
    }
    NoisePayload many;
    many.streamMuxers.assign(3, "/m");
    auto r = decodeNoisePayload(encodeNoisePayload(many), 2, 256);
    ASSERT_FALSE(r);
    EXPECT_NE(r.error().message.find("more than 2 stream muxers"), std::string::npos);
    NoisePayload longName;
    longName.streamMuxers = {std::string(300, 'a')};
    auto l = decodeNoisePayload(encodeNoisePayload(longName), 32, 256);
    ASSERT_FALSE(l);
    EXPECT_NE(l.error().message.find("300 bytes (limit 256)"), std::string::npos);
    // Invalid UTF-8 in a muxer name is just an unknown muxer, not an error (and not logged).
    const Bytes odd{0x22, 0x03, 0x12, 0x01, 0xff};
    auto o = decodeNoisePayload(odd, 32, 256);
    ASSERT_TRUE(o);
    EXPECT_EQ(o->streamMuxers.size(), 1u);
    EXPECT_FALSE(o->hasIdentityKey);
}
