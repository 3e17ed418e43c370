#pragma once
// Multiaddr: self-describing network addresses (multiformats/multiaddr), text <-> binary.
// Supported protocols: ip4, ip6, tcp, udp, dns, dns4, dns6, dnsaddr, p2p (text also accepts the
// legacy "ipfs" and prints "p2p"), quic, quic-v1, ws, wss. Anything else is an error naming it.
//
// Differences from go-multiaddr, on purpose:
// - p2p values must be valid peer ids (identity <= 42 bytes or sha2-256), not any multihash;
//   this keeps text and binary forms round-trippable and peerId() total.
// - Sizes are bounded (kMaxMultiaddrBytes, kMaxMultiaddrText): these come from remote peers.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/multiformats/peerid.h"

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace meshscope::multiformats {

// Longest binary multiaddr accepted (identify sends a handful of these per peer).
inline constexpr std::size_t kMaxMultiaddrBytes = 1024;
// Longest text multiaddr accepted.
inline constexpr std::size_t kMaxMultiaddrText = 4096;

// One protocol/value pair of a multiaddr.
struct MultiaddrComponent {
    std::uint64_t code = 0;  // multicodec code (4 for ip4, 421 for p2p, ...)
    std::string name;        // canonical text name ("p2p", never "ipfs")
    std::string value;       // value text ("192.0.2.42", "443", base58 peer id); empty if none
    Bytes rawValue;          // value bytes without any length prefix
    Bytes packed;            // the whole binary component: code varint, length prefix, raw value

    // "/name/value" (or "/name" for protocols without a value).
    std::string toString() const;
    // The code varint at the front of packed.
    BytesView codeVarint() const;
    // The value's varint length prefix (empty for fixed-size values).
    BytesView lengthPrefix() const;
};

// Address family of a TCP endpoint's host.
enum class HostFamily {
    Ip4, // host is dotted IPv4
    Ip6, // host is IPv6 text (no brackets)
    Dns, // host is a name to resolve (from dns, dns4 or dns6)
};

// Where a TCP driver should connect or listen.
struct TcpEndpoint {
    std::string host;        // address text or domain name
    std::uint16_t port = 0;  // TCP port
    HostFamily family = HostFamily::Ip4; // how to read `host`

    friend bool operator==(const TcpEndpoint&, const TcpEndpoint&) = default;
};

class Multiaddr {
public:
    // The empty multiaddr (no components); fromString and fromBytes never produce it.
    Multiaddr() = default;

    // Parses text such as "/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW...".
    static Result<Multiaddr> fromString(std::string_view text);
    // Parses and validates the binary form (as identify and peer records carry it).
    static Result<Multiaddr> fromBytes(BytesView bytes);
    // "/ip4|ip6|dns*/<host>/tcp/<port>" from an endpoint.
    static Result<Multiaddr> fromTcpEndpoint(const TcpEndpoint& endpoint);

    // Canonical text.
    std::string toString() const;
    // Binary form.
    const Bytes& bytes() const { return m_bytes; }
    // True for the default-constructed multiaddr.
    bool empty() const { return m_bytes.empty(); }
    // The components in order.
    std::vector<MultiaddrComponent> components() const;

    // This address followed by `other` ("/ip4/1.2.3.4" + "/tcp/1").
    Multiaddr encapsulate(const Multiaddr& other) const;
    // Everything before the last occurrence of `other`'s components; a copy if absent.
    Multiaddr decapsulate(const Multiaddr& other) const;

    // The peer id of a trailing /p2p component.
    std::optional<PeerId> peerId() const;
    // This address without a trailing /p2p component.
    Multiaddr withoutPeerId() const;
    // This address with /p2p/<id> appended (replacing a trailing /p2p component).
    Multiaddr withPeerId(const PeerId& id) const;

    // The endpoint of "/<ip4|ip6|dns|dns4|dns6>/<host>/tcp/<port>" optionally followed by /p2p;
    // nullopt for anything else (e.g. /ws, /quic-v1 or /udp addresses).
    std::optional<TcpEndpoint> tcpEndpoint() const;

    friend bool operator==(const Multiaddr&, const Multiaddr&) = default;
    friend auto operator<=>(const Multiaddr& a, const Multiaddr& b) { return a.m_bytes <=> b.m_bytes; }

private:
    explicit Multiaddr(Bytes bytes) : m_bytes(std::move(bytes)) {}

    Bytes m_bytes; // validated binary form: components back to back
};

} // namespace meshscope::multiformats

template <>
struct std::hash<meshscope::multiformats::Multiaddr> {
    std::size_t operator()(const meshscope::multiformats::Multiaddr& a) const noexcept
    {
        // FNV-1a over the binary form.
        std::size_t h = 14695981039346656037ull;
        for (const auto b : a.bytes())
            h = (h ^ b) * 1099511628211ull;
        return h;
    }
};
