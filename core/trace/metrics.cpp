// Prometheus text exposition of a NodeSnapshot.
#include "core/trace/metrics.h"

#include <cmath>
#include <cstdio>
#include <map>

namespace meshscope::trace {

namespace {

class Writer {
public:
    void family(const char* name, const char* type, const char* help)
    {
        m_out += "# HELP ";
        m_out += name;
        m_out += ' ';
        m_out += help;
        m_out += "\n# TYPE ";
        m_out += name;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }
    void sample(const std::string& name, const std::vector<std::pair<std::string, std::string>>& labels, double value)
    {
        m_out += name;
        if (!labels.empty()) {
            m_out += '{';
            bool first = true;
            for (const auto& [k, v] : labels) {
                if (!first)
                    m_out += ',';
                first = false;
                m_out += k;
                m_out += "=\"";
                m_out += escapeLabelValue(v);
                m_out += '"';
            }
            m_out += '}';
        }
        m_out += ' ';
        m_out += number(value);
        m_out += '\n';
    }
    std::string take() { return std::move(m_out); }

    static std::string number(double v)
    {
        if (std::isnan(v))
            return "NaN";
        if (std::isinf(v))
            return v > 0 ? "+Inf" : "-Inf";
        if (v == std::floor(v) && std::fabs(v) < 1e15) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.0f", v);
            return buf;
        }
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", v);
        return buf;
    }

private:
    std::string m_out; // text so far
};

double d(std::uint64_t v) { return static_cast<double>(v); }

} // namespace

