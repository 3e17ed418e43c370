// NodeWorker: commands from NodeHost, run on the node thread, each answered once.
#include "core/qt/nodehostworker.h"

#include "core/base/bytes.h"
#include "core/qt/clock.h"
#include "core/qt/tcphost.h"

namespace meshscope::coreqt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
} // namespace

void NodeWorker::run(const NodeHost::NodeTask& task)
{
    if (!m_node)
        return;
    task(*m_node, *m_tcp, steadyNow());
    afterNode();
    m_tcp->pump();
}

void NodeWorker::dial(quint64 requestId, const QString& multiaddr)
{
    if (!m_node)
        return finish(requestId, false, NodeHost::tr("the node is not running"));
    auto addr = multiformats::Multiaddr::fromString(multiaddr.trimmed().toStdString());
    if (!addr)
        return finish(requestId, false, qs(addr.error().message));
    auto peer = addr.value().peerId();
    if (!peer)
        return finish(requestId, false, NodeHost::tr("the address has no /p2p/<peer id>"));
    const auto connected = m_tcp->host().connectedPeers();
    if (std::find(connected.begin(), connected.end(), *peer) != connected.end())
        return finish(requestId, true, NodeHost::tr("already connected"));
    auto& waiting = m_dialRequests[*peer];
    if (waiting.size() < 64)
        waiting.push_back(requestId);
    else
        finish(requestId, false, NodeHost::tr("too many dials pending for this peer"));
    m_tcp->dial(addr.value()); // peerConnected or dialFailed settles the request
    m_tcp->pump();
}

void NodeWorker::disconnectPeer(quint64 requestId, const QString& peerId)
{
    if (!m_node)
        return finish(requestId, false, NodeHost::tr("the node is not running"));
    auto peer = multiformats::PeerId::fromString(peerId.trimmed().toStdString());
    if (!peer)
        return finish(requestId, false, qs(peer.error().message));
    m_tcp->disconnect(peer.value(), QStringLiteral("disconnected by the user"));
    afterNode();
    m_tcp->pump();
    finish(requestId, true, NodeHost::tr("disconnected"));
}

void NodeWorker::subscribe(quint64 requestId, const QString& topic, bool join)
{
    if (!m_node)
        return finish(requestId, false, NodeHost::tr("the node is not running"));
    if (topic.isEmpty())
        return finish(requestId, false, NodeHost::tr("the topic is empty"));
    if (join)
        m_node->subscribe(topic.toStdString(), steadyNow());
    else
        m_node->unsubscribe(topic.toStdString(), steadyNow());
    afterNode();
    m_tcp->pump();
    finish(requestId, true, join ? NodeHost::tr("subscribed") : NodeHost::tr("unsubscribed"));
}

void NodeWorker::publish(quint64 requestId, const QString& topic, const QByteArray& data)
{
    if (!m_node)
        return finish(requestId, false, NodeHost::tr("the node is not running"));
    if (topic.isEmpty())
        return finish(requestId, false, NodeHost::tr("the topic is empty"));
    Bytes bytes(data.begin(), data.end());
    auto id = m_node->publish(topic.toStdString(), bytes, steadyNow());
    afterNode();
    m_tcp->pump();
    if (!id)
        return finish(requestId, false, qs(id.error().message));
    const QByteArray raw(id.value().data(), static_cast<qsizetype>(id.value().size()));
    Q_EMIT m_owner.published(requestId, topic, raw);
    finish(requestId, true, QString::fromLatin1(raw.toHex()));
}

void NodeWorker::applyParams(quint64 requestId, const ParamsUpdate& update)
{
    if (!m_node)
        return finish(requestId, false, NodeHost::tr("the node is not running"));
    auto profile = m_node->config().profile;
    if (update.params)
        profile.gossipsub = *update.params;
    if (update.scoreParams)
        profile.score = *update.scoreParams;
    if (update.thresholds)
        profile.thresholds = *update.thresholds;
    auto st = m_node->applyProfile(profile, steadyNow());
    afterNode();
    m_tcp->pump();
    if (!st)
        return finish(requestId, false, qs(st.error().message));
    finish(requestId, true, NodeHost::tr("parameters applied"));
}

void NodeWorker::directPeer(quint64 requestId, const QString& text, bool add)
{
    if (!m_node)
        return finish(requestId, false, NodeHost::tr("the node is not running"));
    const TimePoint now = steadyNow();
    if (!add) {
        auto peer = multiformats::PeerId::fromString(text.trimmed().toStdString());
        if (!peer)
            return finish(requestId, false, qs(peer.error().message));
        m_node->removeDirectPeer(peer.value(), now);
        afterNode();
        m_tcp->pump();
        return finish(requestId, true, NodeHost::tr("direct peer removed"));
    }
    auto addr = multiformats::Multiaddr::fromString(text.trimmed().toStdString());
    if (!addr)
        return finish(requestId, false, qs(addr.error().message));
    auto peer = addr.value().peerId();
    if (!peer)
        return finish(requestId, false, NodeHost::tr("the address has no /p2p/<peer id>"));
    m_node->addDirectPeer(*peer, {addr.value()}, now);
    const auto connected = m_tcp->host().connectedPeers();
    if (std::find(connected.begin(), connected.end(), *peer) == connected.end())
        m_tcp->dial(addr.value());
    afterNode();
    m_tcp->pump();
    finish(requestId, true, NodeHost::tr("direct peer added"));
}

} // namespace meshscope::coreqt
