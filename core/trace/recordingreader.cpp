#include "core/trace/recordingreader.h"

#include "core/trace/recordingformat.h"

#include <cerrno>
#include <cstring>

namespace meshscope::trace {

namespace {
constexpr std::size_t kReadChunk = std::size_t{64} << 10;
}

RecordingReader::RecordingReader(std::string path, std::FILE* file, TraceFormat format)
    : m_path(std::move(path)), m_file(file), m_decoder(format, Compression::Auto), m_chunk(kReadChunk)
{
}

RecordingReader::~RecordingReader()
{
    if (m_file)
        std::fclose(m_file);
}

Result<std::unique_ptr<RecordingReader>> RecordingReader::open(const std::string& path)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return fail("cannot open recording " + path + ": " + std::strerror(errno));
    const RecordingFormat fmt = recordingFormatFromPath(path);
    const TraceFormat format = fmt.suffixKnown ? fmt.format : TraceFormat::Auto;
    return std::unique_ptr<RecordingReader>(new RecordingReader(path, f, format));
}

Result<bool> RecordingReader::readSome(std::vector<TraceEvent>& out)
{
    if (m_done)
        return false;
    if (m_chunkPos == m_chunkLen && !m_eof) {
        m_chunkLen = std::fread(m_chunk.data(), 1, m_chunk.size(), m_file);
        m_chunkPos = 0;
        if (m_chunkLen < m_chunk.size()) {
            if (std::ferror(m_file)) {
                m_done = true;
                return fail("cannot read recording " + m_path + ": " + std::strerror(errno));
            }
            m_eof = true;
        }
    }
    auto used = m_decoder.feedSome(BytesView(m_chunk.data() + m_chunkPos, m_chunkLen - m_chunkPos), out);
    if (!used) {
        m_done = true;
        return fail(m_path + ": " + used.error().message);
    }
    m_chunkPos += *used;
    if (m_eof && m_chunkPos == m_chunkLen && *used == 0) {
        // Nothing left to read or to drain: the end.
        m_done = true;
        if (auto st = m_decoder.finish(out); !st)
            return fail(m_path + ": " + st.error().message);
        return false;
    }
    return true;
}

RecordingContents readRecording(const std::string& path)
{
    RecordingContents contents;
    auto reader = RecordingReader::open(path);
    if (!reader) {
        contents.error = reader.error();
        return contents;
    }
    for (;;) {
        auto more = (*reader)->readSome(contents.events);
        if (!more) {
            contents.error = more.error();
            break;
        }
        if (!*more)
            break;
    }
    return contents;
}

} // namespace meshscope::trace
