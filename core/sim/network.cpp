// Network: the event loop, links (uplink FIFO, latency, loss) and traffic.
#include "core/sim/network.h"

#include "core/base/prefetch.h"
#include "core/gossipsub/rpcframing.h"
#include "core/multiformats/varint.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>
#include <google/protobuf/io/coded_stream.h>
#include <utility>

namespace meshscope::sim {

namespace {

// `out.rpc` encoded into `buffer` with the sizes pollOutgoing() computed (sizing an RPC walks all
// its ids again). The RPC's own cached size does not survive moves, so the length comes from
// out.rpcBytes; its fields' cached sizes do.
void encodeSized(const gossipsub::OutgoingRpc& out, std::string& buffer)
{
    buffer.resize(out.rpcBytes);
    auto* data = reinterpret_cast<std::uint8_t*>(buffer.data());
    google::protobuf::io::EpsCopyOutputStream stream(data, static_cast<int>(out.rpcBytes), false);
    const std::uint8_t* end = out.rpc._InternalSerialize(data, &stream);
    if (stream.HadError() || end != data + out.rpcBytes) // stale sizes: never from pollOutgoing()
        buffer = out.rpc.SerializeAsString();
}

// A free entry of `items` (from `free`, or a new one at the end): its index.
template <class T> std::uint32_t takeFree(std::vector<T>& items, std::vector<std::uint32_t>& free)
{
    if (free.empty()) {
        items.emplace_back();
        return static_cast<std::uint32_t>(items.size() - 1);
    }
    const std::uint32_t index = free.back();
    free.pop_back();
    return index;
}

// Exponential inter-arrival for a Poisson process of `rate` per second, ns (at least 1).
std::int64_t poissonGapNs(Rng& rng, double rate)
{
    const double u = 1.0 - rng.unit(); // (0, 1]
    const double gap = -std::log(u) / rate * 1e9;
    return std::max<std::int64_t>(1, static_cast<std::int64_t>(std::min(gap, 1e17)));
}

} // namespace

Network::Network(const Scenario& scenario, unsigned lanes)
    : m_scenario(scenario)
    , m_rng(scenario.seed ^ 0x6a09e667f3bcc909ull)
    , m_lookahead(minimumLatency(scenario).count())
    , m_windows(std::max<std::int64_t>(m_lookahead, 1))
{
    std::size_t maxSize = 9;
    for (const PublisherSpec& p : m_scenario.publishers)
        maxSize = std::max(maxSize, p.messageSize);
    m_payloadTemplate.assign(maxSize, 0);
    createNodes();
    assert(m_nodes.size() < kNetworkOrigin); // every node an origin of its own (Event::seq)
    // Lanes: contiguous node ranges of near equal size (at least one node each); the extra threads
    // only where windows exist to share.
    const std::size_t count = std::clamp<std::size_t>(m_lookahead > 0 ? lanes : 1, 1,
        std::min<std::size_t>(kMaxLanes, std::max<std::size_t>(1, m_nodes.size())));
    m_laneOfNode.resize(m_nodes.size());
    for (std::size_t k = 0; k < count; ++k) {
        m_lanes.push_back(std::make_unique<Lane>());
        m_lanes.back()->firstNode = static_cast<std::uint32_t>(k * m_nodes.size() / count);
    }
    for (std::size_t k = 0; k < count; ++k) {
        m_lanes[k]->endNode = static_cast<std::uint32_t>((k + 1) * m_nodes.size() / count);
        for (std::size_t i = m_lanes[k]->firstNode; i < m_lanes[k]->endNode; ++i)
            m_laneOfNode[i] = static_cast<std::uint8_t>(k);
    }
    for (unsigned k = 1; k < count; ++k)
        m_threads.emplace_back([this, k] { laneThread(k); });
    const std::int64_t start = 0;
    for (std::uint32_t i = 0; i < m_nodes.size(); ++i) {
        const std::int64_t at = m_nodes[i].honest ? start : toNanos(m_nodes[i].joinTime);
        schedule(at, Kind::Join, i);
    }
    const std::int64_t warm = m_scenario.warmup.count();
    for (std::uint32_t s = 0; s < m_scenario.publishers.size(); ++s)
        if (m_scenario.publishers[s].rate > 0)
            schedule(warm + poissonGapNs(m_rng, m_scenario.publishers[s].rate), Kind::Publish, s);
    for (std::uint32_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].behaviour == Behaviour::Invalid && m_nodes[i].invalidRate > 0)
            schedule(
                std::max(warm, toNanos(m_nodes[i].joinTime)) + poissonGapNs(m_rng, m_nodes[i].invalidRate),
                Kind::AttackPublish, i);
    if (m_scenario.churn.leavesPerSecond > 0)
        schedule(warm + poissonGapNs(m_rng, m_scenario.churn.leavesPerSecond), Kind::Leave, 0xffffffffu);
    schedule(m_scenario.sampleInterval.count(), Kind::Sample, 0);
}

