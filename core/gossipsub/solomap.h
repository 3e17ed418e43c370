#pragma once
// SoloMap<Key, Value>: a small sorted map whose entry lives inside the object while it is the only
// one (with two or more, all of them sit in one sorted vector). PeerScore keeps a peer's per-topic
// stats in one: most peers share one scored topic with us, and a std::map node for it was a cache
// miss of its own on every score computation (about two per simulated RPC). Same order and the
// subset of std::map's interface PeerScore uses; iterators are pointers, invalidated by insertion
// and erasure.

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace meshscope::gossipsub {

template <class Key, class Value> class SoloMap {
public:
    using value_type = std::pair<Key, Value>;
    using iterator = value_type*;
    using const_iterator = const value_type*;

    iterator begin() { return data(); }
    iterator end() { return data() + size(); }
    const_iterator begin() const { return data(); }
    const_iterator end() const { return data() + size(); }
    std::size_t size() const { return m_many.empty() ? (m_hasOne ? 1 : 0) : m_many.size(); }
    bool empty() const { return size() == 0; }

    // The entry for `key`, or end().
    iterator find(const Key& key)
    {
        const iterator it = lowerBound(key);
        return it != end() && it->first == key ? it : end();
    }
    const_iterator find(const Key& key) const
    {
        const const_iterator it = lowerBound(key);
        return it != end() && it->first == key ? it : end();
    }
    // The value for `key`, default-constructed and inserted in order when missing.
    Value& operator[](const Key& key)
    {
        const iterator it = lowerBound(key);
        if (it != end() && it->first == key)
            return it->second;
        if (size() == 0) {
            m_one = value_type { key, Value {} };
            m_hasOne = true;
            return m_one.second;
        }
        const auto at = static_cast<std::ptrdiff_t>(it - begin());
        if (m_many.empty()) { // a second entry: both move to the vector
            m_many.reserve(2);
            m_many.push_back(std::move(m_one));
            m_one = value_type {};
            m_hasOne = false;
        }
        return m_many.insert(m_many.begin() + at, value_type { key, Value {} })->second;
    }
    // Removes the entry at `it` (a valid entry); the iterator to the entry after it.
    iterator erase(iterator it)
    {
        const auto at = static_cast<std::ptrdiff_t>(it - begin());
        if (m_many.empty()) { // the only entry
            m_one = value_type {};
            m_hasOne = false;
            return end();
        }
        m_many.erase(m_many.begin() + at);
        if (m_many.size() == 1) { // back inside the object
            m_one = std::move(m_many.front());
            m_hasOne = true;
            std::vector<value_type>().swap(m_many);
        }
        return begin() + at;
    }

private:
    value_type* data() { return m_many.empty() ? &m_one : m_many.data(); }
    const value_type* data() const { return m_many.empty() ? &m_one : m_many.data(); }
    template <class It> static It lowerBound(It first, It last, const Key& key)
    {
        return std::lower_bound(
            first, last, key, [](const value_type& e, const Key& k) { return e.first < k; });
    }
    iterator lowerBound(const Key& key) { return lowerBound(begin(), end(), key); }
    const_iterator lowerBound(const Key& key) const { return lowerBound(begin(), end(), key); }

    value_type m_one {}; // the entry while it is the only one (m_hasOne)
    bool m_hasOne = false; // m_one holds an entry
    std::vector<value_type> m_many; // every entry, sorted by key, when there are two or more
};

} // namespace meshscope::gossipsub
