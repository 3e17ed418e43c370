#pragma once
// RFC 4648 base32 without padding, as multibase 'b' (lowercase) and 'B' (uppercase) use it.
// Stricter than Go's decoder on purpose: one letter case per call and zero trailing bits, so that
// every accepted text is the canonical encoding of its bytes.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <string>
#include <string_view>

namespace meshscope::multiformats {

enum class Base32Case {
    Lower, // multibase 'b', the default for CIDs
    Upper, // multibase 'B'
};

// Unpadded base32 text of `data` in the given case.
std::string encodeBase32(BytesView data, Base32Case letterCase = Base32Case::Lower);

// Decodes unpadded base32 text in exactly the given case. Rejects other characters, padding,
// impossible lengths and non-zero trailing bits (so every accepted text re-encodes to itself).
Result<Bytes> decodeBase32(std::string_view text, Base32Case letterCase = Base32Case::Lower);

} // namespace meshscope::multiformats
