#include "core/trace/gzipstream.h"

#include "core/trace/limits.h"

#include <zlib.h>

#include <string>

namespace meshscope::trace {

namespace {
constexpr int kGzipWindowBits = 15 + 16; // 32 KiB window, gzip wrapper only
}

GzipInflater::GzipInflater() : m_z(std::make_unique<z_stream_s>()), m_chunk(kInflateChunk)
{
    *m_z = z_stream_s{};
    if (inflateInit2(m_z.get(), kGzipWindowBits) != Z_OK)
        m_failed = true;
}

GzipInflater::~GzipInflater()
{
    if (m_z)
        inflateEnd(m_z.get());
}

GzipInflater::GzipInflater(GzipInflater&&) noexcept = default;

GzipInflater& GzipInflater::operator=(GzipInflater&& other) noexcept
{
    if (this != &other) {
        if (m_z)
            inflateEnd(m_z.get());
        m_z = std::move(other.m_z);
        m_consumed = other.m_consumed;
        m_inMember = other.m_inMember;
        m_pendingOutput = other.m_pendingOutput;
        m_failed = other.m_failed;
        m_chunk = std::move(other.m_chunk);
    }
    return *this;
}

Result<std::size_t> GzipInflater::feedSome(BytesView compressed, const Sink& sink, std::size_t maxOutput)
{
    if (m_failed || !m_z)
        return fail("gzip stream already failed");
    std::size_t pos = 0;
    std::size_t producedTotal = 0;
    while (producedTotal < maxOutput) {
        if (pos == compressed.size() && !m_pendingOutput)
            break;
        if (!m_inMember) {
            if (pos == compressed.size())
                break;
            // A new member starts here (the first, or one concatenated after another).
            if (inflateReset(m_z.get()) != Z_OK) {
                m_failed = true;
                return fail("gzip: cannot reset inflater");
            }
            m_inMember = true;
        }
        const std::size_t avail = compressed.size() - pos;
        const uInt in = avail > 0x40000000u ? 0x40000000u : static_cast<uInt>(avail);
        m_z->next_in = const_cast<Bytef*>(compressed.data() + pos);
        m_z->avail_in = in;
        m_z->next_out = m_chunk.data();
        m_z->avail_out = static_cast<uInt>(m_chunk.size());
        const int rc = inflate(m_z.get(), Z_NO_FLUSH);
        const std::size_t used = in - m_z->avail_in;
        const std::size_t produced = m_chunk.size() - m_z->avail_out;
        m_pendingOutput = m_z->avail_out == 0; // zlib may hold more output for input already taken
        // Hand on what was decoded before any error, so every event before it is kept.
        if (produced > 0) {
            if (auto st = sink(BytesView(m_chunk.data(), produced)); !st) {
                m_failed = true;
                return st.error();
            }
        }
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            m_failed = true;
            const char* why = m_z->msg ? m_z->msg : "corrupt data";
            return fail("corrupt gzip data at compressed byte offset " + std::to_string(m_consumed + used) +
                        ": " + why);
        }
        pos += used;
        m_consumed += used;
        producedTotal += produced;
        if (rc == Z_STREAM_END) {
            m_inMember = false;
            m_pendingOutput = false;
        } else if (used == 0 && produced == 0) {
            break; // zlib needs more input
        }
    }
    return pos;
}

Status GzipInflater::feed(BytesView compressed, const Sink& sink)
{
    auto used = feedSome(compressed, sink, static_cast<std::size_t>(-1));
    if (!used)
        return used.error();
    return {};
}

Status GzipInflater::finish() const
{
    if (m_failed)
        return fail("gzip stream already failed");
    if (m_inMember)
        return fail("truncated gzip stream: it ends inside a member at compressed byte offset " +
                    std::to_string(m_consumed));
    return {};
}

GzipDeflater::GzipDeflater(int level) : m_z(std::make_unique<z_stream_s>()), m_out(16384)
{
    *m_z = z_stream_s{};
    if (deflateInit2(m_z.get(), level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        m_finished = true;
}

GzipDeflater::~GzipDeflater()
{
    if (m_z)
        deflateEnd(m_z.get());
}

GzipDeflater::GzipDeflater(GzipDeflater&&) noexcept = default;

GzipDeflater& GzipDeflater::operator=(GzipDeflater&& other) noexcept
{
    if (this != &other) {
        if (m_z)
            deflateEnd(m_z.get());
        m_z = std::move(other.m_z);
        m_finished = other.m_finished;
        m_out = std::move(other.m_out);
    }
    return *this;
}

void GzipDeflater::write(BytesView data, Bytes& out) { run(data, Z_NO_FLUSH, out); }

void GzipDeflater::flush(Bytes& out) { run({}, Z_SYNC_FLUSH, out); }

void GzipDeflater::finish(Bytes& out)
{
    run({}, Z_FINISH, out);
    m_finished = true;
}

void GzipDeflater::run(BytesView data, int mode, Bytes& out)
{
    if (m_finished || !m_z)
        return;
    std::size_t pos = 0;
    for (;;) {
        const std::size_t avail = data.size() - pos;
        const uInt in = avail > 0x40000000u ? 0x40000000u : static_cast<uInt>(avail);
        const bool lastSlice = in == avail;
        m_z->next_in = const_cast<Bytef*>(data.data() + pos);
        m_z->avail_in = in;
        int rc = Z_OK;
        // zlib's rule: call again while it filled the whole output buffer or input remains.
        do {
            m_z->next_out = m_out.data();
            m_z->avail_out = static_cast<uInt>(m_out.size());
            rc = deflate(m_z.get(), lastSlice ? mode : Z_NO_FLUSH);
            out.insert(out.end(), m_out.data(), m_out.data() + (m_out.size() - m_z->avail_out));
        } while ((m_z->avail_out == 0 || m_z->avail_in > 0) && rc != Z_STREAM_END && rc != Z_STREAM_ERROR);
        pos += in;
        if (lastSlice || rc == Z_STREAM_ERROR)
            return;
    }
}

} // namespace meshscope::trace
