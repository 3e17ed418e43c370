#pragma once
// The one test builder of the router tests: a Router with N fake peers on virtual time, capturing
// every RPC the router sends to each peer and every event. No sleeps: time only moves through
// advance()/heartbeat().

#include "core/base/rng.h"
#include "core/crypto/keys.h"
#include "core/gossipsub/router.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace meshscope::gossipsub::test {

using namespace std::chrono_literals;

// A score observer whose scores the test sets; it records what the router reports.
class RecordingScore final : public ScoreObserver {
public:
    void addPeer(const PeerId&, TimePoint) override {}
    void removePeer(const PeerId&, TimePoint) override {}
    void setPeerIp(const PeerId&, const std::string&) override {}
    void graft(const PeerId& p, const TopicId&, TimePoint) override { ++grafts[p]; }
    void prune(const PeerId& p, const TopicId&, TimePoint) override { ++prunes[p]; }
    void validateMessage(const PeerId&, const MessageId&, const TopicId&, TimePoint) override { ++validated; }
    void deliverMessage(const PeerId& f, const MessageId&, const TopicId&, TimePoint) override { ++delivered[f]; }
    void rejectMessage(const PeerId& f, const MessageId&, const TopicId&, RejectReason r, TimePoint) override
    {
        rejects[f].push_back(r);
    }
    void duplicateMessage(const PeerId& f, const MessageId&, const TopicId&, TimePoint) override { ++duplicates[f]; }
    void addPenalty(const PeerId& p, int count) override { penalties[p] += count; }
    double score(const PeerId& p, TimePoint) const override
    {
        const auto it = scores.find(p);
        return it == scores.end() ? 0.0 : it->second;
    }
    void refresh(TimePoint) override {}
    Deadline nextTimeout() const override { return std::nullopt; }

    std::map<PeerId, double> scores;                    // set by the test
    std::map<PeerId, int> penalties, grafts, prunes, delivered, duplicates; // reported
    std::map<PeerId, std::vector<RejectReason>> rejects; // reported
    int validated = 0;                                   // validateMessage calls
};

// Deterministic Ed25519 key number n.
inline crypto::PrivateKey testKey(int n)
{
    Bytes seed(32, 0);
    seed[0] = static_cast<std::uint8_t>(n);
    seed[1] = static_cast<std::uint8_t>(n >> 8);
    seed[31] = 0x5a;
    return crypto::PrivateKey::ed25519FromSeed(seed).value();
}

inline PeerId peerOf(const crypto::PrivateKey& key) { return PeerId::fromPublicKey(key.publicKey().toProtobuf()); }

struct Options {
    std::uint64_t seed = 1;
    GossipsubParams params{};
    SignPolicy signPolicy = SignPolicy::StrictNoSign; // cheap by default; signing tests opt in
    MsgIdFunction msgId = MsgIdFunction::Content;
    bool scoring = true; // attach a RecordingScore
    ScoreGates gates{-10, -50, -80, 0, 0}; // gossip, publish, graylist (go-like); PX, opportunistic 0
    bool flatControl = false; // RouterConfig::flatControl (drain() records flat RPCs decoded)
};

class RouterHarness {
public:
    explicit RouterHarness(Options options = {}) : m_rng(options.seed), m_selfKey(testKey(0))
    {
        RouterConfig config;
        config.self = peerOf(m_selfKey);
        config.key = m_selfKey;
        config.signPolicy = options.signPolicy;
        config.msgId = options.msgId;
        config.flatControl = options.flatControl;
        self = config.self;
        router = std::make_unique<Router>(config, options.params, m_rng, now);
        if (options.scoring)
            router->setScoring(&score, options.gates);
    }

