#pragma once
// SlotTable: a growable table whose entries never move, so one thread can read an entry (made before
// the last synchronisation with its owner) while the owner adds new ones. Entries live in chunks of
// kChunk; the array of chunk pointers is allocated once, at its full size, and never reallocates.

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>

namespace meshscope::sim {

template <class T> class SlotTable {
public:
    static constexpr std::uint32_t kChunkBits = 12;
    static constexpr std::uint32_t kChunk = 1u << kChunkBits; // entries per chunk
    static constexpr std::uint32_t kMaxChunks = 1u << 14; // 64 Mi entries at most

    SlotTable()
        : m_chunks(std::make_unique<std::unique_ptr<T[]>[]>(kMaxChunks))
    { }
    std::uint32_t size() const { return m_size; }
    T& operator[](std::uint32_t i) { return m_chunks[i >> kChunkBits][i & (kChunk - 1)]; }
    const T& operator[](std::uint32_t i) const { return m_chunks[i >> kChunkBits][i & (kChunk - 1)]; }
    // Adds a default entry at the end: its index.
    std::uint32_t grow()
    {
        const std::uint32_t i = m_size;
        assert((i >> kChunkBits) < kMaxChunks);
        if ((i & (kChunk - 1)) == 0)
            m_chunks[i >> kChunkBits] = std::make_unique<T[]>(kChunk);
        ++m_size;
        return i;
    }

private:
    std::unique_ptr<std::unique_ptr<T[]>[]> m_chunks; // chunk c holds entries [c * kChunk, (c + 1) * kChunk)
    std::uint32_t m_size = 0; // entries in use (made so far)
};

} // namespace meshscope::sim
