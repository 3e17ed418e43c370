#include "app/cli/jsonevents.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace meshscope::cli {
namespace {

QJsonObject make(const char* name)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QString::fromLatin1(name));
    return o;
}

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

// Three decimals are plenty for milliseconds and keep lines short.
double roundMs(double ms) { return std::round(ms * 1000.0) / 1000.0; }

void insertPeer(QJsonObject& o, const PeerInfo& peer)
{
    o.insert(QStringLiteral("peer_id"), peer.peerId);
    o.insert(QStringLiteral("direction"), peer.direction);
    o.insert(QStringLiteral("addr"), peer.addr);
}

} // namespace

namespace events {

QJsonObject listening(const QString& peerId, const QStringList& addrs)
{
    QJsonObject o = make("listening");
    o.insert(QStringLiteral("peer_id"), peerId);
    o.insert(QStringLiteral("addrs"), QJsonArray::fromStringList(addrs));
    return o;
}

QJsonObject peerConnected(const PeerInfo& peer)
{
    QJsonObject o = make("peer_connected");
    insertPeer(o, peer);
    o.insert(QStringLiteral("agent"), peer.agent);
    o.insert(QStringLiteral("protocols"), QJsonArray::fromStringList(peer.protocols));
    o.insert(QStringLiteral("muxer"), peer.muxer);
    return o;
}

QJsonObject peerDisconnected(const PeerInfo& peer, const QString& reason)
{
    QJsonObject o = make("peer_disconnected");
    insertPeer(o, peer);
    o.insert(QStringLiteral("reason"), reason);
    return o;
}

QJsonObject ping(const QString& peerId, double rttMs)
{
    QJsonObject o = make("ping");
    o.insert(QStringLiteral("peer_id"), peerId);
    o.insert(QStringLiteral("rtt_ms"), roundMs(rttMs));
    return o;
}

QJsonObject pingFailed(const QString& peerId, const QString& reason)
{
    QJsonObject o = make("ping_failed");
    o.insert(QStringLiteral("peer_id"), peerId);
    o.insert(QStringLiteral("reason"), reason);
    return o;
}

QJsonObject dialFailed(const QString& addr, const QString& reason)
{
    QJsonObject o = make("dial_failed");
    o.insert(QStringLiteral("addr"), addr);
    o.insert(QStringLiteral("reason"), reason);
    return o;
}

QJsonObject warning(const QString& message)
{
    QJsonObject o = make("warning");
    o.insert(QStringLiteral("message"), message);
    return o;
}

QJsonObject summary(const Summary& s)
{
    QJsonObject o = make("summary");
    o.insert(QStringLiteral("peer_id"), s.peerId);
    o.insert(QStringLiteral("uptime_s"), roundMs(s.uptimeSeconds));
    o.insert(QStringLiteral("connections"), s.connections);
    o.insert(QStringLiteral("disconnections"), s.disconnections);
    o.insert(QStringLiteral("connected_at_exit"), s.connectedAtExit);
    o.insert(QStringLiteral("pings"), s.pings);
    o.insert(QStringLiteral("ping_failures"), s.pingFailures);
    o.insert(QStringLiteral("dial_failures"), s.dialFailures);
    return o;
}

} // namespace events

QByteArray toJsonLine(const QJsonObject& event)
{
    QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

QString toHumanLine(const QJsonObject& event)
{
    const QString name = str(event, "event");
    if (name == QStringLiteral("listening")) {
        QStringList addrs;
        for (const QJsonValue& a : event.value(QStringLiteral("addrs")).toArray())
            addrs << a.toString();
        return QStringLiteral("listening as %1 on %2").arg(str(event, "peer_id"), addrs.join(QStringLiteral(" ")));
    }
    if (name == QStringLiteral("peer_connected")) {
        QStringList protocols;
        for (const QJsonValue& p : event.value(QStringLiteral("protocols")).toArray())
            protocols << p.toString();
        const QString agent = str(event, "agent");
        return QStringLiteral("connected %1 (%2, %3, %4) agent \"%5\" protocols %6")
            .arg(str(event, "peer_id"), str(event, "direction"), str(event, "addr"), str(event, "muxer"),
                 agent.isEmpty() ? QStringLiteral("?") : agent, protocols.join(QLatin1Char(' ')));
    }
    if (name == QStringLiteral("peer_disconnected"))
        return QStringLiteral("disconnected %1 (%2)").arg(str(event, "peer_id"), str(event, "reason"));
    if (name == QStringLiteral("ping"))
        return QStringLiteral("ping %1 %2 ms")
            .arg(str(event, "peer_id"))
            .arg(event.value(QStringLiteral("rtt_ms")).toDouble(), 0, 'f', 3);
    if (name == QStringLiteral("ping_failed"))
        return QStringLiteral("ping %1 failed: %2").arg(str(event, "peer_id"), str(event, "reason"));
    if (name == QStringLiteral("dial_failed"))
        return QStringLiteral("dial %1 failed: %2").arg(str(event, "addr"), str(event, "reason"));
    if (name == QStringLiteral("warning"))
        return QStringLiteral("warning: %1").arg(str(event, "message"));
    if (name == QStringLiteral("summary"))
        return QStringLiteral("summary: %1 s up, %2 connections, %3 disconnections, %4 still connected, %5 pings "
                              "(%6 failed), %7 failed dials")
            .arg(event.value(QStringLiteral("uptime_s")).toDouble(), 0, 'f', 1)
            .arg(event.value(QStringLiteral("connections")).toInt())
            .arg(event.value(QStringLiteral("disconnections")).toInt())
            .arg(event.value(QStringLiteral("connected_at_exit")).toInt())
            .arg(event.value(QStringLiteral("pings")).toInt())
            .arg(event.value(QStringLiteral("ping_failures")).toInt())
            .arg(event.value(QStringLiteral("dial_failures")).toInt());
    // Unknown events: key=value pairs, so new events print something sensible.
    QStringList parts{name};
    for (auto it = event.begin(); it != event.end(); ++it)
        if (it.key() != QStringLiteral("event"))
            parts << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
    return parts.join(QLatin1Char(' '));
}

void EventWriter::write(const QJsonObject& event)
{
    const QByteArray bytes = m_json ? toJsonLine(event) : (toHumanLine(event) + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), m_out);
    std::fflush(m_out);
}

} // namespace meshscope::cli
