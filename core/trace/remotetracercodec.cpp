#include "core/trace/remotetracercodec.h"

#include "core/trace/traceencoder.h"

#include <string>

namespace meshscope::trace {

Bytes BatchStreamEncoder::encode(const TraceEventBatch& batch)
{
    Bytes plain;
    appendDelimited(batch, plain);
    Bytes out;
    m_gzip.write(plain, out);
    m_gzip.flush(out);
    return out;
}

Bytes BatchStreamEncoder::finish()
{
    Bytes out;
    m_gzip.finish(out);
    return out;
}

Status BatchStreamDecoder::feed(BytesView in, std::vector<TraceEventBatch>& out)
{
    if (m_failed)
        return fail("remote tracer stream already failed");
    auto st = m_gzip.feed(in, [&](BytesView plain) {
        return m_delimited.feed(plain, [&](BytesView payload, std::uint64_t offset) -> Status {
            TraceEventBatch batch;
            if (!batch.ParseFromArray(payload.data(), static_cast<int>(payload.size())))
                return fail("corrupt TraceEventBatch at byte offset " + std::to_string(offset) +
                            " of the decompressed stream");
            out.push_back(std::move(batch));
            return {};
        });
    });
    if (!st) {
        m_failed = true;
        return fail("remote tracer stream: " + st.error().message);
    }
    return {};
}

Status BatchStreamDecoder::finish() const
{
    if (m_failed)
        return fail("remote tracer stream already failed");
    if (auto st = m_delimited.finish(); !st)
        return fail("remote tracer stream: " + st.error().message);
    return m_gzip.finish();
}

} // namespace meshscope::trace
