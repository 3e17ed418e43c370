#pragma once
// Randomness as engines see it: always passed in. SeededRng makes runs reproducible (simulator,
// tests); core/qt provides a cryptographic one for keys and nonces on the live node.

#include "core/base/bytes.h"

#include <cstdint>
#include <span>

namespace meshscope {

class Rng {
public:
    virtual ~Rng() = default;
    // Next 64 uniformly distributed bits.
    virtual std::uint64_t next() = 0;
    // Fills `out` with random bytes (cryptographic only if the implementation is).
    virtual void fill(std::span<std::uint8_t> out);

    // Uniform integer in [0, bound); bound 0 returns 0.
    std::uint64_t below(std::uint64_t bound);
    // Uniform double in [0, 1).
    double unit();
    // n random bytes.
    Bytes bytes(std::size_t n);

    // Fisher-Yates shuffle of any random-access range.
    template <typename Range>
    void shuffle(Range& r)
    {
        const auto n = static_cast<std::uint64_t>(std::size(r));
        for (std::uint64_t i = n; i > 1; --i) {
            const auto j = below(i);
            using std::swap;
            swap(r[static_cast<std::size_t>(i - 1)], r[static_cast<std::size_t>(j)]);
        }
    }
};

// xoshiro256** seeded through splitmix64: fast, deterministic, NOT cryptographic.
class SeededRng final : public Rng {
public:
    explicit SeededRng(std::uint64_t seed);
    std::uint64_t next() override;

private:
    std::uint64_t m_state[4]; // generator state, never all zero
};

} // namespace meshscope
