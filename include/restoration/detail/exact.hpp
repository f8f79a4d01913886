// detail/exact.hpp: the exact core. Every rate, difference of rates and rounded figure is decided
// here, from its figures as written: an integer as it is, a floating-point figure at its
// shortest decimal form (0.727 is 727 x 10^-3, not the double nearest it). Sums of such ratios
// are brought to one denominator in 64 bits when they fit, in 128 where the compiler has them,
// and in a natural number of any size when they do not, so no figure is ever rounded on the way
// and no valid figure overflows.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <system_error>
#include <type_traits>
#include <utility>

#include <restoration/detail/natural.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rounding.hpp>

namespace restoration::detail {

// A character is an integer to the language but never a figure: '7' is 55, and std::in_range
// refuses it. Counts, places and figures exclude it.
template <class T>
concept character = std::same_as<T, char> || std::same_as<T, wchar_t> ||
                    std::same_as<T, char8_t> || std::same_as<T, char16_t> ||
                    std::same_as<T, char32_t>;

// An integer that states a figure: neither bool nor a character.
template <class T>
concept integer_figure = std::integral<T> && !std::same_as<T, bool> && !character<T>;

// True, or stops the compile naming the mistake before any other message about the figures.
template <class... Figures>
constexpr bool no_characters() {
    constexpr bool none = (!character<Figures> && ...);
    static_assert(none, "restoration: a character such as '7' is not a figure (it is the number "
                        "55): state the figure as a number");
    return none;
}

// False, but only once T is known: a static_assert on it fires where a refused operation is
// instantiated, not where it is declared.
template <class T>
inline constexpr bool always_false = false;

// What a refused operation gives: a complete type, so that `auto s = masks + 5.0 * pieces;`
// stops at the refusal's message alone (g++ named "void s" first when refusals gave void).
struct refused_operation {};

// True, or stops the compile first when a rate, a growth or a difference is given something
// other than numbers (text, outputs, quantities), before the cast into its number type would.
template <class... Figures>
constexpr bool numbers_only() {
    constexpr bool numbers = (std::is_arithmetic_v<Figures> && ...);
    static_assert(numbers, "restoration: a rate or growth is made of two numbers, not text, "
                           "outputs or quantities (outputs: now / baseline; headcounts: "
                           "staff_return_rate)");
    return numbers;
}

// An unsigned count (a container's size) into a signed integer type: taken where it fits,
// checked at run time, as a cohort takes its counts.
template <class Figure, class Rep>
concept unsigned_count_into = std::unsigned_integral<Figure> && !std::same_as<Figure, bool> &&
                              !character<Figure> && std::signed_integral<Rep> &&
                              !character<Rep>;

template <class Rep, class Figure>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_unsigned_count(Figure figure) {
    throw std::overflow_error("the count " + grouped(figure) +
                              " is past the largest this number type holds (" +
                              grouped(std::numeric_limits<Rep>::max()) + ")");
}

// A figure into such a number type, cast only when it is a number (numbers_only refuses the
// rest), and an unsigned count only when it fits.
template <class Rep, class Figure>
constexpr Rep figure_cast(const Figure& figure) {
    if constexpr (unsigned_count_into<Figure, Rep>) {
        if (!std::in_range<Rep>(figure)) {
            refuse_unsigned_count<Rep>(figure);
        }
    }
    if constexpr (std::is_arithmetic_v<Figure>) {
        return static_cast<Rep>(figure);
    } else {
        return Rep{};
    }
}

// A whole count: a signed integer of at most 64 bits.
template <class T>
concept whole_count = integer_figure<T> && std::signed_integral<T> &&
                      sizeof(T) <= sizeof(std::int64_t);

// The figures restoration takes: signed integers (counts), float and double (outputs). A long
// double's shortest form can need more digits than 64 bits hold, so it is not taken.
// Integers wider than 64 bits (__int128 under -std=gnu++20) are not counts it takes either.
template <class T>
concept number = whole_count<T> || std::same_as<T, double> || std::same_as<T, float>;

// What a rate or a growth names the mistake of converting to: the numbers, and the characters
// (also integers to the language), so that `os << r` finds no single conversion among an
// ostream's overloads, as it found none before characters were no numbers, rather than one.
template <class T>
concept number_or_character = number<T> || character<T>;

// A figure enters a rate or an output unchanged: 0.727 never becomes the integer 0, a count
// beyond 2^53 never becomes a rounded double. Brace initialisation is the language's own test.
template <class Figure, class Rep>
concept enters_unchanged =
    (integer_figure<Figure> || std::floating_point<Figure>) &&
    requires(Figure figure) { Rep{figure}; };

// Each figure enters Rep unchanged, or is an unsigned count checked as it enters.
template <class Rep, class... Figures>
concept figures_enter = ((enters_unchanged<Figures, Rep> || unsigned_count_into<Figures, Rep>) &&
                         ...);

// ±digits x 10^exponent: a figure as written.
struct exact_figure {
    std::uint64_t digits = 0;
    int exponent = 0;
    bool negative = false;
};

// The powers of ten a double holds exactly.
inline constexpr double exact_powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// A double with few decimals, as registries and bulletins hold, without text: a whole number
// below 2^53 is its own digits (and its own shortest form), and a figure with a few decimals
// (1,000.1, 0.25) is the one decimal m x 10^-k, with k least, that reads back as it. While
// m < 2^50, m is unique for its k (a double's spacing there is below 10^-k / 4) and found by
// rounding value x 10^k (its error is below 1/4). Anything else: nothing.
[[gnu::noinline]] inline std::optional<exact_figure> exact_form_of_decimals(double magnitude,
                                                                         bool negative) {
    constexpr double two_to_50 = 1125899906842624.0;
    for (int k = 1; k < static_cast<int>(std::size(exact_powers_of_ten)); ++k) {
        const double scaled = magnitude * exact_powers_of_ten[k];
        if (!(scaled < two_to_50)) {
            break;
        }
        const double digits = std::round(scaled);
        if (digits / exact_powers_of_ten[k] == magnitude) {
            return exact_figure{static_cast<std::uint64_t>(digits), -k, negative};
        }
    }
    return std::nullopt;
}

// The whole-number case inline, since outputs and values are whole more often than not.
inline std::optional<exact_figure> exact_form_of_few_decimals(double value) {
    constexpr double two_to_53 = 9007199254740992.0;
    if (!(value < two_to_53 && value > -two_to_53)) {
        return std::nullopt;
    }
    const double magnitude = value < 0 ? -value : value;
    const auto whole = static_cast<std::uint64_t>(magnitude);
    if (static_cast<double>(whole) == magnitude) {
        return exact_figure{whole, 0, value < 0};
    }
    return exact_form_of_decimals(magnitude, value < 0);
}

template <number Number>
exact_figure exact_form(Number value) {
    if constexpr (std::integral<Number>) {
        const auto magnitude = static_cast<std::uint64_t>(value);
        return {value < 0 ? 0 - magnitude : magnitude, 0, value < 0};
    } else {
        if constexpr (std::same_as<Number, double>) {
            if (const auto few = exact_form_of_few_decimals(value)) {
                return *few;
            }
        }
        // A whole double from 2^53 up to 2^64 is its own value, digit for digit:
        // 40,595,057,575,851,448.0 is that number, as the sums that give it say, not its
        // shortest form 4.059505757585145e16, which reads back as another. (A float keeps its
        // shortest form: 3e10f is 3 x 10^10, as written, though its value is 30,000,001,024.)
        if constexpr (std::same_as<Number, double>) {
            if (const double magnitude = value < 0 ? -value : value;
                magnitude >= 0x1p53 && magnitude < 0x1p64) {
                return {static_cast<std::uint64_t>(magnitude), 0, value < 0};
            }
        }
        // The shortest form that reads back as the same value: "7.27e-01" for 0.727.
        char buffer[64];
        const auto [end, error] =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
        if (error != std::errc{} || !(value - value == 0)) {
            throw std::invalid_argument("a figure must be finite to be exact (" + plain(value) +
                                        ")");
        }
        exact_figure figure;
        const char* at = buffer;
        figure.negative = *at == '-';
        at += figure.negative ? 1 : 0;
        int decimals = 0;
        bool after_point = false;
        for (; *at != 'e'; ++at) {
            if (*at == '.') {
                after_point = true;
                continue;
            }
            figure.digits = figure.digits * 10 + static_cast<std::uint64_t>(*at - '0');
            decimals += after_point ? 1 : 0;
        }
        int exponent = 0;
        std::from_chars(at + (at[1] == '+' ? 2 : 1), end, exponent);
        figure.exponent = exponent - decimals;
        return figure;
    }
}

// The To nearest to ±digits x 10^exponent, digits in decimal, read back from its text.
template <std::floating_point To>
[[gnu::noinline]] To nearest_floating_by_text(bool negative, const std::string& digits,
                                              int exponent) {
    const std::string text = (negative ? "-" : "") + digits + "e" + std::to_string(exponent);
    To value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) {
        // Out of range either way: past the largest, or nearer 0 than the least (5e-327).
        const auto places = static_cast<long>(digits.size()) + exponent;
        if (places <= 0) {
            throw std::underflow_error("the figure " + text +
                                       " is nearer 0 than any floating-point number");
        }
        throw std::overflow_error("the figure " + text + " has no finite floating-point form");
    }
    return value;
}

