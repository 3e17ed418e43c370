#include "core/gossipsub/signing.h"

#include "core/gossipsub/msgid.h"
#include "core/multiformats/varint.h"

#include <list>
#include <string>
#include <unordered_map>

namespace meshscope::gossipsub {

namespace {

constexpr std::string_view kSignPrefix = "libp2p-pubsub:";

BytesView viewOf(std::string_view s) { return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}; }

// Authors' keys parsed and loaded into OpenSSL, most recently used first. Verifying a message
// from a known author then costs one signature check instead of a protobuf parse, a peer id
// derivation and an OpenSSL key load. Per thread (each node runs on one thread), bounded.
class AuthorKeyCache {
public:
    struct Entry {
        std::string keyBytes;    // the author's key protobuf (the cache key)
        std::string peerIdBytes; // the peer id derived from it: `from` must equal this
        crypto::PublicKey key;   // the loaded key
    };

    // The entry for `keyBytes`, moved to the front; nullptr when absent.
    const Entry* find(std::string_view keyBytes)
    {
        const auto it = m_index.find(keyBytes);
        if (it == m_index.end())
            return nullptr;
        m_entries.splice(m_entries.begin(), m_entries, it->second);
        return &*it->second;
    }

    // Adds a verified key, evicting the least recently used beyond kCapacity.
    const Entry& insert(Entry entry)
    {
        m_entries.push_front(std::move(entry));
        m_index.emplace(std::string_view(m_entries.front().keyBytes), m_entries.begin());
        if (m_entries.size() > kCapacity) {
            m_index.erase(std::string_view(m_entries.back().keyBytes));
            m_entries.pop_back();
        }
        return m_entries.front();
    }

private:
    static constexpr std::size_t kCapacity = 1024;                   // authors remembered
    std::list<Entry> m_entries;                                       // most recent first
    std::unordered_map<std::string_view, std::list<Entry>::iterator> m_index; // views into m_entries
};

AuthorKeyCache& authorKeyCache()
{
    thread_local AuthorKeyCache cache;
    return cache;
}

std::optional<RejectReason> verify(const pb::rpc::Message& m)
{
    auto keyBytes = std::string_view(m.key());
    const auto inlined = inlinedPublicKey(m.from());
    if (keyBytes.empty())
        keyBytes = inlined;
    if (keyBytes.empty() || keyBytes.size() > crypto::kMaxKeyProtobufSize)
        return RejectReason::InvalidSignature; // no key to check with
    if (!inlined.empty() && keyBytes != inlined)
        return RejectReason::InvalidSignature; // key does not match the inlined id
    auto& cache = authorKeyCache();
    const AuthorKeyCache::Entry* entry = cache.find(keyBytes);
    if (!entry) {
        // from must be a valid peer id (identity or SHA-256 multihash) derived from the key;
        // PeerId::fromPublicKey gives the canonical bytes, so comparing bytes checks both.
        const auto derived = PeerId::fromPublicKey(viewOf(keyBytes));
        auto key = crypto::PublicKey::fromProtobuf(viewOf(keyBytes));
        if (!key)
            return RejectReason::InvalidSignature;
        entry = &cache.insert({std::string(keyBytes),
                               std::string(derived.bytes().begin(), derived.bytes().end()),
                               std::move(key.value())});
    }
    if (m.from() != entry->peerIdBytes)
        return RejectReason::InvalidSignature;
    const auto bytes = signedBytes(m);
    if (!entry->key.verify(viewOf(bytes), viewOf(m.signature())))
        return RejectReason::InvalidSignature;
    return std::nullopt;
}

// Appends one length-delimited field (wire type 2) as protobuf serialises it.
void appendBytesField(std::string& out, int field, const std::string& value)
{
    out.push_back(static_cast<char>((field << 3) | 2));
    multiformats::appendUvarint(out, value.size());
    out += value;
}

} // namespace

std::string_view signPolicyName(SignPolicy p)
{
    switch (p) {
    case SignPolicy::StrictSign: return "strict-sign";
    case SignPolicy::StrictNoSign: return "strict-no-sign";
    case SignPolicy::LaxSign: return "lax-sign";
    case SignPolicy::LaxNoSign: return "lax-no-sign";
    }
    return "strict-sign";
}

Result<SignPolicy> parseSignPolicy(std::string_view name)
{
    for (auto p : {SignPolicy::StrictSign, SignPolicy::StrictNoSign, SignPolicy::LaxSign, SignPolicy::LaxNoSign})
        if (signPolicyName(p) == name)
            return p;
    return fail("unknown sign policy \"" + std::string(name) + "\" (strict-sign, strict-no-sign, lax-sign, lax-no-sign)");
}

std::string signedBytes(const pb::rpc::Message& message)
{
    if (!message.unknown_fields().empty()) {
        // Rare: unknown fields serialise after the known ones; let protobuf do it on a copy.
        pb::rpc::Message copy = message;
        copy.clear_signature();
        copy.clear_key();
        std::string out(kSignPrefix);
        out += copy.SerializeAsString();
        return out;
    }
    // Fields 1-4 in field order, exactly what SerializeAsString gives for the message without
    // signature (5) and key (6), without copying the message.
    std::string out;
    out.reserve(kSignPrefix.size() + message.from().size() + message.data().size() + message.seqno().size()
                + message.topic().size() + 4 * 6);
    out += kSignPrefix;
    if (message.has_from())
        appendBytesField(out, pb::rpc::Message::kFromFieldNumber, message.from());
    if (message.has_data())
        appendBytesField(out, pb::rpc::Message::kDataFieldNumber, message.data());
    if (message.has_seqno())
        appendBytesField(out, pb::rpc::Message::kSeqnoFieldNumber, message.seqno());
    if (message.has_topic())
        appendBytesField(out, pb::rpc::Message::kTopicFieldNumber, message.topic());
    return out;
}

void signMessage(pb::rpc::Message& message, const PeerId& self, const crypto::PrivateKey& key)
{
    message.set_from(std::string(self.bytes().begin(), self.bytes().end()));
    const auto bytes = signedBytes(message);
    const auto signature = key.sign(viewOf(bytes));
    message.set_signature(std::string(signature.begin(), signature.end()));
    if (inlinedPublicKey(message.from()).empty()) {
        const auto pub = key.publicKey().toProtobuf();
        message.set_key(std::string(pub.begin(), pub.end()));
    }
}

std::optional<RejectReason> checkSignature(const pb::rpc::Message& m, SignPolicy policy)
{
    switch (policy) {
    case SignPolicy::StrictNoSign:
        if (m.has_signature())
            return RejectReason::UnexpectedSignature;
        if (m.has_from() || m.has_seqno() || m.has_key())
            return RejectReason::UnexpectedAuthInfo;
        return std::nullopt;
    case SignPolicy::StrictSign:
        if (!m.has_signature())
            return RejectReason::MissingSignature;
        return verify(m);
    case SignPolicy::LaxSign:
    case SignPolicy::LaxNoSign:
        if (!m.has_signature())
            return std::nullopt;
        return verify(m);
    }
    return std::nullopt;
}

} // namespace meshscope::gossipsub
