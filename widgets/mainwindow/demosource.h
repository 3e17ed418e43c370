#pragma once
// DemoSource: a small self-contained ObservationSource that invents a lively network (peers
// joining and leaving, meshes grafting and pruning, backoffs, scores drifting, messages flowing)
// so the GUI has something to show before the embedded sandbox exists, and so GUI tests and the
// GUI benchmark can drive any load (peers, events per second) without a network. It runs on the
// GUI thread on a 50 ms timer (20 snapshots per second). Deterministic for a given seed.

#include "core/qt/observationsource.h"

#include <QTimer>

#include <random>
#include <string>
#include <vector>

namespace meshscope::widgets {

class DemoSource : public coreqt::ObservationSource {
    Q_OBJECT
public:
    struct Options {
        int peers = 24;               // peers in the network
        int eventsPerSecond = 200;    // trace events emitted per second
        int topics = 3;               // topics subscribed
        unsigned seed = 1;            // random seed
        int intervalMs = 50;          // snapshot/batch interval
    };

    explicit DemoSource(Options options, QObject* parent = nullptr);
    explicit DemoSource(QObject* parent = nullptr);

    coreqt::SourceKind kind() const override { return coreqt::SourceKind::Synthetic; }
    QString description() const override;
    bool acceptsCommands() const override { return true; }

    // Advances the invented network by `ms` milliseconds and emits one snapshot and one batch.
    void step(int ms);
    // The snapshot last emitted.
    const trace::NodeSnapshot& lastSnapshot() const { return m_snapshot; }

public Q_SLOTS:
    void start() override;
    void stop() override;
    void subscribe(quint64 requestId, const QString& topic) override;
    void unsubscribe(quint64 requestId, const QString& topic) override;
    void publish(quint64 requestId, const QString& topic, const QByteArray& data) override;
    void applyParams(quint64 requestId, const meshscope::coreqt::ParamsUpdate& update) override;
    void dial(quint64 requestId, const QString& multiaddr) override;

private:
    struct Peer {
        std::string bytes;             // raw id bytes (events)
        std::string text;              // snapshot id text
        bool connected = true;         // currently connected
        double drift = 0;              // score trend
    };
    void rebuildSnapshot();
    std::string randomBytes(std::size_t n);

    Options m_options;                 // load settings
    std::mt19937_64 m_rng;             // deterministic randomness
    QTimer m_timer;                    // step timer
    std::vector<Peer> m_peers;         // the invented peers
    std::vector<std::string> m_topics; // topic names
    trace::NodeSnapshot m_snapshot;    // current state
    std::string m_self;                // our id bytes
    qint64 m_nowNs = 0;                // virtual clock (ns since the unix epoch)
    double m_eventDebt = 0;            // fractional events carried to the next step
    std::uint64_t m_batchSeq = 0;      // batch sequence number
    std::uint64_t m_msgSeq = 0;        // message counter for ids
};

} // namespace meshscope::widgets
