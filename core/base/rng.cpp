#include "core/base/rng.h"

namespace meshscope {

void Rng::fill(std::span<std::uint8_t> out)
{
    std::size_t i = 0;
    while (i < out.size()) {
        std::uint64_t v = next();
        for (int k = 0; k < 8 && i < out.size(); ++k, ++i) {
            out[i] = static_cast<std::uint8_t>(v);
            v >>= 8;
        }
    }
}

std::uint64_t Rng::below(std::uint64_t bound)
{
    if (bound == 0)
        return 0;
    // Rejection sampling removes modulo bias.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t v = next();
    while (v >= limit)
        v = next();
    return v % bound;
}

double Rng::unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

Bytes Rng::bytes(std::size_t n)
{
    Bytes b(n);
    fill(b);
    return b;
}

namespace {
std::uint64_t splitmix64(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
} // namespace

SeededRng::SeededRng(std::uint64_t seed)
{
    for (auto& s : m_state)
        s = splitmix64(seed);
}

std::uint64_t SeededRng::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

} // namespace meshscope
