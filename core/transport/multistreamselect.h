#pragma once
// multistream-select 1.0 (multiformats/multistream-select): agrees on one protocol for a
// connection or a stream. Sans-IO: feed received bytes with onData(), send what takeOutput()
// returns, and once state() is Done hand takeRemainder() (bytes already received after the
// agreement) to the selected protocol.
//
// Wire form: every message is uvarint(length) || text || "\n", length counting the newline.
// Where this differs from go / js, and why:
// - The dialer pipelines the header and its first proposal in one write (as js does); go's
//   default waits for the header echo first. Both listeners accept either.
// - The listener sends its header as soon as start() is called instead of waiting for the
//   dialer's (the spec's Note 3 allows it; go does the same).
// - A listener answers at most kMaxAttempts proposals before giving up (go and js do not cap).
// - Messages are capped at kMaxMessageLength; an `ls` answer (one message holding all the
//   entries) at kMaxListLength.

#include "core/base/bytes.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace meshscope::transport {

class MultistreamSelect {
public:
    enum class State { Negotiating, Done, Failed };
    enum class Role { Dialer, Listener };

    static constexpr std::string_view kProtocolId = "/multistream/1.0.0";
    static constexpr std::string_view kNotAvailable = "na";
    static constexpr std::string_view kList = "ls";
    static constexpr std::size_t kMaxMessageLength = 1024; // bytes, newline included
    static constexpr std::size_t kMaxListLength = 64 * 1024; // an `ls` answer, all entries
    static constexpr std::size_t kMaxAttempts = 32; // proposals answered before giving up
    static constexpr std::size_t kMaxRemainder = 4 * 1024 * 1024; // bytes kept after Done

    // A dialer proposing `protocols` in order of preference.
    static MultistreamSelect dialer(std::vector<std::string> protocols);
    // A listener accepting any of `supported`.
    static MultistreamSelect listener(std::vector<std::string> supported);

    // Dialer only, call before start(): ask the listener for its protocols with `ls` first.
    // Proposals then skip protocols the listener did not list; with no proposals at all the
    // negotiation ends Done with an empty protocol() once the list arrived.
    void requestList();

    // Call once, when the connection or stream is ready: queues the first messages.
    void start();
    // Call with every chunk of bytes received from the remote, in order.
    void onData(BytesView data);
    // Bytes to send to the remote; empty when nothing is pending.
    Bytes takeOutput();

    State state() const { return m_state; }
    Role role() const { return m_role; }
    // The agreed protocol once state() is Done.
    const std::string& protocol() const { return m_protocol; }
    // Why negotiation failed, once state() is Failed.
    const std::string& error() const { return m_error; }
    // The listener's protocols, once its `ls` answer arrived (dialer with requestList()).
    const std::vector<std::string>& listedProtocols() const { return m_listed; }
    // Bytes received after the agreement (the selected protocol's first bytes).
    Bytes takeRemainder();

    // Encodes one multistream message: uvarint(len(text)+1) || text || "\n".
    static Bytes encodeMessage(std::string_view text);

private:
    enum class Expect { Header, List, Proposal }; // what the dialer's next answer responds to

    MultistreamSelect(Role role, std::vector<std::string> protocols);

    void fail(std::string reason);
    void send(std::string_view text);
    void processInput();
    // Splits one complete message off m_input; false if more bytes are needed (or on failure).
    bool nextMessage(std::string& text);
    void onDialerMessage(const std::string& text);
    void onListenerMessage(const std::string& text);
    void parseList(const std::string& body);
    void proposeNext();
    bool validProtocol(const std::string& p) const;

    Role m_role;                          // dialer or listener
    std::vector<std::string> m_protocols; // dialer: proposals in order; listener: supported
    State m_state = State::Negotiating;   // where the negotiation stands
    bool m_started = false;               // start() was called
    bool m_wantList = false;              // dialer: send `ls` before proposing
    bool m_headerSeen = false;            // the remote's header arrived
    std::vector<Expect> m_expect;         // dialer: answers still due, oldest first
    std::size_t m_nextProposal = 0;       // dialer: index of the next protocol to propose
    std::string m_proposed;               // dialer: the proposal awaiting an answer
    std::size_t m_attempts = 0;           // listener: proposals answered so far
    std::vector<std::string> m_listed;    // dialer: protocols the listener listed
    bool m_haveList = false;              // dialer: the `ls` answer arrived
    std::string m_protocol;               // the agreed protocol
    std::string m_error;                  // why it failed
    Bytes m_input;                        // received bytes not yet parsed
    Bytes m_output;                       // bytes to send
};

} // namespace meshscope::transport