// Out of line, so that the common case below stays small enough to inline.
template <std::floating_point To>
[[gnu::noinline]] To nearest_floating_of_product(bool negative, std::uint64_t digits,
                                                 std::uint64_t factor, int exponent) {
    return nearest_floating_by_text<To>(
        negative, (natural{digits} * natural{factor}).decimal_digits(), exponent);
}

// The To nearest to ±digits x 10^exponent: the figure itself whenever To holds it, since a
// figure of up to 15 digits (6 for float) reads back as its own shortest form.
template <std::floating_point To>
[[gnu::always_inline]] inline To nearest_floating(bool negative, std::uint64_t digits,
                                                  int exponent, std::uint64_t factor = 1) {
    // One correctly rounded operation on exact operands gives the nearest value at once.
    constexpr std::uint64_t exact_below = std::uint64_t{1} << std::numeric_limits<To>::digits;
    constexpr int exact_powers = std::numeric_limits<To>::digits > 24 ? 22 : 10;  // 10^k in To
    if (factor == 1 && digits < exact_below && exponent >= -exact_powers &&
        exponent <= exact_powers) {
        const auto whole = static_cast<To>(digits);
        const int power_exponent = exponent >= 0 ? exponent : -exponent;
        const auto power = static_cast<To>(exact_powers_of_ten[power_exponent]);
        const To value = exponent >= 0 ? whole * power : whole / power;
        return negative ? -value : value;
    }
    return nearest_floating_of_product<To>(negative, digits, factor, exponent);
}


