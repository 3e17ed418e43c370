#pragma once
// Named gossipsub profiles (router params + score params + thresholds).
//
// "libp2p": the libp2p spec's defaults (go-libp2p-pubsub where the spec is silent; D_low 4 as in
//   the spec, see params.h). Scoring DISABLED, as in go and js unless the application enables it;
//   thresholds are rust-libp2p's defaults (-10/-50/-80, accept PX 10, opportunistic graft 20),
//   which only matter once scoring is enabled.
// "libp2p-scored": "libp2p" with scoring ENABLED using rust-libp2p's PeerScoreParams::default()
//   global values (app weight 10, IP colocation -5 over 10 peers, behaviour penalty -10 decay 0.2,
//   decay interval 1 s, decay-to-zero 0.1, retain 1 h, topic cap 3600) and no topics: add topics
//   (TopicScoreParams defaults) for the ones you care about.
// "ethereum": Ethereum consensus-layer mainnet. Router params from consensus-specs phase0
//   p2p-interface (D 8, D_low 6, D_high 12, D_lazy 6, heartbeat 0.7 s, fanout TTL 60 s,
//   mcache_len 6, mcache_gossip 3, seen_ttl SECONDS_PER_SLOT*SLOTS_PER_EPOCH*2 = 768 s; older spec
//   versions used 550 heartbeats) and sigp's "Recommendations for Gossipsub Parameters"
//   (D_score 4, D_out 2, opportunistic graft every 85 heartbeats, max 5 IHAVE per heartbeat).
//   Score params follow Lighthouse's gossipsub_scoring_parameters.rs formulas (recomputed here)
//   for beacon_block, beacon_aggregate_and_proof, the 64 beacon_attestation_{subnet} topics,
//   voluntary_exit, proposer_slashing and attester_slashing, with Lighthouse's thresholds
//   (-4000/-8000/-16000, accept PX 100, opportunistic graft 5). Topic names need the fork digest;
//   expected message rates need the active validator count (EthereumPresetOptions). Lighthouse's
//   "disable mesh delivery scoring during the first epochs after genesis" rule is not applied.

#include "core/base/result.h"
#include "core/gossipsub/paramsjson.h"

#include <string>
#include <string_view>
#include <vector>

namespace meshscope::gossipsub {

struct EthereumPresetOptions {
    std::string forkDigest = "00000000"; // 4-byte fork digest as 8 hex digits (topic names); set yours
    long long activeValidators = 1'000'000; // active validator count (message rates)
};

// Names accepted by presetByName(), in display order.
std::vector<std::string> presetNames();
// The named preset; the error lists the valid names.
Result<GossipsubProfile> presetByName(std::string_view name);

GossipsubProfile libp2pPreset();
GossipsubProfile libp2pScoredPreset();
// Fails on a malformed fork digest or a non-positive validator count.
Result<GossipsubProfile> ethereumPreset(const EthereumPresetOptions& options = {});

// "/eth2/<digest>/<name>/ssz_snappy", the consensus-layer topic name.
std::string ethereumTopic(const std::string& forkDigest, const std::string& name);

} // namespace meshscope::gossipsub
