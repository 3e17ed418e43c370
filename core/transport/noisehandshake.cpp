#include "core/transport/noisehandshake.h"

#include "core/transport/noisepayload.h"

#include <utility>

namespace meshscope::transport {

namespace {

constexpr std::size_t kPrefix = 2; // length prefix bytes
// Bytes accepted after the handshake before the caller takes them (pipelined frames).
constexpr std::size_t kMaxBuffered = kPrefix + kNoiseMaxMessageSize + (1u << 20);

Bytes signedStaticKey(const crypto::X25519Key& staticPublic)
{
    Bytes msg = toBytes(kNoiseStaticKeyPrefix);
    append(msg, staticPublic);
    return msg;
}

} // namespace

NoiseHandshake::NoiseHandshake(bool initiator, NoiseConfig config)
    : m_initiator(initiator)
    , m_config(std::move(config))
    , m_state(initiator, {}, m_config.staticSecret, m_config.ephemeralSecret)
{
    if (m_config.identity == nullptr) {
        setError("noise: no identity key configured");
        return;
    }
    NoisePayload payload;
    payload.identityKey = m_config.identity->publicKey().toProtobuf();
    payload.identitySig = m_config.identity->sign(signedStaticKey(m_state.localStatic()));
    payload.streamMuxers = m_config.muxers;
    m_payload = encodeNoisePayload(payload);
}

void NoiseHandshake::setError(std::string message)
{
    if (m_error.empty())
        m_error = std::move(message);
}

void NoiseHandshake::start()
{
    if (m_started || failed())
        return;
    m_started = true;
    if (m_initiator)
        writeMessage({}); // message 1: e, no payload
}

void NoiseHandshake::writeMessage(BytesView payload)
{
    auto msg = m_state.writeMessage(payload);
    if (!msg) {
        setError(msg.error().message);
        return;
    }
    m_output.push_back(static_cast<std::uint8_t>(msg->size() >> 8));
    m_output.push_back(static_cast<std::uint8_t>(msg->size() & 0xff));
    append(m_output, *msg);
}

void NoiseHandshake::onData(BytesView data)
{
    if (failed())
        return;
    if (!m_started) {
        setError("noise: data before start()");
        return;
    }
    if (m_input.size() + data.size() > kMaxBuffered) {
        setError("noise: more than " + std::to_string(kMaxBuffered) + " bytes buffered during the handshake");
        return;
    }
    append(m_input, data);
    std::size_t pos = 0;
    while (!m_done && !failed() && m_input.size() - pos >= kPrefix) {
        const std::size_t len = (static_cast<std::size_t>(m_input[pos]) << 8) | m_input[pos + 1];
        if (m_input.size() - pos < kPrefix + len)
            break;
        onMessage(BytesView(m_input).subspan(pos + kPrefix, len));
        pos += kPrefix + len;
    }
    m_input.erase(m_input.begin(), m_input.begin() + static_cast<std::ptrdiff_t>(pos));
}

void NoiseHandshake::onMessage(BytesView message)
{
    if (m_state.isMyTurn()) {
        setError("noise: peer sent a handshake message out of turn");
        return;
    }
    auto payload = m_state.readMessage(message);
    if (!payload) {
        setError(payload.error().message);
        return;
    }
    if (m_state.remoteStatic()) {
        // Message 2 (we are the initiator) or 3 (responder): the peer's identity.
        checkPayload(*payload);
        if (failed())
            return;
    }
    if (m_state.isMyTurn())
        writeMessage(m_payload); // message 2 (responder) or 3 (initiator)
    if (!failed() && m_state.finished())
        finish();
}

void NoiseHandshake::checkPayload(BytesView payload)
{
    auto p = decodeNoisePayload(payload, kNoiseMaxMuxers, kNoiseMaxMuxerNameSize);
    if (!p) {
        setError("noise: malformed handshake payload: " + p.error().message);
        return;
    }
    if (!p->hasIdentityKey || !p->hasIdentitySig) {
        setError("noise: handshake payload without identity_key or identity_sig");
        return;
    }
    auto key = crypto::PublicKey::fromProtobuf(p->identityKey);
    if (!key) {
        setError("noise: bad identity key: " + key.error().message);
        return;
    }
    if (!key->verify(signedStaticKey(*m_state.remoteStatic()), p->identitySig)) {
        setError(std::string("noise: identity_sig does not verify with the peer's ") + crypto::keyTypeName(key->type())
                 + " identity key");
        return;
    }
    auto peer = multiformats::PeerId::fromPublicKey(key->toProtobuf());
    if (m_config.expectedRemote && *m_config.expectedRemote != peer) {
        setError("noise: peer id mismatch: expected " + m_config.expectedRemote->toBase58() + ", got "
                 + peer.toBase58());
        return;
    }
    m_remoteKey = std::move(key.value());
    m_remotePeerId = std::move(peer);
    m_remoteMuxers = std::move(p->streamMuxers);
}

void NoiseHandshake::finish()
{
    auto [initiatorToResponder, responderToInitiator] = m_state.split();
    if (m_initiator)
        m_session.emplace(initiatorToResponder, responderToInitiator);
    else
        m_session.emplace(responderToInitiator, initiatorToResponder);
    m_done = true;
}

Bytes NoiseHandshake::takeOutput()
{
    return std::exchange(m_output, {});
}

NoiseSession NoiseHandshake::takeSession()
{
    NoiseSession s = m_session ? std::move(*m_session) : NoiseSession();
    m_session.reset();
    return s;
}

Bytes NoiseHandshake::takeRemainder()
{
    if (!m_done)
        return {};
    return std::exchange(m_input, {});
}

} // namespace meshscope::transport