    // Adds fake peer number n (key testKey(n)) speaking `protocol`, subscribed to `topics`.
    PeerId addPeer(int n, std::vector<TopicId> topics = {}, PubsubProtocol protocol = PubsubProtocol::Meshsub12,
        bool outbound = false)
    {
        const auto id = peerOf(testKey(n));
        router->addPeer(id, protocol, outbound, "10.0.0." + std::to_string(n), now);
        if (!topics.empty()) {
            pb::rpc::RPC rpc;
            for (const auto& t : topics) {
                auto* s = rpc.add_subscriptions();
                s->set_subscribe(true);
                s->set_topicid(t);
            }
            send(id, rpc);
        }
        drain();
        return id;
    }

    // Adds peers first..first+count-1.
    std::vector<PeerId> addPeers(int first, int count, std::vector<TopicId> topics = {},
        PubsubProtocol protocol = PubsubProtocol::Meshsub12, bool outbound = false)
    {
        std::vector<PeerId> out;
        for (int i = 0; i < count; ++i)
            out.push_back(addPeer(first + i, topics, protocol, outbound));
        return out;
    }

    // Delivers `rpc` from `peer` to the router, then drains its outputs.
    void send(const PeerId& peer, const pb::rpc::RPC& rpc)
    {
        const auto status = router->handleRpc(peer, rpc, now);
        EXPECT_TRUE(status) << status.error().message;
        drain();
    }

    // Moves virtual time forward by `d`, firing every due timeout on the way.
    void advance(Duration d)
    {
        const auto end = now + d;
        for (int guard = 0; guard < 1000000; ++guard) {
            const auto next = router->nextTimeout();
            if (!next || *next > end)
                break;
            now = std::max(now, *next);
            router->onTimeout(now);
            drain();
        }
        now = end;
        drain();
    }

    // Runs exactly up to and including the next heartbeat.
    void heartbeat()
    {
        const auto next = router->nextTimeout();
        ASSERT_TRUE(next.has_value());
        now = std::max(now, *next);
        router->onTimeout(now);
        drain();
    }

    // Collects outgoing RPCs per peer, deliveries and events.
    void drain()
    {
        for (auto& o : router->pollOutgoing()) {
            if (o.flatKind == FlatKind::IDontWant) { // flat: recorded as the RPC it stands for
                EXPECT_TRUE(o.rpc.mutable_control()->add_idontwant()->ParseFromString(o.flat));
            } else if (o.flatKind == FlatKind::IHave) {
                EXPECT_TRUE(o.rpc.mutable_control()->MergeFromString(o.flat));
            }
            sent[o.peer].push_back(std::move(o.rpc));
        }
        for (auto& d : router->pollDeliveries())
            deliveries.push_back(std::move(d));
        for (auto& e : router->pollEvents())
            events.push_back(std::move(e));
    }

    void clearSent() { sent.clear(); }

    // Counters over what was sent to `peer` since the last clearSent().
    int graftsTo(const PeerId& p, const TopicId& topic) const
    {
        return countControl(p, [&](const pb::rpc::ControlMessage& c) {
            int n = 0;
            for (const auto& g : c.graft())
                n += g.topicid() == topic;
            return n;
        });
    }
    std::vector<pb::rpc::ControlPrune> prunesTo(const PeerId& p) const
    {
        std::vector<pb::rpc::ControlPrune> out;
        if (auto it = sent.find(p); it != sent.end())
            for (const auto& rpc : it->second)
                for (const auto& pr : rpc.control().prune())
                    out.push_back(pr);
        return out;
    }
    std::vector<std::string> ihaveIdsTo(const PeerId& p) const
    {
        std::vector<std::string> out;
        if (auto it = sent.find(p); it != sent.end())
            for (const auto& rpc : it->second)
                for (const auto& ih : rpc.control().ihave())
                    out.insert(out.end(), ih.messageids().begin(), ih.messageids().end());
        return out;
    }
    std::vector<std::string> iwantIdsTo(const PeerId& p) const
    {
        std::vector<std::string> out;
        if (auto it = sent.find(p); it != sent.end())
            for (const auto& rpc : it->second)
                for (const auto& iw : rpc.control().iwant())
                    out.insert(out.end(), iw.messageids().begin(), iw.messageids().end());
        return out;
    }
    std::vector<std::string> idontwantIdsTo(const PeerId& p) const
    {
        std::vector<std::string> out;
        if (auto it = sent.find(p); it != sent.end())
            for (const auto& rpc : it->second)
                for (const auto& iw : rpc.control().idontwant())
                    out.insert(out.end(), iw.messageids().begin(), iw.messageids().end());
        return out;
    }
    int messagesTo(const PeerId& p) const
    {
        int n = 0;
        if (auto it = sent.find(p); it != sent.end())
            for (const auto& rpc : it->second)
                n += rpc.publish_size();
        return n;
    }

