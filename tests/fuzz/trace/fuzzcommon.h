#pragma once
// Shared by the trace fuzz targets: quiet protobuf logging (debug builds log invalid UTF-8).

#include <google/protobuf/stubs/logging.h>

namespace meshscope::trace::fuzz {

inline void quietProtobuf() { google::protobuf::SetLogHandler(nullptr); }

} // namespace meshscope::trace::fuzz
