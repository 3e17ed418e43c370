#include "widgets/models/logmodel.h"

namespace meshscope::widgets {

EventTimelineModel::EventTimelineModel(std::size_t capacity, QObject* parent) : LogModel(capacity, parent) {}

void EventTimelineModel::extract(const trace::TraceEvent& ev, std::vector<LogEntry>& out) const
{
    using K = LogEntry::Kind;
    using T = pb::trace::TraceEvent;
    auto peer = [](const std::string& bytes) { return QString::fromStdString(trace::peerText(asBytes(bytes))); };
    LogEntry e;
    e.timeNs = ev.timestamp();
    switch (trace::rawType(ev)) {
    case T::ON_NEW_OUTBOUND_STREAM:
        e.kind = K::Connected;
        e.peer = peer(ev.onnewoutboundstream().peerid());
        e.detail = QString::fromStdString(ev.onnewoutboundstream().proto());
        break;
    case T::ON_CLOSED_OUTBOUND_STREAM:
        e.kind = K::Disconnected;
        e.peer = peer(ev.onclosedoutboundstream().peerid());
        break;
    case T::JOIN:
        e.kind = K::Joined;
        e.topic = QString::fromStdString(ev.join().topic());
        break;
    case T::LEAVE:
        e.kind = K::Left;
        e.topic = QString::fromStdString(ev.leave().topic());
        break;
    case T::GRAFT:
        e.kind = K::Graft;
        e.peer = peer(ev.graft().peerid());
        e.topic = QString::fromStdString(ev.graft().topic());
        break;
    case T::PRUNE:
        e.kind = K::Prune;
        e.peer = peer(ev.prune().peerid());
        e.topic = QString::fromStdString(ev.prune().topic());
        break;
    case T::THROTTLE_PEER:
        e.kind = K::Throttled;
        e.peer = peer(ev.throttlepeer().peerid());
        break;
    case T::RECV_RPC: {
        if (!ev.recvrpc().meta().has_control())
            return;
        const auto& c = ev.recvrpc().meta().control();
        const QString from = peer(ev.recvrpc().receivedfrom());
        for (const auto& g : c.graft())
            out.push_back(LogEntry{ev.timestamp(), K::GraftReceived, QString::fromStdString(g.topic()), {}, from, {}});
        for (const auto& p : c.prune())
            out.push_back(LogEntry{ev.timestamp(), K::PruneReceived, QString::fromStdString(p.topic()), {}, from,
                                   tr("%n PX peer(s)", nullptr, p.peers_size())});
        return;
    }
    default:
        return;
    }
    out.push_back(std::move(e));
}

void EventTimelineModel::addSnapshot(const trace::NodeSnapshot& snapshot)
{
    std::vector<LogEntry> out;
    const qint64 now = toNanos(snapshot.time);
    std::set<std::pair<std::string, std::string>> backoffs;
    for (const auto& b : snapshot.backoffs) {
        if (b.expires <= snapshot.time)
            continue;
        auto key = std::make_pair(b.peer, b.topic);
        if (!m_lastBackoffs.count(key)) {
            const double left = std::chrono::duration<double>(b.expires - snapshot.time).count();
            out.push_back(LogEntry{now, LogEntry::Kind::Backoff, QString::fromStdString(b.topic), {},
                                   QString::fromStdString(b.peer), tr("%1 s").arg(left, 0, 'f', 0)});
        }
        backoffs.insert(std::move(key));
    }
    m_lastBackoffs = std::move(backoffs);

    if (snapshot.scoringEnabled) {
        const auto& th = snapshot.thresholds;
        const std::pair<double, QString> levels[] = {
            {th.gossipThreshold, tr("gossip threshold")},
            {th.publishThreshold, tr("publish threshold")},
            {th.graylistThreshold, tr("graylist threshold")},
        };
        std::map<std::string, double> scores;
        for (const auto& p : snapshot.peers) {
            if (!p.score.known)
                continue;
            scores[p.id] = p.score.total;
            auto it = m_lastScores.find(p.id);
            if (it == m_lastScores.end())
                continue;
            for (const auto& [level, name] : levels) {
                const bool was = it->second < level, is = p.score.total < level;
                if (was != is)
                    out.push_back(LogEntry{now, LogEntry::Kind::ScoreCrossing, {}, {}, QString::fromStdString(p.id),
                                           (is ? tr("fell below %1 (%2)") : tr("rose above %1 (%2)"))
                                               .arg(name)
                                               .arg(p.score.total, 0, 'f', 2)});
            }
        }
        m_lastScores = std::move(scores);
    }
    appendEntries(std::move(out));
}

} // namespace meshscope::widgets
