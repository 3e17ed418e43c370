#include "core/transport/noisehandshake.h"

#include "core/proto/noise.pb.h"

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
    pb::noise::NoiseHandshakePayload payload;
    payload.set_identity_key(toString(m_config.identity->publicKey().toProtobuf()));
    payload.set_identity_sig(toString(m_config.identity->sign(signedStaticKey(m_state.localStatic()))));
    if (!m_config.muxers.empty()) {
        auto* ext = payload.mutable_extensions();
        for (const auto& m : m_config.muxers)
            ext->add_stream_muxers(m);
    }
    m_payload = toBytes(payload.SerializeAsString());
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
    pb::noise::NoiseHandshakePayload p;
    if (!p.ParseFromArray(payload.data(), static_cast<int>(payload.size()))) {
        setError("noise: malformed handshake payload (not a NoiseHandshakePayload protobuf)");
        return;
    }
    if (!p.has_identity_key() || !p.has_identity_sig()) {
        setError("noise: handshake payload without identity_key or identity_sig");
        return;
    }
    auto key = crypto::PublicKey::fromProtobuf(asBytes(p.identity_key()));
    if (!key) {
        setError("noise: bad identity key: " + key.error().message);
        return;
    }
    if (!key->verify(signedStaticKey(*m_state.remoteStatic()), asBytes(p.identity_sig()))) {
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
    std::vector<std::string> muxers;
    if (p.has_extensions()) {
        const auto& list = p.extensions().stream_muxers();
        if (static_cast<std::size_t>(list.size()) > kNoiseMaxMuxers) {
            setError("noise: peer offered " + std::to_string(list.size()) + " stream muxers (limit "
                     + std::to_string(kNoiseMaxMuxers) + ")");
            return;
        }
        for (const auto& m : list) {
            if (m.size() > kNoiseMaxMuxerNameSize) {
                setError("noise: stream muxer name of " + std::to_string(m.size()) + " bytes is too long");
                return;
            }
            muxers.push_back(m);
        }
    }
    m_remoteKey = std::move(key.value());
    m_remotePeerId = std::move(peer);
    m_remoteMuxers = std::move(muxers);
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
