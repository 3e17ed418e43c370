#include "core/gossipsub/scoreparams.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace meshscope::gossipsub {

namespace {

std::string str(double v)
{
    std::string s = std::to_string(v);
    return s;
}

// True for a decay factor strictly between 0 and 1.
bool isDecay(double d) { return d > 0.0 && d < 1.0; }

struct IpAddress {
    std::array<std::uint8_t, 16> bytes{}; // address, first 4 bytes used for IPv4
    int bits = 0;                         // 32 for IPv4, 128 for IPv6
};

std::optional<IpAddress> parseIp(const std::string& text)
{
    IpAddress ip;
    if (text.size() > 64)
        return std::nullopt;
    if (inet_pton(AF_INET, text.c_str(), ip.bytes.data()) == 1) {
        ip.bits = 32;
        return ip;
    }
    if (inet_pton(AF_INET6, text.c_str(), ip.bytes.data()) == 1) {
        ip.bits = 128;
        return ip;
    }
    return std::nullopt;
}

// An entry as (network, prefix length); a bare address is a full-length prefix.
std::optional<std::pair<IpAddress, int>> parseEntry(const std::string& entry)
{
    const auto slash = entry.find('/');
    auto ip = parseIp(entry.substr(0, slash));
    if (!ip)
        return std::nullopt;
    int prefix = ip->bits;
    if (slash != std::string::npos) {
        const std::string digits = entry.substr(slash + 1);
        if (digits.empty() || digits.size() > 3 || digits.find_first_not_of("0123456789") != std::string::npos)
            return std::nullopt;
        prefix = std::atoi(digits.c_str());
        if (prefix > ip->bits)
            return std::nullopt;
    }
    return std::make_pair(*ip, prefix);
}

Status topicFieldError(const std::string& topic, const Status& s)
{
    return fail("topic \"" + topic + "\": " + s.error().message);
}

} // namespace

bool isValidWhitelistEntry(const std::string& entry) { return parseEntry(entry).has_value(); }