// value x factor, both as written (1.5 kg x 0.001 is 1.5 x 10^-3 t exactly), as the To nearest
// that product: Boost.Units would multiply by the double nearest 0.001 and carry its error.
// A whole figure small enough that its type holds every whole number up to it (below 2^53 for a
// double): its own decimal form, which one correctly rounded operation takes exactly.
template <std::floating_point Float>
inline constexpr auto whole_limit =
    static_cast<Float>(std::uint64_t{1} << std::numeric_limits<Float>::digits);

template <std::floating_point Float>
constexpr bool exactly_whole(Float x) {
    return x < whole_limit<Float> && x > -whole_limit<Float> &&
           static_cast<Float>(static_cast<std::int64_t>(x)) == x;
}

// Any figure other than a whole one times a power of ten, out of line.
template <std::floating_point To, class From>
[[gnu::noinline]] To times_exactly_in_general(From value, const exact_figure& by) {
    if (!(value - value == 0)) {  // not finite: the caller refuses it with its own words
        return static_cast<To>(value);
    }
    const exact_figure figure = exact_form(value);
    return nearest_floating<To>(figure.negative != by.negative, figure.digits,
                                figure.exponent + by.exponent, by.digits);
}

template <std::floating_point To, class From>
[[gnu::always_inline]] inline To times_exactly(From value, const exact_figure& by) {
    // A whole amount below 2^53 times a power of ten: one correctly rounded operation, as a
    // hand-written conversion does it (1,500 kg / 1,000).
    if (by.digits == 1 && by.exponent >= -22 && by.exponent <= 22 && exactly_whole(value)) {
        const auto magnitude = static_cast<std::uint64_t>(value < 0 ? -value : value);
        return nearest_floating<To>(by.negative != (value < 0), magnitude, by.exponent);
    }
    return times_exactly_in_general<To>(value, by);
}

