#include "core/transport/noisesession.h"

#include <algorithm>

namespace meshscope::transport {

namespace {
constexpr std::size_t kPrefix = 2;  // length prefix bytes
constexpr std::size_t kTagSize = 16; // ChaChaPoly tag

std::size_t frameLength(std::uint8_t hi, std::uint8_t lo)
{
    return (static_cast<std::size_t>(hi) << 8) | lo;
}
} // namespace

NoiseSession::NoiseSession(NoiseCipherState send, NoiseCipherState receive)
    : m_send(send)
    , m_receive(receive)
{
}

Bytes NoiseSession::encrypt(BytesView plaintext)
{
    Bytes out;
    if (failed())
        return out;
    const std::size_t frames = plaintext.empty() ? 0 : (plaintext.size() + kNoiseMaxPlaintext - 1) / kNoiseMaxPlaintext;
    out.reserve(plaintext.size() + frames * (kPrefix + kTagSize));
    for (std::size_t offset = 0; offset < plaintext.size(); offset += kNoiseMaxPlaintext) {
        const std::size_t n = std::min(kNoiseMaxPlaintext, plaintext.size() - offset);
        auto ct = m_send.encryptWithAd({}, plaintext.subspan(offset, n));
        if (!ct) {
            m_error = ct.error().message;
            return {};
        }
        out.push_back(static_cast<std::uint8_t>(ct->size() >> 8));
        out.push_back(static_cast<std::uint8_t>(ct->size() & 0xff));
        append(out, *ct);
    }
    return out;
}

Status NoiseSession::openFrame(BytesView body, Bytes& out)
{
    if (body.size() < kTagSize) {
        m_error = "noise: frame of " + std::to_string(body.size()) + " bytes is shorter than the 16-byte tag";
        return fail(m_error);
    }
    auto pt = m_receive.decryptWithAd({}, body);
    if (!pt) {
        m_error = pt.error().message + " (frame " + std::to_string(m_receive.nonce()) + ")";
        return fail(m_error);
    }
    append(out, *pt);
    return {};
}

Status NoiseSession::decrypt(BytesView ciphertextChunk, Bytes& plaintextOut)
{
    if (failed())
        return fail(m_error);
    BytesView in = ciphertextChunk;
    // Complete a buffered partial frame first.
    if (!m_partial.empty()) {
        if (m_partial.size() < kPrefix) {
            const std::size_t take = std::min(kPrefix - m_partial.size(), in.size());
            append(m_partial, in.first(take));
            in = in.subspan(take);
            if (m_partial.size() < kPrefix)
                return {};
        }
        const std::size_t want = kPrefix + frameLength(m_partial[0], m_partial[1]);
        const std::size_t take = std::min(want - m_partial.size(), in.size());
        append(m_partial, in.first(take));
        in = in.subspan(take);
        if (m_partial.size() < want)
            return {};
        const Bytes frame = std::move(m_partial);
        m_partial.clear();
        auto st = openFrame(BytesView(frame).subspan(kPrefix), plaintextOut);
        if (!st)
            return st;
    }
    // Whole frames straight from the chunk, then keep the tail.
    while (in.size() >= kPrefix) {
        const std::size_t len = frameLength(in[0], in[1]);
        if (in.size() < kPrefix + len)
            break;
        auto st = openFrame(in.subspan(kPrefix, len), plaintextOut);
        if (!st)
            return st;
        in = in.subspan(kPrefix + len);
    }
    append(m_partial, in);
    return {};
}

} // namespace meshscope::transport
