#pragma once
// RecordingReader: reads a recording file (any of go's forms, see tracedecoder.h) in chunks.
// The suffix gives the format (recordingformat.h); gzip is always detected by its magic, and a
// path without a known suffix is sniffed (`{"` starts JSON). A truncated or corrupt file stops
// with an error naming the byte offset, after every event before it has been returned.
//
// This class does file I/O (std::FILE); decoding is TraceStreamDecoder's and stays sans-IO.

#include "core/base/result.h"
#include "core/trace/tracedecoder.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace meshscope::trace {

class RecordingReader {
public:
    // Opens `path` for reading.
    static Result<std::unique_ptr<RecordingReader>> open(const std::string& path);
    ~RecordingReader();
    RecordingReader(const RecordingReader&) = delete;
    RecordingReader& operator=(const RecordingReader&) = delete;

    // Call repeatedly: decodes one bounded step (at most 64 KiB of file, at most kDecodeStep
    // decompressed bytes) and appends its events to `out`. Returns true while more may follow,
    // false at a clean end, an error on corrupt or truncated input.
    Result<bool> readSome(std::vector<TraceEvent>& out);

    // Format and compression as detected so far.
    const TraceStreamDecoder& decoder() const { return m_decoder; }

private:
    RecordingReader(std::string path, std::FILE* file, TraceFormat format);
    std::string m_path;          // for messages
    std::FILE* m_file;           // open file
    TraceStreamDecoder m_decoder; // bytes -> events
    Bytes m_chunk;               // read buffer
    std::size_t m_chunkPos = 0;  // next unconsumed byte of m_chunk
    std::size_t m_chunkLen = 0;  // bytes of m_chunk holding file data
    bool m_eof = false;          // the file has no more bytes
    bool m_done = false;         // end of file reached (or failed)
};

// Everything a file holds: the events read, and the error that stopped reading, if any.
struct RecordingContents {
    std::vector<TraceEvent> events; // every event before the error
    std::optional<Error> error;     // set when the file is missing, truncated or corrupt
};

// Reads a whole recording (keep it for files that fit in memory; stream with RecordingReader).
RecordingContents readRecording(const std::string& path);

} // namespace meshscope::trace
