#pragma once
// Prometheus text exposition (format 0.0.4) of a NodeSnapshot, with the ecosystem's names.
// Topic-health and per-topic peer gauges use nim-libp2p's names (also used by rust-libp2p ports
// "for nim/go compatibility"): libp2p_gossipsub_peers_per_topic_{mesh,fanout,gossipsub},
// libp2p_gossipsub_{no_peers,low_peers,healthy_peers,under_dout}_topics, libp2p_pubsub_peers,
// libp2p_pubsub_topics. Counters without an established name use the same prefix:
// libp2p_gossipsub_messages_total{kind}, libp2p_gossipsub_duplicate_total,
// libp2p_gossipsub_control_total{type,direction} (ihave, iwant, idontwant, graft, prune),
// libp2p_gossipsub_rpcs_total{direction}, libp2p_gossipsub_peer_score (histogram), and
// meshscope_* for our own (dropped batches, cache sizes).
//
// Bounds: at most maxTopicLabels topics get per-topic series (the rest are summed into
// topic="_other"), as rust-libp2p caps its topic label set; the output is plain ASCII with
// label values escaped.

#include "core/trace/nodesnapshot.h"

#include <string>
#include <vector>

namespace meshscope::trace {

struct MetricsOptions {
    std::size_t maxTopicLabels = 64;         // topics with their own label values
    std::vector<double> scoreBuckets{-100, -80, -50, -10, -1, 0, 1, 10, 50, 100}; // histogram bounds
};

// The exposition text for `snapshot`.
std::string prometheusText(const NodeSnapshot& snapshot, const MetricsOptions& options = {});

// Escapes a label value (backslash, double quote, newline) as the text format requires.
std::string escapeLabelValue(const std::string& value);

} // namespace meshscope::trace