Network::~Network()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (auto& t : m_threads)
        t.join();
}

std::uint64_t Network::nextSeq(Lane& c)
{
    const std::uint64_t count = c.origin == kNetworkOrigin ? m_seq++ : m_nodes[c.origin].scheduled++;
    return (static_cast<std::uint64_t>(c.origin) << kCountBits) | count;
}

void Network::enqueue(Lane& c, const Event& e)
{
    // Side by side, a lane schedules only for the node it runs (and that node's RPCs): its own.
    assert(!m_parallel || (c.origin < m_nodes.size() && &laneOf(c.origin) == &c));
    if (e < c.windowEnd) { // only the running node's own events can be due inside its window
        assert(e.node == c.windowNode);
        c.late.push(e);
    } else if (m_parallel) {
        c.later.push_back(e);
    } else if (m_lookahead > 0) {
        m_windows.push(e);
    } else {
        m_queue.push(e);
    }
}

void Network::limitWindows(Duration window)
{
    const std::int64_t lookahead = std::min(m_lookahead, window.count());
    if (lookahead == m_lookahead)
        return;
    m_lookahead = lookahead;
    std::vector<Event> pending = m_windows.takeAll(); // (only windows can have been in use)
    if (m_lookahead > 0)
        m_windows = WindowQueue<Event>(m_lookahead);
    for (const Event& e : pending)
        enqueue(*m_lanes.front(), e);
}

void Network::schedule(std::int64_t t, Kind kind, std::uint32_t node, std::uint32_t peer, std::uint32_t slot)
{
    const std::uint32_t inc = node < m_nodes.size() ? m_nodes[node].incarnation : 0;
    Lane& c = context(node < m_nodes.size() ? node : 0);
    enqueue(c, Event { t, nextSeq(c), kind, node, peer, slot, inc, 0 });
}

void Network::launch(std::uint32_t from, SimNode::Link& link, std::int64_t leaves, std::uint32_t slot)
{
    const std::int64_t arrival
        = std::max(leaves + linkLatency(from, link.peer).count(), toNanos(link.lastArrival));
    link.lastArrival = fromNanos(arrival);
    Lane& c = context(from);
    enqueue(c,
        Event { arrival, nextSeq(c), Kind::Rpc, link.peer, from, slot, link.peerIncarnation, link.peerLink });
}

bool Network::drawLoss(std::uint32_t from)
{
    return m_scenario.loss > 0 && m_nodes[from].wire.unit() < m_scenario.loss;
}

void Network::step(Lane& c, const Event& e)
{
    c.now = fromNanos(e.t);
    ++c.events;
    c.origin = isBarrier(e.kind) ? kNetworkOrigin : e.node;
    dispatch(e);
}

