#pragma once
// libp2p identity keys on OpenSSL 3. Ed25519 keys are generated and sign; secp256k1, ECDSA P-256
// and RSA public keys verify (peers use them). Keys travel as libp2p's key protobufs.
// No randomness is drawn here: generation takes a seed from the caller's Rng.
//
// Differences from go-libp2p, on purpose: secp256k1 public keys must be the 33-byte compressed
// point (go also accepts 65-byte uncompressed points and re-encodes them); RSA keys must have
// 2048 to 8192 bits (go: at least 2048); ECDSA keys may use any named curve OpenSSL knows.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/base/rng.h"

#include <memory>

namespace meshscope::crypto {

enum class KeyType { Rsa = 0, Ed25519 = 1, Secp256k1 = 2, Ecdsa = 3 };

// Name for messages: "Ed25519", "secp256k1", ...
const char* keyTypeName(KeyType type);

// Largest serialised key protobuf accepted (an 8192-bit RSA SPKI is about 1.1 KiB).
inline constexpr std::size_t kMaxKeyProtobufSize = 4096;

class PublicKey {
public:
    // Parses a serialised libp2p PublicKey protobuf and loads the key into OpenSSL.
    static Result<PublicKey> fromProtobuf(BytesView protobuf);
    // A key from its type and its protobuf `Data` field (validated and loaded into OpenSSL).
    static Result<PublicKey> fromData(KeyType type, BytesView data);
    // An Ed25519 public key from its 32 raw bytes.
    static Result<PublicKey> ed25519(BytesView raw32);

    KeyType type() const { return m_type; }
    // The key's `Data` field: raw 32 bytes for Ed25519, compressed point for secp256k1,
    // DER SubjectPublicKeyInfo for ECDSA and RSA.
    const Bytes& data() const { return m_data; }
    // Serialised libp2p PublicKey protobuf (deterministic encoding).
    Bytes toProtobuf() const;
    // Verifies `signature` over `message` with this key's libp2p signature scheme
    // (Ed25519; ECDSA over SHA-256 with DER signatures; RSA PKCS#1 v1.5 with SHA-256).
    // False for a default-constructed key.
    bool verify(BytesView message, BytesView signature) const;

    // Same type and same Data bytes.
    friend bool operator==(const PublicKey& a, const PublicKey& b)
    {
        return a.m_type == b.m_type && a.m_data == b.m_data;
    }

private:
    friend class PrivateKey;
    struct Impl;
    KeyType m_type = KeyType::Ed25519; // which scheme
    Bytes m_data;                      // protobuf Data field
    std::shared_ptr<Impl> m_impl;      // the loaded OpenSSL key (immutable, shared by copies)
};

class PrivateKey {
public:
    // A new Ed25519 key from 32 seed bytes drawn from `rng` (pass a cryptographic Rng on a live node).
    static PrivateKey generateEd25519(Rng& rng);
    // An Ed25519 key from its 32-byte seed.
    static Result<PrivateKey> ed25519FromSeed(BytesView seed32);
    // Parses a serialised libp2p PrivateKey protobuf (Ed25519; others are refused with a clear error).
    // Data may be seed || public (64 bytes) or the legacy seed || public || public (96 bytes);
    // the public half must match the seed.
    static Result<PrivateKey> fromProtobuf(BytesView protobuf);

    KeyType type() const { return m_type; }
    // Serialised libp2p PrivateKey protobuf (Ed25519: 64 bytes, seed || public key).
    Bytes toProtobuf() const;
    const PublicKey& publicKey() const { return m_public; }
    // Signs `message` (Ed25519: deterministic, no randomness needed). Empty for a
    // default-constructed key.
    Bytes sign(BytesView message) const;

private:
    struct Impl;
    KeyType m_type = KeyType::Ed25519; // which scheme
    PublicKey m_public;                // matching public key
    std::shared_ptr<Impl> m_impl;      // the loaded OpenSSL key
};

} // namespace meshscope::crypto