// One ratio of a sum: ±numerator / denominator (denominator > 0).
struct ratio_term {
    exact_figure numerator;
    exact_figure denominator;
    bool subtracted = false;
};

// What was cut off below the last kept digit: against one half of that digit, and whether
// anything was. A tie is at least a half and not above one.
struct remainder {
    bool at_least_half = false;  // at or above one half of the last kept digit
    bool above_half = false;
    bool nothing = true;
};

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_rule(rounding rule) {
    throw std::invalid_argument("rounding rule " + std::to_string(static_cast<int>(rule)) +
                                " is none of restoration::rounding's five");
}

// Where a rule stands in all_rounding_rules, as the audits keep their verdicts; a rule cast from
// an int that names none is refused.
inline std::size_t rule_index(rounding rule) {
    for (std::size_t i = 0; i < std::size(all_rounding_rules); ++i) {
        if (all_rounding_rules[i] == rule) {
            return i;
        }
    }
    refuse_rule(rule);
}

constexpr bool rounds_away(std::uint64_t kept, remainder rest, rounding rule) {
    switch (rule) {
    case rounding::half_up: return rest.at_least_half;
    case rounding::half_even:
        return rest.above_half | (rest.at_least_half & (kept % 2 != 0));
    case rounding::half_down: return rest.above_half;
    case rounding::toward_zero: return false;
    case rounding::away_from_zero: return !rest.nothing;
    }
    refuse_rule(rule);
}

// A value cut toward zero to a whole number: its magnitude, what was cut off, and its sign.
// One exact division serves every rule.
struct exact_quotient {
    std::uint64_t kept = 0;  // at most the largest int64, so that any rule's result fits
    remainder rest;
    bool negative = false;

    constexpr std::int64_t rounded(rounding rule) const {
        // Added as a number, not chosen by a branch: a branch on data mispredicts half the time.
        const auto magnitude = static_cast<std::int64_t>(
            kept + static_cast<std::uint64_t>(rounds_away(kept, rest, rule)));
        return negative ? -magnitude : magnitude;
    }
};

#if defined(__SIZEOF_INT128__)
__extension__ typedef unsigned __int128 uint128;  // NOLINT: GCC and Clang's, where they have it
#define RESTORATION_HAS_UINT128 1
#else
#define RESTORATION_HAS_UINT128 0
#endif

// The fixed-width steps of the core: nothing when a product does not fit.
template <class Whole>
std::optional<Whole> multiply(Whole a, Whole b) {
    Whole product = 0;
#if defined(__GNUC__) || defined(__clang__)
    if (__builtin_mul_overflow(a, b, &product)) {
        return std::nullopt;
    }
#else
    if (a != 0 && b > static_cast<Whole>(~Whole{0}) / a) {
        return std::nullopt;
    }
    product = a * b;
#endif
    return product;
}

template <class Whole>
std::optional<Whole> scale_up(Whole value, int exponent) {
    std::optional<Whole> scaled = value;
    for (; scaled && exponent > 0; --exponent) {
        scaled = multiply<Whole>(*scaled, 10);
    }
    return scaled;
}

// Whether `value` is exactly digits x 10^exponent (the sign aside), as exact_form reads it: its
// shortest form is that figure (0.3 for 0.1 + 0.2), or, a whole number past 2^53 and below 2^64,
// its value is. (Past 2^64 a double is read by its shortest form, so 2^65 - 4,096, a double
// exactly, is no figure a double holds: read back it would be another.)
template <std::floating_point To>
bool holds_exactly(To value, std::string digits, int exponent) {
    while (digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
        ++exponent;
    }
    if (digits == "0") {
        return value == 0;
    }
    exact_figure shortest = exact_form(value);
    while (shortest.digits != 0 && shortest.digits % 10 == 0) {
        shortest.digits /= 10;
        ++shortest.exponent;
    }
    return std::to_string(shortest.digits) == digits && shortest.exponent == exponent;
}

