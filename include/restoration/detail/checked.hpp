// detail/checked.hpp: signed integer arithmetic that throws instead of overflowing.
#pragma once

#include <concepts>
#include <limits>
#include <stdexcept>
#include <string>

#include <restoration/detail/text.hpp>

namespace restoration::detail {

template <std::signed_integral Int>
[[noreturn]] void throw_overflow(const char* what, Int a, const char* op, Int b) {
    throw std::overflow_error(std::string(what) + ": " + grouped(a) + op + grouped(b) +
                              " overflows the count type (at most " +
                              grouped(std::numeric_limits<Int>::max()) + ")");
}

// Counts are added when cohorts pool; a wrapped sum would be a silently wrong count.
template <std::signed_integral Int>
constexpr Int checked_add(Int a, Int b, const char* what) {
    constexpr Int max = std::numeric_limits<Int>::max();
    constexpr Int min = std::numeric_limits<Int>::min();
    if ((b > 0 && a > max - b) || (b < 0 && a < min - b)) {
        throw_overflow(what, a, " + ", b);
    }
    return static_cast<Int>(a + b);
}

template <std::signed_integral Int>
constexpr Int checked_sub(Int a, Int b, const char* what) {
    constexpr Int max = std::numeric_limits<Int>::max();
    constexpr Int min = std::numeric_limits<Int>::min();
    if ((b < 0 && a > max + b) || (b > 0 && a < min + b)) {
        throw_overflow(what, a, " - ", b);
    }
    return static_cast<Int>(a - b);
}

template <std::signed_integral Int>
constexpr Int checked_mul(Int a, Int b, const char* what) {
    constexpr Int max = std::numeric_limits<Int>::max();
    constexpr Int min = std::numeric_limits<Int>::min();
    const bool overflows = a > 0 ? (b > 0 ? a > max / b : b < min / a)
                                 : (b > 0 ? a < min / b : (a != 0 && b < max / a));
    if (overflows) {
        throw_overflow(what, a, " * ", b);
    }
    return static_cast<Int>(a * b);
}

}  // namespace restoration::detail
