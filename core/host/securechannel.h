#pragma once
// SecureChannel: the /noise layer of one connection as Connection sees it: the XX handshake
// (with libp2p's signed payload and early muxer negotiation), then encrypted transport frames.
// A thin adapter over transport::NoiseHandshake / NoiseSession, so the upgrade pipeline does not
// depend on their exact calling conventions.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/base/rng.h"
#include "core/base/time.h"
#include "core/crypto/keys.h"
#include "core/multiformats/peerid.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace meshscope::host {

class SecureChannel {
public:
    // `initiator`: we dialed. `muxers`: our stream_muxers, in preference order. `expected`: the
    // remote identity required (dialing a /p2p/ address), if any.
    SecureChannel(bool initiator, const crypto::PrivateKey& identity, Rng& rng,
                  std::vector<std::string> muxers, std::optional<multiformats::PeerId> expected);
    ~SecureChannel();
    SecureChannel(const SecureChannel&) = delete;
    SecureChannel& operator=(const SecureChannel&) = delete;

    // Call once when the security protocol was agreed: the initiator queues message 1.
    Status start();
    // Call with every chunk of bytes from the socket (after multistream-select), in order.
    // Handshake messages advance the handshake; transport frames are decrypted into plaintext.
    Status onData(BytesView data);
    // Bytes to write to the socket.
    Bytes takeOutput();
    // Decrypted bytes received so far (only after established()).
    Bytes takePlaintext();
    // Encrypts `plaintext` into transport frames (only after established()).
    Status send(BytesView plaintext);

    // True once the handshake finished and the remote is authenticated.
    bool established() const;
    // The authenticated remote peer (after established()).
    const multiformats::PeerId& remotePeer() const;
    // The remote's stream_muxers from its handshake payload (empty if it sent none).
    const std::vector<std::string>& remoteMuxers() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl; // the noise engines
};

} // namespace meshscope::host
