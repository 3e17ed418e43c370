#pragma once
// A cryptographic Rng for the live node: OpenSSL RAND_bytes. Engines take it as a plain Rng&.

#include "core/base/rng.h"

namespace meshscope::coreqt {

class SystemRng final : public Rng {
public:
    // 64 bits from RAND_bytes (aborts if the system generator is unavailable).
    std::uint64_t next() override;
    // Fills `out` from RAND_bytes.
    void fill(std::span<std::uint8_t> out) override;
};

} // namespace meshscope::coreqt
