#pragma once
// Size limits shared by every trace reader and decoder. Nothing here buffers more than one event.

#include <cstddef>

namespace meshscope::trace {

// Largest single TraceEvent (or TraceEventBatch) accepted: go's collector reads with 1<<22.
inline constexpr std::size_t kMaxEventSize = std::size_t{4} << 20;
// Longest JSON line accepted: base64 grows bytes by 4/3 and escaping adds more.
inline constexpr std::size_t kMaxJsonLine = 3 * kMaxEventSize;
// Decompressed bytes handed on per inflate step (bounds memory for gzip bombs).
inline constexpr std::size_t kInflateChunk = std::size_t{64} << 10;
// Plain (decompressed) bytes one bounded decode step processes: with the smallest event one
// byte long, a step yields at most this many events, whatever the compression ratio.
inline constexpr std::size_t kDecodeStep = std::size_t{64} << 10;

} // namespace meshscope::trace
