#pragma once
// A finished libp2p Noise channel (noise spec "Wire Format"): each message is a 2-byte big-endian
// length then a ChaChaPoly ciphertext of at most 65535 bytes including its 16-byte tag.
// Sans-IO: plaintext in, framed ciphertext out; framed ciphertext chunks in, plaintext out.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/transport/noisecipherstate.h"

#include <string>

namespace meshscope::transport {

// Largest plaintext per frame: 65535 minus the tag.
inline constexpr std::size_t kNoiseMaxPlaintext = 65535 - 16;

class NoiseSession {
public:
    // A placeholder that refuses everything (no keys yet).
    NoiseSession() : m_error("noise: session not established") {}
    // From the Split() CipherStates: `send` encrypts our frames, `receive` decrypts the peer's.
    NoiseSession(NoiseCipherState send, NoiseCipherState receive);

    // Call with application bytes to send: returns the frames to write to the socket (plaintext
    // split into frames of at most kNoiseMaxPlaintext). Empty if the session has failed (nonce
    // exhaustion, see failed()).
    Bytes encrypt(BytesView plaintext);
    // Call with every chunk read from the socket: appends the decrypted bytes of every complete
    // frame to `plaintextOut` and keeps at most one partial frame buffered. Fails on a bad tag, a
    // frame too short for a tag, or nonce exhaustion; after a failure every call fails.
    Status decrypt(BytesView ciphertextChunk, Bytes& plaintextOut);

    // True once encrypt or decrypt has failed: close the connection.
    bool failed() const { return !m_error.empty(); }
    // Why the session failed.
    const std::string& error() const { return m_error; }
    // Bytes of a partial frame waiting for the rest (at most 65537).
    std::size_t buffered() const { return m_partial.size(); }

private:
    // Decrypts one whole frame body into `out`.
    Status openFrame(BytesView body, Bytes& out);

    NoiseCipherState m_send;    // our direction's key and nonce
    NoiseCipherState m_receive; // the peer's direction's key and nonce
    Bytes m_partial;            // an incomplete frame (length prefix and part of the body)
    std::string m_error;        // first failure, empty while healthy
};

} // namespace meshscope::transport
