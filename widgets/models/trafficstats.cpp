#include "widgets/models/trafficstats.h"

#include <QCoreApplication>

#include <cmath>

namespace meshscope::widgets {

TrafficStats::TrafficStats()
    : m_bins(kHistory)
    , m_bytes(kHistory)
    , m_mesh(kHistory)
{ }

QString TrafficStats::kindName(Kind kind)
{
    switch (kind) {
    case Publish:
        return QCoreApplication::translate("TrafficStats", "publish");
    case Forward:
        return QCoreApplication::translate("TrafficStats", "forward");
    case Duplicate:
        return QCoreApplication::translate("TrafficStats", "duplicate");
    case IHave:
        return QStringLiteral("IHAVE");
    case IWant:
        return QStringLiteral("IWANT");
    case IDontWant:
        return QStringLiteral("IDONTWANT");
    case Graft:
        return QStringLiteral("GRAFT");
    case Prune:
        return QStringLiteral("PRUNE");
    case KindCount:
        break;
    }
    return {};
}

void TrafficStats::addBatch(const coreqt::TraceBatch& batch)
{
    if (!batch.events)
        return;
    for (const auto& ev : *batch.events)
        addEvent(ev);
}

void TrafficStats::advanceTo(double t)
{
    if (!m_started) {
        m_current = Bin {};
        m_current.t = std::floor(t);
        m_started = true;
        return;
    }
    if (t < m_current.t + 1.0)
        return;
    // close the current bin and any empty seconds in between (at most a full history)
    double next = m_current.t + 1.0;
    m_bins.push(m_current);
    const double target = std::floor(t);
    if (target - next > static_cast<double>(kHistory))
        next = target - static_cast<double>(kHistory);
    while (next < target) {
        Bin empty;
        empty.t = next;
        m_bins.push(empty);
        next += 1.0;
    }
    m_current = Bin {};
    m_current.t = target;
}

void TrafficStats::addEvent(const trace::TraceEvent& ev)
{
    using T = pb::trace::TraceEvent;
    const double t = static_cast<double>(ev.timestamp()) / 1e9;
    advanceTo(t);
    ++m_revision;
    auto control = [this](const pb::trace::TraceEvent_RPCMeta& meta, std::array<double, KindCount>& dir) {
        dir[Forward] += meta.messages_size();
        if (!meta.has_control())
            return;
        const auto& c = meta.control();
        dir[IHave] += c.ihave_size();
        dir[IWant] += c.iwant_size();
        dir[IDontWant] += c.idontwant_size();
        dir[Graft] += c.graft_size();
        dir[Prune] += c.prune_size();
    };
    switch (trace::rawType(ev)) {
    case T::PUBLISH_MESSAGE:
        m_current.out[Publish] += 1;
        break;
    case T::DELIVER_MESSAGE: {
        m_current.in[Publish] += 1;
        m_current.delivered += 1;
        const std::string& id = ev.delivermessage().messageid();
        if (m_firstSeen.emplace(id, t).second) {
            m_firstSeenOrder.push_back(id);
            if (m_firstSeenOrder.size() > kMaxTrackedIds) {
                m_firstSeen.erase(m_firstSeenOrder.front());
                m_firstSeenOrder.pop_front();
            }
        }
        break;
    }
    case T::DUPLICATE_MESSAGE: {
        m_current.in[Duplicate] += 1;
        auto it = m_firstSeen.find(ev.duplicatemessage().messageid());
        if (it != m_firstSeen.end()) {
            const double ms = (t - it->second) * 1000.0;
            const int bin = ms < 0 ? 0 : std::min(kLatencyBins - 1, static_cast<int>(ms / kLatencyBinMs));
            m_latency[static_cast<std::size_t>(bin)] += 1;
        }
        break;
    }
    case T::RECV_RPC:
        control(ev.recvrpc().meta(), m_current.in);
        break;
    case T::SEND_RPC:
        control(ev.sendrpc().meta(), m_current.out);
        break;
    default:
        break;
    }
}

void TrafficStats::addSnapshot(const trace::NodeSnapshot& snapshot)
{
    const double t = static_cast<double>(toNanos(snapshot.time)) / 1e9;
    ++m_revision;
    const std::uint64_t bytesIn = snapshot.hostCounters.bytesIn;
    const std::uint64_t bytesOut = snapshot.hostCounters.bytesOut;
    // One bytes sample per second or more of snapshot time, against the counters at the previous
    // sample: a live node snapshots every 50 ms and its traffic comes in bursts, so a rate between
    // two consecutive snapshots is 0 or a spike (and 600 such samples held 30 s, not kHistory).
    // Time going back or counters shrinking (a new source) takes a new baseline.
    if (m_lastSnapshotT < 0 || t < m_lastSnapshotT || bytesIn < m_lastBytesIn || bytesOut < m_lastBytesOut) {
        m_lastSnapshotT = t;
        m_lastBytesIn = bytesIn;
        m_lastBytesOut = bytesOut;
    } else if (t - m_lastSnapshotT >= kBytesInterval) {
        const double dt = t - m_lastSnapshotT;
        m_bytes.push(BytesSample { t, static_cast<double>(bytesIn - m_lastBytesIn) / dt,
            static_cast<double>(bytesOut - m_lastBytesOut) / dt });
        m_lastSnapshotT = t;
        m_lastBytesIn = bytesIn;
        m_lastBytesOut = bytesOut;
    }
    // one mesh sample a second is enough for the plot
    if (m_mesh.empty() || t - m_mesh.back().t >= 1.0 || t < m_mesh.back().t) {
        MeshSample sample;
        sample.t = t;
        for (const auto& topic : snapshot.topics) {
            if (sample.sizes.size() >= kMaxTopics)
                break;
            if (topic.subscribed)
                sample.sizes[topic.topic] = static_cast<int>(topic.mesh.size());
        }
        m_mesh.push(std::move(sample));
    }
}

double TrafficStats::duplicateRatio(std::size_t i) const
{
    const Bin& b = m_bins.at(i);
    const double total = b.delivered + b.in[Duplicate];
    return total > 0 ? b.in[Duplicate] / total : 0.0;
}

double TrafficStats::messagesPerSecond() const
{
    if (m_bins.empty())
        return 0;
    const Bin& b = m_bins.back();
    return b.out[Publish] + b.in[Publish];
}

} // namespace meshscope::widgets