std::vector<std::string> ipColocationKeys(const std::string& ip)
{
    auto addr = parseIp(ip);
    if (!addr)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    if (addr->bits == 32) {
        if (addr->bytes[0] == 127)
            return {};
        inet_ntop(AF_INET, addr->bytes.data(), text, sizeof text);
        return {text};
    }
    static constexpr std::array<std::uint8_t, 16> kLoopback6{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    if (addr->bytes == kLoopback6)
        return {};
    std::vector<std::string> keys;
    inet_ntop(AF_INET6, addr->bytes.data(), text, sizeof text);
    keys.emplace_back(text);
    std::fill(addr->bytes.begin() + 8, addr->bytes.end(), 0);
    inet_ntop(AF_INET6, addr->bytes.data(), text, sizeof text);
    keys.emplace_back(text);
    return keys;
}

bool ipMatchesWhitelistEntry(const std::string& ip, const std::string& entry)
{
    const auto addr = parseIp(ip);
    const auto net = parseEntry(entry);
    if (!addr || !net || addr->bits != net->first.bits)
        return false;
    const int prefix = net->second;
    for (int i = 0; i < prefix; ++i) {
        const auto byte = static_cast<std::size_t>(i / 8);
        const int shift = 7 - i % 8;
        if (((addr->bytes[byte] >> shift) & 1) != ((net->first.bytes[byte] >> shift) & 1))
            return false;
    }
    return true;
}

Status TopicScoreParams::validate() const
{
    // Rules and order as go-libp2p-pubsub's TopicScoreParams.validate().
    if (!(topicWeight >= 0.0))
        return fail("TopicWeight must be >= 0 (got " + str(topicWeight) + ")");
    if (!(timeInMeshWeight >= 0.0))
        return fail("TimeInMeshWeight must be >= 0 (0 disables; got " + str(timeInMeshWeight) + ")");
    if (timeInMeshQuantum <= Duration::zero())
        return fail("TimeInMeshQuantum must be > 0");
    if (timeInMeshWeight != 0.0 && !(timeInMeshCap > 0.0))
        return fail("TimeInMeshCap must be > 0 (got " + str(timeInMeshCap) + ")");
    if (!(firstMessageDeliveriesWeight >= 0.0))
        return fail("FirstMessageDeliveriesWeight must be >= 0 (0 disables; got " + str(firstMessageDeliveriesWeight)
                    + ")");
    if (firstMessageDeliveriesWeight != 0.0 && !isDecay(firstMessageDeliveriesDecay))
        return fail("FirstMessageDeliveriesDecay must be between 0 and 1 (got " + str(firstMessageDeliveriesDecay)
                    + ")");
    if (firstMessageDeliveriesWeight != 0.0 && !(firstMessageDeliveriesCap > 0.0))
        return fail("FirstMessageDeliveriesCap must be > 0 (got " + str(firstMessageDeliveriesCap) + ")");
    if (!(meshMessageDeliveriesWeight <= 0.0))
        return fail("MeshMessageDeliveriesWeight must be <= 0 (0 disables; got " + str(meshMessageDeliveriesWeight)
                    + ")");
    if (meshMessageDeliveriesWeight != 0.0) {
        if (!isDecay(meshMessageDeliveriesDecay))
            return fail("MeshMessageDeliveriesDecay must be between 0 and 1 (got " + str(meshMessageDeliveriesDecay)
                        + ")");
        if (!(meshMessageDeliveriesCap > 0.0))
            return fail("MeshMessageDeliveriesCap must be > 0 (got " + str(meshMessageDeliveriesCap) + ")");
        if (!(meshMessageDeliveriesThreshold > 0.0))
            return fail("MeshMessageDeliveriesThreshold must be > 0 (got " + str(meshMessageDeliveriesThreshold)
                        + ")");
        if (meshMessageDeliveriesCap < meshMessageDeliveriesThreshold)
            return fail("MeshMessageDeliveriesCap must be >= MeshMessageDeliveriesThreshold");
        if (meshMessageDeliveriesWindow < Duration::zero())
            return fail("MeshMessageDeliveriesWindow must be >= 0");
        if (meshMessageDeliveriesActivation < 1s)
            return fail("MeshMessageDeliveriesActivation must be at least 1 s");
    }
    if (!(meshFailurePenaltyWeight <= 0.0))
        return fail("MeshFailurePenaltyWeight must be <= 0 (0 disables; got " + str(meshFailurePenaltyWeight) + ")");
    if (meshFailurePenaltyWeight != 0.0 && !isDecay(meshFailurePenaltyDecay))
        return fail("MeshFailurePenaltyDecay must be between 0 and 1 (got " + str(meshFailurePenaltyDecay) + ")");
    if (!(invalidMessageDeliveriesWeight <= 0.0))
        return fail("InvalidMessageDeliveriesWeight must be <= 0 (0 disables; got "
                    + str(invalidMessageDeliveriesWeight) + ")");
    if (!isDecay(invalidMessageDeliveriesDecay))
        return fail("InvalidMessageDeliveriesDecay must be between 0 and 1 (got " + str(invalidMessageDeliveriesDecay)
                    + ")");
    return {};
}

Status PeerScoreParams::validate() const
{
    for (const auto& [topic, tp] : topics) {
        if (auto s = tp.validate(); !s)
            return topicFieldError(topic, s);
    }
    if (!(topicScoreCap >= 0.0))
        return fail("TopicScoreCap must be >= 0 (0 means no cap; got " + str(topicScoreCap) + ")");
    if (!(appSpecificWeight >= 0.0))
        return fail("AppSpecificWeight must be >= 0 (got " + str(appSpecificWeight) + ")");
    if (!(ipColocationFactorWeight <= 0.0))
        return fail("IPColocationFactorWeight must be <= 0 (0 disables; got " + str(ipColocationFactorWeight) + ")");
    if (ipColocationFactorWeight != 0.0 && ipColocationFactorThreshold < 1)
        return fail("IPColocationFactorThreshold must be at least 1 (got " + std::to_string(ipColocationFactorThreshold)
                    + ")");
    for (const auto& entry : ipColocationWhitelist) {
        if (!isValidWhitelistEntry(entry))
            return fail("IPColocationFactorWhitelist entry \"" + entry + "\" is not an IP address or CIDR prefix");
    }
    if (!(behaviourPenaltyWeight <= 0.0))
        return fail("BehaviourPenaltyWeight must be <= 0 (0 disables; got " + str(behaviourPenaltyWeight) + ")");
    if (behaviourPenaltyWeight != 0.0 && !isDecay(behaviourPenaltyDecay))
        return fail("BehaviourPenaltyDecay must be between 0 and 1 (got " + str(behaviourPenaltyDecay) + ")");
    if (!(behaviourPenaltyThreshold >= 0.0))
        return fail("BehaviourPenaltyThreshold must be >= 0 (got " + str(behaviourPenaltyThreshold) + ")");
    if (decayInterval < 1s)
        return fail("DecayInterval must be at least 1 s");
    if (!isDecay(decayToZero))
        return fail("DecayToZero must be between 0 and 1 (got " + str(decayToZero) + ")");
    if (retainScore < Duration::zero())
        return fail("RetainScore must be >= 0");
    if (seenMsgTTL <= Duration::zero())
        return fail("SeenMsgTTL must be > 0");
    if (maxDeliveryRecords < 1)
        return fail("MaxDeliveryRecords must be >= 1");
    return {};
}

bool PeerScoreParams::enabled() const
{
    return !topics.empty() || appSpecificWeight != 0.0 || ipColocationFactorWeight != 0.0
        || behaviourPenaltyWeight != 0.0;
}

bool operator==(const PeerScoreParams& a, const PeerScoreParams& b)
{
    return a.topics == b.topics && a.topicScoreCap == b.topicScoreCap && a.appSpecificWeight == b.appSpecificWeight
        && a.ipColocationFactorWeight == b.ipColocationFactorWeight
        && a.ipColocationFactorThreshold == b.ipColocationFactorThreshold
        && a.ipColocationWhitelist == b.ipColocationWhitelist && a.behaviourPenaltyWeight == b.behaviourPenaltyWeight
        && a.behaviourPenaltyThreshold == b.behaviourPenaltyThreshold
        && a.behaviourPenaltyDecay == b.behaviourPenaltyDecay && a.decayInterval == b.decayInterval
        && a.decayToZero == b.decayToZero && a.retainScore == b.retainScore && a.seenMsgTTL == b.seenMsgTTL
        && a.maxDeliveryRecords == b.maxDeliveryRecords;
}

Status PeerScoreThresholds::validate() const
{
    // go-libp2p-pubsub's PeerScoreThresholds.validate(), NaN rejected too.
    if (!(gossipThreshold <= 0.0))
        return fail("GossipThreshold must be <= 0 (got " + str(gossipThreshold) + ")");
    if (!(publishThreshold <= 0.0) || publishThreshold > gossipThreshold)
        return fail("PublishThreshold must be <= 0 and <= GossipThreshold (got " + str(publishThreshold) + ")");
    if (!(graylistThreshold <= 0.0) || graylistThreshold > publishThreshold)
        return fail("GraylistThreshold must be <= 0 and <= PublishThreshold (got " + str(graylistThreshold) + ")");
    if (!(acceptPXThreshold >= 0.0))
        return fail("AcceptPXThreshold must be >= 0 (got " + str(acceptPXThreshold) + ")");
    if (!(opportunisticGraftThreshold >= 0.0))
        return fail("OpportunisticGraftThreshold must be >= 0 (got " + str(opportunisticGraftThreshold) + ")");
    return {};
}

} // namespace meshscope::gossipsub
