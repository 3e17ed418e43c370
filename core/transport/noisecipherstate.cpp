#include "core/transport/noisecipherstate.h"

#include <algorithm>
#include <limits>

namespace meshscope::transport {

namespace {
constexpr std::uint64_t kMaxNonce = std::numeric_limits<std::uint64_t>::max(); // reserved, never used
}

void NoiseCipherState::initializeKey(const crypto::ChaChaKey& key)
{
    m_key = key;
    m_hasKey = true;
    m_n = 0;
}

Result<Bytes> NoiseCipherState::encryptWithAd(BytesView ad, BytesView plaintext)
{
    if (!m_hasKey)
        return Bytes(plaintext.begin(), plaintext.end());
    if (m_n == kMaxNonce)
        return fail("noise: send nonce exhausted, the connection must be closed");
    Bytes out = crypto::chachaPolyEncrypt(m_key, m_n, ad, plaintext);
    if (out.empty())
        return fail("noise: encryption failed");
    ++m_n;
    return out;
}

Result<Bytes> NoiseCipherState::decryptWithAd(BytesView ad, BytesView ciphertext)
{
    if (!m_hasKey)
        return Bytes(ciphertext.begin(), ciphertext.end());
    if (m_n == kMaxNonce)
        return fail("noise: receive nonce exhausted, the connection must be closed");
    auto out = crypto::chachaPolyDecrypt(m_key, m_n, ad, ciphertext);
    if (!out)
        return fail("noise: " + out.error().message);
    ++m_n;
    return out;
}

NoiseSymmetricState::NoiseSymmetricState(std::string_view protocolName)
{
    if (protocolName.size() <= m_h.size())
        std::copy(protocolName.begin(), protocolName.end(), m_h.begin());
    else
        m_h = crypto::sha256(asBytes(protocolName));
    m_ck = m_h;
}

void NoiseSymmetricState::mixKey(BytesView inputKeyMaterial)
{
    const crypto::HkdfOutput out = crypto::hkdf(m_ck, inputKeyMaterial, 2);
    m_ck = out.first;
    m_cipher.initializeKey(out.second); // HASHLEN is 32: no truncation
}

void NoiseSymmetricState::mixHash(BytesView data)
{
    m_h = crypto::sha256(m_h, data);
}

Result<Bytes> NoiseSymmetricState::encryptAndHash(BytesView plaintext)
{
    auto ciphertext = m_cipher.encryptWithAd(m_h, plaintext);
    if (ciphertext)
        mixHash(*ciphertext);
    return ciphertext;
}

Result<Bytes> NoiseSymmetricState::decryptAndHash(BytesView ciphertext)
{
    auto plaintext = m_cipher.decryptWithAd(m_h, ciphertext);
    if (plaintext)
        mixHash(ciphertext);
    return plaintext;
}

std::pair<NoiseCipherState, NoiseCipherState> NoiseSymmetricState::split() const
{
    const crypto::HkdfOutput out = crypto::hkdf(m_ck, {}, 2);
    std::pair<NoiseCipherState, NoiseCipherState> result;
    result.first.initializeKey(out.first);
    result.second.initializeKey(out.second);
    return result;
}

} // namespace meshscope::transport
