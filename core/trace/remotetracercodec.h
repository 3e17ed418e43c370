#pragma once
// go's RemoteTracer stream (/libp2p/pubsub/tracer/1.0.0), codec only: one gzip stream holding
// uvarint-delimited TraceEventBatch messages, sync-flushed after each batch. The collector side
// reads messages of at most 4 MiB (go's 1<<22). No networking here: bytes in, batches out.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/trace/delimiteddecoder.h"
#include "core/trace/gzipstream.h"
#include "core/trace/traceevent.h"

#include <vector>

namespace meshscope::trace {

class BatchStreamEncoder {
public:
    // Call per batch (go sends one per 16 events or per second); returns bytes to send now.
    Bytes encode(const TraceEventBatch& batch);
    // Call when the stream is closed; returns the gzip trailer.
    Bytes finish();

private:
    GzipDeflater m_gzip; // one member for the whole stream
};

class BatchStreamDecoder {
public:
    // Bounded step: decodes from `in` until it is used up or about kDecodeStep plain bytes were
    // produced; returns how many bytes of `in` were consumed (call again with the rest).
    // A corrupt stream fails with the offset; batches decoded before it stay in `out`.
    Result<std::size_t> feedSome(BytesView in, std::vector<TraceEventBatch>& out);
    // Call with each piece read from the stream; all complete batches are appended to `out`.
    Status feed(BytesView in, std::vector<TraceEventBatch>& out);
    // Call when the stream ends: decodes what zlib still holds into `out`; fails if the stream
    // stopped mid-batch or mid-gzip.
    Status finish(std::vector<TraceEventBatch>& out);

private:
    GzipInflater m_gzip;                           // the stream's gzip member(s)
    DelimitedDecoder m_delimited{kMaxEventSize};   // batch framing, 4 MiB cap
    bool m_failed = false;                         // an error was returned
};

} // namespace meshscope::trace
