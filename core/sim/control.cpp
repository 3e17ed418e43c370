// Network: hooks for an interactive driver (observed node's router events, parameters mid-run).
#include "core/sim/network.h"

namespace meshscope::sim {

void Network::observe(std::optional<std::uint32_t> i)
{
    if (i && *i >= m_nodes.size())
        i.reset();
    if (m_observed && m_nodes[*m_observed].router)
        m_nodes[*m_observed].router->setRawEvents(false); // nobody reads them any more
    m_observed = i;
    m_observedEvents.clear();
    if (i && m_nodes[*i].router) {
        (void)m_nodes[*i].router->pollEvents(); // start from now, not from the last drain
        m_nodes[*i].router->setRawEvents(true);
    }
}

std::vector<gossipsub::RouterEvent> Network::takeObservedEvents()
{
    std::vector<gossipsub::RouterEvent> out;
    out.swap(m_observedEvents);
    return out;
}

void Network::keepObserved(std::vector<gossipsub::RouterEvent>& events)
{
    for (auto& e : events) {
        if (m_observedEvents.size() >= kMaxObservedEvents) {
            ++m_observedDropped;
            continue;
        }
        m_observedEvents.push_back(std::move(e));
    }
}

Status Network::setParams(std::optional<std::uint32_t> i,
    const std::optional<gossipsub::GossipsubParams>& params,
    const std::optional<gossipsub::PeerScoreParams>& scoreParams,
    const std::optional<gossipsub::PeerScoreThresholds>& thresholds)
{
    if (i && *i >= m_nodes.size())
        return fail(
            "node " + std::to_string(*i) + " does not exist (" + std::to_string(m_nodes.size()) + " nodes)");
    if (params)
        if (auto st = params->validate(); !st)
            return st;
    if (scoreParams)
        if (auto st = scoreParams->validate(); !st)
            return st;
    if (thresholds)
        if (auto st = thresholds->validate(); !st)
            return st;
    if (!i) {
        if (params)
            m_scenario.profile.gossipsub = *params;
        if (scoreParams)
            m_scenario.profile.score = *scoreParams;
        if (thresholds)
            m_scenario.profile.thresholds = *thresholds;
    }
    for (std::uint32_t k = 0; k < m_nodes.size(); ++k) {
        if (i && k != *i)
            continue;
        SimNode& n = m_nodes[k];
        if (!n.router)
            continue;
        if (params)
            if (auto st = n.router->setParams(*params); !st)
                return st;
        if (n.score && (scoreParams || thresholds)) {
            const auto sp = scoreParams ? *scoreParams : n.score->params();
            const auto th = thresholds ? *thresholds : n.score->thresholds();
            n.score->setParams(sp, th);
            n.router->setScoring(n.observer.get(), gossipsub::gatesFrom(th));
        }
        service(k, now()); // the heartbeat interval may have changed
    }
    return {};
}

} // namespace meshscope::sim
