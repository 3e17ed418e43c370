#include "core/multiformats/multiaddr.h"

#include <gtest/gtest.h>

#include <set>
#include <unordered_set>

using namespace meshscope;
using namespace meshscope::multiformats;

namespace {

Multiaddr ma(std::string_view text)
{
    auto r = Multiaddr::fromString(text);
    EXPECT_TRUE(r) << text << ": " << (r ? "" : r.error().message);
    return r ? *r : Multiaddr();
}

std::string errorOf(std::string_view text)
{
    auto r = Multiaddr::fromString(text);
    EXPECT_FALSE(r) << text << " parsed as " << (r ? r->toString() : "");
    return r ? std::string() : r.error().message;
}

constexpr std::string_view kPeer = "12D3KooWD3eckifWpRn9wQpMG9R9hX3sD158z7EqHWmweQAJU5SA";
constexpr std::string_view kQmPeer = "QmYyQSo1c1Ym7orWxLYvCrM2EmxFTANf8wXmmE7DWjhx5N";

} // namespace

TEST(Multiaddr, TextRoundTripsForEverySupportedProtocol)
{
    const std::string cases[] = {
        "/ip4/127.0.0.1/tcp/4001",
        "/ip4/0.0.0.0/tcp/0",
        "/ip4/255.255.255.255/udp/65535/quic-v1",
        "/ip4/1.2.3.4/udp/4001/quic",
        "/ip6/::1/tcp/4001",
        "/ip6/::/tcp/1",
        "/ip6/2001:db8::1/tcp/443/wss",
        "/ip6/fe80::1:0:0:1/udp/1",
        "/ip6/2001:db8:0:1:1:1:1:1/tcp/1",
        "/ip6/::ffff:192.0.2.1/tcp/80",
        "/dns/example.com/tcp/443/wss",
        "/dns4/bootstrap.libp2p.io/tcp/4001/ws",
        "/dns6/host.local/udp/53",
        "/dnsaddr/bootstrap.libp2p.io/p2p/" + std::string(kQmPeer),
        "/ip4/10.0.0.1/tcp/4001/p2p/" + std::string(kPeer),
        "/p2p/" + std::string(kPeer),
    };
    for (const auto& text : cases) {
        const Multiaddr a = ma(text);
        EXPECT_EQ(a.toString(), text);
        const auto back = Multiaddr::fromBytes(a.bytes());
        ASSERT_TRUE(back) << text << ": " << back.error().message;
        EXPECT_EQ(*back, a);
        EXPECT_EQ(back->toString(), text);
    }
}

TEST(Multiaddr, KnownBinaryForms)
{
    EXPECT_EQ(toHex(ma("/ip4/127.0.0.1/tcp/4001").bytes()), "047f000001060fa1");
    EXPECT_EQ(toHex(ma("/ip6/::1/udp/1/quic-v1").bytes()), "2900000000000000000000000000000001" "910200" "01cd03");
    EXPECT_EQ(toHex(ma("/dns4/a.io/tcp/80/ws").bytes()), "3604612e696f" "060050" "dd03");
    // p2p: code 421 = a503, then the length-prefixed multihash.
    const Multiaddr p = ma("/p2p/" + std::string(kQmPeer));
    EXPECT_EQ(toHex(p.bytes()).substr(0, 10), "a503221220");
}

TEST(Multiaddr, CanonicalisesText)
{
    EXPECT_EQ(ma("/ipfs/" + std::string(kQmPeer)).toString(), "/p2p/" + std::string(kQmPeer));
    EXPECT_EQ(ma("/ip4/1.2.3.4/tcp/80/").toString(), "/ip4/1.2.3.4/tcp/80");
    EXPECT_EQ(ma("/ip6/2001:DB8:0:0:0:0:0:1/tcp/1").toString(), "/ip6/2001:db8::1/tcp/1");
    EXPECT_EQ(ma("/ip6/1:0:0:2:0:0:0:3/tcp/1").toString(), "/ip6/1:0:0:2::3/tcp/1"); // longest run
    EXPECT_EQ(ma("/ip6/1:0:0:2:3:0:0:4/tcp/1").toString(), "/ip6/1::2:3:0:0:4/tcp/1"); // first on ties
    EXPECT_EQ(ma("/ip6/1:0:2:3:4:5:6:7/tcp/1").toString(), "/ip6/1:0:2:3:4:5:6:7/tcp/1"); // no :: for one word
    EXPECT_EQ(ma("/tcp/0080").toString(), "/tcp/80");
    // A CIDv1 peer id in text prints as base58.
    EXPECT_EQ(ma("/p2p/bafzbeie5745rpv2m6tjyuugywy4d5ewrqgqqhfnf445he3omzpjbx5xqxe").toString(),
              "/p2p/" + std::string(kQmPeer));
}

