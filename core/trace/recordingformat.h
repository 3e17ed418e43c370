#pragma once
// Which recording format a path names (ARCHITECTURE.md `--record FILE`): `.pb` or no known
// suffix is uvarint-delimited protobuf, `.json` / `.jsonl` JSON lines, and a further `.gz`
// gzips either. A rotation index appended by RecordingWriter (`rec.json.gz.3`) is skipped.

#include "core/trace/tracedecoder.h"

#include <string_view>

namespace meshscope::trace {

struct RecordingFormat {
    TraceFormat format = TraceFormat::Protobuf; // Protobuf or Json
    bool gzip = false;                          // a `.gz` suffix
    bool suffixKnown = false;                   // the path had .pb/.json/.jsonl (else a guess)
};

// The format a path's suffix names.
RecordingFormat recordingFormatFromPath(std::string_view path);

} // namespace meshscope::trace
