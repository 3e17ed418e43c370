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

Result<std::size_t> BatchStreamDecoder::feedSome(BytesView in, std::vector<TraceEventBatch>& out)
{
    if (m_failed)
        return fail("remote tracer stream already failed");
    auto used = m_gzip.feedSome(
        in,
        [&](BytesView plain) {
            return m_delimited.feed(plain, [&](BytesView payload, std::uint64_t offset) -> Status {
                TraceEventBatch batch;
                if (!batch.ParseFromArray(payload.data(), static_cast<int>(payload.size())))
                    return fail("corrupt TraceEventBatch at byte offset " + std::to_string(offset) +
                                " of the decompressed stream");
                out.push_back(std::move(batch));
                return {};
            });
        },
        kDecodeStep);
    if (!used) {
        m_failed = true;
        return fail("remote tracer stream: " + used.error().message);
    }
    return *used;
}

Status BatchStreamDecoder::feed(BytesView in, std::vector<TraceEventBatch>& out)
{
    int idle = 0; // steps that consumed nothing (they drained pending gzip output)
    do {
        auto used = feedSome(in, out);
        if (!used)
            return used.error();
        idle = *used == 0 ? idle + 1 : 0;
        if (idle > 1024)
            return fail("remote tracer stream made no progress"); // cannot happen; guards the loop
        in = in.subspan(*used);
    } while (!in.empty());
    return {};
}

Status BatchStreamDecoder::finish(std::vector<TraceEventBatch>& out)
{
    if (m_failed)
        return fail("remote tracer stream already failed");
    if (auto st = feed({}, out); !st)
        return st;
    if (auto st = m_delimited.finish(); !st)
        return fail("remote tracer stream: " + st.error().message);
    if (auto st = m_gzip.finish(); !st)
        return fail("remote tracer stream: " + st.error().message);
    return {};
}

} // namespace meshscope::trace
