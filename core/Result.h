#pragma once

#include "Problem.h"

#include <utility>
#include <variant>

// A value or the Problem that prevented it (std::expected is C++23).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }

    Result(Problem problem)
        : m_state(std::move(problem))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }

    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }

    T &value() & { return std::get<T>(m_state); }

    T &&value() && { return std::get<T>(std::move(m_state)); }

    const Problem &problem() const { return std::get<Problem>(m_state); }

    const T *operator->() const { return &value(); }

    const T &operator*() const & { return value(); }

private:
    std::variant<T, Problem> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    Result(Problem problem)
        : m_failed(true)
        , m_problem(std::move(problem))
    {
    }

    bool ok() const { return !m_failed; }

    explicit operator bool() const { return ok(); }

    const Problem &problem() const { return m_problem; }

private:
    bool m_failed = false;
    Problem m_problem;
};
