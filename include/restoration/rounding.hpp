// rounding.hpp: rounding rules, and exact decimal figures rounded from ratios and numbers.
//
//   round_ratio(1, 8, 2, rounding::half_even)  // 0.12, decided exactly: 1/8 is a tie at 0.125
//   to_string(decimal{843, 1})                 // "84.3"
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include <restoration/detail/checked.hpp>
#include <restoration/detail/text.hpp>

namespace restoration {

// How a figure is cut to the printed precision. The "half" rules differ only on exact ties and
// are symmetric about zero, as 四舍五入 is: half_up rounds -0.5 to -1.
enum class rounding {
    half_up,         // ties away from zero: 0.125 -> 0.13
    half_even,       // ties to the even digit (banker's rounding): 0.125 -> 0.12
    half_down,       // ties toward zero: 0.125 -> 0.12
    toward_zero,     // truncation: 0.129 -> 0.12
    away_from_zero,  // any remainder rounds up in magnitude: 0.121 -> 0.13
};

inline constexpr rounding all_rounding_rules[] = {rounding::half_up, rounding::half_even,
                                                  rounding::half_down, rounding::toward_zero,
                                                  rounding::away_from_zero};

constexpr std::string_view to_string(rounding rule) {
    switch (rule) {
    case rounding::half_up: return "half up";
    case rounding::half_even: return "half even";
    case rounding::half_down: return "half down";
    case rounding::toward_zero: return "toward zero";
    case rounding::away_from_zero: return "away from zero";
    }
    return "unknown rounding rule";
}

// The most decimals a figure is rounded to; more than bulletins ever print, few enough that
// a count of billions still fits 64 bits once scaled.
inline constexpr int max_decimals = 6;

// A decimal figure as printed: its digits and its precision. 84.3 is {843, 1}; 95 and 95.0
// are different figures ({95, 0} and {950, 1}) because the second claims more precision.
struct decimal {
    std::int64_t units = 0;  // the value times 10^decimals
    int decimals = 0;

