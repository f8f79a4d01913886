// decimal.hpp: decimal figures as printed (84.3 is 843 tenths), percentages as printed
// (72.7_percent), and ratios and numbers rounded exactly to such figures.
//
//   round_ratio(1, 8, 2, rounding::half_even)  // {12, 2}: 1/8 is a tie at 0.125, decided exactly
//   round_value(2.675, 2, rounding::half_up)   // {268, 2}: rounded from the digits as written
//   to_string(decimal{843, 1})                 // "84.3"
#pragma once

#include <concepts>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <utility>

#include <restoration/detail/exact.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// A decimal figure as printed: its digits and its precision. 84.3 is {843, 1}; 95 and 95.0
// are different figures ({95, 0} and {950, 1}) because the second claims more precision.
struct decimal {
    std::int64_t units = 0;  // the value times 10^decimals
    int decimals = 0;

    friend constexpr bool operator==(decimal, decimal) = default;
};

// The figure with its thousands grouped: {152900, 2} is "1,529.00".
inline std::string to_string(decimal figure) {
    return detail::decimal_text(figure.units, figure.decimals, "");
}

// A percentage exactly as printed: 72.7_percent is {727, 1}, 95_percent is {95, 0}.
struct printed_percent {
    decimal figure;
};

namespace detail {

// A whole number's digits, of any integer type (to_string has no overload for 128 bits).
template <class Int>
std::string whole_text(Int value) {
    if constexpr (sizeof(Int) <= sizeof(long long)) {
        return std::to_string(value);
    } else {
        using magnitude_type = std::make_unsigned_t<Int>;
        magnitude_type magnitude =
            value < 0 ? magnitude_type{0} - static_cast<magnitude_type>(value)
                      : static_cast<magnitude_type>(value);
        std::string digits;
        do {
            digits.insert(digits.begin(), static_cast<char>('0' + magnitude % 10));
            magnitude /= 10;
        } while (magnitude != 0);
        return value < 0 ? "-" + digits : digits;
    }
}

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_places(const std::string& places) {
    throw std::invalid_argument("precision of " + places +
                                " decimals is outside the supported 0 to " +
                                std::to_string(max_decimals));
}

// A printed percentage the audit cannot take, named: read_figure reads "84.1234567%", whose
// 7 decimals are more than any rule here rounds to.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_printed_places(decimal figure) {
    // Below 0 or past 18 decimals, to_string cannot write the figure: named by its digits.
    const std::string shown = figure.decimals >= 0 && figure.decimals <= 18
                                  ? to_string(figure) + "%"
                                  : "a percentage of digits " + std::to_string(figure.units);
    throw std::invalid_argument("cannot audit " + shown + ": printed to " +
                                std::to_string(figure.decimals) +
                                " decimals, outside the supported 0 to " +
                                std::to_string(max_decimals));
}

// The printed percentage's decimals, checked where an audit takes it.
constexpr void check_printed_places(printed_percent printed) {
    if (printed.figure.decimals < 0 || printed.figure.decimals > max_decimals) {
        refuse_printed_places(printed.figure);
    }
}

}  // namespace detail

// How many decimals a figure is rounded to: a whole number from 0 to max_decimals, checked where
// it is stated. percent(r, 1.5, rule) stops at compile time rather than print one decimal.
class decimal_places {
public:
    template <class Places>
    constexpr decimal_places(Places places)  // NOLINT: implicit, so that percent(r, 1, rule) reads
        : places_(0) {
        constexpr bool whole = detail::integer_figure<Places>;
        static_assert(whole, "restoration: decimal places are a whole number of decimals, such "
                             "as percent(rate, 1, rule); not a fraction, a bool or a character");
        if constexpr (whole) {
            if (std::cmp_less(places, 0) || std::cmp_greater(places, max_decimals)) {
                detail::refuse_places(detail::whole_text(places));  // as given: 2^64 - 1, not -1
            }
            places_ = static_cast<int>(places);
        }
    }

    constexpr int value() const { return places_; }

private:
    int places_;
};