// The sum or difference of two figures that no To holds: refused, never the nearest To.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_inexact_result(
    const exact_figure& a, const exact_figure& b, bool subtract, const std::string& digits,
    int exponent) {
    const auto shown = [](const exact_figure& f) {
        return (f.negative ? "-" : "") + std::to_string(f.digits) + "e" +
               std::to_string(f.exponent);
    };
    throw std::overflow_error(shown(a) + (subtract ? " - " : " + ") + shown(b) + " is exactly " +
                              digits + "e" + std::to_string(exponent) +
                              ", which no floating-point number reads back as (more digits "
                              "than its shortest form): keep such amounts in an integer type");
}

// a + b, or a - b, of two figures as written, exactly: 0.1 + 0.2 is 0.3, not
// 0.30000000000000004. A result no To holds (2^53 + 1 for double) throws std::overflow_error
// rather than give the nearest To, another figure, in silence.
template <std::floating_point To>
To sum_exactly(const exact_figure& a, const exact_figure& b, bool subtract) {
    const int lowest = std::min(a.exponent, b.exponent);
    const bool b_negative = b.negative != subtract;
    const auto x = scale_up<std::uint64_t>(a.digits, a.exponent - lowest);
    const auto y = scale_up<std::uint64_t>(b.digits, b.exponent - lowest);
    const auto checked = [&](bool negative, std::uint64_t digits) {
        const To value = nearest_floating<To>(negative, digits, lowest);
        if (!holds_exactly(value, std::to_string(digits), lowest)) {
            refuse_inexact_result(a, b, subtract, std::to_string(digits), lowest);
        }
        return value;
    };
    if (x && y) {
        if (a.negative == b_negative && *x <= std::numeric_limits<std::uint64_t>::max() - *y) {
            return checked(a.negative, *x + *y);
        }
        if (a.negative != b_negative) {
            return *x >= *y ? checked(a.negative, *x - *y) : checked(b_negative, *y - *x);
        }
    }
    natural wide_x{a.digits};
    natural wide_y{b.digits};
    wide_x.times_power_of_ten(a.exponent - lowest);
    wide_y.times_power_of_ten(b.exponent - lowest);
    bool negative = a.negative;
    if (a.negative == b_negative) {
        wide_x += wide_y;
    } else {
        const bool x_larger = wide_x >= wide_y;
        natural& larger = x_larger ? wide_x : wide_y;
        larger -= x_larger ? wide_y : wide_x;
        negative = x_larger ? a.negative : b_negative;
        if (!x_larger) {
            wide_x = wide_y;
        }
    }
    const std::string digits = wide_x.decimal_digits();
    const To value = nearest_floating_by_text<To>(negative, digits, lowest);
    if (!holds_exactly(value, digits, lowest)) {
        refuse_inexact_result(a, b, subtract, digits, lowest);
    }
    return value;
}

// a + b, or a - b, of two figures as written, as sum_exactly gives it, by the shortest way that
// gives the same result. Outputs are summed by the million, mostly whole or to the kilogram in
// tonnes: such a figure below 2^50 x 10^-3 is m x 10^-3 for the whole m nearest to it x 10^3
// (the product's error is below 1/4, and no other m rounds to the same double), and m / 10^3,
// one correctly rounded division, checks it; the sum is then exactly (m_a ± m_b) x 10^-3.
template <std::floating_point To>
[[gnu::noinline]] To sum_as_written_in_general(To a, To b, bool subtract) {
    // Whole figures below 2^53 are their own decimal forms: one operation, exact while the
    // result stays below 2^53 too (2^53 + 1 does not).
    if (exactly_whole(a) && exactly_whole(b)) {
        const To result = subtract ? a - b : a + b;
        if (result < whole_limit<To> && result > -whole_limit<To>) {
            return result;
        }
    }
    return sum_exactly<To>(exact_form(a), exact_form(b), subtract);
}

