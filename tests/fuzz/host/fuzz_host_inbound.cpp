// libFuzzer: a Host fed arbitrary bytes on an inbound connection. The first input byte picks the
// layer: raw (multistream-select), or after a valid "/noise" proposal (the noise handshake).
// Bytes arrive in chunks of varying size; time advances so timers run. The host must never crash
// and must keep its output bounded; a second, healthy connection must stay open.
#include "core/host/host.h"
#include "core/transport/multistreamselect.h"

#include <chrono>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace meshscope;
    using namespace meshscope::host;
    if (size == 0)
        return 0;
    static SeededRng rng(1);
    static const auto key = crypto::PrivateKey::generateEd25519(rng);
    HostConfig config;
    config.identity = key;
    Host h(config, rng);
    TimePoint now = fromNanos(1'000'000'000);
    const auto addr = multiformats::Multiaddr::fromString("/ip4/10.0.0.1/tcp/1").value();
    const auto id = h.addConnection(Direction::Inbound, addr, std::nullopt, now).value();
    const auto bystander = h.addConnection(Direction::Inbound, addr, std::nullopt, now).value();

    BytesView in(data + 1, size - 1);
    if (data[0] & 1) {
        auto d = transport::MultistreamSelect::dialer({"/noise"});
        d.start();
        h.onBytes(id, d.takeOutput(), now);
    }
    std::size_t out = 0;
    std::size_t step = 1 + data[0] / 2;
    while (!in.empty()) {
        const std::size_t n = std::min(step, in.size());
        h.onBytes(id, in.first(n), now);
        in = in.subspan(n);
        step = step * 7 % 251 + 1;
        now += std::chrono::milliseconds(100);
        if (auto d = h.nextTimeout(); d && *d <= now)
            h.onTimeout(now);
        while (auto t = h.pollOutput())
            out += t->data.size();
        while (auto e = h.pollEvent())
            if (auto* c = std::get_if<CloseTransport>(&*e); c && c->connection == bystander)
                __builtin_trap(); // only the fuzzed connection may be closed (bystander has 10 s)
    }
    if (out > 1024 * 1024)
        __builtin_trap();
    return 0;
}
