#pragma once
// TraceStreamDecoder: bytes of a recording in, TraceEvents out, incrementally. Handles go's
// PBTracer form (uvarint-delimited TraceEvents), JSONTracer form (JSON lines) and either one
// gzipped (go's traced files). With Auto it detects gzip by its magic (1f 8b) and JSON by a
// leading `{"`; anything else is delimited protobuf.
//
// Bad input: the first corrupt or oversized event stops the decoder with an error naming its
// byte offset (in the decompressed stream when gzipped); every event before it has already been
// appended to `out`. Memory: at most one event (4 MiB) or one JSON line is buffered.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/trace/delimiteddecoder.h"
#include "core/trace/gzipstream.h"
#include "core/trace/traceevent.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace meshscope::trace {

enum class TraceFormat { Auto, Protobuf, Json };
enum class Compression { Auto, None, Gzip };

class TraceStreamDecoder {
public:
    explicit TraceStreamDecoder(TraceFormat format = TraceFormat::Auto,
                                Compression compression = Compression::Auto);

    // Bounded step: decodes from `in` until it is used up or about kDecodeStep plain bytes were
    // processed, appending events to `out`; returns how many bytes of `in` were consumed. Call
    // again with the rest (and with nothing before finish(), to drain gzip output).
    Result<std::size_t> feedSome(BytesView in, std::vector<TraceEvent>& out);
    // Call with each piece of the file or stream, in order; decodes all of it into `out` (for
    // trusted or small input: a gzip bomb makes `out` as large as its expansion).
    Status feed(BytesView in, std::vector<TraceEvent>& out);
    // Call at end of input: decodes a last JSON line without newline, and reports truncation.
    Status finish(std::vector<TraceEvent>& out);

    // The detected (or given) format; Auto until the first bytes arrived.
    TraceFormat format() const { return m_format; }
    // Whether the input is gzip (meaningful once bytes arrived).
    bool gzipped() const { return m_compression == Compression::Gzip; }
    // Events decoded so far.
    std::uint64_t eventCount() const { return m_events; }

private:
    Status feedPlain(BytesView in, std::vector<TraceEvent>& out);
    Status feedDelimited(BytesView in, std::vector<TraceEvent>& out);
    Status feedJson(BytesView in, std::vector<TraceEvent>& out);
    Status decodeLine(std::string_view line, std::uint64_t offset, std::vector<TraceEvent>& out);
    std::string where(std::uint64_t offset) const;

    TraceFormat m_format;           // Auto until sniffed
    Compression m_compression;      // Auto until sniffed
    Bytes m_rawHeld;                // first raw bytes held while sniffing gzip (<= 2)
    Bytes m_plainHeld;              // first plain bytes held while sniffing JSON (<= 2)
    std::optional<GzipInflater> m_gzip; // present when gzipped
    DelimitedDecoder m_delimited;   // protobuf framing
    std::string m_line;             // partial JSON line spanning feed() calls
    std::uint64_t m_plainOffset = 0; // plain (decompressed) bytes seen by the JSON splitter
    std::uint64_t m_lineStart = 0;  // offset of m_line's first byte
    std::uint64_t m_events = 0;     // events decoded
    bool m_failed = false;          // an error was returned; the decoder is dead
};

} // namespace meshscope::trace