    friend constexpr bool operator==(decimal, decimal) = default;
};

// The figure with its thousands grouped: {152900, 2} is "1,529.00". Written from the last digit
// back into one buffer, since bulletins print figures by the million.
inline std::string to_string(decimal figure) {
    if (figure.decimals < 0 || figure.decimals > 18) {
        throw std::invalid_argument("a decimal figure has 0 to 18 decimals, not " +
                                    std::to_string(figure.decimals));
    }
    char buffer[48];  // 19 digits, 6 commas, 18 decimals, a point and a sign
    char* const end = buffer + sizeof buffer;
    char* at = end;
    const auto units = static_cast<std::uint64_t>(figure.units);
    std::uint64_t left = figure.units < 0 ? 0 - units : units;
    for (int i = 0; i < figure.decimals; ++i) {
        *--at = static_cast<char>('0' + left % 10);
        left /= 10;
    }
    if (figure.decimals > 0) {
        *--at = '.';
    }
    int in_group = 0;
    do {
        if (in_group == 3) {
            *--at = ',';
            in_group = 0;
        }
        *--at = static_cast<char>('0' + left % 10);
        left /= 10;
        ++in_group;
    } while (left != 0);
    if (figure.units < 0) {
        *--at = '-';
    }
    return std::string(at, end);
}

namespace detail {

inline void check_decimals(int decimals) {
    if (decimals < 0 || decimals > max_decimals) {
        throw std::invalid_argument("precision of " + std::to_string(decimals) +
                                    " decimals is outside the supported 0 to " +
                                    std::to_string(max_decimals));
    }
}

constexpr std::int64_t power_of_ten(int exponent) {
    std::int64_t power = 1;
    for (int i = 0; i < exponent; ++i) {
        power *= 10;
    }
    return power;
}

// What was cut off below the last kept digit, relative to one half of that digit.
enum class remainder { zero, below_half, half, above_half };

constexpr bool rounds_away(std::int64_t kept, remainder rest, rounding rule) {
    switch (rule) {
    case rounding::half_up: return rest == remainder::half || rest == remainder::above_half;
    case rounding::half_even:
        return rest == remainder::above_half || (rest == remainder::half && kept % 2 != 0);
    case rounding::half_down: return rest == remainder::above_half;
    case rounding::toward_zero: return false;
    case rounding::away_from_zero: return rest != remainder::zero;
    }
    return false;
}

// Rounds the magnitude `kept` (+ `rest`) by `rule`, then restores the sign.
constexpr std::int64_t round_magnitude(std::int64_t kept, remainder rest, bool negative,
                                       rounding rule) {
    const std::int64_t magnitude = rounds_away(kept, rest, rule) ? kept + 1 : kept;
    return negative ? -magnitude : magnitude;
}

}  // namespace detail

// numerator / denominator to `decimals` places, decided exactly in integers: no
// floating-point error can move a figure across a .5 boundary.
inline decimal round_ratio(std::int64_t numerator, std::int64_t denominator, int decimals,
                           rounding rule) {
    detail::check_decimals(decimals);
    if (denominator <= 0) {
        throw std::domain_error("cannot round " + detail::grouped(numerator) + "/" +
                                detail::grouped(denominator) +
                                ": the denominator must be positive");
    }
    const std::int64_t scaled = detail::checked_mul(
        numerator, detail::power_of_ten(decimals), "rounding a ratio");
    const bool negative = scaled < 0;
    const std::int64_t magnitude =
        negative ? detail::checked_sub<std::int64_t>(0, scaled, "rounding a ratio") : scaled;
    const std::int64_t kept = magnitude / denominator;
    const std::int64_t left = magnitude % denominator;
    const detail::remainder rest = left == 0                    ? detail::remainder::zero
                                   : left < denominator - left ? detail::remainder::below_half
                                   : left == denominator - left ? detail::remainder::half
                                                                : detail::remainder::above_half;
    return {detail::round_magnitude(kept, rest, negative, rule), decimals};
}

// A floating-point number to `decimals` places, divided first by 10^shift (6 for "million").
// It is rounded from its shortest decimal form, the digits a person wrote: 2.675 rounds half up
// to 2.68, although the double nearest 2.675 lies just below it.
inline decimal round_value(double value, int decimals, rounding rule, int shift = 0) {
    detail::check_decimals(decimals);
    if (!std::isfinite(value)) {
        throw std::invalid_argument("cannot round a figure that is not finite (" +
                                    std::to_string(value) + ")");
    }
    char buffer[400];  // a double's fixed form is at most 309 integer digits and a short fraction
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value,
                                            std::chars_format::fixed);
    if (error != std::errc{}) {
        throw std::invalid_argument("cannot write " + std::to_string(value) + " in fixed form");
    }
    std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    const bool negative = text.starts_with('-');
    text.remove_prefix(negative ? 1 : 0);

    const std::string_view integer = text.substr(0, text.find('.'));
    const std::string_view fraction = text.substr(std::min(text.size(), integer.size() + 1));
    std::string digits(integer);
    digits += fraction;
    // Position of the decimal point in `digits` once divided by 10^shift; padded so it is >= 0.
    std::ptrdiff_t point = static_cast<std::ptrdiff_t>(integer.size()) - shift;
    if (point < 0) {
        digits.insert(0, static_cast<std::size_t>(-point), '0');
        point = 0;
    }

    const auto kept_end = static_cast<std::size_t>(point + decimals);
    std::int64_t kept = 0;
    for (std::size_t i = 0; i < kept_end; ++i) {
        const int digit = i < digits.size() ? digits[i] - '0' : 0;
        kept = detail::checked_add<std::int64_t>(
            detail::checked_mul<std::int64_t>(kept, 10, "rounding a figure"), digit,
            "rounding a figure");
    }
    detail::remainder rest = detail::remainder::zero;
    if (kept_end < digits.size()) {
        const std::string_view cut = std::string_view(digits).substr(kept_end);
        const bool beyond_first = cut.find_first_not_of('0', 1) != std::string_view::npos;
        rest = cut[0] > '5'    ? detail::remainder::above_half
               : cut[0] < '5'  ? (cut[0] == '0' && !beyond_first ? detail::remainder::zero
                                                                  : detail::remainder::below_half)
               : beyond_first ? detail::remainder::above_half
                              : detail::remainder::half;
    }
    return {detail::round_magnitude(kept, rest, negative, rule), decimals};
}

}  // namespace restoration
