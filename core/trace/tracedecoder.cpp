#include "core/trace/tracedecoder.h"

#include "core/trace/tracejson.h"

#include <algorithm>
#include <cstring>

namespace meshscope::trace {

namespace {
constexpr std::uint8_t kGzipMagic0 = 0x1f;
constexpr std::uint8_t kGzipMagic1 = 0x8b;

bool jsonSecondByte(std::uint8_t b) { return b == '"' || b == '}' || b == ' ' || b == '\t' || b == '\r' || b == '\n'; }
} // namespace

TraceStreamDecoder::TraceStreamDecoder(TraceFormat format, Compression compression)
    : m_format(format), m_compression(compression), m_delimited(kMaxEventSize)
{
    if (m_compression == Compression::Gzip)
        m_gzip.emplace();
}

std::string TraceStreamDecoder::where(std::uint64_t offset) const
{
    std::string s = "byte offset " + std::to_string(offset);
    if (gzipped())
        s += " of the decompressed stream";
    return s;
}

Result<std::size_t> TraceStreamDecoder::feedSome(BytesView in, std::vector<TraceEvent>& out)
{
    if (m_failed)
        return fail("trace decoder already failed");
    std::size_t taken = 0;
    if (m_compression == Compression::Auto) {
        // Hold the first bytes until the gzip magic can be told apart.
        taken = std::min<std::size_t>(2 - m_rawHeld.size(), in.size());
        m_rawHeld.insert(m_rawHeld.end(), in.begin(), in.begin() + static_cast<std::ptrdiff_t>(taken));
        in = in.subspan(taken);
        if (m_rawHeld.empty() || (m_rawHeld.size() < 2 && m_rawHeld[0] == kGzipMagic0))
            return taken;
        const bool gz = m_rawHeld.size() == 2 && m_rawHeld[0] == kGzipMagic0 && m_rawHeld[1] == kGzipMagic1;
        m_compression = gz ? Compression::Gzip : Compression::None;
        if (gz)
            m_gzip.emplace();
        const Bytes held = std::move(m_rawHeld);
        m_rawHeld.clear();
        if (auto st = feed(held, out); !st)
            return st.error();
    }
    if (m_compression == Compression::Gzip) {
        auto used = m_gzip->feedSome(in, [&](BytesView plain) { return feedPlain(plain, out); }, kDecodeStep);
        if (!used) {
            m_failed = true;
            return used.error();
        }
        return taken + *used;
    }
    const std::size_t n = std::min(in.size(), kDecodeStep);
    if (auto st = feedPlain(in.first(n), out); !st) {
        m_failed = true;
        return st.error();
    }
    return taken + n;
}

Status TraceStreamDecoder::feed(BytesView in, std::vector<TraceEvent>& out)
{
    int idle = 0; // steps that consumed nothing (they drained pending gzip output)
    do {
        auto used = feedSome(in, out);
        if (!used)
            return used.error();
        idle = *used == 0 ? idle + 1 : 0;
        if (idle > 1024)
            return fail("trace decoder made no progress"); // cannot happen; guards the loop
        in = in.subspan(*used);
    } while (!in.empty());
    return {};
}

Status TraceStreamDecoder::feedPlain(BytesView in, std::vector<TraceEvent>& out)
{
    if (m_format == TraceFormat::Auto) {
        const std::size_t take = std::min<std::size_t>(2 - m_plainHeld.size(), in.size());
        m_plainHeld.insert(m_plainHeld.end(), in.begin(), in.begin() + static_cast<std::ptrdiff_t>(take));
        in = in.subspan(take);
        if (m_plainHeld.empty() || (m_plainHeld.size() < 2 && m_plainHeld[0] == '{'))
            return {};
        const bool json = m_plainHeld[0] == '{' && m_plainHeld.size() == 2 && jsonSecondByte(m_plainHeld[1]);
        m_format = json ? TraceFormat::Json : TraceFormat::Protobuf;
        Bytes held = std::move(m_plainHeld);
        m_plainHeld.clear();
        if (auto st = feedPlain(held, out); !st)
            return st;
    }
    return m_format == TraceFormat::Json ? feedJson(in, out) : feedDelimited(in, out);
}

Status TraceStreamDecoder::feedDelimited(BytesView in, std::vector<TraceEvent>& out)
{
    bool parseFailed = false; // the sink's own error (already complete) rather than a framing one
    auto st = m_delimited.feed(in, [&](BytesView payload, std::uint64_t offset) -> Status {
        TraceEvent ev;
        if (!ev.ParseFromArray(payload.data(), static_cast<int>(payload.size()))) {
            parseFailed = true;
            return fail("corrupt trace event at " + where(offset) + ": " + std::to_string(payload.size()) +
                        " bytes that do not parse as a TraceEvent");
        }
        out.push_back(std::move(ev));
        ++m_events;
        return {};
    });
    if (!st && !parseFailed)
        return fail("corrupt trace recording: " + st.error().message + (gzipped() ? " (decompressed stream)" : ""));
    return st;
}

Status TraceStreamDecoder::decodeLine(std::string_view line, std::uint64_t offset, std::vector<TraceEvent>& out)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos)
        return {}; // blank line
    auto ev = traceEventFromJson(line);
    if (!ev)
        return fail("corrupt JSON trace event at " + where(offset) + ": " + ev.error().message);
    out.push_back(std::move(*ev));
    ++m_events;
    return {};
}

