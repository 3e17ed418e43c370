#pragma once
// Yamux frame header (libp2p/specs yamux, from hashicorp's spec): 12 bytes, big endian:
// version (8) | type (8) | flags (16) | stream id (32) | length (32).

#include "core/base/bytes.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace meshscope::transport {

enum class YamuxType : std::uint8_t {
    Data = 0x0,         // length = payload bytes that follow
    WindowUpdate = 0x1, // length = receive window delta
    Ping = 0x2,         // length = opaque value, echoed back
    GoAway = 0x3,       // length = error code
};

namespace YamuxFlag {
inline constexpr std::uint16_t SYN = 0x1; // opens a stream / outbound ping
inline constexpr std::uint16_t ACK = 0x2; // accepts a stream / ping response
inline constexpr std::uint16_t FIN = 0x4; // half-close
inline constexpr std::uint16_t RST = 0x8; // reset
} // namespace YamuxFlag

enum class YamuxGoAwayCode : std::uint32_t {
    Normal = 0x0,        // normal termination
    ProtocolError = 0x1, // the remote broke the protocol
    InternalError = 0x2, // we failed
};

inline constexpr std::uint8_t kYamuxVersion = 0;
inline constexpr std::size_t kYamuxHeaderSize = 12;
// The window every stream starts with, on both sides (spec: 256 KiB).
inline constexpr std::uint32_t kYamuxInitialWindow = 256 * 1024;

struct YamuxHeader {
    std::uint8_t version = kYamuxVersion; // always 0
    std::uint8_t type = 0;                // a YamuxType, kept raw so unknown types can be reported
    std::uint16_t flags = 0;              // YamuxFlag bits
    std::uint32_t streamId = 0;           // 0 for the session (Ping, GoAway)
    std::uint32_t length = 0;             // meaning depends on type
};

// Appends the 12-byte encoding of `h`.
void appendYamuxHeader(Bytes& out, const YamuxHeader& h);
// Decodes the first 12 bytes of `in` (the caller checks the size).
YamuxHeader decodeYamuxHeader(BytesView in);
// "Data", "WindowUpdate", ... or "type 0x..", for error messages.
std::string yamuxTypeName(std::uint8_t type);
// "normal termination", "protocol error", "internal error" or "code N".
std::string yamuxGoAwayName(std::uint32_t code);

} // namespace meshscope::transport
