#pragma once
// MetricsServer: `--metrics HOST:PORT`. A tiny HTTP/1.1 server on QTcpServer answering
// GET /metrics with the Prometheus exposition of the latest snapshot (trace::prometheusText),
// 404 for other paths, 405 for other methods, 400 for malformed requests (bad request line,
// oversized head), 408 when the head does not arrive within the time limit. One request per
// connection (Connection: close). It runs on the thread it lives on (the GUI or main thread, fed
// snapshots through a queued signal), so a slow or hostile scraper never touches the node thread.
//
// Bounds: request head <= kMaxRequestBytes, kRequestTimeoutMs per connection, at most
// kMaxConnections open at once (further ones are closed at once).

#include "core/trace/metrics.h"
#include "core/trace/nodesnapshot.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

namespace meshscope::coreqt {

class MetricsServer final : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxRequestBytes = 8192; // request head limit
    static constexpr int kRequestTimeoutMs = 5000;      // time to send the head
    static constexpr int kMaxConnections = 64;          // open connections at once

    explicit MetricsServer(QObject* parent = nullptr);
    ~MetricsServer() override;

    // Starts listening; false with errorString() on failure (port in use, bad address).
    bool listen(const QHostAddress& address, quint16 port);
    // Parses "HOST:PORT" (e.g. "127.0.0.1:9100", "[::1]:9100") and listens.
    bool listen(const QString& hostPort);
    QString errorString() const { return m_error; }
    quint16 port() const { return m_server.serverPort(); }
    // Changes the time a client has to send its request head (tests use a short one).
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }
    // Requests answered so far (any status).
    quint64 requestCount() const { return m_requests; }

public Q_SLOTS:
    // Call with every new snapshot (connect to ObservationSource::snapshotAvailable).
    void updateSnapshot(const meshscope::trace::NodeSnapshot& snapshot);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const char* reason, const QByteArray& body,
                 const QByteArray& contentType = "text/plain; charset=utf-8");

    QTcpServer m_server;              // listening socket
    trace::NodeSnapshot m_snapshot;   // latest snapshot
    trace::MetricsOptions m_options;  // exposition options
    QString m_error;                  // last listen error
    quint64 m_requests = 0;           // requests answered
    int m_open = 0;                   // open connections
    int m_timeoutMs = kRequestTimeoutMs; // time allowed for the request head
};

} // namespace meshscope::coreqt
