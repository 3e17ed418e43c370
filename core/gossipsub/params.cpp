#include "core/gossipsub/params.h"

#include <string>

namespace meshscope::gossipsub {

namespace {

std::string num(long long v) { return std::to_string(v); }

} // namespace

Status GossipsubParams::validate() const
{
    // Relations follow go-libp2p-pubsub (gossipsub.go: Dout check, mcache gossip <= history) and
    // the spec's parameter tables.
    if (D < 1)
        return fail("D must be >= 1 (got " + num(D) + ")");
    if (Dlo < 0)
        return fail("Dlo must be >= 0 (got " + num(Dlo) + ")");
    if (Dlo > D)
        return fail("Dlo must be <= D (Dlo " + num(Dlo) + ", D " + num(D) + ")");
    if (Dhi < D)
        return fail("Dhi must be >= D (Dhi " + num(Dhi) + ", D " + num(D) + ")");
    if (Dscore < 0 || Dscore > Dhi)
        return fail("Dscore must be between 0 and Dhi (Dscore " + num(Dscore) + ", Dhi " + num(Dhi) + ")");
    if (Dout < 0)
        return fail("Dout must be >= 0 (got " + num(Dout) + ")");
    if (Dout >= Dlo && Dout > 0)
        return fail("Dout must be < Dlo (Dout " + num(Dout) + ", Dlo " + num(Dlo) + ")");
    if (Dout > D / 2)
        return fail("Dout must be <= D/2 (Dout " + num(Dout) + ", D " + num(D) + ")");
    if (Dlazy < 0)
        return fail("Dlazy must be >= 0 (got " + num(Dlazy) + ")");
    if (!(gossipFactor >= 0.0 && gossipFactor <= 1.0))
        return fail("gossipFactor must be between 0 and 1 (got " + std::to_string(gossipFactor) + ")");
    if (historyLength < 1)
        return fail("historyLength must be >= 1 (got " + num(historyLength) + ")");
    if (historyGossip < 0 || historyGossip > historyLength)
        return fail("historyGossip must be between 0 and historyLength (historyGossip " + num(historyGossip)
                    + ", historyLength " + num(historyLength) + ")");
    if (heartbeatInterval <= Duration::zero())
        return fail("heartbeatInterval must be > 0");
    if (heartbeatInitialDelay < Duration::zero())
        return fail("heartbeatInitialDelay must be >= 0");
    if (fanoutTTL <= Duration::zero())
        return fail("fanoutTTL must be > 0");
    if (pruneBackoff <= Duration::zero())
        return fail("pruneBackoff must be > 0");
    if (unsubscribeBackoff <= Duration::zero())
        return fail("unsubscribeBackoff must be > 0");
    if (seenTTL <= Duration::zero())
        return fail("seenTTL must be > 0");
    if (iwantFollowupTime <= Duration::zero())
        return fail("iwantFollowupTime must be > 0");
    if (graftFloodThreshold < Duration::zero())
        return fail("graftFloodThreshold must be >= 0");
    if (directConnectInitialDelay < Duration::zero())
        return fail("directConnectInitialDelay must be >= 0");
    if (opportunisticGraftTicks < 1)
        return fail("opportunisticGraftTicks must be >= 1 (got " + num(opportunisticGraftTicks) + ")");
    if (opportunisticGraftPeers < 0)
        return fail("opportunisticGraftPeers must be >= 0 (got " + num(opportunisticGraftPeers) + ")");
    if (backoffSlackTicks < 0)
        return fail("backoffSlackTicks must be >= 0 (got " + num(backoffSlackTicks) + ")");
    if (directConnectTicks < 1)
        return fail("directConnectTicks must be >= 1 (got " + num(directConnectTicks) + ")");
    if (idontwantMessageTTLTicks < 1)
        return fail("idontwantMessageTTLTicks must be >= 1 (got " + num(idontwantMessageTTLTicks) + ")");
    if (prunePeers < 0)
        return fail("prunePeers must be >= 0 (got " + num(prunePeers) + ")");
    if (maxIHaveLength < 1)
        return fail("maxIHaveLength must be >= 1 (got " + num(maxIHaveLength) + ")");
    if (maxIHaveMessages < 1)
        return fail("maxIHaveMessages must be >= 1 (got " + num(maxIHaveMessages) + ")");
    if (maxIDontWantLength < 1)
        return fail("maxIDontWantLength must be >= 1 (got " + num(maxIDontWantLength) + ")");
    if (maxIDontWantMessages < 1)
        return fail("maxIDontWantMessages must be >= 1 (got " + num(maxIDontWantMessages) + ")");
    if (maxTransmissionSize < 64)
        return fail("maxTransmissionSize must be >= 64 bytes");
    if (maxMessageSize < 1 || maxMessageSize > maxTransmissionSize)
        return fail("maxMessageSize must be between 1 and maxTransmissionSize");
    return {};
}

} // namespace meshscope::gossipsub