TEST(Multiaddr, ErrorsNameTheComponent)
{
    EXPECT_NE(errorOf("/ip4/1.2.3.4/sctp/5").find("'sctp'"), std::string::npos);
    EXPECT_NE(errorOf("/unix/tmp/sock").find("'unix'"), std::string::npos);
    EXPECT_NE(errorOf("/foo").find("'foo'"), std::string::npos);
    EXPECT_NE(errorOf("/ip4/1.2.3/tcp/1").find("/ip4/1.2.3"), std::string::npos);
    EXPECT_NE(errorOf("/ip4/01.2.3.4").find("IPv4"), std::string::npos);
    EXPECT_NE(errorOf("/ip4/256.0.0.1").find("IPv4"), std::string::npos);
    EXPECT_NE(errorOf("/ip6/1.2.3.4").find("IPv6"), std::string::npos);
    EXPECT_NE(errorOf("/ip6/fe80::1%eth0").find("IPv6"), std::string::npos);
    EXPECT_NE(errorOf("/tcp/65536").find("out of range"), std::string::npos);
    EXPECT_NE(errorOf("/tcp/-1").find("port"), std::string::npos);
    EXPECT_NE(errorOf("/tcp/").find("needs a value"), std::string::npos);
    EXPECT_NE(errorOf("/ip4").find("needs a value"), std::string::npos);
    EXPECT_NE(errorOf("/p2p/QmNotAPeer").find("/p2p/QmNotAPeer"), std::string::npos);
    EXPECT_NE(errorOf("ip4/1.2.3.4").find("begin with '/'"), std::string::npos);
    EXPECT_NE(errorOf("").find("empty"), std::string::npos);
    EXPECT_NE(errorOf("/").find("empty"), std::string::npos);
    EXPECT_NE(errorOf("/ip4/1.2.3.4//tcp/1").find("''"), std::string::npos);
    errorOf("/dns//tcp/1");
    errorOf(std::string("/ip4/1.2.3.4\0/tcp/1", 19));
    errorOf("/ip4/" + std::string(kMaxMultiaddrText, '1'));
}

TEST(Multiaddr, FromBytesRejectsMalformed)
{
    const auto bad = [](std::string_view h) {
        Bytes b;
        EXPECT_TRUE(fromHex(h, b));
        auto r = Multiaddr::fromBytes(b);
        EXPECT_FALSE(r) << h;
        return r ? std::string() : r.error().message;
    };
    EXPECT_NE(bad("").find("empty"), std::string::npos);
    EXPECT_NE(bad("047f0000").find("ip4"), std::string::npos);            // truncated ip4
    EXPECT_NE(bad("047f000001060f").find("tcp"), std::string::npos);      // truncated port
    EXPECT_NE(bad("9003").find("code 400"), std::string::npos);           // unix: not supported
    EXPECT_NE(bad("80").find("protocol code"), std::string::npos);        // cut varint
    EXPECT_NE(bad("8000").find("protocol code"), std::string::npos);      // non-minimal varint
    bad("3505612f62");                                                    // dns name with '/'
    bad("3500");                                                          // empty dns name
    bad("350a6162");                                                      // length beyond the end
    bad("a503021234");                                                    // p2p: not a peer id
    bad("a50300");                                                        // p2p: empty
    EXPECT_FALSE(Multiaddr::fromBytes(Bytes(kMaxMultiaddrBytes + 1, 0xdd)));
}

TEST(Multiaddr, EncapsulateDecapsulate)
{
    const Multiaddr base = ma("/ip4/1.2.3.4/tcp/80");
    const Multiaddr full = base.encapsulate(ma("/ws")).encapsulate(ma("/p2p/" + std::string(kPeer)));
    EXPECT_EQ(full.toString(), "/ip4/1.2.3.4/tcp/80/ws/p2p/" + std::string(kPeer));
    EXPECT_EQ(full.decapsulate(ma("/ws")), base);
    EXPECT_EQ(full.decapsulate(ma("/tcp/80")), ma("/ip4/1.2.3.4"));
    EXPECT_EQ(full.decapsulate(ma("/tcp/81")), full);        // absent: unchanged
    EXPECT_EQ(full.decapsulate(Multiaddr()), full);
    EXPECT_TRUE(full.decapsulate(ma("/ip4/1.2.3.4")).empty());
    // The last occurrence is removed.
    const Multiaddr twice = ma("/ip4/1.1.1.1/tcp/1/ip4/2.2.2.2/tcp/1");
    EXPECT_EQ(twice.decapsulate(ma("/tcp/1")), ma("/ip4/1.1.1.1/tcp/1/ip4/2.2.2.2"));
    EXPECT_EQ(Multiaddr().encapsulate(base), base);
}