void Network::runUntil(TimePoint until)
{
    Lane& main = *m_lanes.front();
    const std::int64_t bound = toNanos(until);
    if (m_lookahead > 0) {
        runWindows(bound);
    } else {
        while (!m_queue.empty() && m_queue.top().t <= bound) {
            const Event e = m_queue.top();
            m_queue.pop();
            if (!m_queue.empty())
                prefetchTarget(m_queue.top());
            prefetchUpcoming(m_queue.ahead(kPrefetchFar), m_queue.ahead(kPrefetchMid),
                m_queue.ahead(kPrefetchNear), false);
            step(main, e);
        }
    }
    main.origin = kNetworkOrigin; // a driver's calls between steps schedule as the network
    if (main.now < until)
        main.now = until;
}

void Network::prefetchUpcoming(
    const Event* farEvent, const Event* midEvent, const Event* nearEvent, bool inWindow) const
{
    // An RPC event reads its slot and node, then what they point to (links, encoding, shared
    // messages, the scorer's adapter), then what the link points to (the router's PeerInfo, the
    // score entry): each stage asks for the lines the next one will read, a few events apart.
    if (farEvent && farEvent->kind == Kind::Rpc) {
        __builtin_prefetch(&inFlight(farEvent->slot));
        if (!inWindow) // (in a window, runShare() asked two nodes earlier)
            prefetchObject(&m_nodes[farEvent->node]);
    }
    if (midEvent && midEvent->kind == Kind::Rpc) {
        const SimNode& n = m_nodes[midEvent->node];
        const InFlight& f = inFlight(midEvent->slot);
        if (midEvent->link < n.links.size()) // (n is loaded: its lines were asked for at the far stage)
            __builtin_prefetch(&n.links[midEvent->link]);
        __builtin_prefetch(n.observer.get());
        __builtin_prefetch(f.encoded.data());
        __builtin_prefetch(f.messages.data());
    }
    if (!nearEvent || nearEvent->kind != Kind::Rpc)
        return;
    const SimNode& n = m_nodes[nearEvent->node];
    if (const SimNode::Link* link = linkFrom(n, nearEvent->peer, nearEvent->link); link && n.router)
        prefetchLinkState(n, *link);
}

const SimNode::Link* Network::linkFrom(const SimNode& n, std::uint32_t peer)
{
    for (const auto& l : n.links)
        if (l.peer == peer)
            return &l;
    return nullptr;
}

void Network::prefetchNodeEngines(const SimNode& n)
{
    prefetchObject(n.router.get());
    prefetchObject(n.score.get());
}

void Network::prefetchLinkState(const SimNode& n, const SimNode::Link& link)
{
    n.router->prefetch(link.ref);
    if (link.scoreHandle.state) // the router's graylist gate reads it first
        n.score->prefetch(link.scoreHandle);
}

void Network::prefetchTarget(const Event& next) const
{
    // Events land on routers at random, so each one's state is cold; loading the next event's node
    // and RPC slot while this event runs overlaps those misses with work.
    if (next.node >= m_nodes.size())
        return;
    prefetchObject(&m_nodes[next.node]);
    if (next.kind == Kind::Rpc)
        __builtin_prefetch(&inFlight(next.slot));
}

