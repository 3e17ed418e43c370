#pragma once
// RingBuffer: a fixed-capacity FIFO; pushing into a full buffer drops the oldest element. Every
// history the GUI keeps (plots, logs) lives in one, so memory stays bounded however long it runs.

#include <cstddef>
#include <vector>

namespace meshscope::widgets {

template <typename T>
class RingBuffer {
public:
    explicit RingBuffer(std::size_t capacity) : m_data(capacity ? capacity : 1) {}

    // Appends `value`, dropping the oldest element when full.
    void push(T value)
    {
        m_data[(m_head + m_size) % m_data.size()] = std::move(value);
        if (m_size < m_data.size())
            ++m_size;
        else
            m_head = (m_head + 1) % m_data.size();
    }
    // Element `i` counted from the oldest.
    const T& at(std::size_t i) const { return m_data[(m_head + i) % m_data.size()]; }
    T& at(std::size_t i) { return m_data[(m_head + i) % m_data.size()]; }
    // The newest element (size() > 0).
    const T& back() const { return at(m_size - 1); }
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_data.size(); }
    bool empty() const { return m_size == 0; }
    bool full() const { return m_size == m_data.size(); }
    void clear() { m_head = m_size = 0; }

private:
    std::vector<T> m_data;  // storage, capacity elements
    std::size_t m_head = 0; // index of the oldest element
    std::size_t m_size = 0; // elements held
};

} // namespace meshscope::widgets
