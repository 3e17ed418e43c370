#include "core/trace/recordingwriter.h"

#include <cerrno>
#include <cstring>

namespace meshscope::trace {

RecordingWriter::RecordingWriter(RecordingOptions options)
    : m_options(std::move(options)), m_format(recordingFormatFromPath(m_options.path))
{
}

RecordingWriter::~RecordingWriter() { (void)close(); }

Result<std::unique_ptr<RecordingWriter>> RecordingWriter::open(RecordingOptions options)
{
    std::unique_ptr<RecordingWriter> w(new RecordingWriter(std::move(options)));
    if (auto st = w->openPart(); !st)
        return st.error();
    return w;
}

Status RecordingWriter::openPart()
{
    std::string path = m_options.path;
    if (m_partIndex > 0)
        path += "." + std::to_string(m_partIndex);
    m_file = std::fopen(path.c_str(), "wb");
    if (!m_file)
        return fail("cannot create recording " + path + ": " + std::strerror(errno));
    m_encoder = std::make_unique<TraceEncoder>(m_format.format, m_format.gzip);
    m_partBytes = 0;
    m_plainAtFlush = 0;
    m_parts.push_back(path);
    while (m_options.maxFiles > 0 && m_parts.size() > m_options.maxFiles) {
        std::remove(m_parts.front().c_str());
        m_parts.pop_front();
    }
    return {};
}

Status RecordingWriter::put(const Bytes& bytes)
{
    if (bytes.empty())
        return {};
    if (std::fwrite(bytes.data(), 1, bytes.size(), m_file) != bytes.size())
        return fail("cannot write recording " + m_parts.back() + ": " + std::strerror(errno));
    m_partBytes += bytes.size();
    return {};
}

Status RecordingWriter::closePart()
{
    if (!m_file)
        return {};
    m_buffer.clear();
    m_encoder->finish(m_buffer);
    Status st = put(m_buffer);
    if (std::fclose(m_file) != 0 && st)
        st = fail("cannot close recording " + m_parts.back() + ": " + std::strerror(errno));
    m_file = nullptr;
    m_encoder.reset();
    return st;
}

Status RecordingWriter::write(const TraceEvent& event)
{
    if (!m_file)
        return fail("recording " + m_options.path + " is closed");
    if (m_options.maxFileBytes > 0 && m_partBytes >= m_options.maxFileBytes) {
        if (auto st = closePart(); !st)
            return st;
        ++m_partIndex;
        if (auto st = openPart(); !st)
            return st;
    }
    m_buffer.clear();
    m_encoder->encode(event, m_buffer);
    if (m_encoder->gzipped() && m_encoder->plainBytes() - m_plainAtFlush >= kGzipFlushInterval) {
        m_encoder->flush(m_buffer);
        m_plainAtFlush = m_encoder->plainBytes();
    }
    if (auto st = put(m_buffer); !st)
        return st;
    ++m_events;
    return {};
}

Status RecordingWriter::flush()
{
    if (!m_file)
        return {};
    m_buffer.clear();
    m_encoder->flush(m_buffer);
    if (auto st = put(m_buffer); !st)
        return st;
    if (std::fflush(m_file) != 0)
        return fail("cannot flush recording " + m_parts.back() + ": " + std::strerror(errno));
    return {};
}

Status RecordingWriter::close() { return closePart(); }

} // namespace meshscope::trace
