// audit.hpp: does a printed percentage fit its counts, under which rounding rules, and which
// counts would fit it; all decided in exact integer arithmetic.
//
//   check_printed(84.3_percent, all.work_rate())           // fits toward_zero only
//   fitting_numerators(84.3_percent, 7'681, rounding::half_up)   // 6,472 to 6,478 resumed
//   fitting_changes(84.3_percent, 6'480, 7'681, rounding::half_up)
//       // 2 to 8 fewer resumed, or 2 to 10 more in scope
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>

#include <restoration/detail/checked.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// What one rounding rule makes of the counts, and whether that is what was printed.
struct rule_verdict {
    rounding rule = rounding::half_up;
    decimal result;  // the percent the rule gives, at the printed precision
    bool fits = false;
};

// A printed percentage against the counts it claims to come from. It keeps the one exact
// division of the counts, from which every rule's verdict follows without another.
class percent_check {
public:
    percent_check(printed_percent printed, std::int64_t numerator, std::int64_t denominator);

    printed_percent printed() const { return printed_; }
    std::int64_t numerator() const { return numerator_; }
    std::int64_t denominator() const { return denominator_; }

    rule_verdict verdict(rounding rule) const {
        const decimal result{quotient_.rounded(rule), printed_.figure.decimals};
        return {rule, result, result == printed_.figure};
    }
    // In the order of all_rounding_rules.
    std::array<rule_verdict, std::size(all_rounding_rules)> verdicts() const {
        std::array<rule_verdict, std::size(all_rounding_rules)> all{};
        for (std::size_t i = 0; i < all.size(); ++i) {
            all[i] = verdict(all_rounding_rules[i]);
        }
        return all;
    }

    bool fits(rounding rule) const { return verdict(rule).fits; }
    bool fits_any() const { return std::ranges::any_of(verdicts(), &rule_verdict::fits); }
    bool fits_all() const { return std::ranges::all_of(verdicts(), &rule_verdict::fits); }

private:
    printed_percent printed_;
    std::int64_t numerator_;
    std::int64_t denominator_;
    detail::exact_quotient quotient_;
};

// An inclusive range of counts; `high` is `unbounded` when no count is too large.
struct count_range {
    static constexpr std::int64_t unbounded = std::numeric_limits<std::int64_t>::max();

    std::int64_t low = 1;
    std::int64_t high = 0;

    constexpr bool empty() const { return low > high; }
    constexpr bool bounded() const { return high != unbounded; }
    constexpr bool contains(std::int64_t count) const { return low <= count && count <= high; }
    friend constexpr bool operator==(count_range, count_range) = default;
};

// The counts that fit a printed percentage, and whether finding one proves anything: when every
// printed value of that precision is some count's rate, it does not (`discriminating` is false).
struct fitting_counts {
    count_range counts;
    bool discriminating = true;
};

// By how many the numerator, or else the denominator, would have to differ for a printed
// percentage to fit: negative is fewer. One of them changes, the other stays as stated.
struct fitting_change {
    count_range numerator;
    count_range denominator;
};

