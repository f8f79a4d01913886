// reference.hpp: the tests' independent reference for rounding: each rule by its definition,
// in __int128 arithmetic (GCC's and Clang's), written apart from the exact core it checks.
#pragma once

#include <cstdint>

#include <restoration/rounding.hpp>

namespace reference {

__extension__ typedef __int128 int128;           // NOLINT: the reference needs 128 bits
__extension__ typedef unsigned __int128 uint128;  // NOLINT

inline int128 power_of_ten(int exponent) {
    int128 power = 1;
    while (exponent-- > 0) {
        power *= 10;
    }
    return power;
}

// Written out, since std::gcd and std::lcm refuse __int128 in strict ISO modes (-std=c++23).
inline int128 gcd(int128 a, int128 b) {
    while (b != 0) {
        const int128 rest = a % b;
        a = b;
        b = rest;
    }
    return a < 0 ? -a : a;
}

inline int128 lcm(int128 a, int128 b) { return a / gcd(a, b) * b; }

// numerator / denominator (denominator > 0) to a whole number by `rule`, symmetric about zero.
inline std::int64_t rounded(int128 numerator, int128 denominator, restoration::rounding rule) {
    using restoration::rounding;
    const bool negative = numerator < 0;
    const int128 magnitude = negative ? -numerator : numerator;
    const int128 whole = magnitude / denominator;
    const int128 twice_rest = 2 * (magnitude % denominator);
    bool up = false;
    switch (rule) {
    case rounding::toward_zero: up = false; break;
    case rounding::away_from_zero: up = twice_rest != 0; break;
    case rounding::half_up: up = twice_rest >= denominator; break;
    case rounding::half_down: up = twice_rest > denominator; break;
    case rounding::half_even:
        up = twice_rest > denominator || (twice_rest == denominator && whole % 2 == 1);
        break;
    }
    const auto result = static_cast<std::int64_t>(whole + (up ? 1 : 0));
    return negative ? -result : result;
}

// numerator / denominator as a percent to `places` decimals, by `rule`.
inline std::int64_t rounded_percent(int128 numerator, int128 denominator, int places,
                                    restoration::rounding rule) {
    return rounded(numerator * power_of_ten(places + 2), denominator, rule);
}

}  // namespace reference
