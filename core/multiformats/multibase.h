#pragma once
// Multibase: a one-character prefix naming the base. Supported: 'z' base58btc, 'b' base32
// lowercase, 'B' base32 uppercase (the ones libp2p peer ids and CIDs use).

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <string>
#include <string_view>

namespace meshscope::multiformats {

enum class Multibase : char {
    Base58btc = 'z',
    Base32 = 'b',
    Base32Upper = 'B',
};

// Prefix character followed by `data` in that base.
std::string encodeMultibase(Multibase base, BytesView data);

// Decodes prefixed text; errors name an unsupported prefix or the bad character.
Result<Bytes> decodeMultibase(std::string_view text);

} // namespace meshscope::multiformats
