#pragma once
// NodeDriver: runs core/node's sans-IO Node (gossipsub router bound to the host) on a TcpHost, on
// the calling thread. Every host event TcpHost signals is handed to Node::onHostEvent(); one
// QTimer follows Node::nextTimeout(); after each input the TcpHost is pumped (socket writes) and
// the step hook runs, where the caller drains deliveries and router events.
// (A stand-in for core/qt's NodeHost, which runs the node on its own thread, until the CLI moves
// to it.)

#include "core/node/node.h"
#include "core/qt/systemrng.h"
#include "core/qt/tcphost.h"

#include <QTimer>

#include <functional>
#include <memory>

namespace meshscope::cli {

class NodeDriver {
public:
    // `tcp` must outlive the driver. Registers the pubsub protocols with the host.
    NodeDriver(coreqt::TcpHost& tcp, node::NodeConfig config);
    NodeDriver(const NodeDriver&) = delete;
    NodeDriver& operator=(const NodeDriver&) = delete;

    node::Node& node() { return *m_node; }
    // Call after every direct call into node(): writes output, re-arms the timer, runs the hook.
    void step();
    // `hook` runs after every step (not re-entered if the hook itself calls step()).
    void setStepHook(std::function<void()> hook) { m_hook = std::move(hook); }

private:
    void feed(const host::HostEvent& event);
    void onTimer();

    coreqt::TcpHost& m_tcp; // the live host the node speaks through
    coreqt::SystemRng m_rng; // the router's randomness
    std::unique_ptr<node::Node> m_node; // the sans-IO node
    QTimer m_timer; // single-shot, re-armed from nextTimeout()
    std::function<void()> m_hook; // runs after every step
    bool m_inHook = false; // guards against re-entering the hook
    TimePoint m_armedFor {}; // the deadline m_timer was last started for (same one: not re-armed)
};

} // namespace meshscope::cli
