#include "app/cli/jsonevents.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cmath>
#include <unistd.h>

namespace meshscope::cli {
namespace {

QJsonObject make(const char* name)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QString::fromLatin1(name));
    return o;
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// Three decimals are plenty for milliseconds and keep lines short.
double roundMs(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

void insertPeer(QJsonObject& o, const PeerInfo& peer)
{
    o.insert(QStringLiteral("peer_id"), peer.peerId);
    o.insert(QStringLiteral("direction"), peer.direction);
    o.insert(QStringLiteral("addr"), peer.addr);
}

} // namespace

QString seqnoText(const QByteArray& seqno)
{
    if (seqno.size() != 8)
        return QString::fromLatin1(seqno.toHex());
    std::uint64_t v = 0;
    for (char c : seqno)
        v = (v << 8) | static_cast<std::uint8_t>(c);
    return QString::number(v);
}

bool isValidUtf8(const QByteArray& data)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const auto n = static_cast<std::size_t>(data.size());
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07u;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        const std::uint32_t minimum = len == 2 ? 0x80u : len == 3 ? 0x800u : 0x10000u;
        if (cp < minimum || cp > 0x10FFFFu || (cp >= 0xD800u && cp <= 0xDFFFu))
            return false;
        i += len;
    }
    return true;
}

namespace {

// data_utf8 when the payload is text, data_hex otherwise.
void insertData(QJsonObject& o, const QByteArray& data)
{
    if (isValidUtf8(data))
        o.insert(QStringLiteral("data_utf8"), QString::fromUtf8(data));
    else
        o.insert(QStringLiteral("data_hex"), QString::fromLatin1(data.toHex()));
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
    o.insert(QStringLiteral("messages"), s.messages);
    o.insert(QStringLiteral("published"), s.published);
    o.insert(QStringLiteral("publish_failures"), s.publishFailures);
    o.insert(QStringLiteral("rejected"), s.rejected);
    o.insert(QStringLiteral("grafts_sent"), s.graftsSent);
    o.insert(QStringLiteral("grafts_received"), s.graftsReceived);
    o.insert(QStringLiteral("prunes_sent"), s.prunesSent);
    o.insert(QStringLiteral("prunes_received"), s.prunesReceived);
    return o;
}

QJsonObject subscribed(const QString& topic)
{
    QJsonObject o = make("subscribed");
    o.insert(QStringLiteral("topic"), topic);
    return o;
}

QJsonObject peerSubscription(const QString& peerId, const QString& topic, bool isSubscribed)
{
    QJsonObject o = make(isSubscribed ? "peer_subscribed" : "peer_unsubscribed");
    o.insert(QStringLiteral("peer_id"), peerId);
    o.insert(QStringLiteral("topic"), topic);
    return o;
}

QJsonObject graftPrune(bool graft, const QString& peerId, const QString& topic, bool sent)
{
    QJsonObject o = make(graft ? "graft" : "prune");
    o.insert(QStringLiteral("peer_id"), peerId);
    o.insert(QStringLiteral("topic"), topic);
    o.insert(QStringLiteral("direction"), sent ? QStringLiteral("sent") : QStringLiteral("received"));
    return o;
}

QJsonObject message(const MessageInfo& m)
{
    QJsonObject o = make("message");
    o.insert(QStringLiteral("topic"), m.topic);
    o.insert(QStringLiteral("from"), m.from.isEmpty() ? QJsonValue() : QJsonValue(m.from));
    o.insert(QStringLiteral("seqno"), m.seqno.isEmpty() ? QJsonValue() : QJsonValue(seqnoText(m.seqno)));
    o.insert(QStringLiteral("msg_id"), QString::fromLatin1(m.msgId.toHex()));
    o.insert(QStringLiteral("received_from"), m.receivedFrom);
    insertData(o, m.data);
    return o;
}

QJsonObject published(const QString& topic, const QByteArray& msgId, int index, const QByteArray& data)
{
    QJsonObject o = make("published");
    o.insert(QStringLiteral("topic"), topic);
    o.insert(QStringLiteral("msg_id"), QString::fromLatin1(msgId.toHex()));
    o.insert(QStringLiteral("index"), index);
    insertData(o, data);
    return o;
}

QJsonObject publishFailed(const QString& topic, int index, const QString& reason)
{
    QJsonObject o = make("publish_failed");
    o.insert(QStringLiteral("topic"), topic);
    o.insert(QStringLiteral("index"), index);
    o.insert(QStringLiteral("reason"), reason);
    return o;
}

QJsonObject rejected(
    const QString& peerId, const QString& topic, const QByteArray& msgId, const QString& reason)
{
    QJsonObject o = make("rejected");
    o.insert(QStringLiteral("peer_id"), peerId);
    o.insert(QStringLiteral("topic"), topic);
    o.insert(QStringLiteral("msg_id"), QString::fromLatin1(msgId.toHex()));
    o.insert(QStringLiteral("reason"), reason);
    return o;
}

QJsonObject stats(const StatsInfo& s)
{
    QJsonObject o = make("stats");
    o.insert(QStringLiteral("peers"), s.peers);
    QJsonObject mesh;
    for (const auto& [topic, n] : s.mesh)
        mesh.insert(topic, n);
    o.insert(QStringLiteral("mesh"), mesh);
    QJsonObject fanout;
    for (const auto& [topic, n] : s.fanout)
        fanout.insert(topic, n);
    o.insert(QStringLiteral("fanout"), fanout);
    QJsonObject counters;
    for (const auto& [name, n] : s.counters)
        counters.insert(name, static_cast<double>(n));
    o.insert(QStringLiteral("counters"), counters);
    QJsonObject scores;
    for (const auto& [peer, score] : s.scores)
        scores.insert(
            peer, std::isfinite(score) ? QJsonValue(score) : QJsonValue(score < 0 ? -1e300 : 1e300));
    o.insert(QStringLiteral("scores"), scores);
    return o;
}

} // namespace events

