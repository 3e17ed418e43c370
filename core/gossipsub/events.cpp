#include "core/gossipsub/events.h"

#include <sstream>

namespace meshscope::gossipsub {

namespace {

std::string hex(std::string_view s) { return toHex(BytesView(reinterpret_cast<const std::uint8_t*>(s.data()), s.size())); }
std::string peer(const PeerId& p) { return toHex(p.bytes()); }

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

std::string describe(const RouterEvent& event)
{
    std::ostringstream out;
    out << toNanos(event.time) << ' ';
    std::visit(Overloaded{
                   [&](const EvAddPeer& e) { out << "add_peer " << peer(e.peer) << ' ' << protocolIdOf(e.protocol); },
                   [&](const EvRemovePeer& e) { out << "remove_peer " << peer(e.peer); },
                   [&](const EvJoin& e) { out << "join " << e.topic; },
                   [&](const EvLeave& e) { out << "leave " << e.topic; },
                   [&](const EvGraft& e) { out << "graft " << peer(e.peer) << ' ' << e.topic; },
                   [&](const EvPrune& e) { out << "prune " << peer(e.peer) << ' ' << e.topic; },
                   [&](const EvPeerSubscribed& e) {
                       out << (e.subscribed ? "peer_subscribed " : "peer_unsubscribed ") << peer(e.peer) << ' ' << e.topic;
                   },
                   [&](const EvPublish& e) { out << "publish " << hex(e.id) << ' ' << e.topic; },
                   [&](const EvDeliver& e) { out << "deliver " << hex(e.id) << ' ' << e.topic << ' ' << peer(e.from) << ' ' << e.size; },
                   [&](const EvReject& e) {
                       out << "reject " << hex(e.id) << ' ' << e.topic << ' ' << peer(e.from) << " \"" << rejectReasonText(e.reason) << '"';
                   },
                   [&](const EvDuplicate& e) { out << "duplicate " << hex(e.id) << ' ' << e.topic << ' ' << peer(e.from); },
                   [&](const EvRecvRpc& e) { out << "recv_rpc " << peer(e.peer) << ' ' << e.size; },
                   [&](const EvSendRpc& e) { out << "send_rpc " << peer(e.peer) << ' ' << e.size; },
                   [&](const EvDropRpc& e) { out << "drop_rpc " << peer(e.peer) << " \"" << e.reason << '"'; },
                   [&](const EvThrottled& e) { out << "throttled " << peer(e.peer) << " \"" << e.what << '"'; },
                   [&](const EvPenalty& e) { out << "penalty " << peer(e.peer) << ' ' << e.count << " \"" << e.reason << '"'; },
                   [&](const EvPxCandidates& e) {
                       out << "px " << peer(e.from) << ' ' << e.topic;
                       for (const auto& [p, r] : e.peers)
                           out << ' ' << peer(p);
                   },
                   [&](const EvDirectConnect& e) { out << "direct_connect " << peer(e.peer); },
               },
        event.body);
    return out.str();
}

} // namespace meshscope::gossipsub
