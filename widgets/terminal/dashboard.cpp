// Dashboard rendering.
#include "widgets/terminal/dashboard.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>

namespace meshscope::terminal {

namespace {

const char* kReset = "\x1b[0m";

std::string fmt(const char* format, ...) __attribute__((format(printf, 1, 2)));
std::string fmt(const char* format, ...)
{
    char buf[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buf, sizeof buf, format, args);
    va_end(args);
    return buf;
}

std::string shortId(const std::string& id)
{
    return id.size() <= 12 ? id : "~" + id.substr(id.size() - 11);
}

const char* healthColor(trace::TopicHealth h)
{
    switch (h) {
    case trace::TopicHealth::NoPeers:
        return "\x1b[31m";
    case trace::TopicHealth::Low:
        return "\x1b[33m";
    case trace::TopicHealth::Healthy:
        return "\x1b[32m";
    case trace::TopicHealth::AboveDhi:
        return "\x1b[36m";
    }
    return "";
}

double rate(std::uint64_t now, std::uint64_t before, double seconds)
{
    return seconds > 0 && now >= before ? static_cast<double>(now - before) / seconds : 0.0;
}

} // namespace

const char* sortName(PeerSort sort)
{
    switch (sort) {
    case PeerSort::Score:
        return "score";
    case PeerSort::Id:
        return "id";
    case PeerSort::Traffic:
        return "traffic";
    case PeerSort::Rtt:
        return "rtt";
    }
    return "score";
}

std::string sanitize(const std::string& text, std::size_t width)
{
    std::string out;
    out.reserve(std::min(text.size(), width));
    for (std::size_t i = 0; i < text.size() && out.size() < width; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        out.push_back(c >= 0x20 && c < 0x7f ? static_cast<char>(c) : '?');
    }
    return out;
}

void Dashboard::update(const trace::NodeSnapshot& snapshot)
{
    m_snapshot = snapshot;
    if (m_topic >= static_cast<int>(m_snapshot.topics.size()))
        m_topic = -1;
    updateRates(m_snapshot);
}

void Dashboard::updateRates(const trace::NodeSnapshot& snapshot)
{
    const auto& c = snapshot.counters;
    const RateSample now { snapshot.time, c.delivered, c.duplicates, c.rpcsReceived, c.rpcsSent,
        c.graftSent + c.graftReceived, c.pruneSent + c.pruneReceived };
    if (!m_window.empty()) {
        const RateSample& last = m_window.back();
        const bool restarted = now.time < last.time || now.delivered < last.delivered
            || now.duplicates < last.duplicates || now.rpcsIn < last.rpcsIn || now.rpcsOut < last.rpcsOut
            || now.grafts < last.grafts || now.prunes < last.prunes;
        if (restarted) {
            m_window.clear();
            m_rates = {};
        }
    }
    m_window.push_back(now);
    // Drop the oldest while the next one still spans the whole window.
    while (m_window.size() > 2
        && (m_window[1].time <= now.time - kRateWindow || m_window.size() > kMaxRateSamples))
        m_window.pop_front();
    const RateSample& from = m_window.front();
    const Duration span = now.time - from.time;
    if (span < kRateMinSpan)
        return; // too short to mean anything: keep the last rates
    const double s = std::chrono::duration<double>(span).count();
    m_rates.delivered = rate(now.delivered, from.delivered, s);
    m_rates.duplicates = rate(now.duplicates, from.duplicates, s);
    m_rates.rpcsIn = rate(now.rpcsIn, from.rpcsIn, s);
    m_rates.rpcsOut = rate(now.rpcsOut, from.rpcsOut, s);
    m_rates.grafts = rate(now.grafts, from.grafts, s);
    m_rates.prunes = rate(now.prunes, from.prunes, s);
}

void Dashboard::addEvents(const std::vector<trace::TraceEvent>& events)
{
    for (const auto& e : events) {
        const int type = trace::rawType(e);
        if (type != trace::TraceEvent::GRAFT && type != trace::TraceEvent::PRUNE)
            continue;
        const bool graft = type == trace::TraceEvent::GRAFT;
        const auto& peer = graft ? e.graft().peerid() : e.prune().peerid();
        const auto& topic = graft ? e.graft().topic() : e.prune().topic();
        const double secs = static_cast<double>(e.timestamp() % 1'000'000'000'000LL) / 1e9;
        m_recent.push_front(fmt("%10.3f %-5s %-12s %s", secs, graft ? "GRAFT" : "PRUNE",
            shortId(trace::peerText(asBytes(peer))).c_str(), topic.c_str()));
        if (m_recent.size() > kRecent)
            m_recent.pop_back();
    }
}

bool Dashboard::handleKey(char key)
{
    const int topics = static_cast<int>(m_snapshot.topics.size());
    switch (key) {
    case 'q':
    case 'Q':
        return false;
    case 's':
        m_sort = static_cast<PeerSort>((static_cast<int>(m_sort) + 1) % 4);
        break;
    case 't':
    case '\t':
        m_topic = topics ? (m_topic + 1 >= topics ? -1 : m_topic + 1) : -1;
        break;
    case 'T':
        m_topic = topics ? (m_topic <= -1 ? topics - 1 : m_topic - 1) : -1;
        break;
    case 'a':
        m_topic = -1;
        break;
    default:
        break;
    }
    return true;
}

std::string Dashboard::selectedTopic() const
{
    return m_topic >= 0 && m_topic < static_cast<int>(m_snapshot.topics.size())
        ? m_snapshot.topics[static_cast<std::size_t>(m_topic)].topic
        : std::string();
}

std::string Dashboard::plainLine() const
{
    const auto& s = m_snapshot;
    std::size_t healthy = 0;
    for (const auto& t : s.topics)
        healthy += t.health == trace::TopicHealth::Healthy ? 1 : 0;
    return fmt("peers=%zu topics=%zu healthy=%zu delivered=%llu duplicates=%llu rate_delivered=%.1f/s "
               "rpcs_in=%.1f/s graft=%.1f/s prune=%.1f/s",
        s.peers.size(), s.topics.size(), healthy, static_cast<unsigned long long>(s.counters.delivered),
        static_cast<unsigned long long>(s.counters.duplicates), m_rates.delivered, m_rates.rpcsIn,
        m_rates.grafts, m_rates.prunes);
}

std::string Dashboard::render(int width, int height, bool color) const
{
    const std::size_t w = static_cast<std::size_t>(std::max(width, 20));
    const std::size_t h = static_cast<std::size_t>(std::max(height, 6));
    std::vector<std::pair<std::string, std::string>> lines; // (text, sgr prefix)
    const auto add = [&](const std::string& text, const char* sgr = "") {
        if (lines.size() < h)
            lines.emplace_back(sanitize(text, w), color ? sgr : "");
    };
    const auto& s = m_snapshot;
    const std::string topicName = selectedTopic();
    add(fmt("meshscope top | peers %zu topics %zu | sort:%s topic:%s | %s", s.peers.size(), s.topics.size(),
            sortName(m_sort), topicName.empty() ? "all" : topicName.c_str(), m_source.c_str()),
        "\x1b[1;7m");
    add(fmt("msgs %.1f/s dup %.1f/s rpc in %.1f/s out %.1f/s graft %.1f/s prune %.1f/s dropped %llu",
        m_rates.delivered, m_rates.duplicates, m_rates.rpcsIn, m_rates.rpcsOut, m_rates.grafts,
        m_rates.prunes, static_cast<unsigned long long>(s.droppedBatches)));

    // Space: topics get up to a third, recent events 4 lines when there is room, peers the rest.
    const std::size_t footer = 1;
    const std::size_t recentRows = h >= 20 ? 4 : 0;
    const std::size_t fixed = 2 + 1 + 1 + (recentRows ? recentRows + 1 : 0) + footer;
    const std::size_t free = h > fixed ? h - fixed : 0;
    const std::size_t topicRows = std::min(s.topics.size(), std::max<std::size_t>(1, free / 3));
    const std::size_t peerRows = free > topicRows ? free - topicRows : 0;

    add(fmt("%-24s %5s %6s %5s %11s %-9s", "TOPIC", "MESH", "FANOUT", "PEERS", "Dlo/D/Dhi", "HEALTH"),
        "\x1b[1m");
    // Keep the picked topic visible.
    std::size_t first = 0;
    if (m_topic >= 0 && static_cast<std::size_t>(m_topic) >= topicRows)
        first = static_cast<std::size_t>(m_topic) + 1 - topicRows;
    for (std::size_t i = first; i < s.topics.size() && i < first + topicRows; ++i) {
        const auto& t = s.topics[i];
        const bool picked = static_cast<int>(i) == m_topic;
        std::string name = sanitize(t.topic, 24);
        add(fmt("%-24s %5zu %6zu %5zu %3d/%d/%-3d %-9s%s", name.c_str(), t.mesh.size(), t.fanout.size(),
                t.peers.size(), t.Dlo, t.D, t.Dhi, trace::healthName(t.health), t.underDout ? " <Dout" : ""),
            picked ? "\x1b[7m" : healthColor(t.health));
    }

    // Peers: all, or the picked topic's mesh.
    std::vector<const trace::PeerSnapshot*> peers;
    const trace::TopicSnapshot* picked = topicName.empty() ? nullptr : s.findTopic(topicName);
    for (const auto& p : s.peers)
        if (!picked || std::binary_search(picked->mesh.begin(), picked->mesh.end(), p.id))
            peers.push_back(&p);
    const auto traffic
        = [](const trace::PeerSnapshot* p) { return p->rpcsIn + p->rpcsOut + p->bytesIn + p->bytesOut; };
    std::stable_sort(peers.begin(), peers.end(), [&](const auto* a, const auto* b) {
        switch (m_sort) {
        case PeerSort::Score:
            return a->score.total > b->score.total;
        case PeerSort::Id:
            return a->id < b->id;
        case PeerSort::Traffic:
            return traffic(a) > traffic(b);
        case PeerSort::Rtt:
            return a->rtt.value_or(Duration::max()) < b->rtt.value_or(Duration::max());
        }
        return false;
    });
    add(fmt("%-12s %7s %6s %6s %6s %5s %6s %5s %5s %6s %9s %6s %s", "PEER", "SCORE", "P1", "P2", "P3", "P3b",
            "P4", "P5", "P6", "P7", "RPC in/out", "RTTms", "AGENT"),
        "\x1b[1m");
    for (std::size_t i = 0; i < peers.size() && i < peerRows; ++i) {
        const auto& p = *peers[i];
        const auto& c = p.score;
        const std::string rtt = p.rtt
            ? std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(*p.rtt).count())
            : "-";
        add(fmt("%-12s %7.1f %6.1f %6.1f %6.1f %5.1f %6.1f %5.1f %5.1f %6.1f %4llu/%-4llu %6s %s",
                shortId(p.id).c_str(), c.total, c.p1, c.p2, c.p3, c.p3b, c.p4, c.p5, c.p6, c.p7,
                static_cast<unsigned long long>(p.rpcsIn), static_cast<unsigned long long>(p.rpcsOut),
                rtt.c_str(), p.agent.c_str()),
            c.total < 0 ? "\x1b[31m" : "");
    }
    while (recentRows && lines.size() < h - footer - recentRows - 1)
        add("");
    if (recentRows) {
        add("RECENT GRAFT/PRUNE", "\x1b[1m");
        for (std::size_t i = 0; i < recentRows; ++i)
            add(i < m_recent.size() ? m_recent[i] : std::string());
    }
    while (lines.size() < h - footer)
        add("");
    add("q quit  s sort  t/Tab next topic  T previous  a all topics", "\x1b[7m");

    std::string out = "\x1b[H";
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& [text, sgr] = lines[i];
        out += sgr;
        out += text;
        if (!sgr.empty())
            out += kReset;
        out += "\x1b[K";
        if (i + 1 < lines.size())
            out += "\r\n";
    }
    out += "\x1b[J";
    return out;
}

} // namespace meshscope::terminal
