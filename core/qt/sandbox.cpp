// Sandbox: the facade on the GUI thread and the sandbox profile. Peers: sandboxworker.cpp.
#include "core/qt/sandbox.h"

#include "core/gossipsub/presets.h"
#include "core/node/node.h"
#include "core/qt/nodehost.h"
#include "core/qt/sandboxworker.h"

#include <QMetaObject>
#include <QThread>

namespace meshscope::coreqt {

namespace {
// Request ids of the commands the sandbox sends to the observed node (high, out of a GUI's way).
constexpr quint64 kRequestBase = 0xfff0'0000'0000'0000ULL;
} // namespace

Sandbox::Sandbox(QObject* parent)
    : Sandbox(SandboxConfig {}, parent)
{ }

Sandbox::Sandbox(SandboxConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

Sandbox::~Sandbox()
{
    stop();
}

gossipsub::GossipsubProfile Sandbox::profile(const QStringList& topics)
{
    auto p = gossipsub::libp2pScoredPreset();
    for (const auto& t : topics) {
        gossipsub::TopicScoreParams tp;
        tp.topicWeight = 1.0;
        tp.timeInMeshWeight = 0.1; // P1: a point per 10 s in the mesh
        tp.timeInMeshQuantum = std::chrono::seconds(1);
        tp.timeInMeshCap = 100.0;
        tp.firstMessageDeliveriesWeight = 1.0; // P2: honest publishers and relays gain
        tp.firstMessageDeliveriesDecay = 0.9;
        tp.firstMessageDeliveriesCap = 50.0;
        tp.meshMessageDeliveriesWeight = 0.0; // P3/P3b off: sandbox rates are too low for them
        tp.meshFailurePenaltyWeight = 0.0;
        tp.invalidMessageDeliveriesWeight = -20.0; // P4: forged signatures sink a peer fast
        tp.invalidMessageDeliveriesDecay = 0.9;
        p.score.topics[t.toStdString()] = tp;
    }
    return p;
}

void Sandbox::start(NodeHost& observed)
{
    if (m_worker)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("meshscope-sandbox"));
    m_worker = new SandboxWorker(m_config);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    const QStringList observedAddrs = observed.listenAddrs();
    // The peers identify messages and sign as the observed node does: with another message id
    // function every id in its IHAVE/IWANT would be foreign to them, so each IWANT answer would
    // leave its promise unfulfilled (P7 for every honest peer, mass prunes with 60 s backoffs).
    const auto msgId = observed.config().node.msgId;
    const auto signPolicy = observed.config().node.signPolicy;
    QStringList addrs;
    QMetaObject::invokeMethod(
        m_worker,
        [this, &addrs, observedAddrs, msgId, signPolicy] {
            addrs = m_worker->startPeers(observedAddrs, msgId, signPolicy);
        },
        Qt::BlockingQueuedConnection);
    m_addrs = addrs;

    const auto prof = profile(m_config.topics);
    ParamsUpdate update;
    update.params = prof.gossipsub;
    update.scoreParams = prof.score;
    update.thresholds = prof.thresholds;
    quint64 request = kRequestBase;
    observed.applyParams(request++, update);
    for (const auto& t : m_config.topics)
        observed.subscribe(request++, t);
    for (const auto& a : m_addrs)
        observed.dial(request++, a);
    Q_EMIT started(m_addrs);
}

void Sandbox::stop()
{
    if (!m_worker)
        return;
    SandboxWorker* worker = std::exchange(m_worker, nullptr);
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->shutdown();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_addrs.clear();
    Q_EMIT stopped();
}

} // namespace meshscope::coreqt
