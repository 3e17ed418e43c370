#include "core/multiformats/multihash.h"

#include "core/multiformats/varint.h"

#include <openssl/evp.h>

#include <string>

namespace meshscope::multiformats {

std::array<std::uint8_t, 32> sha256(BytesView data)
{
    std::array<std::uint8_t, 32> digest{};
    unsigned int length = 0;
    // EVP_Digest only fails on allocation failure; a zero digest then fails every comparison.
    EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr);
    return digest;
}

Multihash::Multihash(std::uint64_t code, Bytes bytes, std::size_t digestOffset)
    : m_code(code), m_bytes(std::move(bytes)), m_digestOffset(digestOffset)
{
}

Multihash Multihash::identity(BytesView data)
{
    Bytes out;
    out.reserve(1 + uvarintSize(data.size()) + data.size());
    out.push_back(0x00);
    appendUvarint(out, data.size());
    const std::size_t offset = out.size();
    append(out, data);
    return Multihash(0x00, std::move(out), offset);
}

Multihash Multihash::sha2_256(BytesView data)
{
    const auto digest = sha256(data);
    Bytes out;
    out.reserve(2 + digest.size());
    out.push_back(0x12);
    out.push_back(0x20);
    append(out, digest);
    return Multihash(0x12, std::move(out), 2);
}

Result<Multihash> Multihash::parsePrefix(BytesView bytes, std::size_t& consumed)
{
    const VarintDecode code = decodeUvarint(bytes);
    if (code.status != VarintStatus::Ok)
        return fail(std::string("multihash code: ") + toString(code.status));
    const VarintDecode length = decodeUvarint(bytes.subspan(code.length));
    if (length.status != VarintStatus::Ok)
        return fail(std::string("multihash length: ") + toString(length.status));
    if (length.value > kMaxMultihashDigest)
        return fail("multihash digest too long (" + std::to_string(length.value) + " bytes)");
    const std::size_t offset = code.length + length.length;
    const auto digestLength = static_cast<std::size_t>(length.value);
    if (bytes.size() - offset < digestLength)
        return fail("multihash truncated: digest needs " + std::to_string(digestLength) + " bytes, "
                    + std::to_string(bytes.size() - offset) + " present");
    if (code.value == 0x12 && digestLength != 32)
        return fail("sha2-256 multihash digest must be 32 bytes, not " + std::to_string(digestLength));
    consumed = offset + digestLength;
    return Multihash(code.value, Bytes(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(consumed)),
                     offset);
}

Result<Multihash> Multihash::parse(BytesView bytes)
{
    std::size_t consumed = 0;
    auto result = parsePrefix(bytes, consumed);
    if (result && consumed != bytes.size())
        return fail("multihash followed by " + std::to_string(bytes.size() - consumed) + " extra bytes");
    return result;
}

} // namespace meshscope::multiformats
