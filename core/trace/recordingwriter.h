#pragma once
// RecordingWriter: `--record FILE`. Writes TraceEvents to FILE in the format its suffix names
// (recordingformat.h), optionally rotating by size: when the current part has reached
// maxFileBytes, the next event starts a new part FILE.1, FILE.2, ... (each part a complete file:
// gzip parts end with their trailer). With maxFiles set, the oldest part is deleted so that at
// most maxFiles parts exist. Events are never split across parts, so a part may exceed the
// limit by one event. gzip parts are sync-flushed every kGzipFlushInterval plain bytes: the
// size check then lags by at most that much input (compressed), and a reader of a part still
// being written (or cut short by a crash) sees all but the last interval.
//
// This class does file I/O (std::FILE); encoding is TraceEncoder's and stays sans-IO.

#include "core/base/result.h"
#include "core/trace/recordingformat.h"
#include "core/trace/traceencoder.h"

#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>

namespace meshscope::trace {

// Uncompressed bytes between sync flushes of a gzip recording.
inline constexpr std::uint64_t kGzipFlushInterval = std::uint64_t{64} << 10;

struct RecordingOptions {
    std::string path;              // FILE; parts after the first are FILE.1, FILE.2, ...
    std::uint64_t maxFileBytes = 0; // rotate when a part reaches this size; 0: never
    unsigned maxFiles = 0;          // keep at most this many parts; 0: keep all
};

class RecordingWriter {
public:
    // Creates (truncates) FILE and writes to it.
    static Result<std::unique_ptr<RecordingWriter>> open(RecordingOptions options);
    ~RecordingWriter();
    RecordingWriter(const RecordingWriter&) = delete;
    RecordingWriter& operator=(const RecordingWriter&) = delete;

    // Call per event, in order. Rotates first if the current part is full.
    Status write(const TraceEvent& event);
    // Pushes buffered bytes to the OS (gzip: a sync flush, so a reader sees every event).
    Status flush();
    // Ends the current part (gzip trailer) and closes it; later writes fail.
    Status close();

    // Paths of the parts that exist, oldest first.
    const std::deque<std::string>& parts() const { return m_parts; }
    // Events written so far.
    std::uint64_t eventCount() const { return m_events; }

private:
    explicit RecordingWriter(RecordingOptions options);
    Status openPart();
    Status closePart();
    Status put(const Bytes& bytes);

    RecordingOptions m_options;             // path and rotation limits
    RecordingFormat m_format;               // from the path's suffix
    std::unique_ptr<TraceEncoder> m_encoder; // current part's encoder (gzip member)
    std::FILE* m_file = nullptr;            // current part
    std::uint64_t m_partBytes = 0;          // bytes written to the current part
    std::uint64_t m_plainAtFlush = 0;       // encoder plain bytes at the last gzip sync flush
    unsigned m_partIndex = 0;               // 0 for FILE, n for FILE.n
    std::deque<std::string> m_parts;        // existing parts, oldest first
    std::uint64_t m_events = 0;             // events written
    Bytes m_buffer;                         // encoded bytes of one event
};

} // namespace meshscope::trace
