#pragma once
// The stream multiplexer interface shared by Yamux and mplex. Sans-IO: the connection feeds
// decrypted bytes in with `now`, drains bytes to encrypt and send with takeOutput(), and drains
// stream events with pollEvent(). No sockets, no clock reads, no randomness.

#include "core/base/bytes.h"
#include "core/base/time.h"

#include <cstdint>
#include <optional>
#include <string>

namespace meshscope::transport {

using StreamId = std::uint64_t;

struct MuxerEvent {
    enum class Kind {
        StreamOpened,  // remote opened a stream (inbound); `stream` is its id
        StreamData,    // bytes arrived on `stream`
        StreamClosed,  // remote half-closed `stream` (no more data will arrive)
        StreamReset,   // `stream` was reset (by the remote, or locally for a violation)
        SessionClosed, // the whole session ended (go-away, or a protocol error); `reason` says why
    };
    Kind kind;
    StreamId stream = 0;
    Bytes data;         // StreamData only
    std::string reason; // StreamReset / SessionClosed: why
};

class Muxer {
public:
    virtual ~Muxer() = default;

    // The protocol id this muxer was negotiated under ("/yamux/1.0.0", "/mplex/6.7.0").
    virtual std::string protocolId() const = 0;

    // Call with every chunk of decrypted bytes from the remote, in order.
    virtual void onData(BytesView data, TimePoint now) = 0;
    // Call when nextTimeout() has passed.
    virtual void onTimeout(TimePoint now) = 0;
    // The next time onTimeout() must be called, if any.
    virtual Deadline nextTimeout() const = 0;

    // Opens an outbound stream; nullopt when limits forbid it or the session is closing.
    virtual std::optional<StreamId> openStream(TimePoint now) = 0;
    // Queues bytes on a stream (buffered while the send window is closed). False if the stream
    // cannot be written (unknown, reset, or locally closed).
    virtual bool write(StreamId stream, BytesView data, TimePoint now) = 0;
    // Half-closes our side of a stream.
    virtual void closeWrite(StreamId stream, TimePoint now) = 0;
    // Resets a stream in both directions.
    virtual void reset(StreamId stream, TimePoint now) = 0;
    // Starts closing the whole session (go-away for yamux).
    virtual void close(TimePoint now) = 0;

    // Bytes to send to the remote (to be encrypted); empty when nothing is pending.
    virtual Bytes takeOutput() = 0;
    // Next event, or nullopt when none is pending.
    virtual std::optional<MuxerEvent> pollEvent() = 0;
    // True once the session is over (no further I/O will be produced or accepted).
    virtual bool isClosed() const = 0;
    // Bytes queued on a stream that the send window has not let out yet.
    virtual std::size_t pendingWrite(StreamId stream) const = 0;
};

} // namespace meshscope::transport