// `mostly_whole` tries whole figures first, for goods counted in pieces.
template <std::floating_point To, bool mostly_whole = false>
[[gnu::always_inline]] inline To sum_as_written(To a, To b, bool subtract) {
    if constexpr (std::same_as<To, double>) {
        if constexpr (mostly_whole) {
            // Whole figures below 2^53 are their own decimal forms: one addition, exact while
            // the sum stays below 2^53.
            if (exactly_whole(a) && exactly_whole(b)) {
                const double result = subtract ? a - b : a + b;
                if (result < whole_limit<double> && result > -whole_limit<double>) {
                    return result;
                }
            }
        }
        constexpr double thousand = 1e3;
        constexpr double bound = 1125899906842624.0;  // 2^50
        const double scaled_a = a * thousand;
        const double scaled_b = b * thousand;
        if (scaled_a < bound && scaled_a > -bound && scaled_b < bound && scaled_b > -bound) {
            // Nearest whole numbers: adding a half is exact below 2^50, and truncation then
            // rounds, since each product lies within 1/4 of a whole number when it is one.
            const auto m_a = static_cast<std::int64_t>(scaled_a + (scaled_a < 0 ? -0.5 : 0.5));
            const auto m_b = static_cast<std::int64_t>(scaled_b + (scaled_b < 0 ? -0.5 : 0.5));
            if (static_cast<double>(m_a) / thousand == a &&
                static_cast<double>(m_b) / thousand == b) {
                // Below 2^51 in magnitude: the conversion is exact, the division rounds once.
                return static_cast<double>(subtract ? m_a - m_b : m_a + m_b) / thousand;
            }
        }
    }
    return sum_as_written_in_general(a, b, subtract);
}

// The sum's numerator and denominator over one common denominator, scaled by 10^shift:
// positive and negative parts apart, so that only magnitudes are ever handled.
template <class Whole>
struct common_form {
    Whole positive{};
    Whole negative{};
    Whole denominator{};
};

inline bool subtracts(const ratio_term& term) {
    return term.subtracted != (term.numerator.negative != term.denominator.negative);
}

inline int scale_of(const ratio_term& term, int shift) {
    return term.numerator.exponent - term.denominator.exponent + shift;
}

inline int lowest_scale(std::span<const ratio_term> terms, int shift) {
    int lowest = 0;
    for (const ratio_term& term : terms) {
        lowest = std::min(lowest, scale_of(term, shift));
    }
    return lowest;
}

// In a fixed width (64 or 128 bits), or nothing when a product does not fit.
template <class Whole>
std::optional<common_form<Whole>> common_form_fixed(std::span<const ratio_term> terms,
                                                    int shift) {
    const int lowest = lowest_scale(terms, shift);
    std::optional<Whole> denominator = Whole{1};
    for (const ratio_term& term : terms) {
        denominator = denominator ? multiply<Whole>(*denominator, term.denominator.digits)
                                  : std::nullopt;
    }
    denominator = denominator ? scale_up<Whole>(*denominator, -lowest) : std::nullopt;
    if (!denominator) {
        return std::nullopt;
    }
    common_form<Whole> form{0, 0, *denominator};
    for (std::size_t i = 0; i < terms.size(); ++i) {
        auto part = scale_up<Whole>(terms[i].numerator.digits, scale_of(terms[i], shift) - lowest);
        for (std::size_t j = 0; part && j < terms.size(); ++j) {
            part = j == i ? part : multiply<Whole>(*part, terms[j].denominator.digits);
        }
        Whole& side = subtracts(terms[i]) ? form.negative : form.positive;
        if (!part || *part > static_cast<Whole>(~Whole{0} - side)) {
            return std::nullopt;
        }
        side += *part;
    }
    return form;
}

