// interval.hpp: the values a printed figure stands for. "28.38万" is any count that prints so:
// 283,750 to 283,849 under half up; "9000多" is 9,000 to 9,999; "近九成" is a rate a little
// below 90%. The audit then takes such intervals on either count, decided in exact integers.
//
//   count_interval(read_figure("28.38万"), rounding::half_up)     // 283,750 to 283,849
//   rate_interval_of(84.3_percent, rounding::half_up)            // [84.25%, 84.35%)
//   check_printed(nearly_50, {4'400, 4'499}, {9'000, 9'999})   // 接近50%: fits for some counts
//   printed_rates_of({4'400, 4'499}, {9'000, 9'999}, 1, rounding::half_up)  // 44.0% to 50.0%
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include <restoration/audit.hpp>
#include <restoration/audit_format.hpp>
#include <restoration/decimal.hpp>
#include <restoration/detail/audit.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/printed.hpp>
#include <restoration/qualifier.hpp>
#include <restoration/rounding.hpp>

#if !defined(__SIZEOF_INT128__)
#error "restoration/interval.hpp decides its bounds in 128-bit integers (GCC and Clang's __int128)"
#endif

namespace restoration {

// How the words beside a figure are read. A word such as 近 or 约 says how near, not how near
// exactly; the reading is an assumption, stated by to_string(reading) to print beside the
// verdicts that rest on it.
struct claim_reading {
    // 近 / 接近 on a percentage: below it by at most 5 points. Bulletins round shares to whole
    // 成 (tenths) or to 5 and 10 points in headlines; a rate more than 5 points below 90% is
    // nearer 八成 (80%) than 九成, and would be printed as 八成多 or 超八成, not 近九成.
    // Changzhou's "近九成 (88%)" lies 2 points below.
    decimal nearly_points{5, 0};
    // 约 / 左右 on a percentage: on either side by at most 5 points, by the same argument.
    decimal about_points{5, 0};
    // 近 on a count: below it by at most 10% of it ("近3000" is 2,700 to 2,999). A count
    // further below would be printed by its own leading digits ("2600多", not "近3000"); 10%
    // is one step of the leading digit of 近1000 and less than a step for larger ones.
    // The share is taken in whole counts, rounded down (近95 is 86 to 94: 85.5 is no count),
    // and is at least one count: below 10 a tenth is no count, yet 近 still claims one ("近5家"
    // is 4, "约5家" 4 to 6).
    decimal nearly_percent_of_count{10, 0};
    // 约 on a count: on either side by at most 10% of it ("约2000辆" is 1,800 to 2,200), in
    // whole counts as for 近.
    decimal about_percent_of_count{10, 0};
};

// A rate as an exact fraction: 84.25% is 8425/10000, 4,400 of 9,999 is 4400/9999.
struct exact_rate {
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;  // above 0
};

// What a printed rate may be: a part of a whole (resumed of those in scope, never above 100%)
// or a rate with no ceiling (production against a baseline, which can pass 100%).
enum class rate_ceiling { hundred_percent, none };

// The rates a printed percentage stands for: ends exact, each open or closed; no upper end
// when `unbounded_above` ("超过100%" of a production rate).
struct rate_interval {
    exact_rate low;
    bool low_open = false;
    exact_rate high;
    bool high_open = false;
    bool unbounded_above = false;

    bool contains(std::int64_t numerator, std::int64_t denominator) const;
    bool empty() const;  // no rate lies in it: ends crossed, or equal with one open
};

// Whether a printed rate fits two interval counts: for every pair of counts in them, for some,
// or for none.
enum class interval_fit { always, sometimes, never };

// The answer for one reading of a printed rate. `numerators` runs from the least to the greatest
// numerator that fits with some denominator in range, `denominators` likewise; every count
// between them fits unless the `_with_gaps` flag says otherwise (a narrow rate over small
// counts: 66.7% of 3 to 6 is 2 of 3 or 4 of 6, and 3 fits with none).
struct counts_fit {
    interval_fit verdict = interval_fit::never;
    count_range numerators;
    bool numerators_with_gaps = false;
    count_range denominators;
    bool denominators_with_gaps = false;
};

// One rounding rule's reading of a printed rate against interval counts.
struct interval_rule_verdict {
    rounding rule = rounding::half_up;
    rate_interval stands_for;
    counts_fit fit;
};

// A printed rate against two interval counts, under every rounding rule (in the order of
// all_rounding_rules). A qualified figure ("接近50%") stands for the same rates under every rule.
struct interval_check {
    std::string printed;  // "接近50%", "84.3%"
    std::array<interval_rule_verdict, std::size(all_rounding_rules)> verdicts;
    // The assumption the verdicts rest on, where the word's reach is a margin of the
    // claim_reading (近, 约): "近 on a percentage: at most 5 points below". Empty where the
    // figure and its word alone give the rates.
    std::string reading;

