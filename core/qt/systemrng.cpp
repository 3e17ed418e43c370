#include "core/qt/systemrng.h"

#include <openssl/rand.h>

#include <cstdlib>
#include <cstring>

namespace meshscope::coreqt {

std::uint64_t SystemRng::next()
{
    std::uint8_t buf[8];
    fill(buf);
    std::uint64_t v = 0;
    std::memcpy(&v, buf, sizeof v);
    return v;
}

void SystemRng::fill(std::span<std::uint8_t> out)
{
    // RAND_bytes takes an int length: feed it in chunks.
    while (!out.empty()) {
        const std::size_t n = out.size() < (1u << 20) ? out.size() : (1u << 20);
        if (RAND_bytes(out.data(), static_cast<int>(n)) != 1)
            std::abort(); // no safe way to continue without randomness for keys
        out = out.subspan(n);
    }
}

} // namespace meshscope::coreqt