std::string escapeLabelValue(const std::string& value)
{
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string prometheusText(const NodeSnapshot& snap, const MetricsOptions& options)
{
    Writer w;
    std::size_t connected = 0;
    for (const auto& p : snap.peers)
        connected += p.connected ? 1 : 0;
    w.family("libp2p_pubsub_peers", "gauge", "pubsub peers connected");
    w.sample("libp2p_pubsub_peers", {}, d(connected));
    std::size_t subscribed = 0;
    for (const auto& t : snap.topics)
        subscribed += t.subscribed ? 1 : 0;
    w.family("libp2p_pubsub_topics", "gauge", "topics we are subscribed to");
    w.sample("libp2p_pubsub_topics", {}, d(subscribed));

    // Per-topic peer counts, with the label set capped.
    struct Counts { double mesh = 0, fanout = 0, gossip = 0; };
    std::map<std::string, Counts> perTopic;
    std::size_t labelled = 0;
    for (const auto& t : snap.topics) {
        const std::string label = labelled < options.maxTopicLabels ? t.topic : std::string("_other");
        if (label != "_other")
            ++labelled;
        auto& c = perTopic[label];
        c.mesh += d(t.mesh.size());
        c.fanout += d(t.fanout.size());
        c.gossip += d(t.peers.size());
    }
    w.family("libp2p_gossipsub_peers_per_topic_mesh", "gauge", "gossipsub peers per topic in mesh");
    for (const auto& [topic, c] : perTopic)
        w.sample("libp2p_gossipsub_peers_per_topic_mesh", {{"topic", topic}}, c.mesh);
    w.family("libp2p_gossipsub_peers_per_topic_fanout", "gauge", "gossipsub peers per topic in fanout");
    for (const auto& [topic, c] : perTopic)
        w.sample("libp2p_gossipsub_peers_per_topic_fanout", {{"topic", topic}}, c.fanout);
    w.family("libp2p_gossipsub_peers_per_topic_gossipsub", "gauge", "gossipsub peers per topic in gossipsub");
    for (const auto& [topic, c] : perTopic)
        w.sample("libp2p_gossipsub_peers_per_topic_gossipsub", {{"topic", topic}}, c.gossip);

    // Topic health of subscribed topics.
    double none = 0, low = 0, healthy = 0, underDout = 0;
    for (const auto& t : snap.topics) {
        if (!t.subscribed)
            continue;
        switch (t.health) {
        case TopicHealth::NoPeers: ++none; break;
        case TopicHealth::Low: ++low; break;
        case TopicHealth::Healthy:
        case TopicHealth::AboveDhi: ++healthy; break;
        }
        underDout += t.underDout ? 1 : 0;
    }
    w.family("libp2p_gossipsub_no_peers_topics", "gauge", "number of topics in mesh with no peers");
    w.sample("libp2p_gossipsub_no_peers_topics", {}, none);
    w.family("libp2p_gossipsub_low_peers_topics", "gauge", "number of topics in mesh with at least one but below dlow peers");
    w.sample("libp2p_gossipsub_low_peers_topics", {}, low);
    w.family("libp2p_gossipsub_healthy_peers_topics", "gauge", "number of topics in mesh with at least dlow peers");
    w.sample("libp2p_gossipsub_healthy_peers_topics", {}, healthy);
    w.family("libp2p_gossipsub_under_dout_topics", "gauge", "number of topics below dout");
    w.sample("libp2p_gossipsub_under_dout_topics", {}, underDout);

    const auto& c = snap.counters;
    w.family("libp2p_gossipsub_messages_total", "counter", "messages by kind");
    w.sample("libp2p_gossipsub_messages_total", {{"kind", "published"}}, d(c.published));
    w.sample("libp2p_gossipsub_messages_total", {{"kind", "delivered"}}, d(c.delivered));
    w.sample("libp2p_gossipsub_messages_total", {{"kind", "rejected"}}, d(c.rejected));
    w.sample("libp2p_gossipsub_messages_total", {{"kind", "ignored"}}, d(c.ignored));
    w.sample("libp2p_gossipsub_messages_total", {{"kind", "duplicate"}}, d(c.duplicates));
    w.sample("libp2p_gossipsub_messages_total", {{"kind", "forwarded"}}, d(c.forwarded));
    w.family("libp2p_gossipsub_duplicate_total", "counter", "number of duplicates received");
    w.sample("libp2p_gossipsub_duplicate_total", {}, d(c.duplicates));

    w.family("libp2p_gossipsub_control_total", "counter", "control messages by type and direction");
    const std::pair<const char*, std::pair<std::uint64_t, std::uint64_t>> control[] = {
        {"ihave", {c.ihaveSent, c.ihaveReceived}},   {"iwant", {c.iwantSent, c.iwantReceived}},
        {"idontwant", {c.idontwantSent, c.idontwantReceived}}, {"graft", {c.graftSent, c.graftReceived}},
        {"prune", {c.pruneSent, c.pruneReceived}},
    };
    for (const auto& [type, counts] : control) {
        w.sample("libp2p_gossipsub_control_total", {{"type", type}, {"direction", "sent"}}, d(counts.first));
        w.sample("libp2p_gossipsub_control_total", {{"type", type}, {"direction", "received"}}, d(counts.second));
    }
    w.family("libp2p_gossipsub_rpcs_total", "counter", "RPCs by direction");
    w.sample("libp2p_gossipsub_rpcs_total", {{"direction", "sent"}}, d(c.rpcsSent));
    w.sample("libp2p_gossipsub_rpcs_total", {{"direction", "received"}}, d(c.rpcsReceived));
    w.sample("libp2p_gossipsub_rpcs_total", {{"direction", "dropped"}}, d(c.droppedRpcs));
    w.family("libp2p_gossipsub_throttled_total", "counter", "budgets exhausted (IHAVE/IWANT/IDONTWANT, validation)");
    w.sample("libp2p_gossipsub_throttled_total", {}, d(c.throttled));
    w.family("libp2p_gossipsub_penalties_total", "counter", "behaviour penalties applied");
    w.sample("libp2p_gossipsub_penalties_total", {}, d(c.penalties));

    // Score distribution of connected peers.
    w.family("libp2p_gossipsub_peer_score", "histogram", "distribution of peer scores");
    std::vector<double> buckets(options.scoreBuckets.size(), 0);
    double sum = 0, count = 0;
    for (const auto& p : snap.peers) {
        if (!p.connected)
            continue;
        const double s = p.score.total;
        sum += s;
        ++count;
        for (std::size_t i = 0; i < buckets.size(); ++i)
            if (s <= options.scoreBuckets[i])
                ++buckets[i];
    }
    for (std::size_t i = 0; i < buckets.size(); ++i)
        w.sample("libp2p_gossipsub_peer_score_bucket", {{"le", Writer::number(options.scoreBuckets[i])}}, buckets[i]);
    w.sample("libp2p_gossipsub_peer_score_bucket", {{"le", "+Inf"}}, count);
    w.sample("libp2p_gossipsub_peer_score_sum", {}, sum);
    w.sample("libp2p_gossipsub_peer_score_count", {}, count);

    w.family("libp2p_gossipsub_host_bytes_total", "counter", "transport bytes by direction");
    w.sample("libp2p_gossipsub_host_bytes_total", {{"direction", "in"}}, d(snap.hostCounters.bytesIn));
    w.sample("libp2p_gossipsub_host_bytes_total", {{"direction", "out"}}, d(snap.hostCounters.bytesOut));
    w.family("meshscope_dropped_batches_total", "counter", "trace batches dropped for a slow consumer");
    w.sample("meshscope_dropped_batches_total", {}, d(snap.droppedBatches));
    w.family("meshscope_mcache_messages", "gauge", "messages in the message cache");
    w.sample("meshscope_mcache_messages", {}, d(snap.mcacheSize));
    w.family("meshscope_seen_ids", "gauge", "ids in the seen cache");
    w.sample("meshscope_seen_ids", {}, d(snap.seenSize));
    return w.take();
}

} // namespace meshscope::trace
