// RouterTracer and RouterEventTally: router raw events -> go trace events / per-peer tallies.
#include "core/trace/routertracer.h"

#include <type_traits>

namespace meshscope::trace {

namespace {

BytesView idBytes(const gossipsub::PeerId& p) { return BytesView(p.bytes()); }

} // namespace

RouterTracer::RouterTracer(gossipsub::PeerId self, gossipsub::MsgIdFunction msgId)
    : m_self(self.bytes().begin(), self.bytes().end())
    , m_msgId(msgId)
{
}

RpcMeta RouterTracer::meta(const pb::rpc::RPC& rpc) const
{
    return rpcMeta(rpc, [this](const pb::rpc::Message& m) { return gossipsub::computeMessageId(m_msgId, m); });
}

TraceEvent RouterTracer::recvRpc(const gossipsub::PeerId& from, const pb::rpc::RPC& rpc, TimePoint now) const
{
    return trace::recvRpc(m_self, now, idBytes(from), meta(rpc));
}

TraceEvent RouterTracer::sendRpc(const gossipsub::PeerId& to, const pb::rpc::RPC& rpc, TimePoint now) const
{
    return trace::sendRpc(m_self, now, idBytes(to), meta(rpc));
}

void RouterTracer::map(const gossipsub::RouterEvent& event, std::vector<TraceEvent>& out) const
{
    using namespace gossipsub;
    const TimePoint t = event.time;
    std::visit(
        [&](const auto& ev) {
            using T = std::decay_t<decltype(ev)>;
            if constexpr (std::is_same_v<T, EvAddPeer>) {
                out.push_back(addPeer(m_self, t, idBytes(ev.peer), protocolIdOf(ev.protocol)));
            } else if constexpr (std::is_same_v<T, EvRemovePeer>) {
                out.push_back(removePeer(m_self, t, idBytes(ev.peer)));
            } else if constexpr (std::is_same_v<T, EvJoin>) {
                out.push_back(join(m_self, t, ev.topic));
            } else if constexpr (std::is_same_v<T, EvLeave>) {
                out.push_back(leave(m_self, t, ev.topic));
            } else if constexpr (std::is_same_v<T, EvGraft>) {
                out.push_back(graft(m_self, t, idBytes(ev.peer), ev.topic));
            } else if constexpr (std::is_same_v<T, EvPrune>) {
                out.push_back(prune(m_self, t, idBytes(ev.peer), ev.topic));
            } else if constexpr (std::is_same_v<T, EvPublish>) {
                out.push_back(publishMessage(m_self, t, ev.id, ev.topic));
            } else if constexpr (std::is_same_v<T, EvDeliver>) {
                out.push_back(deliverMessage(m_self, t, ev.id, ev.topic, idBytes(ev.from)));
            } else if constexpr (std::is_same_v<T, EvReject>) {
                out.push_back(rejectMessage(m_self, t, ev.id, idBytes(ev.from), rejectReasonText(ev.reason), ev.topic));
            } else if constexpr (std::is_same_v<T, EvDuplicate>) {
                out.push_back(duplicateMessage(m_self, t, ev.id, idBytes(ev.from), ev.topic));
            } else if constexpr (std::is_same_v<T, EvRecvRpc>) {
                if (m_rpcEventsFromRouter)
                    out.push_back(trace::recvRpc(m_self, t, idBytes(ev.peer), RpcMeta{}));
            } else if constexpr (std::is_same_v<T, EvSendRpc>) {
                if (m_rpcEventsFromRouter)
                    out.push_back(trace::sendRpc(m_self, t, idBytes(ev.peer), RpcMeta{}));
            } else if constexpr (std::is_same_v<T, EvDropRpc>) {
                out.push_back(dropRpc(m_self, t, idBytes(ev.peer), RpcMeta{}));
            } else if constexpr (std::is_same_v<T, EvThrottled>) {
                out.push_back(throttlePeer(m_self, t, idBytes(ev.peer)));
            } else if constexpr (std::is_same_v<T, EvPeerSubscribed> || std::is_same_v<T, EvPenalty>
                                 || std::is_same_v<T, EvPxCandidates> || std::is_same_v<T, EvDirectConnect>) {
                // no go trace event (see the header)
            } else {
                static_assert(!std::is_same_v<T, T>, "unmapped router event");
            }
        },
        event.body);
}

std::vector<TraceEvent> RouterTracer::map(const std::vector<gossipsub::RouterEvent>& events) const
{
    std::vector<TraceEvent> out;
    out.reserve(events.size());
    for (const auto& e : events)
        map(e, out);
    return out;
}

std::vector<TraceEvent> RouterTracer::scoreUpdates(const std::vector<gossipsub::PeerScoreBreakdown>& scores,
                                                   const gossipsub::PeerScoreParams& params, TimePoint now) const
{
    const auto unweight = [](double value, double weight) { return weight != 0 ? value / weight : 0.0; };
    std::vector<TraceEvent> out;
    out.reserve(scores.size());
    for (const auto& b : scores) {
        TraceEvent e = scoreUpdate(m_self, now, idBytes(b.peer), b.total);
        auto* u = e.mutable_scoreupdate();
        u->set_appspecific(unweight(b.p5, params.appSpecificWeight));
        u->set_ipcolocation(unweight(b.p6, params.ipColocationFactorWeight));
        ScoreComponents sc;
        sc.p7 = b.p7;
        summariseScore(sc, params);
        u->set_behaviourpenalty(sc.behaviourPenalty);
        for (const auto& t : b.topics) {
            auto* ts = u->add_topics();
            ts->set_topic(t.topic);
            auto it = params.topics.find(t.topic);
            ts->set_timeinmesh(it == params.topics.end() ? 0.0 : unweight(t.p1, it->second.timeInMeshWeight));
            ts->set_firstmessagedeliveries(t.firstDeliveries);
            ts->set_meshmessagedeliveries(t.meshDeliveries);
            ts->set_invalidmessagedeliveries(t.invalidDeliveries);
        }
        out.push_back(std::move(e));
    }
    return out;
}

void RouterEventTally::apply(const gossipsub::RouterEvent& event)
{
    using namespace gossipsub;
    std::visit(
        [&](const auto& ev) {
            using T = std::decay_t<decltype(ev)>;
            if constexpr (std::is_same_v<T, EvAddPeer>) {
                m_tallies[ev.peer];
            } else if constexpr (std::is_same_v<T, EvRemovePeer>) {
                m_tallies.erase(ev.peer);
            } else if constexpr (std::is_same_v<T, EvRecvRpc>) {
                if (auto it = m_tallies.find(ev.peer); it != m_tallies.end()) {
                    ++it->second.rpcsIn;
                    it->second.rpcBytesIn += ev.size;
                }
            } else if constexpr (std::is_same_v<T, EvSendRpc>) {
                if (auto it = m_tallies.find(ev.peer); it != m_tallies.end()) {
                    ++it->second.rpcsOut;
                    it->second.rpcBytesOut += ev.size;
                }
            } else if constexpr (std::is_same_v<T, EvDeliver> || std::is_same_v<T, EvDuplicate>
                                 || std::is_same_v<T, EvReject>) {
                if (auto it = m_tallies.find(ev.from); it != m_tallies.end())
                    ++it->second.messagesIn;
            } else if constexpr (std::is_same_v<T, EvPenalty>) {
                if (auto it = m_tallies.find(ev.peer); it != m_tallies.end()) {
                    ++it->second.penalties;
                    if (ev.reason.find("promise") != std::string::npos)
                        it->second.brokenPromises += static_cast<std::uint64_t>(ev.count > 0 ? ev.count : 0);
                }
            }
        },
        event.body);
}

} // namespace meshscope::trace
