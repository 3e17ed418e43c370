#pragma once
// RPCs that carry one kind of control and nothing else, kept flat: their encoded fields, without
// the protobuf objects around them. With RouterConfig::flatControl the router hands such RPCs out as
// OutgoingRpc::flat and takes them in with Router::handleFlatRpc(): a simulator moves most of its
// RPCs without building, sizing, encoding, decoding or clearing a tree for each. The bytes and sizes
// are exactly those of the protobuf RPC:
// - FlatKind::IDontWant: the messageIDs fields of the one ControlIDontWant of
//     RPC { control (3) { idontwant (5) { messageIDs (1): id, ... } } }
// - FlatKind::IHave: the ihave fields of the ControlMessage of
//     RPC { control (3) { ihave (1) { topicID (1), messageIDs (2): id, ... }, ... } }

#include "core/gossipsub/types.h"
#include "core/multiformats/varint.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

namespace meshscope::gossipsub {

// What an OutgoingRpc's flat bytes hold.
enum class FlatKind : std::uint8_t {
    None, // nothing: the RPC is OutgoingRpc::rpc
    IDontWant, // one IDONTWANT's ids
    IHave // IHAVE entries
};

// Bytes a length-delimited field of `length` bytes takes (single-byte tag).
inline std::size_t flatFieldSize(std::size_t length)
{
    return 1 + multiformats::uvarintSize(length) + length;
}

// Writes `tag` and the varint `length` at `out`, which has room; past them.
inline char* writeFlatHeader(char* out, std::uint8_t tag, std::uint64_t length)
{
    *out++ = static_cast<char>(tag);
    while (length >= 0x80) {
        *out++ = static_cast<char>(static_cast<std::uint8_t>(length | 0x80));
        length >>= 7;
    }
    *out++ = static_cast<char>(static_cast<std::uint8_t>(length));
    return out;
}

// Writes field `field` (< 16) holding `bytes` at `out`, which has room (flatFieldSize()); past it.
inline char* writeFlatField(char* out, std::uint8_t field, std::string_view bytes)
{
    out = writeFlatHeader(out, static_cast<std::uint8_t>((field << 3) | 2), bytes.size()); // length-delimited
    std::memcpy(out, bytes.data(), bytes.size());
    return out + bytes.size();
}

// Appends `id` as one messageIDs field to an IDontWant flat form.
inline void appendFlatId(std::string& ids, std::string_view id)
{
    const std::size_t at = ids.size();
    ids.resize(at + flatFieldSize(id.size()));
    writeFlatField(ids.data() + at, 1, id);
}

// Encoded bytes of one IHAVE entry for `topic` naming `ids` (without the entry's own tag and length).
inline std::size_t flatIHaveEntrySize(std::string_view topic, std::span<const MessageId* const> ids)
{
    std::size_t entry = flatFieldSize(topic.size());
    for (const MessageId* id : ids)
        entry += flatFieldSize(id->size());
    return entry;
}

// Appends one IHAVE entry for `topic` naming `ids`, `entrySize` (flatIHaveEntrySize()) bytes, to an
// IHave flat form.
inline void appendFlatIHave(
    std::string& out, std::size_t entrySize, std::string_view topic, std::span<const MessageId* const> ids)
{
    const std::size_t at = out.size();
    out.resize(at + 1 + multiformats::uvarintSize(entrySize) + entrySize);
    char* p = writeFlatHeader(out.data() + at, 0x0a, entrySize); // ihave, field 1
    p = writeFlatField(p, 1, topic);
    for (const MessageId* id : ids)
        p = writeFlatField(p, 2, *id);
}

// Encoded bytes of the ControlMessage of a flat RPC whose flat bytes are `bytes` long.
inline std::size_t flatControlSize(FlatKind kind, std::size_t bytes)
{
    return kind == FlatKind::IDontWant ? flatFieldSize(bytes) : bytes; // idontwant: field 5 around them
}

// Encoded bytes of the whole flat RPC (no length prefix).
inline std::size_t flatRpcSize(FlatKind kind, std::size_t bytes)
{
    return flatFieldSize(flatControlSize(kind, bytes)); // control, field 3
}

// Reads one length-delimited field numbered `field` (< 16) at the front of `fields` into `bytes`
// and drops it from `fields`; false (nothing dropped) when the front is anything else or cut short.
inline bool takeFlatField(std::string_view& fields, std::uint8_t field, std::string_view& bytes)
{
    const auto* p = reinterpret_cast<const std::uint8_t*>(fields.data());
    const auto* end = p + fields.size();
    if (p == end || *p++ != ((field << 3) | 2))
        return false;
    std::uint64_t length = 0;
    for (int shift = 0;; shift += 7) { // a varint of at most 9 bytes (63 bits)
        if (p == end || shift > 56)
            return false;
        const std::uint8_t b = *p++;
        length |= static_cast<std::uint64_t>(b & 0x7f) << shift;
        if (b < 0x80)
            break;
    }
    const auto header = static_cast<std::size_t>(p - reinterpret_cast<const std::uint8_t*>(fields.data()));
    if (length > fields.size() - header)
        return false;
    bytes = fields.substr(header, length);
    fields.remove_prefix(header + length);
    return true;
}

// Calls `visit(bytes)` for each length-delimited field numbered `field` (< 16) in `fields`, in
// order, until it returns false. False when `fields` holds anything else or is cut short.
template <class Visit> bool forEachFlatField(std::string_view fields, std::uint8_t field, Visit&& visit)
{
    std::string_view bytes;
    while (!fields.empty()) {
        if (!takeFlatField(fields, field, bytes))
            return false;
        if (!visit(bytes))
            return true;
    }
    return true;
}

// Calls `visit(id)` for each id of an IDontWant flat form, as forEachFlatField().
template <class Visit> bool forEachFlatId(std::string_view ids, Visit&& visit)
{
    return forEachFlatField(ids, 1, visit);
}

// Calls `visit(topic, ids)` for each entry of an IHave flat form (`ids`: the entry's messageIDs
// fields, for forEachFlatField(ids, 2, ...)), until it returns false. False when malformed: each
// entry must be its topicID field, then messageIDs fields only (the order this library writes them
// in); the entries before a malformed one are visited.
template <class Visit> bool forEachFlatIHave(std::string_view entries, Visit&& visit)
{
    std::string_view entry, topic;
    while (!entries.empty()) {
        if (!takeFlatField(entries, 1, entry) || !takeFlatField(entry, 1, topic))
            return false;
        if (!visit(topic, entry))
            return true;
    }
    return true;
}

} // namespace meshscope::gossipsub
