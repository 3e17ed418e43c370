#include "core/gossipsub/msgid.h"

#include "core/crypto/digest.h"

#include <snappy.h>

#include <array>
#include <cstdint>

namespace meshscope::gossipsub {

namespace {

// Ethereum consensus GOSSIP_MAX_SIZE (10 MiB): larger decompressed payloads count as invalid snappy.
constexpr std::size_t kEthereumMaxDecompressed = 10u << 20;
constexpr std::array<char, 4> kDomainValidSnappy{1, 0, 0, 0};
constexpr std::array<char, 4> kDomainInvalidSnappy{0, 0, 0, 0};

std::string ethereumId(const pb::rpc::Message& m)
{
    std::string input;
    std::string decompressed;
    std::size_t length = 0;
    const auto& data = m.data();
    const bool valid = snappy::GetUncompressedLength(data.data(), data.size(), &length)
        && length <= kEthereumMaxDecompressed && snappy::Uncompress(data.data(), data.size(), &decompressed);
    const auto& domain = valid ? kDomainValidSnappy : kDomainInvalidSnappy;
    input.append(domain.data(), domain.size());
    std::uint64_t topicLength = m.topic().size();
    for (int i = 0; i < 8; ++i)
        input.push_back(static_cast<char>((topicLength >> (8 * i)) & 0xff));
    input += m.topic();
    input += valid ? decompressed : data;
    return sha256(input).substr(0, 20);
}

} // namespace

std::string_view msgIdFunctionName(MsgIdFunction f)
{
    switch (f) {
    case MsgIdFunction::Go: return "go";
    case MsgIdFunction::Js: return "js";
    case MsgIdFunction::Content: return "content";
    case MsgIdFunction::Ethereum: return "ethereum";
    }
    return "go";
}

Result<MsgIdFunction> parseMsgIdFunction(std::string_view name)
{
    for (auto f : {MsgIdFunction::Go, MsgIdFunction::Js, MsgIdFunction::Content, MsgIdFunction::Ethereum})
        if (msgIdFunctionName(f) == name)
            return f;
    return fail("unknown message id function \"" + std::string(name) + "\" (go, js, content, ethereum)");
}

std::string sha256(std::string_view data)
{
    // crypto::sha256 keeps a fetched digest and a context per thread; OpenSSL 3's one-shot
    // SHA256() fetches the algorithm on every call.
    const auto digest = crypto::sha256(BytesView(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()));
    return std::string(reinterpret_cast<const char*>(digest.data()), digest.size());
}

std::string_view inlinedPublicKey(std::string_view peerIdBytes)
{
    // identity multihash: code 0x00, length (one varint byte, <= 42 for peer ids), digest = key.
    if (peerIdBytes.size() < 2 || peerIdBytes[0] != 0 || static_cast<unsigned char>(peerIdBytes[1]) >= 0x80)
        return {};
    const auto length = static_cast<std::size_t>(static_cast<unsigned char>(peerIdBytes[1]));
    if (peerIdBytes.size() != 2 + length)
        return {};
    return peerIdBytes.substr(2);
}

MessageId computeMessageId(MsgIdFunction f, const pb::rpc::Message& m)
{
    switch (f) {
    case MsgIdFunction::Go: return m.from() + m.seqno();
    case MsgIdFunction::Js: {
        auto key = inlinedPublicKey(m.from());
        if (key.empty())
            key = m.key();
        if (key.empty())
            return m.from() + m.seqno();
        return std::string(key) + m.seqno();
    }
    case MsgIdFunction::Content: return sha256(m.data());
    case MsgIdFunction::Ethereum: return ethereumId(m);
    }
    return m.from() + m.seqno();
}

} // namespace meshscope::gossipsub