void Network::dispatch(const Event& e)
{
    const TimePoint now = fromNanos(e.t);
    switch (e.kind) {
    case Kind::Timer: {
        SimNode& n = m_nodes[e.node];
        if (!n.up || e.incarnation != n.incarnation || toNanos(n.timerAt) != e.t)
            return; // stale timer
        n.timerAt = TimePoint::max();
        n.router->onTimeout(now);
        service(e.node, now);
        return;
    }
    case Kind::Rpc:
        onRpc(e, now);
        return;
    case Kind::Publish:
        if (now + m_scenario.cooldown > end())
            return; // last seconds: let messages land
        publish(e.node, now);
        schedule(e.t + poissonGapNs(m_rng, m_scenario.publishers[e.node].rate), Kind::Publish, e.node);
        return;
    case Kind::AttackPublish:
        if (now + m_scenario.cooldown > end())
            return;
        attackPublish(e.node, now);
        schedule(e.t + poissonGapNs(m_rng, m_nodes[e.node].invalidRate), Kind::AttackPublish, e.node);
        return;
    case Kind::Join:
        if (e.node < m_nodes.size() && !m_nodes[e.node].up)
            join(e.node, now);
        return;
    case Kind::Dial:
        if (m_nodes[e.node].up && m_nodes[e.node].incarnation == e.incarnation)
            dial(e.node, now);
        return;
    case Kind::Leave:
        if (e.node == 0xffffffffu) { // churn process: pick a victim, schedule the next departure
            std::vector<std::uint32_t> upHonest;
            for (std::uint32_t i = 0; i < m_honest; ++i)
                if (m_nodes[i].up && static_cast<int>(i) != m_scenario.eclipseTarget)
                    upHonest.push_back(i);
            if (!upHonest.empty()) {
                const std::uint32_t victim = upHonest[m_rng.below(upHonest.size())];
                leave(victim, now);
                schedule(e.t + m_scenario.churn.downtime.count(), Kind::Join, victim);
            }
            schedule(e.t + poissonGapNs(m_rng, m_scenario.churn.leavesPerSecond), Kind::Leave, 0xffffffffu);
        }
        return;
    case Kind::Sample:
        sample(now);
        schedule(e.t + m_scenario.sampleInterval.count(), Kind::Sample, 0);
        return;
    case Kind::Validated:
        finishValidation(e, now);
        return;
    case Kind::UplinkDone:
        onUplinkDone(e, now);
        return;
    }
}

void Network::service(std::uint32_t i, TimePoint now)
{
    SimNode& n = m_nodes[i];
    if (!n.router)
        return;
    Lane& lane = laneOf(i);
    std::vector<gossipsub::OutgoingRpc> outgoing = std::move(lane.outgoing); // kept for its capacity
    outgoing.clear();
    n.router->pollOutgoing(outgoing);
    for (auto& out : outgoing) {
        if (!send(i, out, now)) // not in flight (no link, nothing left, lost): reusable at once
            recycleRpc(lane, out);
    }
    outgoing.clear();
    lane.outgoing = std::move(outgoing);
    for (const auto& d : n.router->pollDeliveries())
        recordDelivery(i, d, now);
    if (m_scenario.validationDelay > Duration::zero())
        startValidations(i, now);
    if (m_observed == i) { // other routers record no raw events (measures come from counters)
        auto events = n.router->pollEvents();
        keepObserved(events);
    }
    const Deadline due = n.router->nextTimeout();
    if (due && *due != n.timerAt) {
        n.timerAt = std::max(*due, now);
        schedule(toNanos(n.timerAt), Kind::Timer, i);
    }
}

SimNode::Link* Network::linkTo(SimNode& n, const PeerId& peer)
{
    // The node's own links, by PeerId hash: its state is hot while its router runs, where a lookup in
    // m_index (thousands of entries) costs cold misses. The id is confirmed against the router's own
    // copy, which it has just read to send: the other node's copy would be a cold miss per RPC.
    const std::uint32_t hash = SimNode::Link::linkHash(peer);
    for (auto& l : n.links)
        if (l.idHash == hash && l.ref.peer() == peer)
            return &l;
    return nullptr;
}

