#pragma once
// Result<T>: a value or an Error with a human-readable message. Engines return these instead of
// throwing on bad input, so a hostile peer costs a closed connection, never a crash.

#include <string>
#include <utility>
#include <variant>

namespace meshscope {

struct Error {
    std::string message; // what went wrong, phrased for a log line or a dialog
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v; // index 0: value, index 1: error
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;         // meaningful only when m_failed
    bool m_failed = false; // true when this holds an error
};

using Status = Result<void>;

// Shorthand for returning an error: `return fail("bad frame");`
inline Error fail(std::string message) { return Error{std::move(message)}; }

} // namespace meshscope
