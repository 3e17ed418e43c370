#include "core/multiformats/multiaddr.h"

#include "core/multiformats/multiaddrprotocol.h"
#include "core/multiformats/varint.h"

namespace meshscope::multiformats {

namespace {

// Text for error messages: the input, shortened if huge.
std::string shown(std::string_view text)
{
    constexpr std::size_t kShown = 120;
    if (text.size() <= kShown)
        return "\"" + std::string(text) + "\"";
    return "\"" + std::string(text.substr(0, kShown)) + "...\"";
}

// Appends one binary component.
void appendComponent(Bytes& out, const MultiaddrProtocol& protocol, BytesView raw)
{
    appendUvarint(out, static_cast<std::uint64_t>(protocol.code));
    if (protocol.lengthPrefixed())
        appendUvarint(out, raw.size());
    append(out, raw);
}

// Splits and validates a binary multiaddr.
Result<std::vector<MultiaddrComponent>> split(BytesView bytes)
{
    std::vector<MultiaddrComponent> components;
    std::size_t offset = 0;
    while (offset < bytes.size()) {
        const std::size_t start = offset;
        const BytesView rest = bytes.subspan(offset);
        const VarintDecode code = decodeUvarint(rest);
        if (code.status != VarintStatus::Ok)
            return fail("protocol code at byte " + std::to_string(start) + ": " + toString(code.status));
        const MultiaddrProtocol* protocol = multiaddrProtocolByCode(code.value);
        if (!protocol)
            return fail("unknown or unsupported protocol code " + std::to_string(code.value) + " at byte "
                        + std::to_string(start));
        offset += code.length;
        std::size_t valueLength = protocol->size;
        if (protocol->lengthPrefixed()) {
            const VarintDecode length = decodeUvarint(bytes.subspan(offset));
            if (length.status != VarintStatus::Ok)
                return fail(std::string(protocol->name) + " value length: " + toString(length.status));
            offset += length.length;
            if (length.value > bytes.size() - offset)
                return fail(std::string(protocol->name) + " value truncated: needs " + std::to_string(length.value)
                            + " bytes, " + std::to_string(bytes.size() - offset) + " present");
            valueLength = static_cast<std::size_t>(length.value);
        } else if (valueLength > bytes.size() - offset) {
            return fail(std::string(protocol->name) + " value truncated: needs " + std::to_string(valueLength)
                        + " bytes, " + std::to_string(bytes.size() - offset) + " present");
        }
        const BytesView raw = bytes.subspan(offset, valueLength);
        auto text = multiaddrValueToText(*protocol, raw);
        if (!text)
            return fail("/" + std::string(protocol->name) + " at byte " + std::to_string(start) + ": "
                        + text.error().message);
        offset += valueLength;
        MultiaddrComponent component;
        component.code = code.value;
        component.name = std::string(protocol->name);
        component.value = std::move(*text);
        component.rawValue.assign(raw.begin(), raw.end());
        component.packed.assign(bytes.begin() + static_cast<std::ptrdiff_t>(start),
                                bytes.begin() + static_cast<std::ptrdiff_t>(offset));
        components.push_back(std::move(component));
    }
    return components;
}

} // namespace

std::string MultiaddrComponent::toString() const
{
    return value.empty() ? "/" + name : "/" + name + "/" + value;
}

BytesView MultiaddrComponent::codeVarint() const { return BytesView(packed).first(uvarintSize(code)); }

BytesView MultiaddrComponent::lengthPrefix() const
{
    const std::size_t head = uvarintSize(code);
    return BytesView(packed).subspan(head, packed.size() - head - rawValue.size());
}

Result<Multiaddr> Multiaddr::fromString(std::string_view text)
{
    if (text.size() > kMaxMultiaddrText)
        return fail("invalid multiaddr: text too long (" + std::to_string(text.size()) + " characters)");
    const std::string_view original = text;
    while (!text.empty() && text.back() == '/')
        text.remove_suffix(1);
    if (text.empty())
        return fail("invalid multiaddr " + shown(original) + ": empty multiaddr");
    if (text[0] != '/')
        return fail("invalid multiaddr " + shown(original) + ": must begin with '/'");
    Bytes out;
    std::size_t pos = 1;
    // Takes the next '/'-separated segment.
    auto nextSegment = [&]() {
        const std::size_t end = std::min(text.find('/', pos), text.size());
        const std::string_view segment = text.substr(pos, end - pos);
        pos = end + 1;
        return segment;
    };
    while (pos <= text.size()) {
        const std::string_view name = nextSegment();
        const MultiaddrProtocol* protocol = multiaddrProtocolByName(name);
        if (!protocol)
            return fail("invalid multiaddr " + shown(original) + ": unknown or unsupported protocol '"
                        + std::string(name) + "'");
        Bytes raw;
        if (protocol->value != MultiaddrValue::None) {
            if (pos > text.size())
                return fail("invalid multiaddr " + shown(original) + ": /" + std::string(name) + " needs a value");
            const std::string_view value = nextSegment();
            auto parsed = multiaddrValueFromText(*protocol, value);
            if (!parsed)
                return fail("invalid multiaddr " + shown(original) + ": component /" + std::string(name) + "/"
                            + std::string(value) + ": " + parsed.error().message);
            raw = std::move(*parsed);
        }
        appendComponent(out, *protocol, raw);
    }
    if (out.size() > kMaxMultiaddrBytes)
        return fail("invalid multiaddr " + shown(original) + ": longer than " + std::to_string(kMaxMultiaddrBytes)
                    + " bytes");
    return Multiaddr(std::move(out));
}

Result<Multiaddr> Multiaddr::fromBytes(BytesView bytes)
{
    if (bytes.empty())
        return fail("invalid multiaddr bytes: empty multiaddr");
    if (bytes.size() > kMaxMultiaddrBytes)
        return fail("invalid multiaddr bytes: " + std::to_string(bytes.size()) + " bytes, limit "
                    + std::to_string(kMaxMultiaddrBytes));
    auto components = split(bytes);
    if (!components)
        return fail("invalid multiaddr bytes: " + components.error().message);
    return Multiaddr(Bytes(bytes.begin(), bytes.end()));
}

Result<Multiaddr> Multiaddr::fromTcpEndpoint(const TcpEndpoint& endpoint)
{
    const char* hostProtocol = endpoint.family == HostFamily::Ip4   ? "ip4"
                               : endpoint.family == HostFamily::Ip6 ? "ip6"
                                                                    : "dns";
    const MultiaddrProtocol* host = multiaddrProtocolByName(hostProtocol);
    auto raw = multiaddrValueFromText(*host, endpoint.host);
    if (!raw)
        return fail("invalid TCP endpoint host: " + raw.error().message);
    Bytes out;
    appendComponent(out, *host, *raw);
    const std::uint8_t port[2] = {static_cast<std::uint8_t>(endpoint.port >> 8),
                                  static_cast<std::uint8_t>(endpoint.port & 0xff)};
    appendComponent(out, *multiaddrProtocolByName("tcp"), port);
    if (out.size() > kMaxMultiaddrBytes)
        return fail("invalid TCP endpoint: host name too long");
    return Multiaddr(std::move(out));
}

std::string Multiaddr::toString() const
{
    std::string out;
    for (const auto& component : components())
        out += component.toString();
    return out;
}

std::vector<MultiaddrComponent> Multiaddr::components() const
{
    auto parts = split(m_bytes);
    return parts ? std::move(*parts) : std::vector<MultiaddrComponent>{};
}

Multiaddr Multiaddr::encapsulate(const Multiaddr& other) const
{
    Bytes out = m_bytes;
    append(out, other.m_bytes);
    return Multiaddr(std::move(out));
}

Multiaddr Multiaddr::decapsulate(const Multiaddr& other) const
{
    if (other.empty())
        return *this;
    const auto mine = components();
    const auto theirs = other.components();
    if (theirs.size() > mine.size())
        return *this;
    for (std::size_t start = mine.size() - theirs.size() + 1; start-- > 0;) {
        bool match = true;
        for (std::size_t i = 0; i < theirs.size() && match; ++i)
            match = mine[start + i].packed == theirs[i].packed;
        if (!match)
            continue;
        Bytes out;
        for (std::size_t i = 0; i < start; ++i)
            append(out, mine[i].packed);
        return Multiaddr(std::move(out));
    }
    return *this;
}

std::optional<PeerId> Multiaddr::peerId() const
{
    const auto parts = components();
    if (parts.empty() || parts.back().code != static_cast<std::uint64_t>(MultiaddrCode::P2p))
        return std::nullopt;
    auto id = PeerId::fromBytes(parts.back().rawValue);
    if (!id)
        return std::nullopt;
    return std::move(*id);
}

Multiaddr Multiaddr::withoutPeerId() const
{
    const auto parts = components();
    if (parts.empty() || parts.back().code != static_cast<std::uint64_t>(MultiaddrCode::P2p))
        return *this;
    return Multiaddr(Bytes(m_bytes.begin(), m_bytes.end() - static_cast<std::ptrdiff_t>(parts.back().packed.size())));
}

Multiaddr Multiaddr::withPeerId(const PeerId& id) const
{
    Bytes out = withoutPeerId().m_bytes;
    appendComponent(out, *multiaddrProtocolByName("p2p"), id.bytes());
    return Multiaddr(std::move(out));
}

std::optional<TcpEndpoint> Multiaddr::tcpEndpoint() const
{
    const auto parts = components();
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    if (parts[1].code != static_cast<std::uint64_t>(MultiaddrCode::Tcp))
        return std::nullopt;
    if (parts.size() == 3 && parts[2].code != static_cast<std::uint64_t>(MultiaddrCode::P2p))
        return std::nullopt;
    TcpEndpoint endpoint;
    switch (static_cast<MultiaddrCode>(parts[0].code)) {
    case MultiaddrCode::Ip4:
        endpoint.family = HostFamily::Ip4;
        break;
    case MultiaddrCode::Ip6:
        endpoint.family = HostFamily::Ip6;
        break;
    case MultiaddrCode::Dns:
    case MultiaddrCode::Dns4:
    case MultiaddrCode::Dns6:
        endpoint.family = HostFamily::Dns;
        break;
    default:
        return std::nullopt;
    }
    endpoint.host = parts[0].value;
    endpoint.port = static_cast<std::uint16_t>(parts[1].rawValue[0] << 8 | parts[1].rawValue[1]);
    return endpoint;
}

} // namespace meshscope::multiformats
