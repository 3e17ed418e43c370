#include "widgets/models/paramcatalog.h"

#include <QCoreApplication>

namespace meshscope::widgets {

namespace {

constexpr const char* kContext = "ParamCatalog";

using S = ParamSection;
using G = ParamGroup;

} // namespace

const std::vector<ParamInfo>& paramCatalog()
{
    // Meanings follow the tables of gossipsub-v1.0.md, -v1.1.md and -v1.2.md; go-libp2p-pubsub's
    // documentation where the spec has no entry.
    static const std::vector<ParamInfo> catalog {
        // --- Mesh ---
        { S::Gossipsub, G::Mesh, "d", "D", "D", "peers",
            QT_TRANSLATE_NOOP("ParamCatalog", "The desired outbound degree of the network") },
        { S::Gossipsub, G::Mesh, "d_lo", "D_low", "Dlo", "peers",
            QT_TRANSLATE_NOOP("ParamCatalog", "Lower bound for outbound degree") },
        { S::Gossipsub, G::Mesh, "d_hi", "D_high", "Dhi", "peers",
            QT_TRANSLATE_NOOP("ParamCatalog", "Upper bound for outbound degree") },
        { S::Gossipsub, G::Mesh, "d_score", "D_score", "Dscore", "peers",
            QT_TRANSLATE_NOOP("ParamCatalog",
                "Number of peers to retain by score when pruning because of oversubscription") },
        { S::Gossipsub, G::Mesh, "d_out", "D_out", "Dout", "peers",
            QT_TRANSLATE_NOOP("ParamCatalog",
                "Number of outbound connections to keep in the mesh (less than D_low, at most D/2)") },
        { S::Gossipsub, G::Mesh, "heartbeat_interval_ms", "heartbeat_interval", "heartbeatInterval", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Time between heartbeats") },
        { S::Gossipsub, G::Mesh, "heartbeat_initial_delay_ms", "heartbeat_initial_delay",
            "heartbeatInitialDelay", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Delay before the first heartbeat after start") },
        { S::Gossipsub, G::Mesh, "opportunistic_graft_ticks", "opportunistic_graft_ticks",
            "opportunisticGraftTicks", "heartbeats",
            QT_TRANSLATE_NOOP("ParamCatalog", "Heartbeats between opportunistic grafting attempts") },
        { S::Gossipsub, G::Mesh, "opportunistic_graft_peers", "opportunistic_graft_peers",
            "opportunisticGraftPeers", "peers",
            QT_TRANSLATE_NOOP("ParamCatalog", "Peers grafted by one opportunistic grafting") },
        { S::Gossipsub, G::Mesh, "direct_connect_ticks", "direct_connect_ticks", "directConnectTicks",
            "heartbeats",
            QT_TRANSLATE_NOOP("ParamCatalog", "Heartbeats between reconnection attempts to direct peers") },
        { S::Gossipsub, G::Mesh, "direct_connect_initial_delay_ms", "direct_connect_initial_delay",
            "directConnectInitialDelay", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Delay before the first connection to direct peers") },
        // --- Gossip ---
        { S::Gossipsub, G::Gossip, "d_lazy", "D_lazy", "Dlazy", "peers",
            QT_TRANSLATE_NOOP("ParamCatalog", "The outbound degree for gossip emission") },
        { S::Gossipsub, G::Gossip, "gossip_factor", "gossip_factor", "gossipFactor", "",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "Share of peers to send gossip to, if more than D_lazy are available") },
        { S::Gossipsub, G::Gossip, "history_length", "mcache_len", "historyLength", "heartbeats",
            QT_TRANSLATE_NOOP("ParamCatalog", "Number of history windows in the message cache") },
        { S::Gossipsub, G::Gossip, "history_gossip", "mcache_gossip", "historyGossip", "heartbeats",
            QT_TRANSLATE_NOOP("ParamCatalog", "Number of history windows to use when emitting gossip") },
        { S::Gossipsub, G::Gossip, "max_ihave_length", "max_ihave_length", "maxIHaveLength", "",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "Maximum message ids accepted in IHAVE from one peer per heartbeat") },
        { S::Gossipsub, G::Gossip, "max_ihave_messages", "max_ihave_messages", "maxIHaveMessages", "",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "Maximum IHAVE messages accepted from one peer per heartbeat") },
        { S::Gossipsub, G::Gossip, "iwant_followup_time_ms", "iwant_followup_time", "iwantFollowupTime", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog",
                "Time to wait for a message asked for with IWANT before the promise counts as broken") },
        // --- Fanout / TTL ---
        { S::Gossipsub, G::FanoutTtl, "fanout_ttl_ms", "fanout_ttl", "fanoutTTL", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Time-to-live for each topic's fanout state") },
        { S::Gossipsub, G::FanoutTtl, "seen_ttl_ms", "seen_ttl", "seenTTL", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Expiry time for the cache of seen message ids") },
        { S::Gossipsub, G::FanoutTtl, "flood_publish", "flood_publish", "floodPublish", "",
            QT_TRANSLATE_NOOP("ParamCatalog",
                "Whether to publish own messages to every peer above the publish threshold") },
        // --- Backoff ---
        { S::Gossipsub, G::Backoff, "prune_backoff_ms", "prune_backoff", "pruneBackoff", "ms",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "Time after pruning a mesh peer before we consider grafting them again") },
        { S::Gossipsub, G::Backoff, "unsubscribe_backoff_ms", "unsubscribe_backoff", "unsubscribeBackoff",
            "ms", QT_TRANSLATE_NOOP("ParamCatalog", "Backoff to use when unsubscribing from a topic") },
        { S::Gossipsub, G::Backoff, "backoff_slack_ticks", "backoff_slack", "backoffSlackTicks", "heartbeats",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "Heartbeats added to a received backoff before grafting again") },
        { S::Gossipsub, G::Backoff, "graft_flood_threshold_ms", "graft_flood_threshold",
            "graftFloodThreshold", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog",
                "A GRAFT sooner than this after a PRUNE is a flood and adds a behaviour penalty") },
        { S::Gossipsub, G::Backoff, "prune_peers", "prune_peers", "prunePeers", "peers",
            QT_TRANSLATE_NOOP("ParamCatalog", "Number of peers offered in peer exchange on PRUNE") },
        { S::Gossipsub, G::Backoff, "do_px", "do_px", "doPX", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Whether to send peer exchange on PRUNE (for bootstrappers)") },
        // --- IDONTWANT ---
        { S::Gossipsub, G::Idontwant, "idontwant_message_size_threshold", "idontwant_message_size_threshold",
            "idontwantMessageSizeThreshold", "bytes",
            QT_TRANSLATE_NOOP("ParamCatalog", "Send IDONTWANT for messages at least this large") },
        { S::Gossipsub, G::Idontwant, "idontwant_message_ttl_ticks", "idontwant_message_ttl",
            "idontwantMessageTTLTicks", "heartbeats",
            QT_TRANSLATE_NOOP("ParamCatalog", "Heartbeats a received IDONTWANT is remembered") },
        { S::Gossipsub, G::Idontwant, "max_idontwant_length", "max_idontwant_length", "maxIDontWantLength",
            "", QT_TRANSLATE_NOOP("ParamCatalog", "Maximum IDONTWANT control messages accepted in one RPC") },
        { S::Gossipsub, G::Idontwant, "max_idontwant_messages", "max_idontwant_messages",
            "maxIDontWantMessages", "",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "The maximum number of IDONTWANT messages per heartbeat per peer") },
        // --- Limits ---
        { S::Gossipsub, G::Limits, "max_transmission_size", "max_transmission_size", "maxTransmissionSize",
            "bytes", QT_TRANSLATE_NOOP("ParamCatalog", "Largest RPC frame sent or accepted") },
        { S::Gossipsub, G::Limits, "max_message_size", "max_message_size", "maxMessageSize", "bytes",
            QT_TRANSLATE_NOOP("ParamCatalog", "Largest message data published or accepted") },
        // --- Score: global ---
        { S::Score, G::ScoreGlobal, "topic_score_cap", "topic_score_cap", "TopicScoreCap", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Cap on the positive sum of topic scores (0: no cap)") },
        { S::Score, G::ScoreGlobal, "app_specific_weight", "app_specific_weight", "AppSpecificWeight", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Weight of P5, the application-specific score") },
        { S::Score, G::ScoreGlobal, "ip_colocation_factor_weight", "ip_colocation_factor_weight",
            "IPColocationFactorWeight", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Weight of P6, the IP colocation score") },
        { S::Score, G::ScoreGlobal, "ip_colocation_factor_threshold", "ip_colocation_factor_threshold",
            "IPColocationFactorThreshold", "peers",
            QT_TRANSLATE_NOOP("ParamCatalog", "Number of peers one IP may have before being penalized") },
        { S::Score, G::ScoreGlobal, "ip_colocation_factor_whitelist", "ip_colocation_factor_whitelist",
            "IPColocationFactorWhitelist", "list",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "IP addresses or CIDR prefixes exempt from the IP colocation penalty") },
        { S::Score, G::ScoreGlobal, "behaviour_penalty_weight", "behaviour_penalty_weight",
            "BehaviourPenaltyWeight", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Weight of P7, the behaviour penalty") },
        { S::Score, G::ScoreGlobal, "behaviour_penalty_threshold", "behaviour_penalty_threshold",
            "BehaviourPenaltyThreshold", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Behaviour penalty counter value that is free of penalty") },
        { S::Score, G::ScoreGlobal, "behaviour_penalty_decay", "behaviour_penalty_decay",
            "BehaviourPenaltyDecay", "", QT_TRANSLATE_NOOP("ParamCatalog", "Decay factor for P7") },
        { S::Score, G::ScoreGlobal, "decay_interval_ms", "decay_interval", "DecayInterval", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Interval at which parameter decay is calculated") },
        { S::Score, G::ScoreGlobal, "decay_to_zero", "decay_to_zero", "DecayToZero", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Limit below which a decayed counter counts as zero") },
        { S::Score, G::ScoreGlobal, "retain_score_ms", "retain_score", "RetainScore", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Time to remember peer scores after a peer disconnects") },
        { S::Score, G::ScoreGlobal, "seen_msg_ttl_ms", "seen_msg_ttl", "SeenMsgTTL", "ms",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "Time delivery records are kept for duplicate accounting (P2, P3)") },
        { S::Score, G::ScoreGlobal, "max_delivery_records", "max_delivery_records", "MaxDeliveryRecords", "",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "Most delivery records kept (memory bound; oldest dropped first)") },
        // --- Score: topic ---
        { S::Topic, G::ScoreTopic, "topic_weight", "topic_weight", "TopicWeight", "",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "How much behaviour in this topic contributes to the overall score") },
        { S::Topic, G::ScoreTopic, "time_in_mesh_weight", "time_in_mesh_weight", "TimeInMeshWeight", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Weight of P1, time in mesh") },
        { S::Topic, G::ScoreTopic, "time_in_mesh_quantum_ms", "time_in_mesh_quantum", "TimeInMeshQuantum",
            "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Time a peer must be in the mesh to accrue one point for P1") },
        { S::Topic, G::ScoreTopic, "time_in_mesh_cap", "time_in_mesh_cap", "TimeInMeshCap", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Maximum value for P1") },
        { S::Topic, G::ScoreTopic, "first_message_deliveries_weight", "first_message_deliveries_weight",
            "FirstMessageDeliveriesWeight", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Weight of P2, first message deliveries") },
        { S::Topic, G::ScoreTopic, "first_message_deliveries_decay", "first_message_deliveries_decay",
            "FirstMessageDeliveriesDecay", "", QT_TRANSLATE_NOOP("ParamCatalog", "Decay factor for P2") },
        { S::Topic, G::ScoreTopic, "first_message_deliveries_cap", "first_message_deliveries_cap",
            "FirstMessageDeliveriesCap", "", QT_TRANSLATE_NOOP("ParamCatalog", "Maximum value for P2") },
        { S::Topic, G::ScoreTopic, "mesh_message_deliveries_weight", "mesh_message_deliveries_weight",
            "MeshMessageDeliveriesWeight", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Weight of P3, mesh message delivery rate") },
        { S::Topic, G::ScoreTopic, "mesh_message_deliveries_decay", "mesh_message_deliveries_decay",
            "MeshMessageDeliveriesDecay", "", QT_TRANSLATE_NOOP("ParamCatalog", "Decay factor for P3") },
        { S::Topic, G::ScoreTopic, "mesh_message_deliveries_cap", "mesh_message_deliveries_cap",
            "MeshMessageDeliveriesCap", "", QT_TRANSLATE_NOOP("ParamCatalog", "Maximum value for P3") },
        { S::Topic, G::ScoreTopic, "mesh_message_deliveries_threshold", "mesh_message_deliveries_threshold",
            "MeshMessageDeliveriesThreshold", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Value for P3 below which we start penalizing peers") },
        { S::Topic, G::ScoreTopic, "mesh_message_deliveries_window_ms", "mesh_message_deliveries_window",
            "MeshMessageDeliveriesWindow", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Time after first delivery that is considered near-first") },
        { S::Topic, G::ScoreTopic, "mesh_message_deliveries_activation_ms",
            "mesh_message_deliveries_activation", "MeshMessageDeliveriesActivation", "ms",
            QT_TRANSLATE_NOOP("ParamCatalog", "Time a peer must be in the mesh before P3 applies") },
        { S::Topic, G::ScoreTopic, "mesh_failure_penalty_weight", "mesh_failure_penalty_weight",
            "MeshFailurePenaltyWeight", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Weight of P3b, the mesh failure penalty") },
        { S::Topic, G::ScoreTopic, "mesh_failure_penalty_decay", "mesh_failure_penalty_decay",
            "MeshFailurePenaltyDecay", "", QT_TRANSLATE_NOOP("ParamCatalog", "Decay factor for P3b") },
        { S::Topic, G::ScoreTopic, "invalid_message_deliveries_weight", "invalid_message_deliveries_weight",
            "InvalidMessageDeliveriesWeight", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "Weight of P4, invalid messages") },
        { S::Topic, G::ScoreTopic, "invalid_message_deliveries_decay", "invalid_message_deliveries_decay",
            "InvalidMessageDeliveriesDecay", "", QT_TRANSLATE_NOOP("ParamCatalog", "Decay factor for P4") },
        // --- Thresholds ---
        { S::Thresholds, G::Thresholds, "gossip_threshold", "gossip_threshold", "GossipThreshold", "",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "No gossip emitted to peers below threshold; incoming gossip is ignored") },
        { S::Thresholds, G::Thresholds, "publish_threshold", "publish_threshold", "PublishThreshold", "",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "No self-published messages are sent to peers below threshold") },
        { S::Thresholds, G::Thresholds, "graylist_threshold", "graylist_threshold", "GraylistThreshold", "",
            QT_TRANSLATE_NOOP("ParamCatalog", "All RPC messages are ignored from peers below threshold") },
        { S::Thresholds, G::Thresholds, "accept_px_threshold", "accept_px_threshold", "AcceptPXThreshold", "",
            QT_TRANSLATE_NOOP(
                "ParamCatalog", "Peer exchange information from peers below this threshold is ignored") },
        { S::Thresholds, G::Thresholds, "opportunistic_graft_threshold", "opportunistic_graft_threshold",
            "OpportunisticGraftThreshold", "",
            QT_TRANSLATE_NOOP("ParamCatalog",
                "If the median score in the mesh drops below this, better scoring peers may be grafted") },
    };
    return catalog;
}

const ParamInfo* findParam(ParamSection section, const QString& key)
{
    for (const auto& info : paramCatalog())
        if (info.section == section && key == QLatin1String(info.key))
            return &info;
    return nullptr;
}

const ParamInfo* findParamByField(ParamSection section, const QString& field)
{
    for (const auto& info : paramCatalog())
        if (info.section == section && field == QLatin1String(info.field))
            return &info;
    return nullptr;
}

QString paramGroupTitle(ParamGroup group, const QString& topic)
{
    switch (group) {
    case G::Mesh:
        return QCoreApplication::translate("ParamCatalog", "Mesh");
    case G::Gossip:
        return QCoreApplication::translate("ParamCatalog", "Gossip");
    case G::FanoutTtl:
        return QCoreApplication::translate("ParamCatalog", "Fanout/TTL");
    case G::Backoff:
        return QCoreApplication::translate("ParamCatalog", "Backoff");
    case G::Idontwant:
        return QCoreApplication::translate("ParamCatalog", "IDONTWANT");
    case G::Limits:
        return QCoreApplication::translate("ParamCatalog", "Limits");
    case G::ScoreGlobal:
        return QCoreApplication::translate("ParamCatalog", "Score: global");
    case G::ScoreTopic:
        return QCoreApplication::translate("ParamCatalog", "Score: topic %1").arg(topic);
    case G::Thresholds:
        return QCoreApplication::translate("ParamCatalog", "Thresholds");
    }
    return {};
}

QString paramMeaning(const ParamInfo& info)
{
    return QCoreApplication::translate(kContext, info.meaning);
}

QString paramUnit(const ParamInfo& info)
{
    const QLatin1String unit(info.unit);
    if (unit == QLatin1String("ms"))
        return QCoreApplication::translate("ParamCatalog", "ms");
    if (unit == QLatin1String("bytes"))
        return QCoreApplication::translate("ParamCatalog", "bytes");
    if (unit == QLatin1String("heartbeats"))
        return QCoreApplication::translate("ParamCatalog", "heartbeats");
    if (unit == QLatin1String("peers"))
        return QCoreApplication::translate("ParamCatalog", "peers");
    if (unit == QLatin1String("list"))
        return QCoreApplication::translate("ParamCatalog", "comma-separated");
    return {};
}

} // namespace meshscope::widgets
