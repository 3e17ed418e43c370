#include "core/transport/noisehandshakestate.h"

#include <algorithm>
#include <string>

namespace meshscope::transport {

namespace {
constexpr std::size_t kDhLen = 32;  // DHLEN for 25519
constexpr std::size_t kTagLen = 16; // ChaChaPoly tag
} // namespace

NoiseHandshakeState::NoiseHandshakeState(bool initiator, BytesView prologue, const crypto::X25519Key& staticSecret,
                                         const crypto::X25519Key& ephemeralSecret)
    : m_initiator(initiator)
    , m_symmetric(kNoiseProtocolName)
    , m_s(crypto::x25519KeyPair(staticSecret))
    , m_e(crypto::x25519KeyPair(ephemeralSecret))
{
    m_symmetric.mixHash(prologue);
}

bool NoiseHandshakeState::isMyTurn() const
{
    // Messages 0 and 2 are the initiator's, message 1 the responder's.
    return !finished() && ((m_index % 2 == 0) == m_initiator);
}

Status NoiseHandshakeState::mixDh(const crypto::X25519Key& ours, const std::optional<crypto::X25519Key>& theirs)
{
    if (!theirs)
        return fail("noise: missing remote key for DH");
    auto shared = crypto::x25519(ours, *theirs);
    if (!shared)
        return fail("noise: " + shared.error().message);
    m_symmetric.mixKey(*shared);
    return {};
}

Result<Bytes> NoiseHandshakeState::writeMessage(BytesView payload)
{
    if (m_failed)
        return fail("noise: handshake already failed");
    if (!isMyTurn())
        return fail("noise: writeMessage out of turn");
    m_failed = true; // until the message is complete
    Bytes out;
    Status st;
    if (m_index == 0 || m_index == 1) {
        // e
        append(out, m_e.publicKey);
        m_symmetric.mixHash(m_e.publicKey);
    }
    if (m_index == 1) {
        // ee, s, es (responder)
        st = mixDh(m_e.secret, m_re);
        if (!st)
            return st.error();
        auto s = m_symmetric.encryptAndHash(m_s.publicKey);
        if (!s)
            return s.error();
        append(out, *s);
        st = mixDh(m_s.secret, m_re);
    } else if (m_index == 2) {
        // s, se (initiator)
        auto s = m_symmetric.encryptAndHash(m_s.publicKey);
        if (!s)
            return s.error();
        append(out, *s);
        st = mixDh(m_s.secret, m_re);
    }
    if (!st)
        return st.error();
    auto body = m_symmetric.encryptAndHash(payload);
    if (!body)
        return body.error();
    append(out, *body);
    if (out.size() > kNoiseMaxMessageSize)
        return fail("noise: handshake message of " + std::to_string(out.size()) + " bytes exceeds 65535");
    ++m_index;
    m_failed = false;
    return out;
}

Result<Bytes> NoiseHandshakeState::readMessage(BytesView message)
{
    if (m_failed)
        return fail("noise: handshake already failed");
    if (finished() || isMyTurn())
        return fail("noise: readMessage out of turn");
    if (message.size() > kNoiseMaxMessageSize)
        return fail("noise: handshake message of " + std::to_string(message.size()) + " bytes exceeds 65535");
    const int number = m_index + 1;
    std::size_t need = 0;
    if (m_index == 0)
        need = kDhLen;
    else if (m_index == 1)
        need = kDhLen + kDhLen + kTagLen + kTagLen;
    else
        need = kDhLen + kTagLen + kTagLen;
    if (message.size() < need)
        return fail("noise: handshake message " + std::to_string(number) + " truncated (" + std::to_string(message.size())
                    + " bytes, need at least " + std::to_string(need) + ")");
    m_failed = true; // until the message is complete
    BytesView rest = message;
    Status st;
    if (m_index == 0 || m_index == 1) {
        // e
        crypto::X25519Key re{};
        std::copy_n(rest.begin(), kDhLen, re.begin());
        m_re = re;
        m_symmetric.mixHash(rest.first(kDhLen));
        rest = rest.subspan(kDhLen);
    }
    if (m_index == 1 || m_index == 2) {
        if (m_index == 1) {
            // ee (initiator)
            st = mixDh(m_e.secret, m_re);
            if (!st)
                return st.error();
        }
        // s
        auto rs = m_symmetric.decryptAndHash(rest.first(kDhLen + kTagLen));
        if (!rs)
            return fail("noise: cannot decrypt the remote static key in message " + std::to_string(number) + " ("
                        + rs.error().message + ")");
        crypto::X25519Key key{};
        std::copy_n(rs->begin(), kDhLen, key.begin());
        m_rs = key;
        rest = rest.subspan(kDhLen + kTagLen);
        // es (initiator reading message 2) or se (responder reading message 3): DH(e, rs)
        st = mixDh(m_e.secret, m_rs);
        if (!st)
            return st.error();
    }
    auto payload = m_symmetric.decryptAndHash(rest);
    if (!payload)
        return fail("noise: cannot decrypt the payload of message " + std::to_string(number) + " ("
                    + payload.error().message + ")");
    ++m_index;
    m_failed = false;
    return payload;
}

} // namespace meshscope::transport
