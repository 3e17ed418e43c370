#include "core/host/identify.h"

#include "core/host/lengthprefix.h"
#include "core/proto/identify.pb.h"

namespace meshscope::host {

namespace {
// Limits per field, well inside the 8 KiB message cap; a peer over them is broken or hostile.
constexpr int kMaxAddrs = 128;     // listen addresses
constexpr int kMaxProtocols = 256; // protocol ids

std::string asString(BytesView b) { return toString(b); }
} // namespace

Bytes encodeIdentify(const IdentifyInfo& info)
{
    pb::identify::Identify msg;
    msg.set_protocolversion(info.protocolVersion);
    msg.set_agentversion(info.agentVersion);
    msg.set_publickey(asString(info.publicKey));
    for (const auto& a : info.listenAddrs)
        msg.add_listenaddrs(asString(a));
    if (info.observedAddr)
        msg.set_observedaddr(asString(*info.observedAddr));
    for (const auto& p : info.protocols)
        msg.add_protocols(p);
    if (info.signedPeerRecord)
        msg.set_signedpeerrecord(asString(*info.signedPeerRecord));
    std::string out;
    msg.SerializeToString(&out);
    return toBytes(out);
}

Bytes encodeIdentifyMessage(const IdentifyInfo& info) { return lengthPrefixed(encodeIdentify(info)); }

Result<IdentifyInfo> decodeIdentify(BytesView protobuf)
{
    if (protobuf.size() > kIdentifyMaxMessage)
        return fail("identify message of " + std::to_string(protobuf.size()) + " bytes exceeds 8 KiB");
    pb::identify::Identify msg;
    if (!msg.ParseFromArray(protobuf.data(), static_cast<int>(protobuf.size())))
        return fail("identify message is not a valid Identify protobuf");
    if (msg.listenaddrs_size() > kMaxAddrs)
        return fail("identify message lists too many addresses");
    if (msg.protocols_size() > kMaxProtocols)
        return fail("identify message lists too many protocols");
    IdentifyInfo info;
    info.protocolVersion = msg.protocolversion();
    info.agentVersion = msg.agentversion();
    info.publicKey = toBytes(msg.publickey());
    for (const auto& a : msg.listenaddrs())
        info.listenAddrs.push_back(toBytes(a));
    if (msg.has_observedaddr())
        info.observedAddr = toBytes(msg.observedaddr());
    for (const auto& p : msg.protocols())
        info.protocols.push_back(p);
    if (msg.has_signedpeerrecord())
        info.signedPeerRecord = toBytes(msg.signedpeerrecord());
    return info;
}

Result<IdentifyInfo> decodeIdentifyMessage(BytesView stream)
{
    LengthPrefixedReader reader(kIdentifyMaxMessage);
    if (auto st = reader.onData(stream); !st)
        return fail("identify: " + st.error().message);
    const auto body = reader.message();
    if (!body)
        return fail("identify: stream ended before the message was complete");
    if (reader.hasTrailingData())
        return fail("identify: unexpected bytes after the message");
    return decodeIdentify(*body);
}

Status checkIdentifyKey(const IdentifyInfo& info, const multiformats::PeerId& peer, bool allowMissingKey)
{
    if (info.publicKey.empty()) {
        if (allowMissingKey)
            return {};
        return fail("identify: message carries no public key");
    }
    if (multiformats::PeerId::fromPublicKey(info.publicKey) != peer)
        return fail("identify: public key does not match the connection's peer " + peer.toBase58());
    return {};
}

} // namespace meshscope::host
