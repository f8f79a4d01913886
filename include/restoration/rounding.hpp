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

namespace detail {

// Writes the figure with its thousands grouped and `suffix` after it, from the last character
// back into one buffer, since bulletins print figures by the million.
inline std::string decimal_text(decimal figure, std::string_view suffix) {
    if (figure.decimals < 0 || figure.decimals > 18 || suffix.size() > 8) {
        throw std::invalid_argument("a decimal figure has 0 to 18 decimals, not " +
                                    std::to_string(figure.decimals));
    }
    char buffer[56];  // 19 digits, 6 commas, 18 decimals, a point, a sign and the suffix
    char* const end = buffer + sizeof buffer;
    char* at = end - suffix.size();
    suffix.copy(at, suffix.size());
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

}  // namespace detail

// The figure with its thousands grouped: {152900, 2} is "1,529.00".
inline std::string to_string(decimal figure) { return detail::decimal_text(figure, ""); }

namespace detail {

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_decimals(int decimals) {
    throw std::invalid_argument("precision of " + std::to_string(decimals) +
                                " decimals is outside the supported 0 to " +
                                std::to_string(max_decimals));
}

constexpr void check_decimals(int decimals) {
    if (decimals < 0 || decimals > max_decimals) {
        refuse_decimals(decimals);
    }
}

inline constexpr std::int64_t powers_of_ten[] = {1,
                                                 10,
                                                 100,
                                                 1'000,
                                                 10'000,
                                                 100'000,
                                                 1'000'000,
                                                 10'000'000,
                                                 100'000'000,
                                                 1'000'000'000,
                                                 10'000'000'000,
                                                 100'000'000'000,
                                                 1'000'000'000'000,
                                                 10'000'000'000'000,
                                                 100'000'000'000'000,
                                                 1'000'000'000'000'000,
                                                 10'000'000'000'000'000,
                                                 100'000'000'000'000'000,
                                                 1'000'000'000'000'000'000};

constexpr std::int64_t power_of_ten(int exponent) { return powers_of_ten[exponent]; }

// What was cut off below the last kept digit: against one half of that digit (-1 below, 0 a
// tie, +1 above), and whether anything was. Plain comparisons rather than a chain of branches,
// since on real counts which side of the half a figure falls is anybody's guess.
struct remainder {
    int versus_half;
    bool nothing;
};

constexpr bool rounds_away(std::int64_t kept, remainder rest, rounding rule) {
    switch (rule) {
    case rounding::half_up: return rest.versus_half >= 0;
    case rounding::half_even:
        return (rest.versus_half > 0) | ((rest.versus_half == 0) & (kept % 2 != 0));
    case rounding::half_down: return rest.versus_half > 0;
    case rounding::toward_zero: return false;
    case rounding::away_from_zero: return !rest.nothing;
    }
    return false;
}

// Rounds the magnitude `kept` (+ `rest`) by `rule`, then restores the sign.
constexpr std::int64_t round_magnitude(std::int64_t kept, remainder rest, bool negative,
                                       rounding rule) {
    // Added as a number, not chosen by a branch: a branch on data mispredicts half the time.
    const std::int64_t magnitude = kept + static_cast<std::int64_t>(rounds_away(kept, rest, rule));
    return negative ? -magnitude : magnitude;
}

// scaled / denominator cut to a whole number, and what was cut off: one division serves every
// rule (denominator > 0).
struct exact_quotient {
    std::int64_t kept;
    remainder rest;
    bool negative;

    constexpr std::int64_t rounded(rounding rule) const {
        return round_magnitude(kept, rest, negative, rule);
    }
};

inline exact_quotient divide(std::int64_t scaled, std::int64_t denominator) {
    const bool negative = scaled < 0;
    const std::int64_t magnitude =
        negative ? checked_sub<std::int64_t>(0, scaled, "rounding a ratio") : scaled;
    const std::int64_t kept = magnitude / denominator;
    const std::int64_t left = magnitude % denominator;
    const std::int64_t other = denominator - left;  // left against other is left against a half
    return {kept, {(left > other) - (left < other), left == 0}, negative};
}

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_denominator(
    std::int64_t numerator, std::int64_t denominator) {
    throw std::domain_error("cannot round " + grouped(numerator) + "/" + grouped(denominator) +
                            ": the denominator must be positive");
}

inline void check_denominator(std::int64_t numerator, std::int64_t denominator) {
    if (denominator <= 0) {
        refuse_denominator(numerator, denominator);
    }
}

// numerator / denominator as a percent to `decimals` places, cut and classified for rounding:
// one checked multiplication and one division, whatever rule is then applied.
inline exact_quotient percent_quotient(std::int64_t numerator, std::int64_t denominator,
                                       int decimals) {
    check_decimals(decimals);  // then 10^(decimals + 2) is in the table
    check_denominator(numerator, denominator);
    return divide(checked_mul(numerator, power_of_ten(decimals + 2), "a percent"), denominator);
}

}  // namespace detail

// numerator / denominator to `decimals` places, decided exactly in integers: no
// floating-point error can move a figure across a .5 boundary.
inline decimal round_ratio(std::int64_t numerator, std::int64_t denominator, int decimals,
                           rounding rule) {
    detail::check_decimals(decimals);
    detail::check_denominator(numerator, denominator);
    const std::int64_t scaled = detail::checked_mul(
        numerator, detail::power_of_ten(decimals), "rounding a ratio");
    return {detail::divide(scaled, denominator).rounded(rule), decimals};
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
    detail::remainder rest{-1, true};
    if (kept_end < digits.size()) {
        const std::string_view cut = std::string_view(digits).substr(kept_end);
        const bool beyond_first = cut.find_first_not_of('0', 1) != std::string_view::npos;
        rest.nothing = cut[0] == '0' && !beyond_first;
        rest.versus_half = cut[0] != '5' ? (cut[0] > '5' ? 1 : -1) : (beyond_first ? 1 : 0);
    }
    return {detail::round_magnitude(kept, rest, negative, rule), decimals};
}

}  // namespace restoration