namespace detail {

// The characters of a percent literal, read at compile time.
struct percent_literal {
    decimal figure;
    bool plain_digits = true;  // digits, digit separators and at most one point
    bool fits = true;          // at most 18 digits
    bool octal_looking = false;  // 010: a leading zero and no point, which C++ reads as octal
};

template <char... Characters>
consteval percent_literal read_percent_literal() {
    percent_literal literal;
    bool after_point = false;
    int digits = 0;
    for (char c : {Characters...}) {
        if (c == '\'') {
            continue;
        }
        if (c == '.' && !after_point) {
            after_point = true;
            continue;
        }
        if (c < '0' || c > '9') {
            literal.plain_digits = false;
            return literal;
        }
        if (++digits > 18) {
            literal.fits = false;
            return literal;
        }
        literal.figure.units = literal.figure.units * 10 + (c - '0');
        literal.figure.decimals += after_point ? 1 : 0;
    }
    const char first[] = {Characters...};
    literal.octal_looking = first[0] == '0' && digits > 1 && !after_point;
    return literal;
}

}  // namespace detail

inline namespace literals {

// Read from the literal's own characters, so 72.7_percent is exact, not the double nearest 72.7.
template <char... Characters>
consteval printed_percent operator""_percent() {
    constexpr detail::percent_literal literal = detail::read_percent_literal<Characters...>();
    static_assert(literal.plain_digits, "restoration: a percent literal is written in decimal "
                                        "digits with one point, such as 84.3_percent, not with "
                                        "an exponent or in hex");
    static_assert(!literal.octal_looking,
                  "restoration: a percent literal with a leading zero (010_percent) is octal in "
                  "C++'s other literals; write it without the zero");
    static_assert(literal.fits, "restoration: a percent literal has at most 18 digits");
    static_assert(literal.figure.decimals <= max_decimals,
                  "restoration: a percent literal has at most 6 decimals "
                  "(restoration::max_decimals)");
    return {literal.figure};
}

}  // namespace literals

namespace detail {

template <class Numerator, class Denominator>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_ratio(Numerator numerator, Denominator denominator) {
    throw std::domain_error("cannot round " + grouped(numerator) + "/" + grouped(denominator) +
                            ": the denominator must be positive");
}

template <class Number>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_not_finite(Number value) {
    throw std::invalid_argument("cannot round a figure that is not finite (" + plain(value) +
                                ")");
}

}  // namespace detail

// numerator / denominator to `places` decimals, decided exactly: no floating-point error can
// move a figure across a .5 boundary. Whole counts only; a rate of other figures rounds with
// rounded_percent (format.hpp).
template <class Numerator, class Denominator>
decimal round_ratio(Numerator numerator, Denominator denominator, decimal_places places,
                    rounding rule) {
    constexpr bool whole = detail::whole_count<Numerator> && detail::whole_count<Denominator>;
    static_assert(whole, "restoration: round_ratio takes whole counts (signed integers); a "
                         "floating-point figure would be truncated on the way");
    if constexpr (whole) {
        if (denominator <= 0) {
            detail::refuse_ratio(numerator, denominator);
        }
        const detail::ratio_term term{detail::exact_form(numerator),
                                      detail::exact_form(denominator)};
        return {detail::scaled_sum({&term, 1}, places.value()).rounded(rule), places.value()};
    }
    return {};
}

namespace detail {

inline constexpr int max_shift = 400;

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_shift(int shift) {
    throw std::overflow_error("a figure other than 0 times 10^" +
                              std::to_string(-static_cast<long long>(shift)) +
                              " passes the largest int64 (9,223,372,036,854,775,807)");
}

}  // namespace detail

// A number to `places` decimals, divided first by 10^shift (6 for "million"). A floating-point
// one is rounded from its shortest decimal form, the digits a person wrote: 2.675 rounds half up
// to 2.68, although the double nearest 2.675 lies just below it; a float's 0.1f is 0.1.
template <class Number>
decimal round_value(Number value, decimal_places places, rounding rule, int shift = 0) {
    static_assert(detail::number<Number>, "restoration: round_value takes a signed integer, a "
                                          "float or a double");
    if (!(value - value == 0)) {
        detail::refuse_not_finite(value);
    }
    // Past 10^±400 the answer is known without the digits (which 10^100,000 would spell out
    // at length, and INT_MIN overflow): divided by more, any figure of a double is below a
    // millionth, so 0, or one step away from zero under away_from_zero; multiplied by more,
    // anything but 0 passes the largest int64.
    if (shift > detail::max_shift) {
        const std::int64_t step = value != 0 && rule == rounding::away_from_zero ? 1 : 0;
        return {value < 0 ? -step : step, places.value()};
    }
    if (shift < -detail::max_shift && value == 0) {
        return {0, places.value()};
    }
    if (shift < -detail::max_shift) {
        detail::refuse_shift(shift);
    }
    const detail::ratio_term term{detail::exact_form(value), {1, 0, false}};
    return {detail::scaled_sum({&term, 1}, places.value() - shift).rounded(rule), places.value()};
}

}  // namespace restoration
