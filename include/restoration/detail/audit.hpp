// detail/audit.hpp: the arithmetic behind audit.hpp: which values round to a printed
// percentage under a rule, and which counts give such values.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

#include <restoration/decimal.hpp>
#include <restoration/detail/checked.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rounding.hpp>

namespace restoration::detail {

inline constexpr std::int64_t unbounded = std::numeric_limits<std::int64_t>::max();

// An inclusive range of counts, empty when low > high; audit.hpp's count_range.
struct bounds {
    std::int64_t low = 1;
    std::int64_t high = 0;
    constexpr bool empty() const { return low > high; }
};

inline std::int64_t power_of_ten(int exponent) {
    std::int64_t power = 1;
    for (int i = 0; i < exponent; ++i) {
        power *= 10;
    }
    return power;
}


inline std::int64_t floor_div(std::int64_t a, std::int64_t b) {  // b > 0
    const std::int64_t q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

inline std::int64_t ceil_div(std::int64_t a, std::int64_t b) {  // b > 0
    const std::int64_t q = a / b;
    return (a % b != 0 && a > 0) ? q + 1 : q;
}

// The values that round to the printed figure under a rule, as bounds on 2 x (rate x scale),
// where scale is 100 x 10^decimals: half_up rounds [c - 1/2, c + 1/2) to c.
struct preimage {
    std::int64_t low;
    bool low_open;
    std::int64_t high;
    bool high_open;
    std::int64_t twice_scale;  // 2 x 100 x 10^decimals
};

// Out of line and cold, as every refusal on a path that checks many printed figures.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_negative_printed(
    printed_percent printed) {
    throw std::invalid_argument("a printed percentage cannot be negative (" +
                                to_string(printed.figure) + "%)");
}

inline preimage preimage_of(printed_percent printed, rounding rule) {
    check_printed_places(printed);
    if (printed.figure.units < 0) {
        refuse_negative_printed(printed);
    }
    // Twice the figure, and its upper bound (2 or 1 above it), in 64 bits.
    const std::int64_t c2 = checked_mul<std::int64_t>(printed.figure.units, 2, "a printed figure");
    const auto above = [&](std::int64_t by) {
        return checked_add<std::int64_t>(c2, by, "a printed figure's bound");
    };
    const std::int64_t twice_scale = 200 * power_of_ten(printed.figure.decimals);
    switch (rule) {
    case rounding::toward_zero: return {c2, false, above(2), true, twice_scale};
    case rounding::away_from_zero: return {c2 - 2, true, c2, false, twice_scale};
    case rounding::half_up: return {c2 - 1, false, above(1), true, twice_scale};
    case rounding::half_down: return {c2 - 1, true, above(1), false, twice_scale};
    case rounding::half_even: {
        const bool even = printed.figure.units % 2 == 0;
        return {c2 - 1, !even, above(1), !even, twice_scale};
    }
    }
    refuse_rule(rule);
}

inline void check_count(std::int64_t count, const char* what) {
    if (count < 0) {
        throw std::invalid_argument(std::string(what) + " cannot be negative (" + grouped(count) +
                                    ")");
    }
}

// Named where a product of the fitting search passes 64 bits: a count times twice the printed
// scale, 2 x 10^(decimals + 2), or times a bound of the printed figure's preimage (twice the
// figure, and 1 or 2 above it), at most that + 2 for a rate up to 100%; so fitting_numerators and
// fitting_denominators answer every count to 45,660,257,608,191,959 at a whole percent, and to
// 46,116,859,723 at six decimals.
inline constexpr const char* fitting_product =
    "fitting counts (a count times twice the printed scale, or a bound of the printed figure: at "
    "most 2 x 10^(decimals + 2) + 2)";

inline bounds numerators_in(const preimage& p, std::int64_t denominator) {
    // k x twice_scale / n against the bounds, multiplied out: k x twice_scale vs bound x n.
    const std::int64_t low_n = checked_mul(p.low, denominator, fitting_product);
    const std::int64_t high_n = checked_mul(p.high, denominator, fitting_product);
    const std::int64_t low = p.low_open ? floor_div(low_n, p.twice_scale) + 1
                                        : ceil_div(low_n, p.twice_scale);
    const std::int64_t high = p.high_open ? ceil_div(high_n, p.twice_scale) - 1
                                          : floor_div(high_n, p.twice_scale);
    return {std::max<std::int64_t>(low, 0), std::min(high, denominator)};
}

inline bounds denominators_in(const preimage& p, std::int64_t numerator) {
    const std::int64_t least = std::max<std::int64_t>(numerator, 1);
    if (numerator == 0) {  // the rate is 0 whatever the denominator
        const bool fits = (p.low < 0 || (p.low == 0 && !p.low_open)) &&
                          (p.high > 0 || (p.high == 0 && !p.high_open));
        return fits ? bounds{1, unbounded} : bounds{};
    }
    if (p.high <= 0) {
        return {};
    }
    const std::int64_t k = checked_mul(numerator, p.twice_scale, fitting_product);
    // k / n below the upper bound: n above k / high.
    const std::int64_t low = p.high_open ? floor_div(k, p.high) + 1 : ceil_div(k, p.high);
    // k / n above the lower bound: n below k / low; no bound when low <= 0.
    std::int64_t high = unbounded;
    if (p.low > 0) {
        high = p.low_open ? ceil_div(k, p.low) - 1 : floor_div(k, p.low);
    }
    return {std::max(low, least), high};
}

// Whether some printed value above 0 and up to 100% is no count's rate for this numerator.
// The rates k/n crowd together as n grows; once the gap between neighbours is narrower than a
// printed step, every value below is reached, so only the values above need a look.
inline bool some_value_unreachable_by_denominators(printed_percent printed,
                                                   std::int64_t numerator, rounding rule) {
    if (numerator == 0) {
        return true;
    }
    const std::int64_t steps = 100 * power_of_ten(printed.figure.decimals);  // printed values
    // The least n >= numerator with n (n + 1) > numerator x steps: from there on, neighbouring
    // rates k/n and k/(n + 1) are closer than one printed step.
    std::int64_t dense_from = numerator;
    if (numerator < steps) {
        const std::int64_t product = numerator * steps;  // both < 10^8: no overflow
        const auto root = static_cast<std::int64_t>(std::sqrt(static_cast<double>(product)));
        dense_from = std::max(numerator, root - 1);
        while (dense_from * (dense_from + 1) <= product) {
            ++dense_from;
        }
    }
    for (std::int64_t c = steps; c >= 1; --c) {
        const preimage p = preimage_of({decimal{c, printed.figure.decimals}}, rule);
        // The value's whole interval lies at or below numerator / dense_from: reached, and so
        // is every value below it.
        if (checked_mul(p.high, dense_from, fitting_product) <=
            checked_mul(numerator, p.twice_scale, fitting_product)) {
            return false;
        }
        if (denominators_in(p, numerator).empty()) {
            return true;
        }
    }
    return false;
}

}  // namespace restoration::detail
