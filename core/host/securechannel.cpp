#include "core/host/securechannel.h"

#include "core/transport/noisehandshake.h"
#include "core/transport/noisesession.h"

namespace meshscope::host {

struct SecureChannel::Impl {
    transport::NoiseHandshake handshake;              // until done
    std::optional<transport::NoiseSession> session;   // after done
    multiformats::PeerId remote;                      // authenticated peer
    std::vector<std::string> remoteMuxers;            // the peer's stream_muxers
    Bytes output;                                     // bytes for the socket
    Bytes plaintext;                                  // decrypted bytes not yet taken

    Impl(bool initiator, transport::NoiseConfig config) : handshake(initiator, std::move(config)) {}
};

namespace {
std::array<std::uint8_t, 32> secret(Rng& rng)
{
    std::array<std::uint8_t, 32> s{};
    rng.fill(s);
    return s;
}
} // namespace

SecureChannel::SecureChannel(bool initiator, const crypto::PrivateKey& identity, Rng& rng,
                             std::vector<std::string> muxers, std::optional<multiformats::PeerId> expected)
{
    transport::NoiseConfig config;
    config.identity = &identity;
    config.staticSecret = secret(rng);
    config.ephemeralSecret = secret(rng);
    config.expectedRemote = std::move(expected);
    config.muxers = std::move(muxers);
    m_impl = std::make_unique<Impl>(initiator, std::move(config));
}

SecureChannel::~SecureChannel() = default;

Status SecureChannel::start()
{
    m_impl->handshake.start();
    append(m_impl->output, m_impl->handshake.takeOutput());
    if (m_impl->handshake.failed())
        return fail(m_impl->handshake.error());
    return {};
}

Status SecureChannel::onData(BytesView data)
{
    Impl& d = *m_impl;
    if (d.session) {
        if (auto st = d.session->decrypt(data, d.plaintext); !st)
            return st;
        return {};
    }
    d.handshake.onData(data);
    append(d.output, d.handshake.takeOutput());
    if (d.handshake.failed())
        return fail(d.handshake.error());
    if (!d.handshake.done())
        return {};
    d.remote = d.handshake.remotePeerId();
    d.remoteMuxers = d.handshake.remoteMuxers();
    d.session = d.handshake.takeSession();
    const Bytes rest = d.handshake.takeRemainder();
    if (!rest.empty())
        return d.session->decrypt(rest, d.plaintext);
    return {};
}

Bytes SecureChannel::takeOutput()
{
    Bytes out;
    out.swap(m_impl->output);
    return out;
}

Bytes SecureChannel::takePlaintext()
{
    Bytes out;
    out.swap(m_impl->plaintext);
    return out;
}

Status SecureChannel::send(BytesView plaintext)
{
    if (!m_impl->session)
        return fail("cannot send before the handshake finished");
    Bytes frames = m_impl->session->encrypt(plaintext);
    if (m_impl->session->failed())
        return fail(m_impl->session->error());
    append(m_impl->output, frames);
    return {};
}

bool SecureChannel::established() const { return m_impl->session.has_value(); }

const multiformats::PeerId& SecureChannel::remotePeer() const { return m_impl->remote; }

const std::vector<std::string>& SecureChannel::remoteMuxers() const { return m_impl->remoteMuxers; }

} // namespace meshscope::host