TEST(Multiaddr, PeerIdHelpers)
{
    const Multiaddr plain = ma("/ip4/1.2.3.4/tcp/80");
    const Multiaddr withPeer = ma("/ip4/1.2.3.4/tcp/80/p2p/" + std::string(kPeer));
    ASSERT_TRUE(withPeer.peerId());
    EXPECT_EQ(withPeer.peerId()->toBase58(), kPeer);
    EXPECT_FALSE(plain.peerId());
    EXPECT_FALSE(ma("/p2p/" + std::string(kPeer) + "/tcp/1").peerId()); // not trailing
    EXPECT_EQ(withPeer.withoutPeerId(), plain);
    EXPECT_EQ(plain.withoutPeerId(), plain);
    const auto other = PeerId::fromString(kQmPeer);
    ASSERT_TRUE(other);
    EXPECT_EQ(plain.withPeerId(*withPeer.peerId()), withPeer);
    EXPECT_EQ(withPeer.withPeerId(*other).toString(), "/ip4/1.2.3.4/tcp/80/p2p/" + std::string(kQmPeer));
}

TEST(Multiaddr, TcpEndpoint)
{
    auto e = ma("/ip4/127.0.0.1/tcp/4001").tcpEndpoint();
    ASSERT_TRUE(e);
    EXPECT_EQ(*e, (TcpEndpoint{"127.0.0.1", 4001, HostFamily::Ip4}));
    e = ma("/ip6/::1/tcp/0/p2p/" + std::string(kPeer)).tcpEndpoint();
    ASSERT_TRUE(e);
    EXPECT_EQ(*e, (TcpEndpoint{"::1", 0, HostFamily::Ip6}));
    e = ma("/dns4/example.com/tcp/443").tcpEndpoint();
    ASSERT_TRUE(e);
    EXPECT_EQ(*e, (TcpEndpoint{"example.com", 443, HostFamily::Dns}));
    EXPECT_FALSE(ma("/ip4/1.2.3.4/udp/1").tcpEndpoint());
    EXPECT_FALSE(ma("/ip4/1.2.3.4/tcp/1/ws").tcpEndpoint());
    EXPECT_FALSE(ma("/dnsaddr/x.io/tcp/1").tcpEndpoint());
    EXPECT_FALSE(ma("/ip4/1.2.3.4").tcpEndpoint());
    EXPECT_FALSE(ma("/tcp/1/ip4/1.2.3.4").tcpEndpoint());

    for (const TcpEndpoint& endpoint : {TcpEndpoint{"127.0.0.1", 65535, HostFamily::Ip4},
                                        TcpEndpoint{"::1", 1, HostFamily::Ip6},
                                        TcpEndpoint{"example.com", 80, HostFamily::Dns}}) {
        const auto a = Multiaddr::fromTcpEndpoint(endpoint);
        ASSERT_TRUE(a) << a.error().message;
        EXPECT_EQ(a->tcpEndpoint(), endpoint);
    }
    EXPECT_EQ(Multiaddr::fromTcpEndpoint({"::1", 5, HostFamily::Ip6})->toString(), "/ip6/::1/tcp/5");
    EXPECT_FALSE(Multiaddr::fromTcpEndpoint({"localhost", 1, HostFamily::Ip4}));
    EXPECT_FALSE(Multiaddr::fromTcpEndpoint({"a/b", 1, HostFamily::Dns}));
}

TEST(Multiaddr, EqualityOrderingHashing)
{
    const Multiaddr a = ma("/ip4/1.2.3.4/tcp/1");
    const Multiaddr b = ma("/ip4/1.2.3.4/tcp/2");
    EXPECT_EQ(a, ma("/ip4/1.2.3.4/tcp/1"));
    EXPECT_NE(a, b);
    EXPECT_LT(a, b);
    std::set<Multiaddr> ordered{b, a, a};
    EXPECT_EQ(ordered.size(), 2u);
    EXPECT_EQ(*ordered.begin(), a);
    std::unordered_set<Multiaddr> hashed{a, b, ma("/ip4/1.2.3.4/tcp/1")};
    EXPECT_EQ(hashed.size(), 2u);
}

TEST(Multiaddr, ComponentsExposeParts)
{
    const auto parts = ma("/dns/a.io/tcp/443/wss/p2p/" + std::string(kPeer)).components();
    ASSERT_EQ(parts.size(), 4u);
    EXPECT_EQ(parts[0].name, "dns");
    EXPECT_EQ(parts[0].code, 53u);
    EXPECT_EQ(parts[0].value, "a.io");
    EXPECT_EQ(toHex(parts[0].lengthPrefix()), "04");
    EXPECT_EQ(parts[1].value, "443");
    EXPECT_TRUE(parts[1].lengthPrefix().empty());
    EXPECT_EQ(parts[2].toString(), "/wss");
    EXPECT_TRUE(parts[2].rawValue.empty());
    EXPECT_EQ(parts[3].name, "p2p");
    EXPECT_EQ(toHex(parts[3].codeVarint()), "a503");
    EXPECT_EQ(parts[3].value, kPeer);
}
