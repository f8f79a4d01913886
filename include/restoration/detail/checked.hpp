// detail/checked.hpp: signed integer arithmetic that throws instead of overflowing.
#pragma once

#include <concepts>
#include <limits>
#include <stdexcept>
#include <string>

#include <restoration/detail/text.hpp>

namespace restoration::detail {

// Out of line and cold: the message is built only on overflow, away from the checked sums.
template <std::signed_integral Int>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void throw_overflow(const char* what, Int a, const char* op, Int b) {
    throw std::overflow_error(std::string(what) + ": " + grouped(a) + op + grouped(b) +
                              " overflows the count type (at most " +
                              grouped(std::numeric_limits<Int>::max()) + ")");
}

// GCC and Clang say whether an operation overflowed from the processor's flag; elsewhere the
// portable tests below decide it, at the cost of a division for products.
#if defined(__GNUC__) || defined(__clang__)
#define RESTORATION_OVERFLOW_BUILTINS 1
#else
#define RESTORATION_OVERFLOW_BUILTINS 0
#endif

// Counts are added when cohorts pool; a wrapped sum would be a silently wrong count.
template <std::signed_integral Int>
constexpr Int checked_add(Int a, Int b, const char* what) {
#if RESTORATION_OVERFLOW_BUILTINS
    Int sum{};
    if (__builtin_add_overflow(a, b, &sum)) {
        throw_overflow(what, a, " + ", b);
    }
    return sum;
#else
    constexpr Int max = std::numeric_limits<Int>::max();
    constexpr Int min = std::numeric_limits<Int>::min();
    if ((b > 0 && a > max - b) || (b < 0 && a < min - b)) {
        throw_overflow(what, a, " + ", b);
    }
    return static_cast<Int>(a + b);
#endif
}

template <std::signed_integral Int>
constexpr Int checked_sub(Int a, Int b, const char* what) {
#if RESTORATION_OVERFLOW_BUILTINS
    Int difference{};
    if (__builtin_sub_overflow(a, b, &difference)) {
        throw_overflow(what, a, " - ", b);
    }
    return difference;
#else
    constexpr Int max = std::numeric_limits<Int>::max();
    constexpr Int min = std::numeric_limits<Int>::min();
    if ((b < 0 && a > max + b) || (b > 0 && a < min + b)) {
        throw_overflow(what, a, " - ", b);
    }
    return static_cast<Int>(a - b);
#endif
}

template <std::signed_integral Int>
constexpr Int checked_mul(Int a, Int b, const char* what) {
#if RESTORATION_OVERFLOW_BUILTINS
    Int product{};
    if (__builtin_mul_overflow(a, b, &product)) {
        throw_overflow(what, a, " * ", b);
    }
    return product;
#else
    constexpr Int max = std::numeric_limits<Int>::max();
    constexpr Int min = std::numeric_limits<Int>::min();
    const bool overflows = a > 0 ? (b > 0 ? a > max / b : b < min / a)
                                 : (b > 0 ? a < min / b : (a != 0 && b < max / a));
    if (overflows) {
        throw_overflow(what, a, " * ", b);
    }
    return static_cast<Int>(a * b);
#endif
}

}  // namespace restoration::detail
