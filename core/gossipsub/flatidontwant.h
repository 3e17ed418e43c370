#pragma once
// An RPC carrying nothing but one IDONTWANT, kept flat: the encoded `messageIDs` fields of its one
// ControlIDontWant (tag 1, length, id; repeated), without the protobuf objects around them. With
// RouterConfig::flatIDontWant the router hands such RPCs out as OutgoingRpc::dontWant and takes them
// in with Router::handleIDontWantOnly(): a simulator moves half its RPCs without building, encoding,
// decoding or clearing an RPC tree for each. The bytes and sizes are exactly those of the RPC
//   RPC { control (3) { idontwant (5) { messageIDs (1): id, ... } } }.

#include "core/multiformats/varint.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace meshscope::gossipsub {

// Appends `id` as one messageIDs field to `ids`.
inline void appendFlatId(std::string& ids, std::string_view id)
{
    ids.push_back(static_cast<char>(0x0a)); // field 1, length-delimited
    multiformats::appendUvarint(ids, id.size());
    ids.append(id);
}

// Bytes one id adds to the flat form.
inline std::size_t flatIdSize(std::size_t idBytes)
{
    return 1 + multiformats::uvarintSize(idBytes) + idBytes;
}

// Encoded bytes of the ControlMessage holding the one ControlIDontWant whose fields are `idsBytes` long.
inline std::size_t flatIDontWantControlSize(std::size_t idsBytes)
{
    return 1 + multiformats::uvarintSize(idsBytes) + idsBytes; // field 5, length, entry
}

// Encoded bytes of the whole RPC (no length prefix).
inline std::size_t flatIDontWantRpcSize(std::size_t idsBytes)
{
    const std::size_t control = flatIDontWantControlSize(idsBytes);
    return 1 + multiformats::uvarintSize(control) + control; // field 3, length, control
}

// Calls `visit(id)` (a std::string_view into `ids`) for each id of the flat form, in order, until it
// returns false. False when `ids` is not a sequence of well-formed messageIDs fields (the ids before
// the fault are visited).
template <class Visit> bool forEachFlatId(std::string_view ids, Visit&& visit)
{
    while (!ids.empty()) {
        if (static_cast<std::uint8_t>(ids.front()) != 0x0a)
            return false;
        const auto length = multiformats::decodeUvarint(
            BytesView(reinterpret_cast<const std::uint8_t*>(ids.data()) + 1, ids.size() - 1));
        if (length.status != multiformats::VarintStatus::Ok || length.value > ids.size() - 1 - length.length)
            return false;
        const std::string_view id = ids.substr(1 + length.length, length.value);
        ids.remove_prefix(1 + length.length + length.value);
        if (!visit(id))
            return true;
    }
    return true;
}

} // namespace meshscope::gossipsub
