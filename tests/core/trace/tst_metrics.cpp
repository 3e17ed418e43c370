// Prometheus exposition from a NodeSnapshot: names, values, escaping, label cap.
#include "core/trace/metrics.h"

#include <gtest/gtest.h>

namespace meshscope::trace {
namespace {

NodeSnapshot sample()
{
    NodeSnapshot s;
    for (int i = 0; i < 3; ++i) {
        PeerSnapshot p;
        p.id = "peer" + std::to_string(i);
        p.score.total = i == 0 ? -60.0 : 5.0 * i;
        s.peers.push_back(p);
    }
    TopicSnapshot healthy;
    healthy.topic = "blocks";
    healthy.subscribed = true;
    healthy.mesh = {"peer0", "peer1", "peer2", "peer3", "peer4"};
    healthy.peers = healthy.mesh;
    healthy.health = TopicHealth::Healthy;
    healthy.underDout = true;
    TopicSnapshot lonely;
    lonely.topic = "we\"ird\\\n";
    lonely.subscribed = true;
    lonely.health = TopicHealth::NoPeers;
    TopicSnapshot fan;
    fan.topic = "fan";
    fan.fanout = {"peer1"};
    s.topics = {healthy, lonely, fan};
    s.counters.duplicates = 7;
    s.counters.iwantSent = 3;
    s.counters.idontwantReceived = 4;
    s.counters.delivered = 11;
    return s;
}

bool has(const std::string& text, const std::string& line)
{
    return text.find(line + "\n") != std::string::npos;
}

TEST(Metrics, EcosystemNamesAndValues)
{
    const auto text = prometheusText(sample());
    EXPECT_TRUE(has(text, "libp2p_pubsub_peers 3"));
    EXPECT_TRUE(has(text, "libp2p_pubsub_topics 2"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peers_per_topic_mesh{topic=\"blocks\"} 5"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peers_per_topic_fanout{topic=\"fan\"} 1"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peers_per_topic_gossipsub{topic=\"blocks\"} 5"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_no_peers_topics 1"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_low_peers_topics 0"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_healthy_peers_topics 1"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_under_dout_topics 1"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_duplicate_total 7"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_messages_total{kind=\"delivered\"} 11"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_control_total{type=\"iwant\",direction=\"sent\"} 3"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_control_total{type=\"idontwant\",direction=\"received\"} 4"));
    // Scores -60, 5, 10: cumulative buckets.
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peer_score_bucket{le=\"-50\"} 1"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peer_score_bucket{le=\"1\"} 1"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peer_score_bucket{le=\"10\"} 3"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peer_score_bucket{le=\"+Inf\"} 3"));
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peer_score_sum -45"));
    EXPECT_TRUE(has(text, "# TYPE libp2p_gossipsub_peer_score histogram"));
}

TEST(Metrics, LabelValuesAreEscaped)
{
    const auto text = prometheusText(sample());
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peers_per_topic_mesh{topic=\"we\\\"ird\\\\\\n\"} 0"));
    // Every line is a comment or `name{...} value`: no raw newline inside a sample.
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        ASSERT_NE(end, std::string::npos);
        const auto line = text.substr(start, end - start);
        EXPECT_FALSE(line.empty());
        if (line[0] != '#') {
            EXPECT_TRUE(line.rfind("libp2p_", 0) == 0 || line.rfind("meshscope_", 0) == 0) << line;
        }
        start = end + 1;
    }
}

TEST(Metrics, TopicLabelsAreCapped)
{
    NodeSnapshot s;
    for (int i = 0; i < 100; ++i) {
        TopicSnapshot t;
        t.topic = "t" + std::to_string(1000 + i);
        t.mesh = {"a"};
        s.topics.push_back(t);
    }
    MetricsOptions o;
    o.maxTopicLabels = 10;
    const auto text = prometheusText(s, o);
    std::size_t series = 0;
    for (std::size_t pos = 0; (pos = text.find("libp2p_gossipsub_peers_per_topic_mesh{", pos)) != std::string::npos; ++pos)
        ++series;
    EXPECT_EQ(series, 11u);
    EXPECT_TRUE(has(text, "libp2p_gossipsub_peers_per_topic_mesh{topic=\"_other\"} 90"));
}

} // namespace
} // namespace meshscope::trace
