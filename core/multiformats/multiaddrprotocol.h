#pragma once
// The multiaddr protocols Meshscope understands (a subset of multiaddr-protocols.csv) and their
// value transcoders (text <-> raw bytes). Everything else is rejected with an error naming it.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace meshscope::multiformats {

// Multicodec codes from multiaddr-protocols.csv.
enum class MultiaddrCode : std::uint32_t {
    Ip4 = 4,
    Tcp = 6,
    Udp = 273,
    Ip6 = 41,
    Dns = 53,
    Dns4 = 54,
    Dns6 = 55,
    Dnsaddr = 56,
    P2p = 421,
    Quic = 460,
    QuicV1 = 461,
    Ws = 477,
    Wss = 478,
};

// How a protocol's value looks on the wire and in text.
enum class MultiaddrValue {
    None,      // no value (quic, quic-v1, ws, wss)
    Ip4,       // 4 bytes, dotted decimal
    Ip6,       // 16 bytes, RFC 5952 text as Go prints it
    Port,      // 2 bytes big-endian, decimal
    Name,      // length-prefixed UTF-8 domain name without '/'
    Multihash, // length-prefixed peer id multihash, base58btc (CIDv1 accepted in text)
};

struct MultiaddrProtocol {
    MultiaddrCode code;   // multicodec code
    std::string_view name; // text name ("ip4", "p2p", ...)
    MultiaddrValue value;  // value kind
    std::size_t size;      // fixed value size in bytes, 0 for none or length-prefixed

    // True when the binary value carries a varint length prefix.
    bool lengthPrefixed() const { return value == MultiaddrValue::Name || value == MultiaddrValue::Multihash; }
};

// The protocol with this text name (also "ipfs", the legacy name of p2p), or nullptr.
const MultiaddrProtocol* multiaddrProtocolByName(std::string_view name);
// The protocol with this code, or nullptr.
const MultiaddrProtocol* multiaddrProtocolByCode(std::uint64_t code);

// Raw value bytes (without length prefix) from text; errors say what is malformed.
Result<Bytes> multiaddrValueFromText(const MultiaddrProtocol& protocol, std::string_view text);
// Canonical text of a raw value; errors for values that no text form could have produced.
Result<std::string> multiaddrValueToText(const MultiaddrProtocol& protocol, BytesView raw);

} // namespace meshscope::multiformats
