// NodeHost: the facade living on the creating thread (commands, thread-safe info, batch acks).
// The node itself runs in NodeWorker (nodehostworker.cpp) on the node thread.
#include "core/qt/nodehost.h"

#include "core/qt/metatypes.h"
#include "core/qt/metricsserver.h"
#include "core/qt/nodehostworker.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>

namespace meshscope::coreqt {

NodeHost::NodeHost(NodeHostConfig config, QObject* parent)
    : ObservationSource(parent)
    , m_config(std::move(config))
{
    registerMetaTypes();
    qRegisterMetaType<std::shared_ptr<const NodeOutput>>("std::shared_ptr<const meshscope::coreqt::NodeOutput>");
}

NodeHost::~NodeHost()
{
    stop();
}

QString NodeHost::description() const
{
    const auto id = peerId();
    return id.isEmpty() ? tr("live node") : tr("live node %1").arg(id);
}

QStringList NodeHost::listenAddrs() const
{
    QMutexLocker lock(&m_infoMutex);
    return m_listenAddrs;
}

QString NodeHost::peerId() const
{
    QMutexLocker lock(&m_infoMutex);
    return m_peerId;
}

void NodeHost::setInfo(const QStringList& addrs, const QString& peer)
{
    QMutexLocker lock(&m_infoMutex);
    m_listenAddrs = addrs;
    m_peerId = peer;
}

void NodeHost::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("meshscope-node"));
    m_worker = new NodeWorker(*this, m_config);
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    post([w = m_worker] { w->startNode(); });
}

void NodeHost::stop()
{
    if (!m_thread)
        return;
    NodeWorker* worker = std::exchange(m_worker, nullptr);
    QMetaObject::invokeMethod(
        worker, [worker] {
            worker->shutdown();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    setInfo({}, {});
    Q_EMIT finished();
}

void NodeHost::post(std::function<void()> fn)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, std::move(fn), Qt::QueuedConnection);
}

void NodeHost::batchEmitted()
{
    // Called on the node thread right after emitting a batch: the decrement runs on our thread
    // behind the batch's own queued delivery to consumers living here.
    QMetaObject::invokeMethod(this, [this] { m_inFlight.fetch_sub(1); }, Qt::QueuedConnection);
}

void NodeHost::runOnNode(NodeTask task)
{
    post([w = m_worker, task = std::move(task)] { w->run(task); });
}

void NodeHost::attachMetrics(MetricsServer* server)
{
    connect(this, &NodeHost::snapshotAvailable, server, &MetricsServer::updateSnapshot);
}

namespace {
// Answers a command when the node is not running.
bool notRunning(NodeHost* self, NodeWorker* worker, quint64 requestId)
{
    if (worker)
        return false;
    Q_EMIT self->commandFinished(requestId, false, NodeHost::tr("the node is not running"));
    return true;
}
} // namespace

void NodeHost::dial(quint64 requestId, const QString& multiaddr)
{
    if (!notRunning(this, m_worker, requestId))
        post([w = m_worker, requestId, multiaddr] { w->dial(requestId, multiaddr); });
}

void NodeHost::disconnectPeer(quint64 requestId, const QString& peerId)
{
    if (!notRunning(this, m_worker, requestId))
        post([w = m_worker, requestId, peerId] { w->disconnectPeer(requestId, peerId); });
}

void NodeHost::subscribe(quint64 requestId, const QString& topic)
{
    if (!notRunning(this, m_worker, requestId))
        post([w = m_worker, requestId, topic] { w->subscribe(requestId, topic, true); });
}

void NodeHost::unsubscribe(quint64 requestId, const QString& topic)
{
    if (!notRunning(this, m_worker, requestId))
        post([w = m_worker, requestId, topic] { w->subscribe(requestId, topic, false); });
}

void NodeHost::publish(quint64 requestId, const QString& topic, const QByteArray& data)
{
    if (!notRunning(this, m_worker, requestId))
        post([w = m_worker, requestId, topic, data] { w->publish(requestId, topic, data); });
}

void NodeHost::applyParams(quint64 requestId, const ParamsUpdate& update)
{
    if (!notRunning(this, m_worker, requestId))
        post([w = m_worker, requestId, update] { w->applyParams(requestId, update); });
}

void NodeHost::addDirectPeer(quint64 requestId, const QString& multiaddr)
{
    if (!notRunning(this, m_worker, requestId))
        post([w = m_worker, requestId, multiaddr] { w->directPeer(requestId, multiaddr, true); });
}

void NodeHost::removeDirectPeer(quint64 requestId, const QString& peerId)
{
    if (!notRunning(this, m_worker, requestId))
        post([w = m_worker, requestId, peerId] { w->directPeer(requestId, peerId, false); });
}

} // namespace meshscope::coreqt
