#pragma once
// base58btc (the Bitcoin alphabet), as peer ids and multibase 'z' use it.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace meshscope::multiformats {

// Longest text decodeBase58 accepts: the algorithm is quadratic, and a peer id is ~52 chars.
inline constexpr std::size_t kMaxBase58Chars = 1024;

// base58btc text of `data` (leading zero bytes become leading '1's).
std::string encodeBase58(BytesView data);

// Decodes base58btc text; errors name the first bad character and its position.
Result<Bytes> decodeBase58(std::string_view text);

} // namespace meshscope::multiformats