QByteArray toJsonLine(const QJsonObject& event)
{
    QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
    line.append('\n');
    return line;
}

namespace {

// Appends `text` as a JSON string the way QJsonDocument writes it: '"', '\\' and controls escaped
// (\b \f \n \r \t, others \u00xx), everything else as UTF-8.
void appendJsonString(QByteArray& out, const QByteArray& utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != '"' && u != '\\') {
            out.append(c);
            continue;
        }
        out.append('\\');
        switch (u) {
        case '"':
            out.append('"');
            break;
        case '\\':
            out.append('\\');
            break;
        case '\b':
            out.append('b');
            break;
        case '\f':
            out.append('f');
            break;
        case '\n':
            out.append('n');
            break;
        case '\r':
            out.append('r');
            break;
        case '\t':
            out.append('t');
            break;
        default:
            out.append("u00");
            out.append(kHex[u >> 4]);
            out.append(kHex[u & 0xF]);
        }
    }
    out.append('"');
}

} // namespace

QByteArray messageJsonLine(const MessageInfo& m)
{
    QByteArray out;
    out.reserve(160 + m.data.size() * 2 + m.topic.size() + m.msgId.size() * 2);
    if (isValidUtf8(m.data)) {
        out.append("{\"data_utf8\":");
        appendJsonString(out, m.data);
    } else {
        out.append("{\"data_hex\":\"");
        out.append(m.data.toHex());
        out.append('"');
    }
    out.append(",\"event\":\"message\",\"from\":");
    if (m.from.isEmpty())
        out.append("null");
    else
        appendJsonString(out, m.from.toUtf8());
    out.append(",\"msg_id\":\"");
    out.append(m.msgId.toHex());
    out.append("\",\"received_from\":");
    appendJsonString(out, m.receivedFrom.toUtf8());
    out.append(",\"seqno\":");
    if (m.seqno.isEmpty())
        out.append("null");
    else
        appendJsonString(out, seqnoText(m.seqno).toUtf8());
    out.append(",\"topic\":");
    appendJsonString(out, m.topic.toUtf8());
    out.append("}\n");
    return out;
}

QString toHumanLine(const QJsonObject& event)
{
    const QString name = str(event, "event");
    if (name == QStringLiteral("listening")) {
        QStringList addrs;
        for (const QJsonValue& a : event.value(QStringLiteral("addrs")).toArray())
            addrs << a.toString();
        return QStringLiteral("listening as %1 on %2")
            .arg(str(event, "peer_id"), addrs.join(QStringLiteral(" ")));
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
        return QStringLiteral(
            "summary: %1 s up, %2 connections, %3 disconnections, %4 still connected, %5 pings "
            "(%6 failed), %7 failed dials")
            .arg(event.value(QStringLiteral("uptime_s")).toDouble(), 0, 'f', 1)
            .arg(event.value(QStringLiteral("connections")).toInt())
            .arg(event.value(QStringLiteral("disconnections")).toInt())
            .arg(event.value(QStringLiteral("connected_at_exit")).toInt())
            .arg(event.value(QStringLiteral("pings")).toInt())
            .arg(event.value(QStringLiteral("ping_failures")).toInt())
            .arg(event.value(QStringLiteral("dial_failures")).toInt());
    // Unknown events: key=value pairs, so new events print something sensible.
    QStringList parts { name };
    for (auto it = event.begin(); it != event.end(); ++it)
        if (it.key() != QStringLiteral("event"))
            parts << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
    return parts.join(QLatin1Char(' '));
}

EventWriter::EventWriter(bool json, std::FILE* out)
    : m_json(json)
    , m_out(out)
{
    // Into a pipe or file, message lines at thousands a second: 64 KiB per write() instead of
    // stdio's 4 KiB (rare events still flush at once, message lines within kFlushDelayMs).
    // glibc ignores the size when setvbuf() gets no buffer, so stdout gets one that lives as long as
    // stdout does (other streams keep stdio's own).
    static char stdoutBuffer[std::size_t { 1 } << 16];
    if (out == stdout && ::isatty(::fileno(out)) == 0)
        std::setvbuf(out, stdoutBuffer, _IOFBF, sizeof stdoutBuffer);
    m_timer = std::make_unique<QTimer>();
    m_timer->setSingleShot(true);
    m_timer->setInterval(kFlushDelayMs);
    QObject::connect(m_timer.get(), &QTimer::timeout, [this] { std::fflush(m_out); });
}

EventWriter::~EventWriter()
{
    std::fflush(m_out);
}

void EventWriter::flush()
{
    m_timer->stop();
    std::fflush(m_out);
}

void EventWriter::write(const QJsonObject& event)
{
    const QByteArray bytes = m_json ? toJsonLine(event) : (toHumanLine(event) + QLatin1Char('\n')).toUtf8();
    const QString name = event.value(QStringLiteral("event")).toString();
    put(bytes, name == QStringLiteral("message") || name == QStringLiteral("published"));
}

void EventWriter::writeMessage(const MessageInfo& m)
{
    if (!m_json) {
        write(events::message(m));
        return;
    }
    put(messageJsonLine(m), true);
}

void EventWriter::put(const QByteArray& line, bool hot)
{
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), m_out);
    if (!hot || QCoreApplication::instance() == nullptr)
        flush();
    else if (!m_timer->isActive())
        m_timer->start();
}

} // namespace meshscope::cli
