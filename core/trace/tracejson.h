#pragma once
// TraceEvent <-> JSON exactly as go's JSONTracer writes it: go marshals the generated struct
// with encoding/json, so keys are the proto field names (go's json tags), in field-number
// order; bytes are standard base64 with padding; int64 and enums are JSON numbers; empty bytes
// and empty repeated fields are left out (omitempty); strings escape <, > and & as \u003c etc.
// and invalid UTF-8 becomes \ufffd, as go does. One object a line, newline-terminated.
//
// Reading accepts what go's decoder accepts for these files: keys in any case, enum names or
// numbers, null as absent, unknown keys ignored; plus the older go names ("addPeer",
// "removePeer", "topics" arrays) mapped onto the newest fields.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/trace/traceevent.h"

#include <string>
#include <string_view>

namespace meshscope::trace {

// Appends one JSON line (with its trailing '\n') for `event` to `out`.
void appendJsonLine(const TraceEvent& event, std::string& out);
// One JSON line for `event`, with its trailing newline.
std::string toJsonLine(const TraceEvent& event);
// Parses one JSON object (a line without or with its newline) into an event.
Result<TraceEvent> traceEventFromJson(std::string_view json);

// Standard base64 with padding (go's encoding of []byte).
std::string base64Encode(BytesView data);
// Decodes standard base64 (padding required, as go's StdEncoding); nullopt-like error on junk.
Result<std::string> base64Decode(std::string_view text);

} // namespace meshscope::trace
