#pragma once
// TraceEncoder: TraceEvents in, recording bytes out (sans-IO). Protobuf is go's PBTracer form
// (uvarint length, then the event), Json is go's JSONTracer form (one object a line); with gzip
// the same bytes go through one gzip member, ended by finish().

#include "core/base/bytes.h"
#include "core/trace/gzipstream.h"
#include "core/trace/tracedecoder.h"
#include "core/trace/traceevent.h"

#include <cstdint>
#include <optional>
#include <string>

namespace meshscope::trace {

// Appends `event` as a uvarint-delimited protobuf message to `out`.
void appendDelimited(const google::protobuf::MessageLite& message, Bytes& out);

class TraceEncoder {
public:
    // `format` must be Protobuf or Json (Auto means Protobuf).
    TraceEncoder(TraceFormat format, bool gzip);

    // Call once per event; appends the encoded (maybe compressed) bytes to `out`.
    void encode(const TraceEvent& event, Bytes& out);
    // Makes everything encoded so far decodable (gzip sync flush; no-op for plain output).
    void flush(Bytes& out);
    // Call once at the end: writes the gzip trailer (no-op for plain output).
    void finish(Bytes& out);

    TraceFormat format() const { return m_format; }
    // Uncompressed bytes encoded so far.
    std::uint64_t plainBytes() const { return m_plainBytes; }
    bool gzipped() const { return m_gzip.has_value(); }

private:
    TraceFormat m_format;               // Protobuf or Json
    std::optional<GzipDeflater> m_gzip; // present when compressing
    Bytes m_scratch;                    // plain bytes of one event before compression
    std::uint64_t m_plainBytes = 0;     // uncompressed bytes encoded so far
    std::string m_json;                 // JSON text scratch
};

} // namespace meshscope::trace
