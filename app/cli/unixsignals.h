#pragma once
// UnixSignals: turns SIGINT and SIGTERM into a Qt signal on the main thread (self-pipe trick: the
// async-signal handler only writes one byte to a socketpair watched by a QSocketNotifier).
// One instance at a time.

#include <QObject>

class QSocketNotifier;

namespace meshscope::cli {

class UnixSignals : public QObject {
    Q_OBJECT
public:
    // Installs handlers for SIGINT and SIGTERM; the previous handlers come back on destruction.
    explicit UnixSignals(QObject* parent = nullptr);
    ~UnixSignals() override;

signals:
    // SIGINT or SIGTERM arrived (`signalNumber` says which).
    void received(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr; // watches the read end of the pipe
};

} // namespace meshscope::cli