bool Network::send(std::uint32_t from, gossipsub::OutgoingRpc& out, TimePoint now)
{
    SimNode& n = m_nodes[from];
    // Its link by the tag our router stamped: connect() and closeLink() keep each linked peer's tag
    // equal to its link's index, and a peer without a link has no tag.
    SimNode::Link* link
        = out.tag < n.links.size() && n.links[out.tag].ref.peer() == out.peer ? &n.links[out.tag] : nullptr;
    assert(link || !linkTo(n, out.peer)); // (tags never go stale)
    if (!link)
        return false;
    const std::uint32_t to = link->peer;
    const bool dropping = n.behaviour == Behaviour::DropForwards
        || (n.behaviour == Behaviour::CovertFlash && now >= n.attackAt);
    if (dropping && out.flatKind == gossipsub::FlatKind::IHave)
        return false; // gossip is what it drops
    if (dropping && out.flatKind == gossipsub::FlatKind::None) { // (a flat IDONTWANT has nothing to drop)
        out.rpc.clear_publish();
        out.messages.clear();
        if (out.rpc.has_control())
            out.rpc.mutable_control()->clear_ihave();
        if (out.rpc.publish_size() == 0 && out.rpc.subscriptions_size() == 0
            && (!out.rpc.has_control() || out.rpc.control().ByteSizeLong() == 0))
            return false;
        out.rpcBytes = out.rpc.ByteSizeLong(); // changed: sized again
        out.size = out.rpcBytes;
    }
    const std::size_t body = out.size;
    const std::size_t wire = body + multiformats::uvarintSize(body) + m_scenario.frameOverhead;
    n.bytesSent += wire;
    laneOf(from).tally.bytesAll += wire;
    if (n.honest)
        recordRpc(from, out, body, wire);
    if (m_scenario.uplinkSharing == UplinkSharing::Fair && m_scenario.uplinkBps > 0)
        return enqueueFair(from, to, out, wire, now);
    std::int64_t start = std::max(toNanos(now), toNanos(n.uplinkFree));
    if (m_scenario.uplinkBps > 0)
        start += static_cast<std::int64_t>(static_cast<double>(wire) * 8.0 * 1e9 / m_scenario.uplinkBps);
    n.uplinkFree = fromNanos(start);
    if (drawLoss(from))
        return false;
    launch(from, *link, start, putInFlight(from, out));
    return true;
}

std::uint32_t Network::putInFlight(std::uint32_t from, gossipsub::OutgoingRpc& out)
{
    const std::uint32_t laneIndex = m_laneOfNode[from];
    Lane& lane = *m_lanes[laneIndex];
    std::uint32_t index = 0;
    if (lane.freeSlots.empty()) {
        index = lane.sent.grow();
        assert(index < (1u << kSlotBits));
    } else {
        index = lane.freeSlots.back();
        lane.freeSlots.pop_back();
    }
    // In flight as its encoding: one flat buffer instead of protobuf's tree of objects (which
    // would be cold, scattered memory by arrival), and the RPC object goes back to the pool at
    // once, still in cache, for the next router to build in.
    InFlight& f = lane.sent[index];
    f.flatKind = out.flatKind;
    // A flat RPC is its bytes already: the buffers trade places, and the slot's old one goes to the pool.
    if (f.flatKind != gossipsub::FlatKind::None) {
        f.encoded.swap(out.flat);
        lane.rpcPool->give(std::move(out.flat));
    } else {
        encodeSized(out, f.encoded);
    }
    f.messages.swap(out.messages);
    f.body = out.size;
    recycleRpc(lane, out);
    lane.rpcPool->give(std::move(out.messages)); // the slot's previous list, emptied at its release
    return (laneIndex << kSlotBits) | index;
}

void Network::recycleRpc(Lane& lane, gossipsub::OutgoingRpc& out)
{
    // Only an RPC object that was built in is worth keeping (a flat RPC's, or one sent with shared
    // messages alone, is the empty one OutgoingRpc was made with).
    if (out.flatKind == gossipsub::FlatKind::None && out.rpcBytes != 0)
        lane.rpcPool->give(std::move(out.rpc));
}

void Network::releaseSlot(std::uint32_t slot, std::uint32_t running)
{
    InFlight& done = inFlight(slot);
    done.messages.clear();
    // A slot keeps a small buffer for its next RPC (most carry an IDONTWANT or less), not a bigger one:
    // the join burst leaves ~16 slots per node, and each would keep its largest RPC ever (an IHAVE,
    // ~1 KiB): a fifth of the memory of a 20 s run.
    if (done.encoded.capacity() > kMaxKeptEncoding)
        std::string().swap(done.encoded);
    Lane& owner = *m_lanes[slot >> kSlotBits];
    if (m_parallel && &owner != &laneOf(running)) // another lane's free list: after the window (mergeLanes())
        laneOf(running).released.push_back(slot);
    else
        owner.freeSlots.push_back(slot & ((1u << kSlotBits) - 1));
}

