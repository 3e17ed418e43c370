// base58btc, base32 and multibase decoding: accepted text re-encodes to exactly itself.

#include "core/multiformats/base32.h"
#include "core/multiformats/base58.h"
#include "core/multiformats/multibase.h"
#include "fuzzcheck.h"

#include <string_view>

using namespace meshscope;
using namespace meshscope::multiformats;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto b = decodeBase58(text))
        FUZZ_CHECK(encodeBase58(*b) == text);
    if (auto b = decodeBase32(text, Base32Case::Lower))
        FUZZ_CHECK(encodeBase32(*b, Base32Case::Lower) == text);
    if (auto b = decodeBase32(text, Base32Case::Upper))
        FUZZ_CHECK(encodeBase32(*b, Base32Case::Upper) == text);
    if (auto b = decodeMultibase(text))
        FUZZ_CHECK(encodeMultibase(static_cast<Multibase>(text[0]), *b) == text);
    // And the other direction: encoding arbitrary bytes decodes back.
    const BytesView bytes(data, size);
    const auto b58 = decodeBase58(encodeBase58(bytes));
    FUZZ_CHECK(size > kMaxBase58Chars / 2 || (b58.ok() && *b58 == Bytes(bytes.begin(), bytes.end())));
    const auto b32 = decodeBase32(encodeBase32(bytes));
    FUZZ_CHECK(b32.ok() && *b32 == Bytes(bytes.begin(), bytes.end()));
    return 0;
}
