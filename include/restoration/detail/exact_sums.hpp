// detail/exact_sums.hpp: sums of figures and means of rates, kept exact where a double would
// round them.
//
//   decimal_sum: a sum of floating-point figures, each at its exact form (0.1 is 1 x 10^-1), held
//     as one 128-bit integer over a common power of ten, with no allocation; given back as a
//     double only when a double's shortest form is that exact sum.
//   fixed_or_double: an output's amount in 8 bytes, as a whole number of thousandths of its unit
//     (1,234.5 t is 1,234,500), or of pieces, when it is one, so that summing such amounts is
//     adding integers, and as the double otherwise.
//   exact_fraction: a sum of ratios (a mean of rates, or its difference from a rate) as one
//     fraction of natural numbers, for the means and differences decided exactly.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <system_error>
#include <utility>

#include <restoration/detail/exact.hpp>
#include <restoration/detail/natural.hpp>
#include <restoration/detail/text.hpp>

namespace restoration::detail {

// An unsigned 128-bit integer in two halves, with the few checked steps a decimal_sum takes.
struct wide {
    std::uint64_t high = 0;
    std::uint64_t low = 0;

    constexpr bool is_zero() const { return (high | low) == 0; }
    friend constexpr bool operator==(wide, wide) = default;

    // a x b in full.
    static constexpr wide product(std::uint64_t a, std::uint64_t b) {
        const std::uint64_t a_low = a & 0xFFFF'FFFFU;
        const std::uint64_t a_high = a >> 32;
        const std::uint64_t b_low = b & 0xFFFF'FFFFU;
        const std::uint64_t b_high = b >> 32;
        const std::uint64_t low_low = a_low * b_low;
        const std::uint64_t high_low = a_high * b_low;
        const std::uint64_t low_high = a_low * b_high;
        const std::uint64_t middle =
            (low_low >> 32) + (high_low & 0xFFFF'FFFFU) + (low_high & 0xFFFF'FFFFU);
        return {a_high * b_high + (high_low >> 32) + (low_high >> 32) + (middle >> 32),
                (middle << 32) | (low_low & 0xFFFF'FFFFU)};
    }

    // Nothing when the result passes 2^128.
    static constexpr std::optional<wide> sum(wide a, wide b) {
        const std::uint64_t low = a.low + b.low;
        const std::uint64_t carry = low < a.low ? 1 : 0;
        const std::uint64_t high = a.high + b.high;
        if (high < a.high || high + carry < high) {
            return std::nullopt;
        }
        return wide{high + carry, low};
    }

    static constexpr std::optional<wide> times(wide a, std::uint64_t factor) {
        const wide low = product(a.low, factor);
        const wide high = product(a.high, factor);
        if (high.high != 0) {
            return std::nullopt;
        }
        return sum(low, wide{high.low, 0});
    }

    static constexpr std::optional<wide> times_power_of_ten(wide a, int exponent) {
        std::optional<wide> scaled = a;
        for (; scaled && exponent > 0; exponent -= 18) {
            scaled = times(*scaled, powers_of_ten[exponent < 18 ? exponent : 18]);
        }
        return scaled;
    }

    // The value over 10, and what is left.
    constexpr unsigned divide_by_ten() {
        const std::uint64_t high_left = high % 10;
        high /= 10;
        // (high_left x 2^64 + low) / 10 in two 32-bit steps.
        const std::uint64_t upper = (high_left << 32) | (low >> 32);
        const std::uint64_t upper_left = upper % 10;
        const std::uint64_t lower = (upper_left << 32) | (low & 0xFFFF'FFFFU);
        low = ((upper / 10) << 32) | (lower / 10);
        return static_cast<unsigned>(lower % 10);
    }

    std::string digits() const {
        char text[40];  // 2^128 has 39 digits
        char* first = std::end(text);
        wide left = *this;
        do {
            *--first = static_cast<char>('0' + left.divide_by_ten());
        } while (!left.is_zero());
        return std::string(first, std::end(text));
    }
};

// A sum of figures that are not negative, exactly: digits x 10^exponent, the exponent the least
// of the figures' so far. Adding a figure at that exponent is one 128-bit addition.
class decimal_sum {
public:
    // Adds the figure (not negative) and says true; says false, and is left as it was, when the
    // exact sum would pass 128 bits at the least exponent. Always inlined: a loop of sums, as
    // aggregate's, adds two figures a record, and a call costs more than the addition.
    [[nodiscard]] [[gnu::always_inline]] constexpr bool add(exact_figure figure) {
        if (figure.exponent == exponent_) {
            const std::uint64_t low = digits_.low + figure.digits;
            const std::uint64_t high = digits_.high + (low < figure.digits ? 1 : 0);
            if (high < digits_.high) {
                return false;
            }
            digits_ = {high, low};
            return true;
        }
        return add_at_another_exponent(figure);
    }

    constexpr bool is_zero() const { return digits_.is_zero(); }

    // Whether the sum passes the largest double by far enough for its floating-point estimate to
    // say so: a figure no double holds. Only a sum at an exponent above 269 can.
    bool past_largest_double() const {
        if (exponent_ <= 269) {
            return false;  // below 2^128 x 10^269, about 3.4e307
        }
        const double estimate =
            (static_cast<double>(digits_.high) * 18446744073709551616.0 +
             static_cast<double>(digits_.low)) *
            std::pow(10.0, exponent_);
        return !(estimate <= std::numeric_limits<double>::max());
    }

    // The sum as a message shows it: as the double it is, or else as its exact digits.
    std::string shown() const {
        const std::optional<double> value = as_double();
        return value ? plain(*value) : text();
    }

    // The double that reads back as this sum, or nothing when there is none: a double's
    // shortest form holds 15 to 17 digits, and a sum may have more (2^53 + 1, or 10^15 + 0.01),
    // or be past the largest double. The nearest double would be another figure, silently.
    std::optional<double> as_double() const {
        auto [digits, exponent] = normalized();
        if (digits.is_zero()) {
            return 0.0;
        }
        if (digits.high == 0 && exponent == 0 && digits.low < (std::uint64_t{1} << 53)) {
            return static_cast<double>(digits.low);
        }
        const std::string text = digits.digits() + "e" + std::to_string(exponent);
        double value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc{} || end != text.data() + text.size()) {
            return std::nullopt;
        }
        // The double is the sum when it reads back as the sum (holds_exactly): by its shortest
        // form (0.3 for 0.1 + 0.2), or, a whole number from 2^53 to 2^64, by its value.
        if (holds_exactly(value, digits.digits(), exponent)) {
            return value;
        }
        return std::nullopt;
    }

    // The exact sum as text, for messages: "1,000.30000000000000004", "17,976...e+292".
    std::string text() const {
        auto [digits, exponent] = normalized();
        std::string plain_digits = digits.digits();
        if (exponent >= 0 && exponent <= 20) {
            return group_thousands(plain_digits + std::string(static_cast<std::size_t>(exponent),
                                                              '0'));
        }
        if (exponent < 0 && exponent >= -40) {
            const auto decimals = static_cast<std::size_t>(-exponent);
            if (plain_digits.size() <= decimals) {
                plain_digits.insert(0, decimals + 1 - plain_digits.size(), '0');
            }
            plain_digits.insert(plain_digits.size() - decimals, ".");
            return group_thousands(plain_digits);
        }
        return plain_digits + "e" + std::to_string(exponent);
    }

private:
    // Out of line: figures of one exponent, as a registry's mostly are, never come here, and
    // add() stays small enough to be inlined into a loop of sums.
    [[gnu::noinline]] constexpr bool add_at_another_exponent(exact_figure figure) {
        if (figure.digits == 0) {
            return true;
        }
        if (digits_.is_zero()) {
            digits_ = {0, figure.digits};
            exponent_ = figure.exponent;
            return true;
        }
        std::optional<wide> total;
        if (figure.exponent > exponent_) {
            const auto scaled =
                wide::times_power_of_ten({0, figure.digits}, figure.exponent - exponent_);
            total = scaled ? wide::sum(digits_, *scaled) : std::nullopt;
        } else {
            const auto scaled = wide::times_power_of_ten(digits_, exponent_ - figure.exponent);
            total = scaled ? wide::sum(*scaled, {0, figure.digits}) : std::nullopt;
        }
        if (!total) {
            return false;
        }
        digits_ = *total;
        exponent_ = std::min(exponent_, figure.exponent);
        return true;
    }

    static constexpr void strip_zeros(wide& digits, int& exponent) {
        if (digits.is_zero()) {
            exponent = 0;
            return;
        }
        for (wide next = digits; next.divide_by_ten() == 0; next = digits) {
            digits = next;
            ++exponent;
        }
    }

    constexpr std::pair<wide, int> normalized() const {
        wide digits = digits_;
        int exponent = exponent_;
        strip_zeros(digits, exponent);
        return {digits, exponent};
    }

    wide digits_;
    int exponent_ = 0;
};

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_inexact_sum(
    const decimal_sum& sum, const std::string& what) {
    throw std::overflow_error(what + " sums to exactly " + sum.text() +
                              ", which no double holds: more digits than a double's shortest "
                              "form, or past the largest double");
}

// The double that reads back as the sum (exact_form), as a double holds any figure of 15
// significant digits. A sum of more digits than that (2^53 + 1; sums of computed values, such
// as 1.0 / 3) or past the largest double throws std::overflow_error, naming the sum and `what`
// it is, rather than give the nearest double, another figure, in silence.
inline double exact_double(const decimal_sum& sum, const char* what) {
    const std::optional<double> value = sum.as_double();
    if (!value) {
        refuse_inexact_sum(sum, what);
    }
    return *value;
}

inline void times_power_of_two(natural& n, int exponent) {
    for (; exponent >= 31; exponent -= 31) {
        n *= std::uint32_t{1} << 31;
    }
    if (exponent > 0) {
        n *= std::uint32_t{1} << exponent;
    }
}

// The double nearest figure x times / (divisor x over) (none negative, the divisor above zero),
// decided in natural numbers: the quotient scaled by 2^shift to 63 bits, cut to 53 bits with
// half even (fewer below the normal doubles), and the bits cut off and the remainder deciding. One
// division of doubles would round the figure first (0.3 / 3 is 0.09999999999999999, not 0.1).
// `times` carries a period's ratio: 7 t over 7 hours is 7 x 24 / 7 t a day. `what` names the
// quotient if it is refused.
template <class Describe>
double nearest_quotient(exact_figure figure, exact_figure divisor, Describe what,
                        std::uint64_t times = 1, std::uint64_t over = 1) {
    if (figure.digits == 0) {
        return 0.0;
    }
    figure.exponent -= divisor.exponent;  // figure x 10^-e / d: the divisor's digits alone
    const std::uint64_t by = divisor.digits;
    const double estimate = std::log2(static_cast<double>(figure.digits)) +
                            std::log2(static_cast<double>(times)) +
                            figure.exponent * 3.321928094887362 -
                            std::log2(static_cast<double>(by)) -
                            std::log2(static_cast<double>(over));
    int shift = 62 - static_cast<int>(std::floor(estimate));
    for (;;) {
        natural numerator = natural{figure.digits} * natural{times};
        natural denominator = natural{by} * natural{over};
        numerator.times_power_of_ten(std::max(figure.exponent, 0));
        denominator.times_power_of_ten(std::max(-figure.exponent, 0));
        times_power_of_two(shift >= 0 ? numerator : denominator, shift >= 0 ? shift : -shift);
        natural rest;
        const std::optional<std::uint64_t> quotient = numerator.divide(denominator, rest);
        if (!quotient || *quotient >= (std::uint64_t{1} << 63)) {
            --shift;  // the estimate was a bit high
            continue;
        }
        if (*quotient < (std::uint64_t{1} << 62)) {
            ++shift;
            continue;
        }
        // 63 bits: keep 53 (or, below the normal doubles, the bits down to 2^-1074), and round
        // by those cut off and whether anything is left over.
        const int cut_bits = std::max(10, shift - 1074);
        if (cut_bits > 63) {
            throw std::underflow_error(what() + " per day is nearer 0 than any double");
        }
        std::uint64_t kept = *quotient >> cut_bits;
        const std::uint64_t cut = *quotient & ((std::uint64_t{1} << cut_bits) - 1U);
        const std::uint64_t half = std::uint64_t{1} << (cut_bits - 1);
        if (cut > half || (cut == half && (!rest.is_zero() || (kept & 1U) != 0))) {
            ++kept;
        }
        if (kept == 0) {
            throw std::underflow_error(what() + " per day is nearer 0 than any double");
        }
        const double result = std::ldexp(static_cast<double>(kept), cut_bits - shift);
        if (!std::isfinite(result)) {
            throw std::overflow_error(what() + " per day is past the largest double");
        }
        return result;
    }
}

// An amount that is not negative (or -0.0) and finite, in 8 bytes: a whole number m of steps
// of 10^-Decimals of its unit (Decimals 3: thousandths of a tonne, that is kilograms; Decimals 0:
// whole pieces) below 2^50, or else the double itself. value() is the same double either way:
// the double nearest m x 10^-Decimals, from one correctly rounded division, or none.
//
// Why it is exact: below 2^50 x 10^-3 the doubles nearest two different thousandths differ (their
// spacing there is below 10^-3 / 4), so such a double's shortest form is m x 10^-3 and sum_exactly
// adds two of them as m_a + m_b thousandths; sum_as_written's short way finds m by one product
// and checks it by one division. A whole number below 2^53 is its own shortest form, and the
// short way for goods in pieces adds two of them as doubles, exactly. Here m is found once, when
// the amount is made, and kept: of() finds it the same way (and keeps -0.0 as the double it is),
// so a sum of two costs one integer addition, where finding the thousandths again took two
// products, two conversions and three divisions, and checking whole pieces two conversions
// each. Every other case goes to sum_as_written, as before.
//
// How the two are told apart: an amount in steps is m beneath the bits of a negative quiet NaN,
// and no valid amount's bits are a NaN.
template <int Decimals>
class fixed_or_double {
    static_assert(Decimals == 0 || Decimals == 3,
                  "restoration: amounts are kept in whole units or in thousandths");

public:
    static constexpr std::uint64_t limit = std::uint64_t{1} << 50;
    static constexpr double step = Decimals == 0 ? 1.0 : 1e3;  // steps in one unit

    // m steps, m below limit.
    static constexpr fixed_or_double of_steps(std::uint64_t m) { return fixed_or_double{tag | m}; }

    // The amount `value`, in steps when it is a whole number of them below the limit: the
    // nearest whole number to value x 10^Decimals (within 1/4 of it when it is one), which over
    // 10^Decimals reads back as value, bit for bit (so -0.0 is kept as it is).
    static constexpr fixed_or_double of(double value) {
        const double scaled = value * step;
        if (scaled >= 0 && scaled < static_cast<double>(limit)) {
            // Adding a half is exact below 2^52; truncation then rounds to the nearest.
            const auto m = static_cast<std::int64_t>(Decimals == 0 ? scaled : scaled + 0.5);
            if (std::bit_cast<std::uint64_t>(static_cast<double>(m) / step) ==
                std::bit_cast<std::uint64_t>(value)) {
                return of_steps(static_cast<std::uint64_t>(m));
            }
        }
        return fixed_or_double{std::bit_cast<std::uint64_t>(value)};
    }

    constexpr bool in_steps() const { return bits_ >= tag; }
    constexpr std::uint64_t steps() const { return bits_ & ~tag; }  // if in_steps()

    constexpr double value() const {
        return in_steps() ? static_cast<double>(static_cast<std::int64_t>(steps())) / step
                          : std::bit_cast<double>(bits_);
    }

    // a + b, exactly as sum_as_written adds their values: when both are in steps and their sum
    // is below the limit, one integer addition.
    //
    // The two bits added, less twice the tag, modulo 2^64 (that is, plus 2^52), are m_a + m_b
    // when both are in steps. When either is not, they are at least 2^51, since a valid amount
    // that is a double has bits x at most 2^63 (those of -0.0; the largest double's are
    // 0x7FEF...): with one in steps, 2^51 + m + x; with none, x + y + 2^52, which passes 2^64
    // only for -0.0 twice, and then is 2^52. So one comparison with the limit decides both.
    [[gnu::always_inline]] static fixed_or_double sum(fixed_or_double a, fixed_or_double b) {
        const std::uint64_t m = a.bits_ + b.bits_ - 2 * tag;  // modulo 2^64
        if (m < limit) {
            return of_steps(m);
        }
        return sum_in_general(a, b);
    }

private:
    static constexpr std::uint64_t tag = 0xFFF8'0000'0000'0000U;  // a negative quiet NaN

    // Goods in whole units are counted in pieces, whose sums try whole figures first.
    [[gnu::noinline]] static fixed_or_double sum_in_general(fixed_or_double a, fixed_or_double b) {
        return of(sum_as_written<double, Decimals == 0>(a.value(), b.value(), false));
    }

    constexpr explicit fixed_or_double(std::uint64_t bits) : bits_(bits) {}

    std::uint64_t bits_;
};

// (positive - negative) / denominator, in natural numbers of any size: a sum of ratios brought to
// one denominator (their product), so that nothing is ever rounded or overflows. Adding a ratio
// costs in proportion to the size of the sum so far.
class exact_fraction {
public:
    exact_fraction() = default;

    // Adds ±numerator/denominator, each figure at its exact form (denominator above zero).
    void add(const ratio_term& term) {
        const int scale = term.numerator.exponent - term.denominator.exponent;
        natural numerator{term.numerator.digits};
        natural denominator{term.denominator.digits};
        numerator.times_power_of_ten(scale);
        denominator.times_power_of_ten(-scale);
        const bool subtracted = subtracts(term);
        natural& side = subtracted ? negative_ : positive_;
        natural& other = subtracted ? positive_ : negative_;
        side = side * denominator;
        side += numerator * denominator_;
        other = other * denominator;
        denominator_ = denominator_ * denominator;
    }

    // The fraction divided by a count above zero.
    void divide_by(std::uint64_t count) { denominator_ = denominator_ * natural{count}; }

    friend exact_fraction operator-(const exact_fraction& a, const exact_fraction& b) {
        exact_fraction difference;
        difference.positive_ = a.positive_ * b.denominator_;
        difference.positive_ += b.negative_ * a.denominator_;
        difference.negative_ = a.negative_ * b.denominator_;
        difference.negative_ += b.positive_ * a.denominator_;
        difference.denominator_ = a.denominator_ * b.denominator_;
        return difference;
    }

    friend std::strong_ordering operator<=>(const exact_fraction& a, const exact_fraction& b) {
        const exact_fraction difference = a - b;
        return difference.positive_ <=> difference.negative_;
    }
    friend bool operator==(const exact_fraction& a, const exact_fraction& b) {
        return (a <=> b) == 0;
    }

    // The fraction x 10^shift (shift >= 0), cut toward zero, with what was cut off; nothing when
    // its whole part passes the largest int64.
    std::optional<exact_quotient> scaled(int shift) const {
        exact_quotient result;
        result.negative = negative_ > positive_;
        natural magnitude = result.negative ? negative_ : positive_;
        magnitude -= result.negative ? positive_ : negative_;
        magnitude.times_power_of_ten(shift);
        natural left;
        const std::optional<std::uint64_t> kept = magnitude.divide(denominator_, left);
        if (!kept ||
            *kept >= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            return std::nullopt;
        }
        result.kept = *kept;
        natural other = denominator_;  // left against other is left against a half
        other -= left;
        result.rest = {left >= other, left > other, left.is_zero()};
        return result;
    }

private:
    natural positive_;
    natural negative_;
    natural denominator_{1};
};

}  // namespace restoration::detail