void Network::onRpc(const Event& e, TimePoint now)
{
    SimNode& n = m_nodes[e.node];
    const InFlight& f = inFlight(e.slot);
    __builtin_prefetch(f.encoded.data());
    // The router and its scorer are read all over: ask for all their lines at once, rather than
    // discovering them one miss after another (in a window, runShare() asked a node earlier).
    const bool inWindow = m_lookahead > 0; // (with windows, every RPC event runs inside one)
    if (!inWindow) {
        prefetchObject(n.router.get());
        prefetchObject(n.score.get());
    }
    // The connection it came on, if still open.
    const SimNode::Link* link
        = n.up && n.incarnation == e.incarnation ? linkFrom(n, e.peer, e.link) : nullptr;
    if (link) {
        if (!inWindow) // (in a window, prefetchUpcoming() asked two events ahead)
            prefetchLinkState(n, *link);
        n.bytesReceived += f.body;
        if (f.flatKind != gossipsub::FlatKind::None) {
            (void)n.router->handleFlatRpc(link->ref, f.flatKind, f.encoded, now);
            // An IDONTWANT queues nothing and moves no timeout: only an observed router's events to take.
            if (f.flatKind != gossipsub::FlatKind::IDontWant || m_observed == e.node)
                service(e.node, now);
        } else {
            // Decoded into one reused RPC (it keeps its buffers), so the router reads hot memory. Most
            // carry only shared messages and encode to nothing: cleared, not parsed.
            pb::rpc::RPC& received = laneOf(e.node).received;
            const bool parsed
                = f.encoded.empty() ? (received.Clear(), true) : received.ParseFromString(f.encoded);
            if (parsed) // our own encoding: always parses
                (void)n.router->handleRpc(link->ref, received, f.messages, now); // errors: the router's
            service(e.node, now);
        }
    }
    releaseSlot(e.slot, e.node);
}

gossipsub::ValidationResult Network::verdict(const pb::rpc::Message& m)
{
    return m.data().empty() || static_cast<std::uint8_t>(m.data()[0]) == 0xff
        ? gossipsub::ValidationResult::Reject
        : gossipsub::ValidationResult::Accept;
}

void Network::startValidations(std::uint32_t i, TimePoint now)
{
    Lane& lane = laneOf(i);
    for (auto& request : m_nodes[i].router->pollValidationRequests()) {
        const std::uint32_t slot = takeFree(lane.checks, lane.freeChecks);
        lane.checks[slot] = { std::move(request.id), verdict(request.message) };
        schedule(toNanos(now + m_scenario.validationDelay), Kind::Validated, i, 0, slot);
    }
}

void Network::finishValidation(const Event& e, TimePoint now)
{
    Lane& lane = laneOf(e.node);
    Check check = std::move(lane.checks[e.slot]);
    lane.freeChecks.push_back(e.slot);
    SimNode& n = m_nodes[e.node];
    if (!n.up || n.incarnation != e.incarnation)
        return; // its router is gone, and the validation with it
    n.router->reportValidationResult(check.id, check.verdict, now);
    service(e.node, now);
}

Bytes Network::payload(std::uint8_t kind, std::uint64_t index, std::size_t size) const
{
    Bytes data(m_payloadTemplate.begin(), m_payloadTemplate.begin() + static_cast<std::ptrdiff_t>(size));
    data[0] = kind;
    for (int b = 0; b < 8; ++b)
        data[static_cast<std::size_t>(1 + b)] = static_cast<std::uint8_t>(index >> (8 * b));
    return data;
}