    const interval_rule_verdict& verdict(rounding rule) const {
        return verdicts[detail::rule_index(rule)];
    }
};

// The least and greatest rates two interval counts give, printed at a precision under a rule.
struct printed_rate_range {
    decimal lowest;
    decimal highest;
};

namespace detail {

__extension__ typedef __int128 int128;  // NOLINT: GCC and Clang's; products of two counts

// The largest count the intervals take: 2^62, so that a count plus a count's width never
// overflows and every product of a count and a rate's end fits 128 bits.
inline constexpr std::int64_t largest_interval_count = std::int64_t{1} << 62;

inline int128 floor_div128(int128 a, int128 b) {  // b > 0
    const int128 q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

inline int128 ceil_div128(int128 a, int128 b) {  // b > 0
    const int128 q = a / b;
    return (a % b != 0 && a > 0) ? q + 1 : q;
}

inline std::int64_t clip_to_count(int128 value) {
    if (value > unbounded) {
        return unbounded;
    }
    if (value < -1) {
        return -1;
    }
    return static_cast<std::int64_t>(value);
}

// The top of a range of fitting counts, which past the largest count the intervals take
// (2^62) can only come from counts given with no upper end: no count the intervals take is
// above it, so the range is as unbounded as the counts given ("127 or more", not "127 to
// 6,931,364,085,696,364,018"), and its gaps flag still says whether all between fit.
inline std::int64_t beyond_counts_unbounded(int128 high) {
    return high > largest_interval_count ? unbounded : static_cast<std::int64_t>(high);
}

// -1, 0 or 1 as a/b is below, at or above c/d (b, d > 0).
inline int compare_rates(exact_rate a, exact_rate b) {
    const int128 left = int128{a.numerator} * b.denominator;
    const int128 right = int128{b.numerator} * a.denominator;
    return left < right ? -1 : (left > right ? 1 : 0);
}


// A rate as a percentage, exactly: as a decimal where it ends ("84.25%"), else as the fraction
// of counts it is ("4,400/9,999").
inline std::string rate_text(exact_rate rate) {
    const std::int64_t common = std::gcd(rate.numerator, rate.denominator);
    const std::int64_t p = rate.numerator / common;
    const std::int64_t q = rate.denominator / common;
    std::int64_t rest = q;
    int twos = 0;
    int fives = 0;
    while (rest % 2 == 0) {
        rest /= 2;
        ++twos;
    }
    while (rest % 5 == 0) {
        rest /= 5;
        ++fives;
    }
    const int places = std::max({twos, fives, 2}) - 2;  // decimals of the percentage
    if (rest == 1 && places <= 12) {
        // p/q x 100 x 10^places is whole: q divides 10^(places + 2).
        const int128 scaled = int128{p} * 100 * power_of_ten(places) / q;
        if (scaled <= unbounded) {
            return decimal_text(static_cast<std::int64_t>(scaled), places, "%");
        }
    }
    return grouped(rate.numerator) + "/" + grouped(rate.denominator);  // the counts as given
}

[[noreturn]] [[gnu::cold]] inline void refuse_figure(const printed_figure& figure,
                                                     const std::string& why) {
    throw std::invalid_argument("\"" + figure.text + "\" (" + to_string(figure.number) +
                                (figure.percent ? "%" : "") + ", " +
                                std::string(to_string(figure.claim)) + "): " + why);
}

// The value of a margin given as a decimal: checked above zero, since a margin of 0 makes 近
// claim nothing and 约 claim the figure exactly, and of a precision the library takes.
inline decimal checked_margin(decimal margin, const char* what) {
    if (margin.decimals < 0 || margin.decimals > max_decimals) {
        throw std::invalid_argument(std::string("the margin for ") + what + " is " +
                                    std::to_string(margin.units) + " units at " +
                                    std::to_string(margin.decimals) +
                                    " decimals: a precision outside the supported 0 to " +
                                    std::to_string(max_decimals));
    }
    if (margin.units <= 0) {
        throw std::invalid_argument(std::string("the margin for ") + what +
                                    " must be above 0, not " + to_string(margin));
    }
    return margin;
}

// The part of a reading a percentage's word rests on, in the words of to_string(reading);
// empty for a word whose rates the figure alone gives.
inline std::string reading_text(qualifier claim, const claim_reading& reading) {
    switch (claim) {
    case qualifier::nearly:
        return "近 on a percentage: at most " + to_string(reading.nearly_points) + " points below";
    case qualifier::about:
        return "约 on a percentage: within " + to_string(reading.about_points) + " points";
    default: return {};
    }
}

inline void check_interval_counts(count_range counts, const char* what) {
    if (counts.empty() || counts.low < 0 || (counts.low > largest_interval_count) ||
        (counts.bounded() && counts.high > largest_interval_count)) {
        throw std::invalid_argument(std::string(what) + " (" + grouped(counts.low) + " to " +
                                    (counts.bounded() ? grouped(counts.high) : "unbounded") +
                                    ") must be a range of counts from 0 to 2^62, not empty");
    }
}

inline void check_rate_end(exact_rate end, const char* which) {
    if (end.denominator <= 0 || end.numerator < 0 || end.numerator > largest_interval_count ||
        end.denominator > largest_interval_count) {
        throw std::invalid_argument(std::string("the ") + which + " end of a rate interval (" +
                                    grouped(end.numerator) + "/" + grouped(end.denominator) +
                                    ") must be a fraction of counts from 0 to 2^62, over one "
                                    "above 0");
    }
}

// The numerators n with n/d in the interval, for one denominator d: an inclusive range in 128
// bits; the high end is `unbounded` or beyond when the interval has no upper end.
struct numerators_for {
    int128 low;
    int128 high;
};

inline numerators_for numerators_of(const rate_interval& rates, std::int64_t d) {
    const int128 low_product = int128{rates.low.numerator} * d;
    const int128 low = rates.low_open ? floor_div128(low_product, rates.low.denominator) + 1
                                      : ceil_div128(low_product, rates.low.denominator);
    if (rates.unbounded_above) {
        return {low, int128{unbounded}};
    }
    const int128 high_product = int128{rates.high.numerator} * d;
    const int128 high = rates.high_open ? ceil_div128(high_product, rates.high.denominator) - 1
                                        : floor_div128(high_product, rates.high.denominator);
    return {low, high};
}

// A rate of at most 100% as a percentage rounded to `places` decimals, in 128 bits.
inline decimal round_rate(exact_rate rate, int places, rounding rule) {
    const int128 scaled = int128{rate.numerator} * 100 * power_of_ten(places);
    const int128 kept = scaled / rate.denominator;
    const int128 twice_rest = 2 * (scaled % rate.denominator);
    bool up = false;
    switch (rule) {
    case rounding::half_up: up = twice_rest >= rate.denominator; break;
    case rounding::half_even:
        up = twice_rest > rate.denominator || (twice_rest == rate.denominator && kept % 2 != 0);
        break;
    case rounding::half_down: up = twice_rest > rate.denominator; break;
    case rounding::toward_zero: break;
    case rounding::away_from_zero: up = twice_rest != 0; break;
    }
    return {static_cast<std::int64_t>(kept) + (up ? 1 : 0), places};
}

// Runs of counts met in increasing order, merged; whether a gap was seen.
struct run_hull {
    count_range hull;
    bool gaps = false;

    void add(std::int64_t low, std::int64_t high) {
        if (hull.empty()) {
            hull = {low, high};
            return;
        }
        if (hull.high != unbounded && low > hull.high + 1) {
            gaps = true;
        }
        hull.high = std::max(hull.high, high);
    }
};

// Beyond this many denominators below the dense point the scan is refused, not left running.
inline constexpr std::int64_t most_denominators_scanned = 5'000'000;

inline std::string interval_text(const rate_interval& rates);

inline bool is_point(const rate_interval& rates) {
    return !rates.unbounded_above && compare_rates(rates.low, rates.high) == 0;
}

// One exact rate p/q (in lowest terms): the pairs are k p of k q, for whole k.
inline counts_fit fit_point(exact_rate rate, count_range numerators, count_range denominators) {
    counts_fit fit;
    const std::int64_t common = std::gcd(rate.numerator, rate.denominator);
    const std::int64_t p = rate.numerator / common;
    const std::int64_t q = rate.denominator / common;
    if (p == 0) {
        if (numerators.low == 0) {
            fit.numerators = {0, 0};
            fit.denominators = denominators;
        }
        return fit;
    }
    const auto k_from = [](count_range counts, std::int64_t per) {
        return count_range{(counts.low + per - 1) / per,
                           counts.bounded() ? counts.high / per : count_range::unbounded};
    };
    const count_range by_numerator = k_from(numerators, p);
    const count_range by_denominator = k_from(denominators, q);
    const count_range k{std::max(by_numerator.low, by_denominator.low),
                        std::min(by_numerator.high, by_denominator.high)};
    if (k.empty()) {
        return fit;
    }
    const auto times = [&](std::int64_t per) {
        return count_range{k.low * per,
                           k.bounded() ? beyond_counts_unbounded(int128{k.high} * per)
                                       : count_range::unbounded};
    };
    fit.numerators = times(p);
    fit.denominators = times(q);
    fit.numerators_with_gaps = p > 1 && k.high > k.low;
    fit.denominators_with_gaps = q > 1 && k.high > k.low;
    return fit;
}

inline counts_fit fit_span(const rate_interval& rates, count_range numerators,
                           count_range denominators) {
    const int128 n_low = numerators.low;
    const int128 n_high = numerators.high;
    const auto clipped = [&](std::int64_t d) {
        const numerators_for n = numerators_of(rates, d);
        return numerators_for{std::max(n.low, n_low), std::min(n.high, n_high)};
    };

    // From the dense point d0 on, every denominator's numerators are a run (the interval is at
    // least L + 2 wide there: (H - L) d0 >= L + 2), each starting at most one past the end of
    // the one before; so the runs join, and which denominators fit is a range. Below d0, a
    // narrow interval may hold no fraction of denominator d at all: each is looked at.
    std::int64_t dense_from = 1;
    if (!rates.unbounded_above) {
        const exact_rate l = rates.low;
        const exact_rate h = rates.high;
        const int128 width_numerator =
            int128{h.numerator} * l.denominator - int128{l.numerator} * h.denominator;
        const int128 need = (int128{l.numerator} + 2 * int128{l.denominator}) * h.denominator;
        dense_from = clip_to_count(ceil_div128(need, width_numerator));
    }
    run_hull fitting_numerators;
    run_hull fitting_denominators;
    const std::int64_t scan_end = std::min(denominators.high, dense_from - 1);
    if (scan_end >= denominators.low) {
        if (scan_end - denominators.low >= most_denominators_scanned) {
            throw std::domain_error("the rate interval " + interval_text(rates) +
                                    " is too narrow to audit against " + to_string(denominators) +
                                    " in scope: " + grouped(scan_end - denominators.low + 1) +
                                    " denominators would be looked at one by one (at most " +
                                    grouped(most_denominators_scanned) + ")");
        }
        for (std::int64_t d = denominators.low; d <= scan_end; ++d) {
            const numerators_for n = clipped(d);
            if (n.low <= n.high) {
                fitting_numerators.add(static_cast<std::int64_t>(n.low),
                                       static_cast<std::int64_t>(n.high));
                fitting_denominators.add(d, d);
            }
        }
    }
    // The dense part: d fits when its first numerator is at most the highest numerator and its
    // last at least the lowest; both ends rise with d, so these are a floor and a ceiling on d.
    const std::int64_t dense_low = std::max(denominators.low, dense_from);
    if (dense_low <= denominators.high) {
        // The least d whose last numerator reaches numerators.low.
        int128 least = 1;
        if (!rates.unbounded_above) {
            const int128 product = n_low * rates.high.denominator;
            least = rates.high_open ? floor_div128(product, rates.high.numerator) + 1
                                    : ceil_div128(product, rates.high.numerator);
        }
        // The greatest d whose first numerator is at most numerators.high. At a low end of 0
        // the first numerator is the same for every d: 0, or 1 when the end is open ("超过0%"
        // holds no 0 of anything), so either every d passes or none does.
        int128 greatest = unbounded;
        if (rates.low.numerator == 0) {
            if (rates.low_open && n_high < 1) {
                greatest = 0;
            }
        } else if (numerators.bounded()) {
            const int128 product = n_high * rates.low.denominator;
            greatest = rates.low_open ? ceil_div128(product, rates.low.numerator) - 1
                                      : floor_div128(product, rates.low.numerator);
        }
        const int128 first = std::max<int128>(dense_low, least);
        const int128 last = std::min<int128>(denominators.high, greatest);
        if (first <= last) {
            const auto a = static_cast<std::int64_t>(first);
            const auto b = static_cast<std::int64_t>(last);
            const int128 n_first = clipped(a).low;
            // With no last denominator the runs rise without end (the interval is above 0 at
            // its top): every numerator from the first fits, up to numerators.high, however
            // large the last numerator of the largest denominator that a count can hold.
            const int128 n_last = b == unbounded ? n_high : clipped(b).high;
            fitting_numerators.add(static_cast<std::int64_t>(n_first), clip_to_count(n_last));
            fitting_denominators.add(a, b);
        }
    }

    counts_fit fit;
    fit.numerators = {fitting_numerators.hull.low,
                      beyond_counts_unbounded(fitting_numerators.hull.high)};
    fit.numerators_with_gaps = fitting_numerators.gaps;
    fit.denominators = {fitting_denominators.hull.low,
                        beyond_counts_unbounded(fitting_denominators.hull.high)};
    fit.denominators_with_gaps = fitting_denominators.gaps;
    return fit;
}

inline counts_fit fit_counts(rate_interval rates, count_range numerators,
                             count_range denominators, rate_ceiling ceiling) {
    check_interval_counts(numerators, "the numerators");
    check_interval_counts(denominators, "the denominators");
    if (denominators.low == 0) {
        throw std::invalid_argument("the denominators (" + to_string(denominators) +
                                    ") must start at 1 or above: no rate has a denominator of 0");
    }
    check_rate_end(rates.low, "low");
    if (!rates.unbounded_above) {
        check_rate_end(rates.high, "high");
        const int order = compare_rates(rates.low, rates.high);
        if (order > 0 || (order == 0 && (rates.low_open || rates.high_open))) {
            throw std::invalid_argument("the rate interval " + interval_text(rates) +
                                        " holds no rate");
        }
    }
    // A part of a whole is never more than the whole: a pair with more resumed than in scope is
    // no pair, so no rate above 100% is one's.
    const bool part_of_whole = ceiling == rate_ceiling::hundred_percent;
    const exact_rate whole{1, 1};
    if (part_of_whole) {
        const int low_order = compare_rates(rates.low, whole);
        if (low_order > 0 || (low_order == 0 && rates.low_open)) {
            return {};
        }
        if (rates.unbounded_above || compare_rates(rates.high, whole) > 0) {
            rates.unbounded_above = false;
            rates.high = whole;
            rates.high_open = false;
        }
    }
    counts_fit fit = is_point(rates) ? fit_point(rates.low, numerators, denominators)
                                     : fit_span(rates, numerators, denominators);
    if (fit.denominators.empty()) {
        return fit;
    }
    // Every pair fits when the least and the greatest rate of the pairs both lie in the
    // interval: numerators.low / denominators.high and numerators.high / denominators.low, or
    // 100% for a part of a whole where a count can be in both (a pair of them has as many
    // resumed as in scope, and none has more). An unbounded end gives rates that come as near 0,
    // or go as high, as one likes.
    const bool lowest_fits =
        denominators.bounded() || numerators.low == 0
            ? rates.contains(numerators.low, denominators.high)
            : rates.low.numerator == 0;  // rates above 0 but as near it as one likes
    const bool highest_fits =
        part_of_whole && numerators.high >= denominators.low ? rates.contains(1, 1)
        : numerators.bounded() ? rates.contains(numerators.high, denominators.low)
                               : rates.unbounded_above;
    fit.verdict = lowest_fits && highest_fits ? interval_fit::always : interval_fit::sometimes;
    return fit;
}

inline std::string interval_text(const rate_interval& rates) {
    std::string text = (rates.low_open ? "(" : "[") + rate_text(rates.low) + ", ";
    if (rates.unbounded_above) {
        return text + "unbounded)";
    }
    return text + rate_text(rates.high) + (rates.high_open ? ")" : "]");
}

inline std::int64_t trailing_zeros_width(std::int64_t count) {
    std::int64_t width = 1;
    while (width <= count / 10 && count % (width * 10) == 0) {  // no product past the count
        width *= 10;
    }
    return width;
}

// A margin as a fraction of a percentage: {5, 0} points is 5/100.
inline exact_rate points_as_rate(decimal points) {
    return {points.units, 100 * power_of_ten(points.decimals)};
}

// A rate's end and a margin, in 128 bits: a figure or a margin near 2^63 refuses, not wraps.
inline exact_rate add_rates(exact_rate a, exact_rate b, int sign, const printed_figure& figure) {
    // Both denominators are powers of ten times 100 at most 10^8: the larger is a multiple.
    const std::int64_t denominator = std::max(a.denominator, b.denominator);
    const int128 numerator = int128{a.numerator} * (denominator / a.denominator) +
                             sign * (int128{b.numerator} * (denominator / b.denominator));
    if (numerator > std::numeric_limits<std::int64_t>::max() ||
        numerator < std::numeric_limits<std::int64_t>::min()) {
        refuse_figure(figure, "an end of its rates, " + rate_text(a) + (sign > 0 ? " + " : " - ") +
                                  rate_text(b) + ", is past the 64-bit fractions of the intervals");
    }
    return {static_cast<std::int64_t>(numerator), denominator};
}

}  // namespace detail

inline bool rate_interval::empty() const {
    if (unbounded_above) {
        return false;
    }
    const int order = detail::compare_rates(low, high);
    return order > 0 || (order == 0 && (low_open || high_open));
}

inline bool rate_interval::contains(std::int64_t numerator, std::int64_t denominator) const {
    const exact_rate rate{numerator, denominator};
    const int below = detail::compare_rates(rate, low);
    if (below < 0 || (below == 0 && low_open)) {
        return false;
    }
    if (unbounded_above) {
        return true;
    }
    const int above = detail::compare_rates(rate, high);
    return above < 0 || (above == 0 && !high_open);
}

// The counts a printed count stands for. As printed ("28.38万"), the counts that round to it
// under the rule: 283,750 to 283,849 half up, 283,800 to 283,899 toward zero; a figure printed to
// the unit ("7,681") is itself. With a word beside it, the counts the word claims, whatever the
// rule (the word speaks of the figure as printed):
//   多 (odd): the digits are the leading ones, so the last non-zero
//     digit's place is left open: "9000多" is 9,000 to 9,999, "4400多" 4,400 to 4,499, a width
//     of 10^(trailing zeros). This is how 多 after a round number reads in Chinese grammar
//     (吕叔湘《现代汉语八百词》, 多 after 十/百/千: 一百多 is 100 and a part of the next
//     hundred); it reads "10万多" as 10多万 (100,000 to 199,999), since a figure does not record
//     whether 多 stood before the scale word or after it.
//   超过 (more_than): "超过95" is 96 and up; 以上 (at_least): it and up;
//   不到 (less_than): below it; 近 (nearly): below it by at most the reading's share of it;
//   约 (about): within the share of it on either side.
inline count_range count_interval(const printed_figure& figure, rounding rule,
                                  const claim_reading& reading = {}) {
    if (figure.percent || figure.points) {
        detail::refuse_figure(figure, "a percentage or points, not a count");
    }
    if (figure.number.units < 0) {
        detail::refuse_figure(figure, "a count cannot be negative");
    }
    const int step_power = figure.exponent - figure.number.decimals;
    if (figure.claim == qualifier::none && step_power > 0) {
        // The counts c whose c / 10^step rounds to the digits: preimage_of bounds 2 x c / 10^step.
        const detail::preimage p = detail::preimage_of({decimal{figure.number.units, 0}}, rule);
        const std::int64_t step = detail::power_of_ten(step_power);
        const detail::int128 low = detail::int128{p.low} * step;
        const detail::int128 high = detail::int128{p.high} * step;
        const detail::int128 first =
            p.low_open ? detail::floor_div128(low, 2) + 1 : detail::ceil_div128(low, 2);
        const detail::int128 last =
            p.high_open ? detail::ceil_div128(high, 2) - 1 : detail::floor_div128(high, 2);
        if (last > detail::largest_interval_count) {
            detail::refuse_figure(figure, "too large a count for the intervals (at most 2^62)");
        }
        return {static_cast<std::int64_t>(std::max<detail::int128>(first, 0)),
                static_cast<std::int64_t>(last)};
    }
    std::int64_t value = 0;
    try {
        value = figure.count();
    } catch (const std::invalid_argument&) {
        detail::refuse_figure(figure, "stands for no whole count");
    }
    if (value > detail::largest_interval_count) {
        detail::refuse_figure(figure, "too large a count for the intervals (at most 2^62)");
    }
    const auto checked_end = [&](detail::int128 end) {
        if (end > detail::largest_interval_count) {
            detail::refuse_figure(figure,
                                  "reaches beyond the largest count of the intervals (2^62)");
        }
        return static_cast<std::int64_t>(end);
    };
    // A share of the figure, as a whole number of counts: floor(value x share%), and at least
    // one count, so that a word below 10 still claims something ("近5家" is 4). In 128 bits,
    // as the ends it moves: a share above 100% of a count near 2^62 passes 2^63.
    const auto share = [&](decimal percent, const char* what) {
        const decimal margin = detail::checked_margin(percent, what);
        return std::max<detail::int128>(detail::int128{value} * margin.units /
                                            (100 * detail::power_of_ten(margin.decimals)),
                                        1);
    };
    switch (figure.claim) {
    case qualifier::none: return {value, value};
    case qualifier::more_than: return {checked_end(detail::int128{value} + 1), count_range::unbounded};
    case qualifier::odd:
        if (value == 0) {
            detail::refuse_figure(figure, "多 after 0 names no leading digit");
        }
        return {value,
                checked_end(detail::int128{value} + detail::trailing_zeros_width(value) - 1)};
    case qualifier::at_least: return {value, count_range::unbounded};
    case qualifier::at_most: return {0, value};
    case qualifier::less_than:
        if (value == 0) {
            detail::refuse_figure(figure, "no count is below 0");
        }
        return {0, value - 1};
    case qualifier::nearly: {
        if (value == 0) {
            detail::refuse_figure(figure, "no count is nearly 0 from below");
        }
        const detail::int128 margin =
            share(reading.nearly_percent_of_count, "近 on a count (nearly_percent_of_count)");
        // margin >= 1: not empty
        return {static_cast<std::int64_t>(std::max<detail::int128>(value - margin, 0)), value - 1};
    }
    case qualifier::about: {
        const detail::int128 margin =
            share(reading.about_percent_of_count, "约 on a count (about_percent_of_count)");
        return {static_cast<std::int64_t>(std::max<detail::int128>(value - margin, 0)),
                checked_end(value + margin)};
    }
    }
    detail::refuse_figure(figure, "an unknown qualifier");
}

// The rates a printed percentage stands for under a rule: "84.3%" half up is [84.25%, 84.35%),
// toward zero [84.3%, 84.4%). A part of a whole is at most 100%, so "100%" half up is
// [99.95%, 100%]; a percentage no part of a whole can print as is refused.
inline rate_interval rate_interval_of(printed_percent printed, rounding rule,
                                      rate_ceiling ceiling = rate_ceiling::hundred_percent) {
    const detail::preimage p = detail::preimage_of(printed, rule);
    rate_interval rates{{std::max<std::int64_t>(p.low, 0), p.twice_scale},
                        p.low_open && p.low >= 0,
                        {p.high, p.twice_scale},
                        p.high_open,
                        false};
    if (ceiling == rate_ceiling::hundred_percent) {
        if (p.high > p.twice_scale || (p.high == p.twice_scale && !p.high_open)) {
            rates.high = {1, 1};
            rates.high_open = false;
        }
        if (p.low > p.twice_scale || (p.low == p.twice_scale && p.low_open)) {
            throw std::invalid_argument(to_string(printed.figure) + "% under " +
                                        std::string(to_string(rule)) +
                                        " stands for no part of a whole: those are at most 100%");
        }
    }
    return rates;
}

// The rates a printed percentage with its word stands for. As printed, those that round to it
// under the rule; with a word, what the word claims of the figure as printed, under any rule:
//   超过 / 逾 (more_than): above it, "超过95%" is (95%, 100%] for a part of a whole;
//   多 (odd): the digits lead, as for a count: "95%多" is [95%, 96%), "50%多" [50%, 60%);
//   以上 (at_least): it and above; 不到 (less_than): below it, from 0;
//   近 / 接近 (nearly): below it by at most the reading's points, "近九成" is [85%, 90%);
//   约 / 左右 (about): within the points on either side, "约60%" is [55%, 65%].
// Ends beyond 0 and the ceiling are cut to them, since no rate lies there.
inline rate_interval rate_interval_of(const printed_figure& figure, rounding rule,
                                      const claim_reading& reading = {},
                                      rate_ceiling ceiling = rate_ceiling::hundred_percent) {
    // Tenths (成) are percents of exponent 1: "九成" is 9 tenths, 90% to a precision of ten
    // percent, so that as printed it stands for [85%, 95%) half up, not [89.5%, 90.5%).
    const bool tenths = figure.exponent == 1;
    if (!figure.percent || figure.points || (figure.exponent != 0 && !tenths)) {
        detail::refuse_figure(figure, "not a printed percentage nor tenths (成)");
    }
    // "同比下降19.6%" and "同比增长19.6%" are changes, not shares of counts: taken as rates they
    // would fit 196 of 1,000 either way, the fall's sign dropped in silence.
    if (figure.change != direction::none) {
        detail::refuse_figure(figure, std::string("a change (") +
                                          (figure.change == direction::up ? "up" : "down") +
                                          "), not a share of counts: audit it as a growth");
    }
    const printed_percent printed{figure.number};
    if (printed.figure.units < 0) {
        detail::refuse_figure(figure, "a rate of counts cannot be negative");
    }
    const decimal_places places = printed.figure.decimals;  // 0 to max_decimals, or throws
    (void)places;
    const std::int64_t step = tenths ? 10 : 1;
    const auto in_percent = [&](exact_rate r) {
        if (r.numerator > std::numeric_limits<std::int64_t>::max() / step) {
            detail::refuse_figure(figure, "too large a figure of tenths for 64-bit fractions");
        }
        return exact_rate{r.numerator * step, r.denominator};
    };
    const exact_rate zero{0, 1};
    const exact_rate whole{1, 1};
    const bool capped = ceiling == rate_ceiling::hundred_percent;
    const auto below_ceiling = [&](exact_rate r) {
        return !capped || detail::compare_rates(r, whole) < 0;
    };
    const auto cap = [&](exact_rate r) { return below_ceiling(r) ? r : whole; };
    const exact_rate value = in_percent(detail::points_as_rate(printed.figure));
    if (capped && detail::compare_rates(value, whole) > 0) {
        detail::refuse_figure(figure, "above 100%, which no part of a whole is");
    }
    if (figure.claim == qualifier::none) {
        if (!tenths) {
            return rate_interval_of(printed, rule, ceiling);
        }
        const rate_interval of_tenths = rate_interval_of(printed, rule, rate_ceiling::none);
        const exact_rate high = in_percent(of_tenths.high);
        const bool past_ceiling = capped && detail::compare_rates(high, whole) > 0;
        return {in_percent(of_tenths.low), of_tenths.low_open, past_ceiling ? whole : high,
                !past_ceiling && of_tenths.high_open, false};
    }
    switch (figure.claim) {
    case qualifier::none: break;
    case qualifier::more_than:
        if (!below_ceiling(value)) {
            detail::refuse_figure(figure, "no part of a whole is above 100%");
        }
        return {value, true, cap(whole), false, !capped};
    case qualifier::at_least: return {value, false, whole, false, !capped};
    case qualifier::at_most: return {zero, false, value, false, false};
    case qualifier::odd: {
        if (printed.figure.units == 0) {
            detail::refuse_figure(figure, "多 after 0 names no leading digit");
        }
        if (!below_ceiling(value)) {
            detail::refuse_figure(figure, "no part of a whole is above 100%");
        }
        const exact_rate width = in_percent(detail::points_as_rate(
            {detail::trailing_zeros_width(printed.figure.units), printed.figure.decimals}));
        // Below 100%, the digits' next step is at most 100% ("99%多" is [99%, 100%)).
        return {value, false, detail::add_rates(value, width, 1, figure), true, false};
    }
    case qualifier::less_than:
        if (value.numerator == 0) {
            detail::refuse_figure(figure, "no rate is below 0%");
        }
        return {zero, false, value, true, false};
    case qualifier::nearly: {
        if (value.numerator == 0) {
            detail::refuse_figure(figure, "no rate is nearly 0% from below");
        }
        const exact_rate margin = detail::points_as_rate(
            detail::checked_margin(reading.nearly_points, "近 on a percentage (nearly_points)"));
        const exact_rate low = detail::add_rates(value, margin, -1, figure);
        return {low.numerator < 0 ? zero : low, false, value, true, false};
    }
    case qualifier::about: {
        const exact_rate margin = detail::points_as_rate(
            detail::checked_margin(reading.about_points, "约 on a percentage (about_points)"));
        const exact_rate low = detail::add_rates(value, margin, -1, figure);
        const exact_rate high = detail::add_rates(value, margin, 1, figure);
        return {low.numerator < 0 ? zero : low, false, cap(high), false, false};
    }
    }
    detail::refuse_figure(figure, "an unknown qualifier");
}

// Whether a rate interval fits two interval counts, and which of their counts fit it. A part
// of a whole (the default ceiling) has no pair with the numerator above the denominator: its
// rates above 100% fit nothing, and every possible pair fitting is every pair up to 100%.
inline counts_fit check_interval(const rate_interval& rates, count_range numerators,
                                 count_range denominators,
                                 rate_ceiling ceiling = rate_ceiling::hundred_percent) {
    return detail::fit_counts(rates, numerators, denominators, ceiling);
}

// A printed percentage against two interval counts, under every rule: "84.3%" against 6,480 of
// 7,681 to 7,700 in scope.
inline interval_check check_printed(printed_percent printed, count_range numerators,
                                    count_range denominators,
                                    rate_ceiling ceiling = rate_ceiling::hundred_percent) {
    interval_check check{to_string(printed.figure) + "%", {}, {}};
    for (std::size_t i = 0; i < std::size(all_rounding_rules); ++i) {
        const rounding rule = all_rounding_rules[i];
        const rate_interval rates = rate_interval_of(printed, rule, ceiling);
        check.verdicts[i] = {rule, rates,
                             check_interval(rates, numerators, denominators, ceiling)};
    }
    return check;
}

// A printed rate with its word ("接近50%") against two interval counts ("4400多" of "9000多").
inline interval_check check_printed(const printed_figure& figure, count_range numerators,
                                    count_range denominators, const claim_reading& reading = {},
                                    rate_ceiling ceiling = rate_ceiling::hundred_percent) {
    interval_check check{figure.text, {}, {}};
    for (std::size_t i = 0; i < std::size(all_rounding_rules); ++i) {
        const rounding rule = all_rounding_rules[i];
        const rate_interval rates = rate_interval_of(figure, rule, reading, ceiling);
        check.verdicts[i] = {rule, rates,
                             check_interval(rates, numerators, denominators, ceiling)};
    }
    check.reading = detail::reading_text(figure.claim, reading);  // its margin checked above
    return check;
}

// A printed rate with its word ("不到84.3%") against two counts: as against intervals of one count.
// (A template of the figure, so that check_printed({{843, 1}}, n, d) stays a printed percent's.)
template <std::same_as<printed_figure> Figure, class Numerator, class Denominator>
interval_check check_printed(const Figure& figure, Numerator numerator, Denominator denominator,
                             const claim_reading& reading = {},
                             rate_ceiling ceiling = rate_ceiling::hundred_percent) {
    if constexpr (detail::whole_counts<Numerator, Denominator>()) {
        return check_printed(figure, count_range{numerator, numerator},
                             count_range{denominator, denominator}, reading, ceiling);
    } else {
        return interval_check{};
    }
}

// The rates a part of a whole can have when its counts lie in two intervals: the least is
// numerators.low / denominators.high, the greatest numerators.high / denominators.low or 100%
// where a count can be in both; only pairs with the part at most the whole count. With no upper
// end to the denominators the least is as near 0 as one likes (open at 0).
inline rate_interval rates_of(count_range numerators, count_range denominators) {
    detail::check_interval_counts(numerators, "the numerators");
    detail::check_interval_counts(denominators, "the denominators");
    if (denominators.low == 0) {
        throw std::invalid_argument("the denominators (" + to_string(denominators) +
                                    ") must start at 1 or above: no rate has a denominator of 0");
    }
    if (numerators.low > denominators.high) {
        throw std::invalid_argument("no part of " + to_string(denominators) + " can be " +
                                    to_string(numerators) +
                                    ": the part would exceed the whole");
    }
    rate_interval rates;
    if (denominators.bounded() || numerators.low == 0) {
        rates.low = {numerators.low, denominators.high};
        if (numerators.low == 0) {
            rates.low = {0, 1};
        }
    } else {
        rates.low = {0, 1};
        rates.low_open = true;
    }
    if (numerators.high >= denominators.low) {
        rates.high = {1, 1};  // a count in both: max(low ends) is at most min(high ends)
    } else {
        rates.high = {numerators.high, denominators.low};
    }
    return rates;
}

// Those rates printed at a precision under a rule: 4400多 of 9000多 half up at one decimal is
// 44.0% to 50.0%. An open least end prints as the least value printed from just above it.
inline printed_rate_range printed_rates_of(count_range numerators, count_range denominators,
                                           decimal_places places, rounding rule) {
    const rate_interval rates = rates_of(numerators, denominators);
    decimal lowest = detail::round_rate(rates.low, places.value(), rule);
    if (rates.low_open && rule == rounding::away_from_zero) {
        // The least is 0, not reached: the rates just above it print as 0 under every rule
        // but the one that rounds any remainder away from zero.
        lowest.units += 1;
    }
    const decimal highest = detail::round_rate(rates.high, places.value(), rule);
    return {lowest, highest};
}

inline std::string to_string(interval_fit fit) {
    switch (fit) {
    case interval_fit::always: return "fits for all counts";
    case interval_fit::sometimes: return "fits for some counts";
    case interval_fit::never: return "fits for no counts";
    }
    return "unknown fit";
}

// "[84.25%, 84.35%)", "(95%, 100%]", "[0%, 4,400/9,999]".
inline std::string to_string(const rate_interval& rates) {
    return detail::interval_text(rates);
}

// "fits for some counts: numerators 4,400 to 4,499, denominators 9,000 to 9,209" (48.9% half up
// against 4400多 of 9000多)
inline std::string to_string(const counts_fit& fit) {
    if (fit.verdict == interval_fit::never) {
        return to_string(fit.verdict);
    }
    return to_string(fit.verdict) + ": numerators " + to_string(fit.numerators) +
           (fit.numerators_with_gaps ? " (with gaps)" : "") + ", denominators " +
           to_string(fit.denominators) +
           (fit.denominators_with_gaps ? " (with gaps)" : "");
}

// One line a rule: "接近50% half up stands for [45%, 50%): fits for some counts: ...", then the
// reading they rest on, if any: "接近50% read as 近 on a percentage: at most 5 points below".
inline std::string to_string(const interval_check& check) {
    std::string text;
    for (const interval_rule_verdict& v : check.verdicts) {
        text += check.printed + " " + std::string(to_string(v.rule)) + " stands for " +
                to_string(v.stands_for) + ": " + to_string(v.fit) + "\n";
    }
    if (!check.reading.empty()) {
        text += check.printed + " read as " + check.reading + "\n";
    }
    return text;
}

// "44.0% to 50.0%".
inline std::string to_string(const printed_rate_range& range) {
    return to_string(range.lowest) + "% to " + to_string(range.highest) + "%";
}

// The reading, to print beside every verdict that rests on it.
inline std::string to_string(const claim_reading& reading) {
    return "近 on a percentage: at most " + to_string(reading.nearly_points) +
           " points below; 约: within " + to_string(reading.about_points) +
           " points; 近 on a count: at most " + to_string(reading.nearly_percent_of_count) +
           "% of it below (at least 1); 约: within " + to_string(reading.about_percent_of_count) +
           "% of it (at least 1); 多: the digits lead (9000多 is 9,000 to 9,999)";
}

}  // namespace restoration