namespace detail {

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

inline preimage preimage_of(printed_percent printed, rounding rule) {
    check_decimals(printed.figure.decimals);
    if (printed.figure.units < 0) {
        throw std::invalid_argument("a printed percentage cannot be negative (" +
                                    to_string(printed.figure) + "%)");
    }
    const std::int64_t c2 = checked_mul<std::int64_t>(printed.figure.units, 2, "a printed figure");
    const std::int64_t twice_scale = 200 * power_of_ten(printed.figure.decimals);
    switch (rule) {
    case rounding::toward_zero: return {c2, false, c2 + 2, true, twice_scale};
    case rounding::away_from_zero: return {c2 - 2, true, c2, false, twice_scale};
    case rounding::half_up: return {c2 - 1, false, c2 + 1, true, twice_scale};
    case rounding::half_down: return {c2 - 1, true, c2 + 1, false, twice_scale};
    case rounding::half_even: {
        const bool even = printed.figure.units % 2 == 0;
        return {c2 - 1, !even, c2 + 1, !even, twice_scale};
    }
    }
    throw std::invalid_argument("unknown rounding rule");
}

inline void check_count(std::int64_t count, const char* what) {
    if (count < 0) {
        throw std::invalid_argument(std::string(what) + " cannot be negative (" + grouped(count) +
                                    ")");
    }
}

inline count_range numerators_in(const preimage& p, std::int64_t denominator) {
    constexpr const char* what = "fitting counts";
    // k x twice_scale / n against the bounds, multiplied out: k x twice_scale vs bound x n.
    const std::int64_t low_n = checked_mul(p.low, denominator, what);
    const std::int64_t high_n = checked_mul(p.high, denominator, what);
    const std::int64_t low = p.low_open ? floor_div(low_n, p.twice_scale) + 1
                                        : ceil_div(low_n, p.twice_scale);
    const std::int64_t high = p.high_open ? ceil_div(high_n, p.twice_scale) - 1
                                          : floor_div(high_n, p.twice_scale);
    return {std::max<std::int64_t>(low, 0), std::min(high, denominator)};
}

inline count_range denominators_in(const preimage& p, std::int64_t numerator) {
    const std::int64_t least = std::max<std::int64_t>(numerator, 1);
    if (numerator == 0) {  // the rate is 0 whatever the denominator
        const bool fits = (p.low < 0 || (p.low == 0 && !p.low_open)) &&
                          (p.high > 0 || (p.high == 0 && !p.high_open));
        return fits ? count_range{1, count_range::unbounded} : count_range{};
    }
    if (p.high <= 0) {
        return {};
    }
    const std::int64_t k = checked_mul(numerator, p.twice_scale, "fitting counts");
    // k / n below the upper bound: n above k / high.
    const std::int64_t low = p.high_open ? floor_div(k, p.high) + 1 : ceil_div(k, p.high);
    // k / n above the lower bound: n below k / low; no bound when low <= 0.
    std::int64_t high = count_range::unbounded;
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
        if (checked_mul(p.high, dense_from, "fitting counts") <=
            checked_mul(numerator, p.twice_scale, "fitting counts")) {
            return false;
        }
        if (denominators_in(p, numerator).empty()) {
            return true;
        }
    }
    return false;
}

}  // namespace detail

// The printed percentage against numerator / denominator under every rounding rule.
inline percent_check::percent_check(printed_percent printed, std::int64_t numerator,
                                    std::int64_t denominator)
    : printed_(printed),
      numerator_(numerator),
      denominator_(denominator),
      quotient_(detail::percent_quotient(numerator, denominator, printed.figure.decimals)) {}

inline percent_check check_printed(printed_percent printed, std::int64_t numerator,
                                   std::int64_t denominator) {
    return {printed, numerator, denominator};
}

template <class Kind, std::integral Rep>
percent_check check_printed(printed_percent printed, const rate<Kind, Rep>& counts) {
    return check_printed(printed, counts.numerator(), counts.denominator());
}

// The numerators (resumed) that fit the printed percentage with this denominator (in scope):
// 84.3% of 7,681 is 6,472 to 6,478 half up. Not discriminating once the denominator is at
// least 100 x 10^decimals, for then every printed value is some numerator's rate.
inline fitting_counts fitting_numerators(printed_percent printed, std::int64_t denominator,
                                         rounding rule) {
    detail::check_count(denominator, "the denominator");
    if (denominator == 0) {
        throw std::domain_error("no percentage fits a denominator of 0");
    }
    const auto p = detail::preimage_of(printed, rule);
    const std::int64_t steps = 100 * detail::power_of_ten(printed.figure.decimals);
    return {detail::numerators_in(p, denominator), denominator < steps};
}

// The denominators (in scope) that fit the printed percentage with this numerator (resumed).
inline fitting_counts fitting_denominators(printed_percent printed, std::int64_t numerator,
                                           rounding rule) {
    detail::check_count(numerator, "the numerator");
    const auto p = detail::preimage_of(printed, rule);
    return {detail::denominators_in(p, numerator),
            detail::some_value_unreachable_by_denominators(printed, numerator, rule)};
}

// How far the numerator alone, or the denominator alone, would have to move for the printed
// percentage to fit: 84.3% for 6,480 of 7,681 half up needs 2 to 8 fewer resumed (-8 to -2),
// or 2 to 10 more in scope (+2 to +10); no smaller denominator fits.
inline fitting_change fitting_changes(printed_percent printed, std::int64_t numerator,
                                      std::int64_t denominator, rounding rule) {
    if (numerator > denominator) {
        throw std::invalid_argument("the numerator (" + detail::grouped(numerator) +
                                    ") exceeds the denominator (" + detail::grouped(denominator) +
                                    ")");
    }
    const auto shift = [](count_range r, std::int64_t by) {
        if (r.empty()) {
            return count_range{};
        }
        return count_range{r.low - by, r.bounded() ? r.high - by : count_range::unbounded};
    };
    return {shift(fitting_numerators(printed, denominator, rule).counts, numerator),
            shift(fitting_denominators(printed, numerator, rule).counts, denominator)};
}

}  // namespace restoration