void Network::contentId(std::string_view data, gossipsub::MessageId& id)
{
    constexpr std::size_t kHeader = 9; // kind byte, index (8 bytes LE)
    const auto kind = data.empty() ? 0 : static_cast<std::uint8_t>(data[0]);
    if (data.size() < kHeader || data.size() > m_payloadTemplate.size() || (kind != 0x01 && kind != 0xff)) {
        id = gossipsub::sha256(data);
        return;
    }
    std::uint64_t index = 0;
    for (int b = 0; b < 8; ++b)
        index |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(data[static_cast<std::size_t>(1 + b)]))
            << (8 * b);
    auto& memo = m_contentIds[kind == 0x01 ? 0 : 1];
    const std::uint64_t published = kind == 0x01 ? m_collector.messages.size() : m_collector.invalidPublished;
    // Not one of ours (ids are dense): no memo growth for it.
    if (index > published) {
        id = gossipsub::sha256(data);
        return;
    }
    // Routers share each message object, so its bytes were checked when that buffer was first seen;
    // other bytes must be payload() output (zeros after the header) to use the memo.
    if (index < memo.size()) {
        const ContentId& seen = memo[static_cast<std::size_t>(index)];
        if (data.data() == seen.checked && data.size() == seen.size) {
            id.assign(seen.id);
            return;
        }
    }
    if (m_parallel) { // lanes only read the memo (its publisher's router filled it at the publish)
        id = gossipsub::sha256(data);
        return;
    }
    if (memo.size() <= index)
        memo.resize(static_cast<std::size_t>(index) + 1);
    ContentId& known = memo[static_cast<std::size_t>(index)];
    if (std::memcmp(data.data() + kHeader, m_payloadTemplate.data() + kHeader, data.size() - kHeader) != 0) {
        id = gossipsub::sha256(data);
        return;
    }
    if (known.id.empty() || known.size != data.size()) {
        known.id = gossipsub::sha256(data);
        known.size = data.size();
    }
    known.checked = data.data();
    id.assign(known.id);
}

void Network::publish(std::uint32_t spec, TimePoint now)
{
    const PublisherSpec& p = m_scenario.publishers[spec];
    const auto& set = m_publisherSets[spec];
    std::vector<std::uint32_t> candidates;
    if (set.empty()) {
        for (std::uint32_t i = 0; i < m_honest; ++i)
            if (m_nodes[i].up)
                candidates.push_back(i);
    } else {
        for (std::uint32_t i : set)
            if (m_nodes[i].up)
                candidates.push_back(i);
    }
    if (candidates.empty())
        return;
    const std::uint32_t who = candidates[m_rng.below(candidates.size())];
    const std::uint64_t index = m_collector.messages.size();
    Collector::Message m;
    m.publishedNs = toNanos(now);
    m.publisher = who;
    for (std::uint32_t i = 0; i < m_honest; ++i)
        if (i != who && m_nodes[i].up && m_nodes[i].router->subscribed(p.topic)) {
            ++m.expected;
            if (static_cast<int>(i) == m_scenario.eclipseTarget)
                m.targetEligible = 1;
        }
    m.hops.assign(m_nodes.size(), 0xff);
    m.hops[who] = 0;
    releaseHops(now);
    auto id = m_nodes[who].router->publish(p.topic, payload(0x01, index, p.messageSize), now);
    if (!id)
        return; // e.g. no peers yet: not counted
    m_collector.messages.push_back(std::move(m));
    service(who, now);
}

void Network::attackPublish(std::uint32_t i, TimePoint now)
{
    SimNode& n = m_nodes[i];
    if (!n.up || m_scenario.publishers.empty())
        return;
    const PublisherSpec& p = m_scenario.publishers.front();
    const std::uint64_t index = m_collector.invalidPublished++;
    if (n.router->publish(p.topic, payload(0xff, index, p.messageSize), now))
        service(i, now);
}

} // namespace meshscope::sim
