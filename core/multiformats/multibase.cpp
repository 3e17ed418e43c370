#include "core/multiformats/multibase.h"

#include "core/multiformats/base32.h"
#include "core/multiformats/base58.h"

namespace meshscope::multiformats {

std::string encodeMultibase(Multibase base, BytesView data)
{
    std::string out(1, static_cast<char>(base));
    switch (base) {
    case Multibase::Base58btc:
        out += encodeBase58(data);
        break;
    case Multibase::Base32:
        out += encodeBase32(data, Base32Case::Lower);
        break;
    case Multibase::Base32Upper:
        out += encodeBase32(data, Base32Case::Upper);
        break;
    }
    return out;
}

Result<Bytes> decodeMultibase(std::string_view text)
{
    if (text.empty())
        return fail("empty multibase text");
    const std::string_view body = text.substr(1);
    switch (text[0]) {
    case 'z':
        return decodeBase58(body);
    case 'b':
        return decodeBase32(body, Base32Case::Lower);
    case 'B':
        return decodeBase32(body, Base32Case::Upper);
    default:
        break;
    }
    const auto c = static_cast<unsigned char>(text[0]);
    const std::string shown = c >= 0x20 && c < 0x7f ? std::string(1, text[0]) : "\\x" + toHex(BytesView(&c, 1));
    return fail("unsupported multibase prefix '" + shown + "' (supported: z, b, B)");
}

} // namespace meshscope::multiformats
