#pragma once
// libp2p ping (/ipfs/ping/1.0.0): 32-byte payloads echoed back. Sans-IO halves for each side of
// a stream. The initiator draws payloads from the caller's Rng and measures RTT from `now`.

#include "core/base/bytes.h"
#include "core/base/result.h"
#include "core/base/rng.h"
#include "core/base/time.h"

#include <chrono>
#include <cstddef>
#include <optional>

namespace meshscope::host {

inline constexpr const char* kPingProtocol = "/ipfs/ping/1.0.0";
inline constexpr std::size_t kPingPayloadSize = 32;
// How long a ping may wait for its echo.
inline constexpr Duration kPingTimeout = std::chrono::seconds(10);

// Answers pings on an inbound stream: every complete 32-byte payload is echoed.
class PingResponder {
public:
    // Call with each chunk from the stream; returns the bytes to write back (maybe empty).
    Bytes onData(BytesView data);

private:
    Bytes m_partial; // start of an incomplete payload (< 32 bytes)
};

// Sends pings on an outbound stream, one at a time, and measures their round trip.
class PingInitiator {
public:
    // Call to send a ping; returns the 32 bytes to write. Nullopt while one is outstanding.
    std::optional<Bytes> start(Rng& rng, TimePoint now);
    // Call with each chunk from the stream; returns the RTT once the echo is complete,
    // an error if the echo differs or more bytes arrive than were sent.
    Result<std::optional<Duration>> onData(BytesView data, TimePoint now);
    // True while a ping waits for its echo.
    bool outstanding() const { return m_sentAt.has_value(); }
    // When the outstanding ping times out, if any.
    Deadline nextTimeout() const;
    // Call at or after nextTimeout(): true if the outstanding ping timed out (it is then dropped).
    bool onTimeout(TimePoint now);

private:
    Bytes m_payload;                 // the outstanding payload
    Bytes m_received;                // echo bytes received so far
    std::optional<TimePoint> m_sentAt; // when the outstanding ping was sent
};

} // namespace meshscope::host
