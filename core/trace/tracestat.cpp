// TraceStat and TraceFilter.
#include "core/trace/tracestat.h"

#include "core/trace/nodesnapshot.h"

#include <algorithm>
#include <cstdio>

namespace meshscope::trace {

std::optional<std::string> eventTopic(const TraceEvent& e)
{
    switch (rawType(e)) {
    case TraceEvent::PUBLISH_MESSAGE: return e.publishmessage().topic();
    case TraceEvent::REJECT_MESSAGE: return e.rejectmessage().topic();
    case TraceEvent::DUPLICATE_MESSAGE: return e.duplicatemessage().topic();
    case TraceEvent::DELIVER_MESSAGE: return e.delivermessage().topic();
    case TraceEvent::JOIN: return e.join().topic();
    case TraceEvent::LEAVE: return e.leave().topic();
    case TraceEvent::GRAFT: return e.graft().topic();
    case TraceEvent::PRUNE: return e.prune().topic();
    case TraceEvent::VALIDATION_RESULT: return e.validationresult().topic();
    default: return std::nullopt;
    }
}

std::vector<std::string> eventPeers(const TraceEvent& e)
{
    std::vector<std::string> out;
    if (e.has_peerid())
        out.push_back(e.peerid());
    switch (rawType(e)) {
    case TraceEvent::REJECT_MESSAGE: out.push_back(e.rejectmessage().receivedfrom()); break;
    case TraceEvent::DUPLICATE_MESSAGE: out.push_back(e.duplicatemessage().receivedfrom()); break;
    case TraceEvent::DELIVER_MESSAGE: out.push_back(e.delivermessage().receivedfrom()); break;
    case TraceEvent::ON_NEW_OUTBOUND_STREAM: out.push_back(e.onnewoutboundstream().peerid()); break;
    case TraceEvent::ON_CLOSED_OUTBOUND_STREAM: out.push_back(e.onclosedoutboundstream().peerid()); break;
    case TraceEvent::RECV_RPC: out.push_back(e.recvrpc().receivedfrom()); break;
    case TraceEvent::SEND_RPC: out.push_back(e.sendrpc().sendto()); break;
    case TraceEvent::DROP_RPC: out.push_back(e.droprpc().sendto()); break;
    case TraceEvent::GRAFT: out.push_back(e.graft().peerid()); break;
    case TraceEvent::PRUNE: out.push_back(e.prune().peerid()); break;
    case TraceEvent::SCORE_UPDATE: out.push_back(e.scoreupdate().peerid()); break;
    case TraceEvent::VALIDATION_RESULT: out.push_back(e.validationresult().receivedfrom()); break;
    case TraceEvent::THROTTLE_PEER: out.push_back(e.throttlepeer().peerid()); break;
    default: break;
    }
    return out;
}

bool TraceFilter::matches(const TraceEvent& e) const
{
    if (!types.empty() && types.count(rawType(e)) == 0)
        return false;
    if (!topics.empty()) {
        bool hit = false;
        if (auto t = eventTopic(e))
            hit = topics.count(*t) != 0;
        // RPC events match when their meta mentions the topic.
        const RpcMeta* meta = nullptr;
        if (rawType(e) == TraceEvent::RECV_RPC)
            meta = &e.recvrpc().meta();
        else if (rawType(e) == TraceEvent::SEND_RPC)
            meta = &e.sendrpc().meta();
        else if (rawType(e) == TraceEvent::DROP_RPC)
            meta = &e.droprpc().meta();
        if (meta && !hit) {
            for (const auto& m : meta->messages())
                hit = hit || topics.count(m.topic()) != 0;
            for (const auto& s : meta->subscription())
                hit = hit || topics.count(s.topic()) != 0;
        }
        if (!hit)
            return false;
    }
    if (!peers.empty()) {
        bool hit = false;
        for (const auto& p : eventPeers(e))
            hit = hit || (!p.empty() && peers.count(peerText(asBytes(p))) != 0);
        if (!hit)
            return false;
    }
    return true;
}

TraceStat::TraceStat(std::size_t maxMessages, std::size_t maxSamples)
    : m_maxMessages(maxMessages)
    , m_maxSamples(maxSamples)
{
}

void TraceStat::add(const TraceEvent& e)
{
    ++m_total;
    ++m_counts[std::string(typeName(rawType(e)))];
    if (e.has_peerid() && m_tracers.size() < m_maxMessages)
        m_tracers.insert(e.peerid());
    const int type = rawType(e);
    if (type == TraceEvent::PUBLISH_MESSAGE) {
        const auto& id = e.publishmessage().messageid();
        auto [it, fresh] = m_published.emplace(id, e.timestamp());
        if (!fresh) {
            it->second = std::min(it->second, e.timestamp());
            return;
        }
        m_publishOrder.push_back(id);
        if (m_publishOrder.size() > m_maxMessages) {
            m_published.erase(m_publishOrder.front());
            m_publishOrder.pop_front();
        }
    } else if (type == TraceEvent::DELIVER_MESSAGE) {
        const auto& d = e.delivermessage();
        auto it = m_published.find(d.messageid());
        if (it == m_published.end() || e.timestamp() < it->second) {
            ++m_unmatched;
            return;
        }
        const double ms = static_cast<double>(e.timestamp() - it->second) / 1e6;
        ++m_sampleCount[d.topic()];
        auto& samples = m_samples[d.topic()];
        if (samples.size() < m_maxSamples)
            samples.push_back(ms);
    }
}

std::map<std::string, DelayStats> TraceStat::delays() const
{
    std::map<std::string, DelayStats> out;
    for (const auto& [topic, stored] : m_samples) {
        auto samples = stored;
        std::sort(samples.begin(), samples.end());
        DelayStats s;
        s.count = m_sampleCount.at(topic);
        if (!samples.empty()) {
            const auto pick = [&](double q) {
                const auto i = static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1) + 0.5);
                return samples[std::min(i, samples.size() - 1)];
            };
            s.p50Ms = pick(0.50);
            s.p90Ms = pick(0.90);
            s.p99Ms = pick(0.99);
            s.maxMs = samples.back();
        }
        out[topic] = s;
    }
    return out;
}

std::string TraceStat::summary() const
{
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line, "=== Trace ===\nevents: %llu\ntraced peers: %zu\n",
                  static_cast<unsigned long long>(m_total), m_tracers.size());
    out += line;
    out += "=== Events by type ===\n";
    for (const auto& [name, n] : m_counts) {
        std::snprintf(line, sizeof line, "%s: %llu\n", name.c_str(), static_cast<unsigned long long>(n));
        out += line;
    }
    out += "=== Propagation delay (publish -> deliver) ===\n";
    const auto stats = delays();
    if (stats.empty())
        out += "no publish/deliver pairs traced\n";
    for (const auto& [topic, s] : stats) {
        std::snprintf(line, sizeof line, "topic %s: deliveries %llu p50 %.3f ms p90 %.3f ms p99 %.3f ms max %.3f ms\n",
                      topic.c_str(), static_cast<unsigned long long>(s.count), s.p50Ms, s.p90Ms, s.p99Ms, s.maxMs);
        out += line;
    }
    if (m_unmatched) {
        std::snprintf(line, sizeof line, "deliveries without a traced publish: %llu\n",
                      static_cast<unsigned long long>(m_unmatched));
        out += line;
    }
    return out;
}

} // namespace meshscope::trace
