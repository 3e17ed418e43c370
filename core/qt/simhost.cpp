// SimHost: the simulated network on a Qt timer, observed through one node.
#include "core/qt/simhost.h"

#include "core/trace/snapshotbuilder.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace meshscope::coreqt {

namespace {

gossipsub::MsgIdFunction msgIdOf(const sim::Scenario& s)
{
    return s.signing ? gossipsub::MsgIdFunction::Go : gossipsub::MsgIdFunction::Content; // as Network::join
}

std::string addressOf(const sim::SimNode& n)
{
    const bool v6 = n.ip.find(':') != std::string::npos;
    return (v6 ? "/ip6/" : "/ip4/") + n.ip + "/tcp/4001";
}

} // namespace

SimHost::SimHost(const sim::Scenario& scenario, QObject* parent)
    : ObservationSource(parent)
    , m_scenario(scenario)
    // On every core: the views read the network between steps, when its lanes are idle.
    , m_network(std::make_unique<sim::Network>(scenario, std::max(1u, std::thread::hardware_concurrency())))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &SimHost::onTick);
    m_network->observe(m_observed);
    resetTracer();
}

SimHost::~SimHost() = default;

QString SimHost::description() const
{
    return QStringLiteral("simulation %1 (%2 nodes, node %3)")
        .arg(QString::fromStdString(m_scenario.name))
        .arg(m_network->size())
        .arg(m_observed);
}

void SimHost::setSpeed(double speed)
{
    m_speed = speed < 0 || !std::isfinite(speed) ? 1.0 : speed;
}

void SimHost::setObservedNode(std::uint32_t node)
{
    if (m_network->size() == 0)
        return;
    m_observed = std::min<std::uint32_t>(node, static_cast<std::uint32_t>(m_network->size() - 1));
    m_network->observe(m_observed);
    resetTracer();
}

void SimHost::resetTracer()
{
    m_tracer = std::make_unique<trace::RouterTracer>(m_network->node(m_observed).id, msgIdOf(m_scenario));
    m_tally = {};
}

double SimHost::virtualSeconds() const
{
    return static_cast<double>(toNanos(m_network->now())) / 1e9;
}

void SimHost::start()
{
    if (m_timer.isActive() || done())
        return;
    m_wall.start();
    m_timer.start();
    Q_EMIT runningChanged(true);
}

void SimHost::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_carryNs = 0;
    Q_EMIT runningChanged(false);
}

void SimHost::onTick()
{
    const qint64 wallNs = m_wall.nsecsElapsed();
    m_wall.restart();
    if (m_speed > 0) {
        // Virtual time owed, capped at 2 s of wall time so a stalled event loop does not jump.
        m_carryNs += static_cast<double>(std::min<qint64>(wallNs, 2'000'000'000)) * m_speed;
        const auto step = static_cast<std::int64_t>(m_carryNs);
        m_carryNs -= static_cast<double>(step);
        advance(Duration(step));
    } else {
        QElapsedTimer budget;
        budget.start();
        while (!done() && budget.elapsed() < kFastBudgetMs)
            m_network->runUntil(std::min(m_network->now() + std::chrono::milliseconds(20), m_network->end()));
        advance(Duration(0));
    }
    if (done()) {
        stop();
        Q_EMIT finished();
    }
}

void SimHost::advance(Duration elapsed)
{
    const TimePoint target = std::min(m_network->now() + elapsed, m_network->end());
    if (target > m_network->now())
        m_network->runUntil(target);
    emitObservations();
    const double total = static_cast<double>(m_scenario.duration.count());
    Q_EMIT progressed(total > 0 ? std::min(1.0, static_cast<double>(toNanos(m_network->now())) / total) : 1.0);
}

void SimHost::emitObservations()
{
    const TimePoint now = m_network->now();
    auto raw = m_network->takeObservedEvents();
    std::vector<trace::TraceEvent> events;
    for (const auto& ev : raw) {
        m_tally.apply(ev);
        if (events.size() >= kMaxEventsPerBatch) {
            ++m_droppedEvents;
            continue;
        }
        m_tracer->map(ev, events);
    }
    const sim::SimNode& n = m_network->node(m_observed);
    const auto nowNs = static_cast<std::uint64_t>(toNanos(now));
    if (n.score && n.router && nowNs >= m_lastScoreUpdateNs + 1'000'000'000ULL) {
        m_lastScoreUpdateNs = nowNs;
        auto updates = m_tracer->scoreUpdates(n.score->breakdown(now), n.score->params(), now);
        std::move(updates.begin(), updates.end(), std::back_inserter(events));
    }
    if (!events.empty()) {
        TraceBatch batch;
        batch.events = std::make_shared<const std::vector<trace::TraceEvent>>(std::move(events));
        batch.sequence = ++m_batchSeq;
        Q_EMIT eventsAvailable(batch);
    }
    Q_EMIT snapshotAvailable(snapshot());
}

trace::NodeSnapshot SimHost::snapshot()
{
    const TimePoint now = m_network->now();
    const sim::SimNode& n = m_network->node(m_observed);
    trace::SnapshotInputs in;
    in.now = now;
    in.peerId = n.id.toBase58();
    in.listenAddrs = {addressOf(n)};
    in.agent = "meshscope-sim";
    in.sequence = ++m_snapshotSeq;
    std::map<gossipsub::PeerId, trace::HostPeerInfo> hostPeers;
    for (const auto& link : n.links) {
        const sim::SimNode& other = m_network->node(link.peer);
        trace::HostPeerInfo info;
        info.address = addressOf(other);
        info.agent = other.honest ? "meshscope-sim" : "meshscope-sim/" + std::string(sim::behaviourName(other.behaviour));
        info.direction = link.outbound ? trace::PeerDirection::Outbound : trace::PeerDirection::Inbound;
        hostPeers.emplace(other.id, std::move(info));
    }
    in.hostPeers = &hostPeers;
    in.tallies = &m_tally.tallies();
    in.hostCounters.bytesIn = n.bytesReceived;
    in.hostCounters.bytesOut = n.bytesSent;
    if (!n.router) // the node is down (churn): an empty view
        return trace::buildSnapshot(in);
    const auto state = n.router->state(now);
    in.router = &state;
    in.params = &n.router->params();
    std::vector<gossipsub::PeerScoreBreakdown> scores;
    if (n.score) {
        scores = n.score->breakdown(now);
        in.scores = &scores;
        in.scoreParams = &n.score->params();
        in.thresholds = &n.score->thresholds();
    }
    return trace::buildSnapshot(in);
}

void SimHost::applyParams(quint64 requestId, const ParamsUpdate& update)
{
    if (m_paramsTarget && *m_paramsTarget >= m_network->size()) {
        Q_EMIT commandFinished(requestId, false, QStringLiteral("node %1 does not exist").arg(*m_paramsTarget));
        return;
    }
    const auto st = m_network->setParams(m_paramsTarget, update.params, update.scoreParams, update.thresholds);
    if (!st) {
        Q_EMIT commandFinished(requestId, false, QString::fromStdString(st.error().message));
        return;
    }
    Q_EMIT commandFinished(requestId, true,
                           m_paramsTarget ? QStringLiteral("applied to node %1").arg(*m_paramsTarget)
                                          : QStringLiteral("applied to all %1 nodes").arg(m_network->size()));
}

} // namespace meshscope::coreqt
