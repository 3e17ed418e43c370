// MetricsServer: GET /metrics over a minimal HTTP/1.1.
#include "core/qt/metricsserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace meshscope::coreqt {

MetricsServer::MetricsServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::onNewConnection);
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server.listen(address, port)) {
        m_error = m_server.errorString();
        return false;
    }
    return true;
}

bool MetricsServer::listen(const QString& hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        m_error = tr("expected HOST:PORT, got '%1'").arg(hostPort);
        return false;
    }
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = hostPort.mid(colon + 1).toUInt(&ok);
    QHostAddress address;
    if (!ok || port > 65535 || !address.setAddress(host)) {
        m_error = tr("expected HOST:PORT with a numeric address, got '%1'").arg(hostPort);
        return false;
    }
    return listen(address, static_cast<quint16>(port));
}

void MetricsServer::updateSnapshot(const trace::NodeSnapshot& snapshot)
{
    m_snapshot = snapshot;
}

void MetricsServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        if (m_open >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        QPointer<QTcpSocket> guard(socket);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        QTimer::singleShot(m_timeoutMs, socket, [this, guard] {
            if (guard && guard->property("answered").isNull())
                respond(guard, 408, "Request Timeout", "request timeout\n");
        });
    }
}

void MetricsServer::onReadyRead(QTcpSocket* socket)
{
    if (!socket->property("answered").isNull()) {
        socket->readAll(); // ignore anything after the request we answered
        return;
    }
    QByteArray head = socket->property("head").toByteArray();
    head += socket->read(kMaxRequestBytes + 1 - head.size());
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxRequestBytes)
            respond(socket, 400, "Bad Request", "request head too large\n");
        else
            socket->setProperty("head", head);
        return;
    }
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || parts[1].isEmpty() || !parts[1].startsWith('/')) {
        respond(socket, 400, "Bad Request", "malformed request line\n");
        return;
    }
    for (char c : requestLine) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e) {
            respond(socket, 400, "Bad Request", "malformed request line\n");
            return;
        }
    }
    QByteArray path = parts[1];
    if (const auto q = path.indexOf('?'); q >= 0)
        path.truncate(q);
    if (parts[0] != "GET" && parts[0] != "HEAD") {
        respond(socket, 405, "Method Not Allowed", "only GET\n");
        return;
    }
    if (path != "/metrics") {
        respond(socket, 404, "Not Found", "not found; try /metrics\n");
        return;
    }
    const std::string text = trace::prometheusText(m_snapshot, m_options);
    QByteArray body = parts[0] == "HEAD" ? QByteArray() : QByteArray::fromStdString(text);
    respond(socket, 200, "OK", body, "text/plain; version=0.0.4; charset=utf-8");
}

void MetricsServer::respond(QTcpSocket* socket, int status, const char* reason, const QByteArray& body,
                            const QByteArray& contentType)
{
    socket->setProperty("answered", true);
    ++m_requests;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace meshscope::coreqt