// In a natural number of any size: always succeeds.
inline common_form<natural> common_form_any(std::span<const ratio_term> terms, int shift) {
    const int lowest = lowest_scale(terms, shift);
    common_form<natural> form{natural{}, natural{}, natural{1}};
    for (const ratio_term& term : terms) {
        form.denominator = form.denominator * natural{term.denominator.digits};
    }
    form.denominator.times_power_of_ten(-lowest);
    for (std::size_t i = 0; i < terms.size(); ++i) {
        natural part{terms[i].numerator.digits};
        part.times_power_of_ten(scale_of(terms[i], shift) - lowest);
        for (std::size_t j = 0; j < terms.size(); ++j) {
            part = j == i ? part : part * natural{terms[j].denominator.digits};
        }
        (subtracts(terms[i]) ? form.negative : form.positive) += part;
    }
    return form;
}

inline std::string describe(std::span<const ratio_term> terms) {
    // Appended piece by piece: g++ 12 at -O3 warns, wrongly, of an overflow in "-" + text.
    const auto figure = [](exact_figure f) {
        std::string text(f.negative ? "-" : "");
        text += grouped(f.digits);
        if (f.exponent != 0) {
            text += 'e';
            text += std::to_string(f.exponent);
        }
        return text;
    };
    std::string text;
    for (const ratio_term& term : terms) {
        text += (text.empty() ? (term.subtracted ? "-" : "") : (term.subtracted ? " - " : " + ")) +
                figure(term.numerator) + "/" + figure(term.denominator);
    }
    return text;
}

// `figures` x 10^shift is too large a whole number to round into a decimal figure.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_size(
    const std::string& figures, int shift) {
    throw std::overflow_error(figures + " x 10^" + std::to_string(shift) +
                              " has a magnitude not below the largest int64 (" +
                              grouped(std::numeric_limits<std::int64_t>::max()) +
                              "): a rounded figure is kept below it, so that any rule's step "
                              "up by one still fits");
}

template <class Whole>
exact_quotient divide(const common_form<Whole>& form, std::span<const ratio_term> terms,
                      int shift) {
    exact_quotient result;
    result.negative = form.negative > form.positive;
    Whole magnitude = result.negative ? form.negative : form.positive;
    magnitude -= result.negative ? form.positive : form.negative;
    Whole left{};
    std::optional<std::uint64_t> kept;
    if constexpr (std::same_as<Whole, natural>) {
        kept = magnitude.divide(form.denominator, left);
    } else {
        const Whole quotient = magnitude / form.denominator;
        left = magnitude % form.denominator;
        if (quotient <= std::numeric_limits<std::uint64_t>::max()) {
            kept = static_cast<std::uint64_t>(quotient);
        }
    }
    // Below the largest int64, so that rounding away from zero still fits.
    if (!kept || *kept >= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        refuse_size("(" + describe(terms) + ")", shift);
    }
    result.kept = *kept;
    Whole other = form.denominator;  // left against other is left against a half
    other -= left;
    result.rest = {left >= other, left > other, left == Whole{}};
    return result;
}

inline constexpr std::uint64_t powers_of_ten[] = {1U,
                                                  10U,
                                                  100U,
                                                  1'000U,
                                                  10'000U,
                                                  100'000U,
                                                  1'000'000U,
                                                  10'000'000U,
                                                  100'000'000U,
                                                  1'000'000'000U,
                                                  10'000'000'000U,
                                                  100'000'000'000U,
                                                  1'000'000'000'000U,
                                                  10'000'000'000'000U,
                                                  100'000'000'000'000U,
                                                  1'000'000'000'000'000U,
                                                  10'000'000'000'000'000U,
                                                  100'000'000'000'000'000U,
                                                  1'000'000'000'000'000'000U};

// One ratio whose scaled figures fit 64 bits, the case of nearly every rate: one product and one
// division, as a hand-written loop would do them. Nothing when it does not fit.
inline std::optional<common_form<std::uint64_t>> common_form_of_one(const ratio_term& term,
                                                                    int shift) {
    const int scale = scale_of(term, shift);
    constexpr int most = static_cast<int>(std::size(powers_of_ten)) - 1;
    if (scale > most || scale < -most) {
        return std::nullopt;
    }
    std::uint64_t numerator = term.numerator.digits;
    std::uint64_t denominator = term.denominator.digits;
    std::uint64_t& scaled = scale >= 0 ? numerator : denominator;
    const auto product =
        multiply<std::uint64_t>(scaled, powers_of_ten[scale >= 0 ? scale : -scale]);
    if (!product) {
        return std::nullopt;
    }
    scaled = *product;
    const bool negative = subtracts(term);
    return common_form<std::uint64_t>{negative ? 0 : numerator, negative ? numerator : 0,
                                      denominator};
}