    // Event lines containing `needle`.
    int eventCount(const std::string& needle) const
    {
        int n = 0;
        for (const auto& e : events)
            n += describe(e).find(needle) != std::string::npos;
        return n;
    }

    // Builds an RPC with the given control parts.
    static pb::rpc::RPC graft(const TopicId& topic)
    {
        pb::rpc::RPC rpc;
        rpc.mutable_control()->add_graft()->set_topicid(topic);
        return rpc;
    }
    static pb::rpc::RPC prune(const TopicId& topic, std::uint64_t backoffSeconds = 0)
    {
        pb::rpc::RPC rpc;
        auto* p = rpc.mutable_control()->add_prune();
        p->set_topicid(topic);
        if (backoffSeconds)
            p->set_backoff(backoffSeconds);
        return rpc;
    }
    static pb::rpc::RPC ihave(const TopicId& topic, const std::vector<std::string>& ids)
    {
        pb::rpc::RPC rpc;
        auto* ih = rpc.mutable_control()->add_ihave();
        ih->set_topicid(topic);
        for (const auto& id : ids)
            ih->add_messageids(id);
        return rpc;
    }
    static pb::rpc::RPC iwant(const std::vector<std::string>& ids)
    {
        pb::rpc::RPC rpc;
        auto* iw = rpc.mutable_control()->add_iwant();
        for (const auto& id : ids)
            iw->add_messageids(id);
        return rpc;
    }
    static pb::rpc::RPC idontwant(const std::vector<std::string>& ids)
    {
        pb::rpc::RPC rpc;
        auto* iw = rpc.mutable_control()->add_idontwant();
        for (const auto& id : ids)
            iw->add_messageids(id);
        return rpc;
    }
    // An unsigned (strict-no-sign) message.
    static pb::rpc::RPC message(const TopicId& topic, const std::string& data)
    {
        pb::rpc::RPC rpc;
        auto* m = rpc.add_publish();
        m->set_topic(topic);
        m->set_data(data);
        return rpc;
    }
    bool inMesh(const TopicId& topic, const PeerId& p) const
    {
        const auto mesh = router->mesh(topic);
        return std::find(mesh.begin(), mesh.end(), p) != mesh.end();
    }

    TimePoint now = fromNanos(1'000'000'000'000); // virtual time
    PeerId self;                                   // the router's id
    RecordingScore score;                          // scores set by tests, reports recorded
    std::unique_ptr<Router> router;                // router under test
    std::map<PeerId, std::vector<pb::rpc::RPC>> sent; // RPCs sent to each peer
    std::vector<Delivery> deliveries;              // delivered messages
    std::vector<RouterEvent> events;               // every event

private:
    template <class F>
    int countControl(const PeerId& p, F f) const
    {
        int n = 0;
        if (auto it = sent.find(p); it != sent.end())
            for (const auto& rpc : it->second)
                n += f(rpc.control());
        return n;
    }
    SeededRng m_rng;              // the router's randomness
    crypto::PrivateKey m_selfKey; // our key
};

} // namespace meshscope::gossipsub::test
