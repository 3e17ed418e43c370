#pragma once
// The Noise Protocol Framework's CipherState and SymmetricState (spec sections 5.1 and 5.2) for
// Noise_*_25519_ChaChaPoly_SHA256: a key and a 64-bit nonce; a chaining key and handshake hash.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/crypto/chachapoly.h"
#include "core/crypto/digest.h"

#include <cstdint>
#include <string_view>
#include <utility>

namespace meshscope::transport {

class NoiseCipherState {
public:
    // InitializeKey(k): sets the key and resets the nonce to zero.
    void initializeKey(const crypto::ChaChaKey& key);
    // HasKey().
    bool hasKey() const { return m_hasKey; }
    // The next nonce to be used.
    std::uint64_t nonce() const { return m_n; }
    // SetNonce(nonce): for rekeying schemes and tests of nonce exhaustion.
    void setNonce(std::uint64_t n) { m_n = n; }
    // EncryptWithAd(ad, plaintext): ciphertext with tag, or plaintext unchanged without a key.
    // Fails once the nonce reaches 2^64-1 (reserved by the spec).
    Result<Bytes> encryptWithAd(BytesView ad, BytesView plaintext);
    // DecryptWithAd(ad, ciphertext): the plaintext; the nonce advances only on success.
    Result<Bytes> decryptWithAd(BytesView ad, BytesView ciphertext);

private:
    crypto::ChaChaKey m_key{}; // k
    bool m_hasKey = false;     // false while k is "empty"
    std::uint64_t m_n = 0;     // n
};

class NoiseSymmetricState {
public:
    // InitializeSymmetric(protocol_name).
    explicit NoiseSymmetricState(std::string_view protocolName);
    // MixKey(input_key_material).
    void mixKey(BytesView inputKeyMaterial);
    // MixHash(data).
    void mixHash(BytesView data);
    // EncryptAndHash(plaintext).
    Result<Bytes> encryptAndHash(BytesView plaintext);
    // DecryptAndHash(ciphertext).
    Result<Bytes> decryptAndHash(BytesView ciphertext);
    // Split(): the initiator-to-responder and responder-to-initiator CipherStates.
    std::pair<NoiseCipherState, NoiseCipherState> split() const;
    // True once a key has been mixed in (encryption active).
    bool hasKey() const { return m_cipher.hasKey(); }
    // GetHandshakeHash(): h.
    const crypto::Digest32& handshakeHash() const { return m_h; }

private:
    NoiseCipherState m_cipher; // k and n
    crypto::Digest32 m_ck{};   // chaining key
    crypto::Digest32 m_h{};    // handshake hash
};

} // namespace meshscope::transport
