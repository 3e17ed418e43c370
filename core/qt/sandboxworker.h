#pragma once
// SandboxWorker: the sandbox peers on the sandbox thread (internal to Sandbox).

#include "core/node/node.h"
#include "core/qt/sandbox.h"
#include "core/qt/systemrng.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QTimer;

namespace meshscope::coreqt {

class TcpHost;

enum class SandboxBehaviour { Honest, Publisher, Slow, Invalid, Flaky };

struct SandboxPeer {
    SandboxBehaviour behaviour = SandboxBehaviour::Honest; // what it does
    int index = 0; // position (publishers first)
    TcpHost* tcp = nullptr; // child of the worker
    std::unique_ptr<node::Node> node; // its node
    QTimer* routerTimer = nullptr; // router deadline
    QTimer* actTimer = nullptr; // publish / misbehave / leave-and-return
    std::uint64_t published = 0; // messages sent
    bool away = false; // flaky peer currently gone
};

class SandboxWorker final : public QObject {
public:
    explicit SandboxWorker(SandboxConfig config);
    ~SandboxWorker() override;

    // Creates and starts every peer with the observed node's message id function and signing
    // policy (a network must agree on both); returns their listen addresses (with /p2p/).
    QStringList startPeers(
        const QStringList& observedAddrs, gossipsub::MsgIdFunction msgId, gossipsub::SignPolicy signPolicy);
    // Closes every connection.
    void shutdown();

private:
    void feed(SandboxPeer& p, const meshscope::host::HostEvent& event);
    void after(SandboxPeer& p);
    void act(SandboxPeer& p);
    void sendInvalid(SandboxPeer& p);
    void flakyToggle(SandboxPeer& p);

    SandboxConfig m_config; // behaviour mix
    SystemRng m_rng; // routers' randomness
    std::vector<std::unique_ptr<SandboxPeer>> m_peers; // the peers
    QStringList m_addrs; // their addresses
    QStringList m_observed; // the observed node's addresses (flaky redials)
};

} // namespace meshscope::coreqt
