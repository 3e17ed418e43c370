#pragma once
// The libp2p Noise handshake (noise spec, /noise): Noise XX over 2-byte big-endian length-prefixed
// messages, with the NoiseHandshakePayload (identity key, signature over
// "noise-libp2p-static-key:" || static key, stream muxers) in messages 2 and 3. Sans-IO: the
// caller feeds socket bytes in and writes takeOutput() out; secrets come from its Rng.
//
// Differs from go-libp2p on purpose: the PeerId is computed from our re-encoding of the remote's
// identity key (as go does), and an empty stream_muxers list is reported as such (the caller
// falls back to multistream-select). Message 1's payload is ignored, as the spec asks.

#include "core/base/bytes.h"
#include "core/crypto/keys.h"
#include "core/multiformats/peerid.h"
#include "core/transport/noisehandshakestate.h"
#include "core/transport/noisesession.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace meshscope::transport {

// Prefix of the signed static key (noise spec, "Static Key Authentication").
inline constexpr std::string_view kNoiseStaticKeyPrefix = "noise-libp2p-static-key:";
// Limits on the peer's stream_muxers list.
inline constexpr std::size_t kNoiseMaxMuxers = 32;
inline constexpr std::size_t kNoiseMaxMuxerNameSize = 256;

struct NoiseConfig {
    const crypto::PrivateKey* identity = nullptr;        // our identity key (signs the static key)
    std::array<std::uint8_t, 32> staticSecret{};         // Noise static key secret, from the caller's Rng
    std::array<std::uint8_t, 32> ephemeralSecret{};      // Noise ephemeral secret, fresh per connection
    std::optional<multiformats::PeerId> expectedRemote;  // the peer we dialled, if known
    std::vector<std::string> muxers;                     // our stream_muxers, in preference order
};

class NoiseHandshake {
public:
    NoiseHandshake(bool initiator, NoiseConfig config);

    // Call once after construction; the initiator queues message 1.
    void start();
    // Call with every chunk read from the socket during the handshake (and, if any arrive, after).
    void onData(BytesView data);
    // Call after start() and after every onData(): bytes to write to the socket.
    Bytes takeOutput();

    // The handshake completed and the peer's identity checked out.
    bool done() const { return m_done; }
    // The handshake failed: close the connection (error() says why).
    bool failed() const { return !m_error.empty(); }
    // Why it failed.
    const std::string& error() const { return m_error; }

    // After done(): the peer's identity.
    const multiformats::PeerId& remotePeerId() const { return m_remotePeerId; }
    const crypto::PublicKey& remotePublicKey() const { return m_remoteKey; }
    // After done(): the peer's stream_muxers extension (empty if it sent none).
    const std::vector<std::string>& remoteMuxers() const { return m_remoteMuxers; }
    // After done(): the encrypted session (call once).
    NoiseSession takeSession();
    // After done(): bytes received after the last handshake message (pipelined transport frames);
    // feed them to the session's decrypt().
    Bytes takeRemainder();

private:
    // Handles one whole handshake message from the peer.
    void onMessage(BytesView message);
    // Writes our next handshake message with `payload`, length-prefixed.
    void writeMessage(BytesView payload);
    // Checks the peer's payload (identity key, signature, expected PeerId, muxers).
    void checkPayload(BytesView payload);
    // Splits the cipher states and marks the handshake done.
    void finish();
    // Records the first failure.
    void setError(std::string message);

    bool m_initiator;                         // we dialled
    NoiseConfig m_config;                     // identity, secrets, expectations
    NoiseHandshakeState m_state;              // the Noise XX state machine
    Bytes m_payload;                          // our serialised NoiseHandshakePayload
    Bytes m_input;                            // unprocessed bytes from the socket (bounded)
    Bytes m_output;                           // bytes waiting for takeOutput()
    bool m_started = false;                   // start() was called
    bool m_done = false;                      // handshake finished successfully
    std::string m_error;                      // first failure
    multiformats::PeerId m_remotePeerId;      // the peer's PeerId (after done)
    crypto::PublicKey m_remoteKey;            // the peer's identity key (after done)
    std::vector<std::string> m_remoteMuxers;  // the peer's stream_muxers (after done)
    std::optional<NoiseSession> m_session;    // the split session (after done, until taken)
};

} // namespace meshscope::transport
