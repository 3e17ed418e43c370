#include "core/multiformats/multiaddrprotocol.h"

#include "core/multiformats/peerid.h"

#include <arpa/inet.h>

#include <array>
#include <cstdio>

namespace meshscope::multiformats {

namespace {

constexpr std::array<MultiaddrProtocol, 14> kProtocols{{
    {MultiaddrCode::Ip4, "ip4", MultiaddrValue::Ip4, 4},
    {MultiaddrCode::Tcp, "tcp", MultiaddrValue::Port, 2},
    {MultiaddrCode::Udp, "udp", MultiaddrValue::Port, 2},
    {MultiaddrCode::Ip6, "ip6", MultiaddrValue::Ip6, 16},
    {MultiaddrCode::Dns, "dns", MultiaddrValue::Name, 0},
    {MultiaddrCode::Dns4, "dns4", MultiaddrValue::Name, 0},
    {MultiaddrCode::Dns6, "dns6", MultiaddrValue::Name, 0},
    {MultiaddrCode::Dnsaddr, "dnsaddr", MultiaddrValue::Name, 0},
    {MultiaddrCode::P2p, "p2p", MultiaddrValue::Multihash, 0},
    {MultiaddrCode::P2p, "ipfs", MultiaddrValue::Multihash, 0}, // legacy name; text prints p2p
    {MultiaddrCode::Quic, "quic", MultiaddrValue::None, 0},
    {MultiaddrCode::QuicV1, "quic-v1", MultiaddrValue::None, 0},
    {MultiaddrCode::Ws, "ws", MultiaddrValue::None, 0},
    {MultiaddrCode::Wss, "wss", MultiaddrValue::None, 0},
}};

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string ip4Text(BytesView raw)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%u.%u.%u.%u", raw[0], raw[1], raw[2], raw[3]);
    return buffer;
}

// RFC 5952 text the way Go's net.IP prints it: lowercase, longest zero run (two words or more,
// first on ties) as "::", and IPv4-mapped addresses as ::ffff:a.b.c.d.
std::string ip6Text(BytesView raw)
{
    bool mapped = raw[10] == 0xff && raw[11] == 0xff;
    for (std::size_t i = 0; i < 10 && mapped; ++i)
        mapped = raw[i] == 0;
    if (mapped)
        return "::ffff:" + ip4Text(raw.subspan(12));
    std::array<unsigned, 8> words{};
    for (std::size_t i = 0; i < 8; ++i)
        words[i] = unsigned{raw[2 * i]} << 8 | raw[2 * i + 1];
    std::size_t bestStart = 8, bestLength = 0;
    for (std::size_t i = 0; i < 8;) {
        std::size_t j = i;
        while (j < 8 && words[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j > i ? j : i + 1;
    }
    if (bestLength < 2)
        bestStart = 8;
    std::string out;
    char buffer[8];
    for (std::size_t i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out += ':';
        std::snprintf(buffer, sizeof buffer, "%x", words[i]);
        out += buffer;
    }
    return out;
}

Result<Bytes> portFromText(std::string_view text)
{
    if (text.empty() || text.size() > 5)
        return fail("invalid port " + quoted(text));
    unsigned value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return fail("invalid port " + quoted(text));
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    if (value > 65535)
        return fail("port " + quoted(text) + " out of range");
    return Bytes{static_cast<std::uint8_t>(value >> 8), static_cast<std::uint8_t>(value & 0xff)};
}

Status checkName(std::string_view name)
{
    if (name.empty())
        return fail("empty domain name");
    if (name.find('/') != std::string_view::npos)
        return fail("domain name " + quoted(name) + " contains '/'");
    return {};
}

} // namespace

const MultiaddrProtocol* multiaddrProtocolByName(std::string_view name)
{
    for (const auto& protocol : kProtocols)
        if (protocol.name == name)
            return &protocol;
    return nullptr;
}

const MultiaddrProtocol* multiaddrProtocolByCode(std::uint64_t code)
{
    for (const auto& protocol : kProtocols)
        if (static_cast<std::uint64_t>(protocol.code) == code)
            return &protocol; // the first entry per code is the canonical name
    return nullptr;
}

Result<Bytes> multiaddrValueFromText(const MultiaddrProtocol& protocol, std::string_view text)
{
    switch (protocol.value) {
    case MultiaddrValue::None:
        return Bytes{};
    case MultiaddrValue::Ip4:
    case MultiaddrValue::Ip6: {
        const bool v4 = protocol.value == MultiaddrValue::Ip4;
        Bytes raw(protocol.size);
        if (text.size() > 45 || text.find('\0') != std::string_view::npos
            || inet_pton(v4 ? AF_INET : AF_INET6, std::string(text).c_str(), raw.data()) != 1)
            return fail(std::string(v4 ? "invalid IPv4 address " : "invalid IPv6 address ") + quoted(text));
        return raw;
    }
    case MultiaddrValue::Port:
        return portFromText(text);
    case MultiaddrValue::Name: {
        if (auto ok = checkName(text); !ok)
            return ok.error();
        return toBytes(text);
    }
    case MultiaddrValue::Multihash: {
        auto id = PeerId::fromString(text);
        if (!id)
            return id.error();
        return Bytes(id->bytes().begin(), id->bytes().end());
    }
    }
    return fail("unhandled protocol value kind");
}

Result<std::string> multiaddrValueToText(const MultiaddrProtocol& protocol, BytesView raw)
{
    if (!protocol.lengthPrefixed() && raw.size() != protocol.size)
        return fail(std::string(protocol.name) + " value must be " + std::to_string(protocol.size) + " bytes, not "
                    + std::to_string(raw.size()));
    switch (protocol.value) {
    case MultiaddrValue::None:
        return std::string();
    case MultiaddrValue::Ip4:
        return ip4Text(raw);
    case MultiaddrValue::Ip6:
        return ip6Text(raw);
    case MultiaddrValue::Port:
        return std::to_string(unsigned{raw[0]} << 8 | raw[1]);
    case MultiaddrValue::Name: {
        const std::string name = toString(raw);
        if (auto ok = checkName(name); !ok)
            return ok.error();
        return name;
    }
    case MultiaddrValue::Multihash: {
        auto id = PeerId::fromBytes(raw);
        if (!id)
            return id.error();
        return id->toBase58();
    }
    }
    return fail("unhandled protocol value kind");
}

} // namespace meshscope::multiformats
