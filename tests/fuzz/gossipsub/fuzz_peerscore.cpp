// Fuzzes PeerScore with arbitrary event sequences (peers, IPs, mesh changes, deliveries, rejects,
// duplicates, penalties, refreshes, live param changes): no crash, finite scores, bounded records.
#include "core/gossipsub/peerscore.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace meshscope;
using namespace meshscope::gossipsub;
using namespace std::chrono_literals;

namespace {

PeerId peerOf(std::uint8_t n)
{
    Bytes mh{0x12, 0x20};
    for (int i = 0; i < 32; ++i)
        mh.push_back(static_cast<std::uint8_t>(n % 8 + i));
    return PeerId::fromBytes(mh).value();
}

PeerScoreParams fuzzParams(std::uint8_t variant)
{
    PeerScoreParams p;
    TopicScoreParams t;
    t.meshMessageDeliveriesActivation = 1s;
    t.firstMessageDeliveriesCap = 1 + variant % 7;
    p.topics["a"] = t;
    t.topicWeight = 2;
    p.topics["b"] = t;
    p.topicScoreCap = variant % 2 ? 10 : 0;
    p.appSpecificWeight = 1;
    p.ipColocationFactorWeight = -1;
    p.ipColocationFactorThreshold = 1 + variant % 3;
    if (variant % 4 == 0)
        p.ipColocationWhitelist = {"10.0.0.0/31"};
    p.behaviourPenaltyWeight = -1;
    p.behaviourPenaltyThreshold = variant % 5;
    p.retainScore = std::chrono::seconds(variant % 10);
    p.maxDeliveryRecords = 16;
    p.seenMsgTTL = 3s;
    return p;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    PeerScore ps(fuzzParams(size > 0 ? data[0] : 0), PeerScoreThresholds{});
    TimePoint now = fromNanos(1'000'000'000);
    const TopicId topics[] = {"a", "b", "c"};
    for (std::size_t i = 1; i + 2 < size; i += 3) {
        const std::uint8_t op = data[i] % 16;
        const PeerId peer = peerOf(data[i + 1]);
        const TopicId& topic = topics[(data[i + 1] >> 3) % 3];
        const MessageId id = "m" + std::to_string(data[i + 2] % 32);
        now += std::chrono::milliseconds(data[i + 2] % 8 == 0 ? 1500 : data[i + 2] % 8);
        switch (op) {
        case 0: ps.addPeer(peer, now); break;
        case 1: ps.removePeer(peer, now); break;
        case 2: ps.setPeerIp(peer, "10.0.0." + std::to_string(data[i + 2] % 4)); break;
        case 3: ps.graft(peer, topic, now); break;
        case 4: ps.prune(peer, topic, now); break;
        case 5: ps.validateMessage(peer, id, topic, now); break;
        case 6: ps.deliverMessage(peer, id, topic, now); break;
        case 7:
            ps.rejectMessage(peer, id, topic, static_cast<RejectReason>(data[i + 2] % 11), now);
            break;
        case 8: ps.duplicateMessage(peer, id, topic, now); break;
        case 9: ps.addPenalty(peer, data[i + 2] % 4); break;
        case 10: ps.setApplicationScore(peer, static_cast<double>(data[i + 2]) - 128); break;
        case 11: ps.refresh(now); break;
        case 12: ps.setParams(fuzzParams(data[i + 2]), PeerScoreThresholds{}); break;
        case 13:
            if (auto t = ps.nextTimeout())
                ps.refresh(*t);
            break;
        default:
            if (!std::isfinite(ps.score(peer, now)))
                std::abort();
            break;
        }
        if (ps.deliveryRecordCount() > 16 || ps.peerCount() > 8)
            std::abort();
    }
    for (const auto& b : ps.breakdown(now)) {
        if (!std::isfinite(b.total) || b.total != ps.score(b.peer, now))
            std::abort();
    }
    return 0;
}