Status TraceStreamDecoder::feedJson(BytesView in, std::vector<TraceEvent>& out)
{
    const char* data = reinterpret_cast<const char*>(in.data());
    std::size_t pos = 0;
    while (pos < in.size()) {
        const void* nl = std::memchr(data + pos, '\n', in.size() - pos);
        const std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data) : in.size();
        const std::size_t len = end - pos;
        if (m_line.empty())
            m_lineStart = m_plainOffset;
        if (m_line.size() + len > kMaxJsonLine)
            return fail("JSON trace line at " + where(m_lineStart) + " is longer than " +
                        std::to_string(kMaxJsonLine) + " bytes");
        if (!nl) {
            m_line.append(data + pos, len);
            m_plainOffset += len;
            break;
        }
        Status st;
        if (m_line.empty()) {
            st = decodeLine(std::string_view(data + pos, len), m_lineStart, out);
        } else {
            m_line.append(data + pos, len);
            st = decodeLine(m_line, m_lineStart, out);
            m_line.clear();
        }
        m_plainOffset += len + 1;
        pos = end + 1;
        if (!st)
            return st;
    }
    return {};
}

Status TraceStreamDecoder::finish(std::vector<TraceEvent>& out)
{
    if (m_failed)
        return fail("trace decoder already failed");
    m_failed = true; // finish() is the last call
    // Input shorter than the sniffing window: decide now.
    if (m_compression == Compression::Auto) {
        if (m_rawHeld.empty())
            return {};
        m_compression = Compression::None;
        Bytes held = std::move(m_rawHeld);
        m_rawHeld.clear();
        if (auto st = feedPlain(held, out); !st)
            return st;
    }
    if (m_compression == Compression::Gzip) {
        if (auto st = m_gzip->feed({}, [&](BytesView plain) { return feedPlain(plain, out); }); !st)
            return st;
        if (auto st = m_gzip->finish(); !st)
            return fail("truncated trace recording: " + st.error().message + " (" + std::to_string(m_events) +
                        " events read before it)");
    }
    if (m_format == TraceFormat::Auto && !m_plainHeld.empty()) {
        m_format = TraceFormat::Protobuf;
        Bytes held = std::move(m_plainHeld);
        m_plainHeld.clear();
        if (auto st = feedDelimited(held, out); !st)
            return st;
    }
    if (m_format == TraceFormat::Json) {
        if (!m_line.empty()) {
            const std::string line = std::move(m_line);
            m_line.clear();
            if (auto st = decodeLine(line, m_lineStart, out); !st)
                return fail("truncated trace recording: " + st.error().message);
        }
        return {};
    }
    if (auto st = m_delimited.finish(); !st)
        return fail("truncated trace recording: " + st.error().message + (gzipped() ? " (decompressed stream)" : "") +
                    " (" + std::to_string(m_events) + " events read before it)");
    return {};
}

} // namespace meshscope::trace
