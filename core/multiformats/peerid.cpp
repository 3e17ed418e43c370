#include "core/multiformats/peerid.h"

#include "core/multiformats/base58.h"
#include "core/multiformats/multibase.h"
#include "core/multiformats/multihash.h"
#include "core/multiformats/varint.h"

namespace meshscope::multiformats {

namespace {

// Serialised public keys up to this size are inlined with the identity multihash (peer-ids spec).
constexpr std::size_t kMaxInlineKeyLength = 42;
// CID version and the libp2p-key multicodec (RFC 0001).
constexpr std::uint64_t kCidVersion1 = 1;
constexpr std::uint64_t kLibp2pKeyCodec = 0x72;
// Longest peer id text we look at: a CIDv1 of a sha2-256 hash is 59 characters, an inlined
// 42-byte key in base58 about 60; anything far longer is not a peer id.
constexpr std::size_t kMaxPeerIdText = 256;

} // namespace

PeerId::PeerId(BytesView multihash)
    : m_size(static_cast<std::uint8_t>(multihash.size()))
{
    std::memcpy(m_bytes.data(), multihash.data(), multihash.size());
}

PeerId PeerId::fromPublicKey(BytesView publicKeyProtobuf)
{
    if (publicKeyProtobuf.size() <= kMaxInlineKeyLength)
        return PeerId(Multihash::identity(publicKeyProtobuf).bytes());
    return PeerId(Multihash::sha2_256(publicKeyProtobuf).bytes());
}

Result<PeerId> PeerId::fromBytes(BytesView multihash)
{
    auto parsed = Multihash::parse(multihash);
    if (!parsed)
        return fail("invalid peer id: " + parsed.error().message);
    switch (parsed->code()) {
    case 0x00:
        if (parsed->digest().empty())
            return fail("invalid peer id: empty identity multihash");
        if (parsed->digest().size() > kMaxInlineKeyLength)
            return fail("invalid peer id: identity multihash of " + std::to_string(parsed->digest().size())
                        + " bytes (at most 42; larger keys must be sha2-256 hashed)");
        break;
    case 0x12:
        break; // parse() checked the 32-byte digest
    default:
        return fail("invalid peer id: multihash code 0x" + toHex(encodeUvarint(parsed->code()))
                    + " is neither identity nor sha2-256");
    }
    return PeerId(multihash);
}

Result<PeerId> PeerId::fromString(std::string_view text)
{
    if (text.empty())
        return fail("invalid peer id: empty text");
    if (text.size() > kMaxPeerIdText)
        return fail("invalid peer id: text too long (" + std::to_string(text.size()) + " characters)");
    // A bare base58btc multihash: "Qm..." (sha2-256) or "1..." (identity).
    if (text[0] == '1' || text.starts_with("Qm")) {
        auto decoded = decodeBase58(text);
        if (!decoded)
            return fail("invalid peer id: " + decoded.error().message);
        return fromBytes(*decoded);
    }
    // Otherwise a multibase CIDv1: version, codec, multihash.
    auto decoded = decodeMultibase(text);
    if (!decoded)
        return fail("invalid peer id: " + decoded.error().message);
    const BytesView cid(*decoded);
    const VarintDecode version = decodeUvarint(cid);
    if (version.status != VarintStatus::Ok || version.value != kCidVersion1)
        return fail("invalid peer id: not a CIDv1");
    const VarintDecode codec = decodeUvarint(cid.subspan(version.length));
    if (codec.status != VarintStatus::Ok)
        return fail("invalid peer id: CID codec is not a valid varint");
    if (codec.value != kLibp2pKeyCodec)
        return fail("invalid peer id: CID codec 0x" + toHex(encodeUvarint(codec.value)) + " is not libp2p-key (0x72)");
    return fromBytes(cid.subspan(version.length + codec.length));
}

std::string PeerId::toBase58() const { return encodeBase58(bytes()); }

std::string PeerId::toCid() const
{
    Bytes cid;
    cid.reserve(2 + m_size);
    appendUvarint(cid, kCidVersion1);
    appendUvarint(cid, kLibp2pKeyCodec);
    append(cid, bytes());
    return encodeMultibase(Multibase::Base32, cid);
}

std::optional<Bytes> PeerId::identityPublicKey() const
{
    const BytesView b = bytes();
    if (b.size() < 2 || b[0] != 0x00)
        return std::nullopt;
    const VarintDecode length = decodeUvarint(b.subspan(1));
    if (length.status != VarintStatus::Ok)
        return std::nullopt;
    return Bytes(b.begin() + static_cast<std::ptrdiff_t>(1 + length.length), b.end());
}

} // namespace meshscope::multiformats
