#include "core/trace/traceencoder.h"

#include "core/trace/delimiteddecoder.h"
#include "core/trace/tracejson.h"

namespace meshscope::trace {

void appendDelimited(const google::protobuf::MessageLite& message, Bytes& out)
{
    const std::size_t size = message.ByteSizeLong();
    appendUvarint(out, size);
    const std::size_t at = out.size();
    out.resize(at + size);
    message.SerializeWithCachedSizesToArray(out.data() + at);
}

TraceEncoder::TraceEncoder(TraceFormat format, bool gzip)
    : m_format(format == TraceFormat::Json ? TraceFormat::Json : TraceFormat::Protobuf)
{
    if (gzip)
        m_gzip.emplace();
}

void TraceEncoder::encode(const TraceEvent& event, Bytes& out)
{
    Bytes& plain = m_gzip ? m_scratch : out;
    if (m_gzip)
        m_scratch.clear();
    const std::size_t before = plain.size();
    if (m_format == TraceFormat::Json) {
        m_json.clear();
        appendJsonLine(event, m_json);
        append(plain, asBytes(m_json));
    } else {
        appendDelimited(event, plain);
    }
    m_plainBytes += plain.size() - before;
    if (m_gzip)
        m_gzip->write(m_scratch, out);
}

void TraceEncoder::flush(Bytes& out)
{
    if (m_gzip)
        m_gzip->flush(out);
}

void TraceEncoder::finish(Bytes& out)
{
    if (m_gzip)
        m_gzip->finish(out);
}

} // namespace meshscope::trace
