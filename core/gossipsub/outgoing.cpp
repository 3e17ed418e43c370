// Router: draining outputs. Pending control and messages are merged per peer into one RPC and
// split only when it would exceed maxTransmissionSize; IDONTWANT goes ahead, on its own.
#include "core/gossipsub/router.h"
#include "core/multiformats/varint.h"

#include <utility>

namespace meshscope::gossipsub {

std::size_t publishEntrySize(const pb::rpc::Message& message)
{
    const std::size_t body = message.ByteSizeLong();
    return 1 + multiformats::uvarintSize(body) + body; // field 2 tag, length, message
}

std::size_t encodedSize(const OutgoingRpc& out)
{
    std::size_t size = out.rpc.ByteSizeLong();
    for (const auto& m : out.messages)
        size += publishEntrySize(*m);
    return size;
}

void Router::drainPending(
    const PeerId& peer, pb::rpc::RPC& rpc, std::vector<MessagePtr>* messages, std::vector<OutgoingRpc>& out)
{
    std::size_t shared = 0;
    if (messages && !messages->empty()) {
        if (m_config.shareMessages) {
            for (const auto& m : *messages)
                shared += publishEntrySize(*m);
        } else {
            for (const auto& m : *messages)
                *rpc.add_publish() = *m;
        }
    }
    std::size_t size = rpc.ByteSizeLong(); // split() relies on this sizing
    // The usual cases build the OutgoingRpc in place: each move of an RPC swaps all its fields, and
    // the swapped-out `rpc` is left empty, ready for reuse.
    const auto emplace = [&](std::vector<MessagePtr>* list) {
        OutgoingRpc& o = out.emplace_back();
        o.peer = peer;
        if (size != 0) // only shared messages: the empty RPC object stays where it is
            o.rpc.Swap(&rpc);
        if (list)
            o.messages = std::move(*list);
        o.rpcBytes = size;
        o.size = size + shared;
    };
    if (shared > 0 && size + shared <= m_params.maxTransmissionSize) {
        emplace(messages);
    } else if (shared == 0 && size <= m_params.maxTransmissionSize) {
        if (size != 0)
            emplace(nullptr);
    } else {
        if (shared > 0) { // too big to go as one RPC: copied in and split like any other
            for (const auto& m : *messages)
                *rpc.add_publish() = *m;
            size = rpc.ByteSizeLong();
        }
        if (size != 0)
            for (auto& piece : split(peer, rpc))
                out.push_back(std::move(piece));
        rpc = pb::rpc::RPC(); // split() moved items out one by one: drop the husks
    }
    if (messages)
        messages->clear();
}

std::vector<OutgoingRpc> Router::split(const PeerId& peer, pb::rpc::RPC& rpc) const
{
    std::vector<OutgoingRpc> out;
    const auto limit = m_params.maxTransmissionSize;
    if (static_cast<std::size_t>(rpc.GetCachedSize()) <= limit) { // pollOutgoing() has just sized it
        const std::size_t size = rpc.GetCachedSize();
        out.push_back({ peer, std::move(rpc), {}, size, size, FlatKind::None, {}, OutgoingRpc::kNoTag });
        return out;
    }
    // Too big: pack items one by one. An item bigger than the limit on its own is dropped.
    pb::rpc::RPC current;
    std::size_t size = 0;
    auto flush = [&] {
        if (size > 0) {
            const std::size_t bytes = current.ByteSizeLong(); // also sets the cached sizes
            out.push_back(
                { peer, std::move(current), {}, bytes, bytes, FlatKind::None, {}, OutgoingRpc::kNoTag });
        }
        current = pb::rpc::RPC();
        size = 0;
    };
    auto fits = [&](std::size_t item) {
        const auto cost = item + 16; // tag, length and nesting overhead
        if (cost > limit)
            return false;
        if (size + cost > limit)
            flush();
        size += cost;
        return true;
    };
    for (auto& sub : *rpc.mutable_subscriptions())
        if (fits(sub.ByteSizeLong()))
            *current.add_subscriptions() = std::move(sub);
    for (auto& m : *rpc.mutable_publish())
        if (fits(m.ByteSizeLong()))
            *current.add_publish() = std::move(m);
    auto& c = *rpc.mutable_control();
    for (auto& g : *c.mutable_graft())
        if (fits(g.ByteSizeLong()))
            *current.mutable_control()->add_graft() = std::move(g);
    for (auto& p : *c.mutable_prune())
        if (fits(p.ByteSizeLong()))
            *current.mutable_control()->add_prune() = std::move(p);
    for (auto& ih : *c.mutable_ihave()) {
        pb::rpc::ControlIHave* part = nullptr;
        for (auto& id : *ih.mutable_messageids()) {
            if (!fits(id.size() + 4 + (part ? 0 : ih.topicid().size() + 4)))
                continue;
            if (!part || current.control().ihave_size() == 0
                || current.control().ihave(current.control().ihave_size() - 1).topicid() != ih.topicid()) {
                part = current.mutable_control()->add_ihave();
                part->set_topicid(ih.topicid());
            }
            part->add_messageids(std::move(id));
        }
    }
    auto packIds = [&](auto& list, auto add) {
        for (auto& entry : list)
            for (auto& id : *entry.mutable_messageids())
                if (fits(id.size() + 4))
                    add(std::move(id));
    };
    packIds(*c.mutable_iwant(), [&](std::string id) {
        auto* ctl = current.mutable_control();
        if (ctl->iwant_size() == 0)
            ctl->add_iwant();
        ctl->mutable_iwant(ctl->iwant_size() - 1)->add_messageids(std::move(id));
    });
    packIds(*c.mutable_idontwant(), [&](std::string id) {
        auto* ctl = current.mutable_control();
        if (ctl->idontwant_size() == 0)
            ctl->add_idontwant();
        ctl->mutable_idontwant(ctl->idontwant_size() - 1)->add_messageids(std::move(id));
    });
    flush();
    return out;
}

void Router::takeIDontWant(const PeerId& peer, PeerInfo& info, std::vector<OutgoingRpc>& out)
{
    if (!info.pendingDontWant.empty()) // flatControl: no RPC object to build or size
        emitFlat(peer, FlatKind::IDontWant, info.pendingDontWant, out);
    if (!info.pending.has_control() || info.pending.control().idontwant_size() == 0)
        return;
    if (info.pending.publish_size() == 0 && info.pendingMessages.empty()) { // no message to wait behind
        drainPending(peer, info.pending, nullptr, out);
        return;
    }
    pb::rpc::RPC urgent;
    if (m_config.rpcPool)
        m_config.rpcPool->take(urgent);
    auto& control = *info.pending.mutable_control();
    urgent.mutable_control()->mutable_idontwant()->Swap(control.mutable_idontwant());
    if (control.ihave_size() == 0 && control.iwant_size() == 0 && control.graft_size() == 0
        && control.prune_size() == 0)
        info.pending.clear_control(); // no empty control field on the message's RPC
    drainPending(peer, urgent, nullptr, out); // sized, and split if it is too big
}

void Router::takeIHave(const PeerId& peer, PeerInfo& info, std::vector<OutgoingRpc>& out)
{
    const pb::rpc::RPC& rpc = info.pending;
    if (rpc.subscriptions_size() == 0 && rpc.publish_size() == 0 && !rpc.has_control()
        && info.pendingMessages.empty()) {
        emitFlat(peer, FlatKind::IHave, info.pendingIHave, out);
        return;
    }
    // With other things for the peer: one RPC, as without flatControl.
    (void)info.pending.mutable_control()->MergeFromString(info.pendingIHave); // our own encoding
    info.pendingIHave.clear();
}

void Router::emitFlat(const PeerId& peer, FlatKind kind, std::string& flat, std::vector<OutgoingRpc>& out)
{
    OutgoingRpc& o = out.emplace_back();
    o.peer = peer;
    o.flatKind = kind;
    o.flat.swap(flat); // `flat` gets o's empty buffer
    o.rpcBytes = flatRpcSize(kind, o.flat.size());
    o.size = o.rpcBytes;
}

pb::rpc::RPC& Router::pending(const PeerId& peer)
{
    const auto it = m_peers.find(peer);
    if (it == m_peers.end())
        return m_pendingOther[peer];
    return pending(it->first, it->second);
}

pb::rpc::RPC& Router::pending(const PeerId& peer, PeerInfo& info)
{
    if (!info.queued && m_config.rpcPool) // (once queued by markQueued(), it is built in place)
        m_config.rpcPool->take(info.pending);
    markQueued(peer, info);
    return info.pending;
}

std::vector<OutgoingRpc> Router::pollOutgoing()
{
    std::vector<OutgoingRpc> out;
    pollOutgoing(out);
    return out;
}

void Router::pollOutgoing(std::vector<OutgoingRpc>& out)
{
    const std::size_t first = out.size();
    // Queued peers in the order they were first queued (deterministic, and no PeerId comparisons: a
    // message's IDONTWANT and forwards visit its mesh in one order), then m_pendingOther in PeerId order.
    out.reserve(first + m_queued.size() + m_pendingOther.size()); // one RPC each, unless one is split
    // IDONTWANT first: go sends it before validating, as an urgent RPC of its own, so that it reaches
    // the peer before the message it announces does, and before the copies queued to other peers.
    const auto stampFrom = [&](std::size_t from, std::uint32_t tag) {
        for (std::size_t i = from; i < out.size(); ++i)
            out[i].tag = tag;
    };
    for (const auto& [peer, info] : m_queued) {
        const std::size_t from = out.size();
        takeIDontWant(*peer, *info, out);
        stampFrom(from, info->tag);
    }
    for (const auto& [peer, info] : m_queued) {
        const std::size_t from = out.size();
        info->queued = false;
        if (!info->pendingIHave.empty())
            takeIHave(*peer, *info, out);
        drainPending(*peer, info->pending, &info->pendingMessages, out);
        stampFrom(from, info->tag);
    }
    for (auto& [peer, rpc] : m_pendingOther)
        drainPending(peer, rpc, nullptr, out);
    m_queued.clear();
    m_pendingOther.clear();
    for (std::size_t i = first; i < out.size(); ++i) {
        ++m_counters.rpcsSent;
        // Stamped with the time of the last input: sending happens right after it.
        record(m_lastNow, [&] { return EvSendRpc { out[i].peer, out[i].size }; });
    }
}

std::vector<Delivery> Router::pollDeliveries()
{
    return std::exchange(m_deliveries, {});
}

std::vector<ValidationRequest> Router::pollValidationRequests()
{
    return std::exchange(m_validationRequests, {});
}

std::vector<RouterEvent> Router::pollEvents()
{
    return std::exchange(m_events, {});
}

} // namespace meshscope::gossipsub
