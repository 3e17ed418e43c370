#pragma once
// Incremental gzip (RFC 1952) through zlib, as go's compress/gzip reads and writes it.
// GzipInflater accepts concatenated members (go's reader does too) and hands decompressed bytes
// on in chunks of at most kInflateChunk, so a gzip bomb never grows memory. GzipDeflater appends
// compressed bytes to a caller buffer; flush() is a sync flush (what go's RemoteTracer does
// after each batch). The two are kept in one file pair: they share the zlib plumbing.

#include "core/base/bytes.h"
#include "core/base/result.h"

#include <cstdint>
#include <functional>
#include <memory>

struct z_stream_s;

namespace meshscope::trace {

class GzipInflater {
public:
    // Receives each decompressed chunk; a failed Status stops inflation and is returned by feed().
    using Sink = std::function<Status(BytesView)>;

    GzipInflater();
    ~GzipInflater();
    GzipInflater(GzipInflater&&) noexcept;
    GzipInflater& operator=(GzipInflater&&) noexcept;

    // Call with each piece of the compressed stream, in order: inflates until `compressed` is
    // used up or about `maxOutput` bytes were handed on; returns how many bytes of `compressed`
    // were consumed (call again with the rest, or with nothing to drain zlib's output).
    Result<std::size_t> feedSome(BytesView compressed, const Sink& sink, std::size_t maxOutput);
    // Inflates all of `compressed` (output bounded only by the input's expansion).
    Status feed(BytesView compressed, const Sink& sink);
    // Call at end of input: fails if a member is unfinished (truncated file or stream).
    Status finish() const;
    // Compressed bytes consumed so far.
    std::uint64_t compressedOffset() const { return m_consumed; }

private:
    std::unique_ptr<z_stream_s> m_z; // zlib state (heap: zlib keeps a pointer to it)
    std::uint64_t m_consumed = 0;    // compressed bytes consumed
    bool m_inMember = false;         // a member started and has not ended
    bool m_pendingOutput = false;    // the last inflate filled m_chunk: more output may wait
    bool m_failed = false;           // a corrupt stream was seen; further input is refused
    Bytes m_chunk;                   // output scratch of kInflateChunk bytes
};

class GzipDeflater {
public:
    // `level`: zlib level (go's default compression is zlib's 6).
    explicit GzipDeflater(int level = 6);
    ~GzipDeflater();
    GzipDeflater(GzipDeflater&&) noexcept;
    GzipDeflater& operator=(GzipDeflater&&) noexcept;

    // Compresses `data`, appending whatever zlib emits to `out`.
    void write(BytesView data, Bytes& out);
    // Sync flush: everything written so far becomes decodable by the reader.
    void flush(Bytes& out);
    // Ends the member (trailer with CRC and size); the deflater is then spent.
    void finish(Bytes& out);

private:
    void run(BytesView data, int mode, Bytes& out);
    std::unique_ptr<z_stream_s> m_z; // zlib state
    bool m_finished = false;         // finish() was called
    Bytes m_out;                     // output scratch handed to zlib
};

} // namespace meshscope::trace