// The general case, out of line so that the common one stays small where it is inlined.
[[gnu::noinline]] inline exact_quotient scaled_sum_of_many(std::span<const ratio_term> terms,
                                                          int shift) {
    if (const auto form = common_form_fixed<std::uint64_t>(terms, shift)) {
        return divide(*form, terms, shift);
    }
#if RESTORATION_HAS_UINT128
    if (const auto form = common_form_fixed<uint128>(terms, shift)) {
        return divide(*form, terms, shift);
    }
#endif
    return divide(common_form_any(terms, shift), terms, shift);
}

// (sum of the terms) x 10^shift, cut toward zero, with what was cut off. Throws
// std::overflow_error, naming the figures, only when the whole part passes the largest int64.
inline exact_quotient scaled_sum(std::span<const ratio_term> terms, int shift) {
    if (terms.size() == 1) {
        if (const auto form = common_form_of_one(terms[0], shift)) {
            return divide(*form, terms, shift);
        }
    }
    return scaled_sum_of_many(terms, shift);
}

// numerator / denominator x 10^shift of a rate of counts (numerator >= 0 and denominator > 0,
// as a rate guarantees; 0 <= shift <= 18), cut toward zero: one product and one division in 64
// bits, as a hand-written loop makes them, and the general core only when the product does not
// fit. Rates of counts are the ones audited and printed by the million.
template <std::integral Rep>
[[gnu::noinline]] exact_quotient scaled_ratio_of_large(Rep numerator, Rep denominator,
                                                       int shift) {
    const ratio_term term{exact_form(numerator), exact_form(denominator)};
    return scaled_sum({&term, 1}, shift);
}

template <std::integral Rep>
[[gnu::always_inline]] inline exact_quotient scaled_ratio(Rep numerator, Rep denominator,
                                                          int shift) {
    // The product within the int64 range keeps the quotient there, and rounding away from zero
    // too: it adds one only when something was cut off, so only when the denominator is above 1.
    std::int64_t scaled = 0;
#if defined(__GNUC__) || defined(__clang__)
    const bool fits = !__builtin_mul_overflow(static_cast<std::int64_t>(numerator),
                                              static_cast<std::int64_t>(powers_of_ten[shift]),
                                              &scaled);
#else
    const auto product =
        multiply<std::uint64_t>(static_cast<std::uint64_t>(numerator), powers_of_ten[shift]);
    const bool fits = product && *product <= std::uint64_t{std::numeric_limits<std::int64_t>::max()};
    scaled = fits ? static_cast<std::int64_t>(*product) : 0;
#endif
    if (fits) [[likely]] {
        const auto d = static_cast<std::uint64_t>(denominator);
        const std::uint64_t kept = static_cast<std::uint64_t>(scaled) / d;
        const std::uint64_t left = static_cast<std::uint64_t>(scaled) % d;
        const std::uint64_t other = d - left;
        return {kept, {left >= other, left > other, left == 0}, false};
    }
    return scaled_ratio_of_large(numerator, denominator, shift);
}

// The sign of the sum of the terms: never overflows.
inline std::strong_ordering sign_of_sum(std::span<const ratio_term> terms) {
    if (const auto form = common_form_fixed<std::uint64_t>(terms, 0)) {
        return form->positive <=> form->negative;
    }
#if RESTORATION_HAS_UINT128
    if (const auto form = common_form_fixed<uint128>(terms, 0)) {
        return form->positive <=> form->negative;
    }
#endif
    const common_form<natural> form = common_form_any(terms, 0);
    return form.positive <=> form.negative;
}

}  // namespace restoration::detail
