#pragma once
// The Noise HandshakeState (spec section 5.3) for the XX pattern with 25519, ChaChaPoly and
// SHA256, independent of libp2p: it is checked byte for byte against the cacophony vectors.
//   XX:  -> e
//        <- e, ee, s, es
//        -> s, se
// Key pairs come from secrets the caller drew (no randomness here). Sans-IO: messages in and
// out are whole Noise messages without the libp2p length prefix.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/crypto/x25519.h"
#include "core/transport/noisecipherstate.h"

#include <optional>
#include <utility>

namespace meshscope::transport {

// The Noise protocol name libp2p uses (exactly 32 bytes, so h starts as the name itself).
inline constexpr std::string_view kNoiseProtocolName = "Noise_XX_25519_ChaChaPoly_SHA256";
// Largest Noise message (spec section 3).
inline constexpr std::size_t kNoiseMaxMessageSize = 65535;

class NoiseHandshakeState {
public:
    // Initialize(): XX with `prologue`, our static and ephemeral key pairs from their secrets.
    NoiseHandshakeState(bool initiator, BytesView prologue, const crypto::X25519Key& staticSecret,
                        const crypto::X25519Key& ephemeralSecret);

    // WriteMessage(payload): call when it is our turn (initiator: messages 1 and 3; responder: 2).
    Result<Bytes> writeMessage(BytesView payload);
    // ReadMessage(message): call with each whole message from the peer; returns its payload.
    Result<Bytes> readMessage(BytesView message);

    // True when it is our turn to write.
    bool isMyTurn() const;
    // True after the third message.
    bool finished() const { return m_index >= 3; }
    // The peer's static public key (known after message 2 for the initiator, 3 for the responder).
    const std::optional<crypto::X25519Key>& remoteStatic() const { return m_rs; }
    // Our static public key.
    const crypto::X25519Key& localStatic() const { return m_s.publicKey; }
    // h, the handshake hash (channel binding).
    const crypto::Digest32& handshakeHash() const { return m_symmetric.handshakeHash(); }
    // Split(): (initiator-to-responder, responder-to-initiator) CipherStates; after finished().
    std::pair<NoiseCipherState, NoiseCipherState> split() const { return m_symmetric.split(); }

private:
    // DH(ours, theirs) mixed into the chaining key.
    Status mixDh(const crypto::X25519Key& ours, const std::optional<crypto::X25519Key>& theirs);

    bool m_initiator;                        // which side of the pattern we are
    NoiseSymmetricState m_symmetric;         // ck, h, k, n
    crypto::X25519KeyPair m_s;               // s: our static key pair
    crypto::X25519KeyPair m_e;               // e: our ephemeral key pair
    std::optional<crypto::X25519Key> m_rs;   // rs: the peer's static key
    std::optional<crypto::X25519Key> m_re;   // re: the peer's ephemeral key
    int m_index = 0;                         // messages processed so far (0..3)
    bool m_failed = false;                   // a message failed: the handshake is dead
};

} // namespace meshscope::transport
