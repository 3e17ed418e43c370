#include "core/gossipsub/signing.h"

#include "core/gossipsub/msgid.h"

namespace meshscope::gossipsub {

namespace {

constexpr std::string_view kSignPrefix = "libp2p-pubsub:";

BytesView viewOf(std::string_view s) { return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}; }

std::optional<RejectReason> verify(const pb::rpc::Message& m)
{
    auto keyBytes = std::string_view(m.key());
    const auto inlined = inlinedPublicKey(m.from());
    if (keyBytes.empty())
        keyBytes = inlined;
    if (keyBytes.empty())
        return RejectReason::InvalidSignature; // no key to check with
    if (!inlined.empty() && keyBytes != inlined)
        return RejectReason::InvalidSignature; // key does not match the inlined id
    auto fromId = PeerId::fromBytes(viewOf(m.from()));
    if (!fromId)
        return RejectReason::InvalidSignature;
    if (PeerId::fromPublicKey(viewOf(keyBytes)) != *fromId)
        return RejectReason::InvalidSignature;
    auto key = crypto::PublicKey::fromProtobuf(viewOf(keyBytes));
    if (!key)
        return RejectReason::InvalidSignature;
    const auto bytes = signedBytes(m);
    if (!key->verify(viewOf(bytes), viewOf(m.signature())))
        return RejectReason::InvalidSignature;
    return std::nullopt;
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
    pb::rpc::Message copy = message;
    copy.clear_signature();
    copy.clear_key();
    std::string out(kSignPrefix);
    out += copy.SerializeAsString();
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
