// consistency.hpp: printed figures checked against one another, where no denominator is printed:
// a rate and the change since the day before, a whole and the sectors it is made of, one rate
// printed at two precisions. Every answer is a range of counts per rounding rule, decided in
// integers.
//
//   // Hebei: 9,909 resumed, 75.1%, 431 more than the 21st, up 3.2 points
//   const auto hebei = check_two_days(two_days::by_change({9'909, 75.1_percent}, {431, {32, 1}}));
//   hebei.under(rounding::half_up).both_days;     // 13,186 to 13,191 in scope fit both days
//   hebei.under(rounding::half_up).exact_change;  // none: 431 of those is 3.27 points, not 3.2
//   check_partition({2'794, 65.66_percent}, zibo_sectors).under(rounding::half_up).consistent;
//   check_precisions(95_percent, 95.0_percent, count_known::denominator, 1'331);
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include <restoration/audit.hpp>
#include <restoration/audit_format.hpp>
#include <restoration/decimal.hpp>
#include <restoration/detail/audit.hpp>
#include <restoration/detail/checked.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/interval.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// A count printed with its rate, the denominator unprinted: "9909家 … 复工率为75.1%".
struct count_and_rate {
    std::int64_t resumed = 0;
    printed_percent rate;
};

// The change since the day before, as printed: "比21日增加431家 … 提高3.2个百分点" is
// {431, {32, 1}}, falls are negative. `in_scope` is by how many the denominator changed (today's
// less the day before's); bulletins rarely print it, and 0 is the assumption that it did not.
struct change_since {
    std::int64_t resumed = 0;
    decimal points;
    std::int64_t in_scope = 0;
};

namespace detail::consistency {

inline constexpr std::size_t rule_count = std::size(all_rounding_rules);

inline count_range range_of(bounds b) {
    return b.empty() ? count_range{} : count_range{b.low, b.high};
}

inline count_range meet(count_range a, count_range b) {
    const count_range both{std::max(a.low, b.low), std::min(a.high, b.high)};
    return both.empty() ? count_range{} : both;
}

inline constexpr count_range all_denominators{1, count_range::unbounded};

// The denominators of the day before, moved to today's: today's is the day before's plus `by`.
inline count_range moved(count_range before, std::int64_t by) {
    if (before.empty()) {
        return {};
    }
    // Moved past the largest count, the low end leaves none; the high end, no upper end.
    std::int64_t low = 0;
    if (__builtin_add_overflow(before.low, by, &low)) {
        return {};
    }
    std::int64_t high = count_range::unbounded;
    if (before.bounded() && __builtin_add_overflow(before.high, by, &high)) {
        high = count_range::unbounded;
    }
    return meet({low, high}, all_denominators);
}

// What a figure of `units` x 10^-decimals can have been rounded from, on either side of 0:
// preimage_of mirrored, since every rule is symmetric about 0. A change of 0 is reached from
// both sides: half up rounds (-0.05, 0.05) to 0.0, away from zero only 0 itself.
inline preimage signed_preimage(decimal figure, rounding rule) {
    const std::int64_t magnitude =
        figure.units < 0 ? checked_sub<std::int64_t>(0, figure.units, "a printed change")
                         : figure.units;
    const preimage p = preimage_of({decimal{magnitude, figure.decimals}}, rule);
    if (figure.units > 0) {
        return p;
    }
    if (figure.units < 0) {
        return {-p.high, p.high_open, -p.low, p.low_open, p.twice_scale};
    }
    return {-p.high, p.high_open, p.high, p.high_open, p.twice_scale};
}

// The denominators n for which change / n lies in p, for a change of either sign.
inline count_range denominators_of_change(const preimage& p, std::int64_t change) {
    if (change >= 0) {
        return range_of(denominators_in(p, change));
    }
    const preimage mirrored{-p.high, p.high_open, -p.low, p.low_open, p.twice_scale};
    return range_of(denominators_in(mirrored, -change));
}

// (resumed / n - resumed_before / (n - by)) in percent, rounded exactly. The day before's
// denominator n - by is above 0 and, whatever the signs, below 2^64: taken as it is, even past
// the count type (today's 9e18 less a change of -1e18).
inline decimal rounded_exact_change(std::int64_t resumed, std::int64_t n,
                                    std::int64_t resumed_before, std::int64_t by, int decimals,
                                    rounding rule) {
    const exact_figure in_scope_before{
        static_cast<std::uint64_t>(n) - static_cast<std::uint64_t>(by), 0, false};
    const ratio_term terms[] = {{exact_form(resumed), exact_form(n)},
                                {exact_form(resumed_before), in_scope_before, true}};
    return {scaled_sum(terms, decimals + 2).rounded(rule), decimals};
}


inline std::string ranges_text(const std::vector<count_range>& ranges) {
    if (ranges.empty()) {
        return "none";
    }
    std::string text;
    for (const count_range& r : ranges) {
        text += (text.empty() ? "" : ", ") + to_string(r);
    }
    return text;
}

inline std::string signed_text(decimal figure) {
    return (figure.units > 0 ? "+" : "") + to_string(figure);
}

inline std::string percent_text(printed_percent p) { return to_string(p.figure) + "%"; }

// True, or stops the compile naming the mistake, as audit.hpp's whole_counts does.
template <class Count>
constexpr bool whole_count_given() {
    constexpr bool whole = detail::whole_count<Count>;
    static_assert(whole, "restoration: a consistency check takes whole counts (signed integers "
                         "of 64 bits at most); make a count read as 13190.0 or 13190u a "
                         "std::int64_t first");
    return whole;
}

[[noreturn]] [[gnu::cold]] inline void refuse_count(const char* what, std::int64_t count) {
    throw std::invalid_argument(std::string(what) + " cannot be negative (" + grouped(count) +
                                ")");
}

// A printed rate is checked where it is stated: 0 to max_decimals decimals, 0% to 100%, since
// every rate these checks take is a part of a whole (resumed of those in scope), and no part
// rounds to a figure above 100% under any rule.
inline void check_rate(printed_percent rate) {
    const decimal_places places = rate.figure.decimals;  // throws outside 0 to max_decimals
    static_cast<void>(places);
    if (rate.figure.units < 0) {
        throw std::invalid_argument("a printed rate cannot be negative (" + percent_text(rate) +
                                    ")");
    }
    if (rate.figure.units > 100 * power_of_ten(rate.figure.decimals)) {
        throw std::invalid_argument("a printed rate of resumed in scope cannot be above 100% (" +
                                    percent_text(rate) + ")");
    }
}

}  // namespace detail::consistency

// Two days of one cohort, as printed. Made by one of the two ways bulletins print them, so that
// the day before's rate and the change in points always agree with each other.
class two_days {
public:
    // Today's count and rate with the changes since the day before (Hebei's way). The day
    // before's count is today's less the change; its rate, as bulletins compute the change, today's
    // less the points: 75.1% less 3.2 points is 71.9%.
    static two_days by_change(count_and_rate today, change_since change) {
        using detail::consistency::refuse_count;
        if (today.resumed < 0) {
            refuse_count("today's count", today.resumed);
        }
        detail::consistency::check_rate(today.rate);
        const std::int64_t before =
            detail::checked_sub(today.resumed, change.resumed, "the day before's count");
        if (before < 0) {
            throw std::invalid_argument(
                "the day before's count would be negative: " + detail::grouped(today.resumed) +
                " today with " + detail::grouped(change.resumed) + " more than the day before");
        }
        if (change.points.decimals != today.rate.figure.decimals) {
            throw std::invalid_argument(
                "a change of " + detail::consistency::signed_text(change.points) +
                " points beside a rate of " + detail::consistency::percent_text(today.rate) +
                ": the change is checked as the difference of two rates printed as today's is, "
                "so it must have as many decimals");
        }
        const std::int64_t rate_before = detail::checked_sub(
            today.rate.figure.units, change.points.units, "the day before's rate");
        if (rate_before < 0) {
            throw std::invalid_argument(
                "a rate of " + detail::consistency::percent_text(today.rate) + " up " +
                detail::consistency::signed_text(change.points) +
                " points leaves the day before below 0%");
        }
        if (rate_before > 100 * detail::power_of_ten(today.rate.figure.decimals)) {
            throw std::invalid_argument(
                "a rate of " + detail::consistency::percent_text(today.rate) + " up " +
                detail::consistency::signed_text(change.points) +
                " points leaves the day before above 100%");
        }
        return two_days{today,
                        {before, {{rate_before, today.rate.figure.decimals}}},
                        change.points,
                        change.in_scope,
                        false};
    }

    // Both days' counts and rates printed, no change: the change in points is then the
    // difference of the two printed rates, and `in_scope_change` as in change_since.
    template <class Count = std::int64_t>
    static two_days by_rates(count_and_rate before, count_and_rate today,
                             Count in_scope_change = 0) {
        static_cast<void>(detail::consistency::whole_count_given<Count>());
        using detail::consistency::refuse_count;
        if (before.resumed < 0) {
            refuse_count("the day before's count", before.resumed);
        }
        if (today.resumed < 0) {
            refuse_count("today's count", today.resumed);
        }
        detail::consistency::check_rate(before.rate);
        detail::consistency::check_rate(today.rate);
        if (before.rate.figure.decimals != today.rate.figure.decimals) {
            throw std::invalid_argument(
                "rates of " + detail::consistency::percent_text(before.rate) + " and " +
                detail::consistency::percent_text(today.rate) +
                " on two days: their difference is taken as printed, so they must have as many "
                "decimals");
        }
        const decimal points{detail::checked_sub(today.rate.figure.units,
                                                 before.rate.figure.units, "a change of rates"),
                             today.rate.figure.decimals};
        return two_days{today, before, points, static_cast<std::int64_t>(in_scope_change), true};
    }

    count_and_rate today() const { return today_; }
    count_and_rate before() const { return before_; }
    decimal change_in_points() const { return points_; }
    std::int64_t change_in_count() const { return today_.resumed - before_.resumed; }
    std::int64_t in_scope_change() const { return in_scope_change_; }
    // True when the day before's rate was printed, false when it is today's less the change.
    bool rate_before_printed() const { return rate_before_printed_; }

private:
    two_days(count_and_rate today, count_and_rate before, decimal points,
             std::int64_t in_scope_change, bool rate_before_printed)
        : today_(today), before_(before), points_(points), in_scope_change_(in_scope_change),
          rate_before_printed_(rate_before_printed) {}

    count_and_rate today_;
    count_and_rate before_;
    decimal points_;
    std::int64_t in_scope_change_;
    bool rate_before_printed_;
};

// What one rule makes of two days. Denominators are today's in scope. The change in points is
// read two ways: (a) as the difference of the two rounded rates, which is what bulletins print
// (then the day before's rate prints as today's less the change: `both_days`); (b) as the
// change of the two exact rates, rounded (`exact_change`).
struct two_day_verdict {
    rounding rule = rounding::half_up;
    count_range today;                      // today's rate prints from these
    count_range both_days;                  // and the day before's rate too: reading (a)
    // Of `today`, those that fit reading (b). With the denominator unchanged, change / n falls
    // as n grows, and this is one range or none; with it changed, the exact change is no
    // monotone function of n, and this is up to three runs.
    std::vector<count_range> exact_change;

    bool fits_as_difference() const { return !both_days.empty(); }
    bool fits_as_exact_change() const { return !exact_change.empty(); }
};

struct two_day_check {
    two_days figures;
    std::optional<std::int64_t> in_scope;  // today's denominator, when it was given
    std::array<two_day_verdict, detail::consistency::rule_count> verdicts;

    const two_day_verdict& under(rounding rule) const {
        return verdicts[detail::rule_index(rule)];
    }
};

namespace detail::consistency {

// With the denominator changed by `by`, the exact change at today's denominator n is
// g(n) = (a n - rt by) / (n (n - by)), a = rt - rb: no monotone function of n. Yet its rounding
// is at least the printed change where g(n) x T passes the preimage's low end L (T = 200 x
// 10^decimals, the preimage's scale), that is where L n^2 - (L by + a T) n + rt by T <= 0 (n and
// n - by are above 0), and at most it where the same with the high end H is >= 0. On either
// side of a quadratic's vertex the set where it holds is a prefix or a suffix, so between the
// two vertices' cuts each condition is found by a binary search, and the fitting denominators
// are at most three runs, found exactly whatever their length. A run that reaches the largest
// denominator there is has no upper end.
struct change_condition {
    int128 square;  // the quadratic's coefficients of n^2 and n
    int128 linear;

    // The last n at or left of the vertex, where the quadratic turns: none when it is a line.
    std::optional<int128> cut() const {
        if (square == 0) {
            return std::nullopt;
        }
        // vertex = -linear / (2 square)
        return square > 0 ? floor_div128(-linear, 2 * square) : floor_div128(linear, -2 * square);
    }
};

// The quadratic of an end of the preimage: its vertex is all the search needs of it.
inline change_condition condition_at(std::int64_t end, int128 a, int128 twice_scale,
                                     std::int64_t by) {
    return {end, -(int128{end} * by + a * twice_scale)};
}

// Of [lo, hi], the n where `holds` is true, known to be a prefix or a suffix of it. With
// `to_the_top`, hi is the largest denominator there is, and a run to it has no upper end.
template <class Holds>
count_range where_it_holds(std::int64_t lo, std::int64_t hi, const Holds& holds,
                           bool to_the_top) {
    const bool first = holds(lo);
    const bool last = holds(hi);
    const std::int64_t high = to_the_top ? count_range::unbounded : hi;
    if (first && last) {
        return {lo, high};
    }
    if (!first && !last) {
        return {};
    }
    std::int64_t yes = first ? lo : hi;  // holds here; `no` does not
    std::int64_t no = first ? hi : lo;
    while (yes - no > 1 || no - yes > 1) {
        const std::int64_t mid = yes + (no - yes) / 2;
        (holds(mid) ? yes : no) = mid;
    }
    return first ? count_range{lo, yes} : count_range{yes, high};
}

inline std::vector<count_range> exact_change_fits(const two_days& days, count_range candidates,
                                                  rounding rule) {
    const count_and_rate today = days.today();
    const count_and_rate before = days.before();
    const decimal points = days.change_in_points();
    const std::int64_t by = days.in_scope_change();
    if (candidates.empty()) {
        return {};
    }
    const preimage p = signed_preimage(points, rule);
    if (by == 0) {  // change / n: one range, at once
        const count_range fits =
            meet(candidates, denominators_of_change(p, days.change_in_count()));
        return fits.empty() ? std::vector<count_range>{} : std::vector<count_range>{fits};
    }
    const auto rounded = [&](std::int64_t n) {
        return rounded_exact_change(today.resumed, n, before.resumed, by, points.decimals, rule)
            .units;
    };
    const auto at_least = [&](std::int64_t n) { return rounded(n) >= points.units; };
    const auto at_most = [&](std::int64_t n) { return rounded(n) <= points.units; };
    const int128 a = int128{today.resumed} - before.resumed;
    const change_condition low = condition_at(p.low, a, p.twice_scale, by);
    const change_condition high = condition_at(p.high, a, p.twice_scale, by);
    // With no upper end given, the largest denominator there is, below the `unbounded` mark.
    const bool to_the_top = !candidates.bounded();
    const std::int64_t last = to_the_top ? count_range::unbounded - 1 : candidates.high;
    std::vector<std::int64_t> starts{candidates.low};
    for (const change_condition& c : {low, high}) {
        const std::optional<int128> cut = c.cut();
        if (cut && *cut >= candidates.low && *cut < last) {
            starts.push_back(static_cast<std::int64_t>(*cut) + 1);
        }
    }
    std::ranges::sort(starts);
    std::vector<count_range> fits;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::int64_t lo = starts[i];
        const bool final_piece = i + 1 == starts.size();
        const std::int64_t hi = final_piece ? last : starts[i + 1] - 1;
        if (lo > hi) {
            continue;
        }
        const bool open_ended = final_piece && to_the_top;
        const count_range run = meet(where_it_holds(lo, hi, at_least, open_ended),
                                     where_it_holds(lo, hi, at_most, open_ended));
        if (run.empty()) {
            continue;
        }
        if (!fits.empty() && fits.back().high == run.low - 1) {
            fits.back().high = run.high;
        } else {
            fits.push_back(run);
        }
    }
    return fits;
}

inline two_day_check check_two_days_within(const two_days& days, count_range candidates,
                                           std::optional<std::int64_t> in_scope) {
    const count_and_rate today = days.today();
    const count_and_rate before = days.before();
    // The day before's denominator must hold its count, and be one at least.
    const count_range before_holds =
        moved({std::max<std::int64_t>(before.resumed, 1), count_range::unbounded},
              days.in_scope_change());
    candidates = meet(candidates, before_holds);
    two_day_check check{days, in_scope, {}};
    for (std::size_t i = 0; i < rule_count; ++i) {
        const rounding rule = all_rounding_rules[i];
        two_day_verdict& verdict = check.verdicts[i];
        verdict.rule = rule;
        verdict.today = meet(
            candidates, range_of(denominators_in(preimage_of(today.rate, rule), today.resumed)));
        const count_range before_fits = moved(
            range_of(denominators_in(preimage_of(before.rate, rule), before.resumed)),
            days.in_scope_change());
        verdict.both_days = meet(verdict.today, before_fits);
        verdict.exact_change = exact_change_fits(days, verdict.today, rule);
    }
    return check;
}

}  // namespace detail::consistency

// The denominators (today's in scope) that fit the two days, under each rule, and which reading
// of the printed change fits them.
inline two_day_check check_two_days(const two_days& both) {
    return detail::consistency::check_two_days_within(both, detail::consistency::all_denominators,
                                                      std::nullopt);
}

// The same for a known denominator: each range is that one denominator or none.
template <class Count>
two_day_check check_two_days(const two_days& both, Count in_scope) {
    static_cast<void>(detail::consistency::whole_count_given<Count>());
    const auto n = static_cast<std::int64_t>(in_scope);
    const std::int64_t least = std::max<std::int64_t>(both.today().resumed, 1);
    const std::int64_t before = detail::checked_sub(n, both.in_scope_change(), "a denominator");
    if (n < least || before < std::max<std::int64_t>(both.before().resumed, 1)) {
        throw std::invalid_argument(
            detail::grouped(n) + " in scope today (" + detail::grouped(before) +
            " the day before) cannot hold " + detail::grouped(both.today().resumed) +
            " resumed today and " + detail::grouped(both.before().resumed) + " the day before");
    }
    return detail::consistency::check_two_days_within(both, {n, n}, n);
}

// What one rule makes of a partition: each sector's denominators from its rate, what they can
// sum to, the whole's denominators from its rate, and the whole's that fit both.
struct partition_verdict {
    rounding rule = rounding::half_up;
    std::vector<count_range> sectors;
    count_range sum_of_sectors;
    count_range whole;
    count_range consistent;

    bool fits() const { return !consistent.empty(); }
};

// Sector counts that should sum to the whole, each with its printed rate (Zibo: 2,794 at 65.66%
// in six sectors). That the counts add up is checked apart from the rates.
struct partition_check {
    count_and_rate whole;
    std::vector<count_and_rate> sectors;
    std::int64_t sum_of_sector_counts = 0;
    std::array<partition_verdict, detail::consistency::rule_count> verdicts;

    // The sectors' counts less the whole's: positive when they count more than the whole.
    std::int64_t count_difference() const { return sum_of_sector_counts - whole.resumed; }
    bool counts_add_up() const { return count_difference() == 0; }
    const partition_verdict& under(rounding rule) const {
        return verdicts[detail::rule_index(rule)];
    }
};

// A sum of integer ranges is a range: every total between the least and the greatest is reached.
inline partition_check check_partition(count_and_rate whole,
                                       std::span<const count_and_rate> sectors) {
    using namespace detail;
    using namespace detail::consistency;
    if (sectors.empty()) {
        throw std::invalid_argument("a partition of " + grouped(whole.resumed) + " at " +
                                    percent_text(whole.rate) + " needs at least one sector");
    }
    if (whole.resumed < 0) {
        refuse_count("the whole's count", whole.resumed);
    }
    check_rate(whole.rate);
    partition_check check{whole, {sectors.begin(), sectors.end()}, 0, {}};
    for (const count_and_rate& sector : sectors) {
        if (sector.resumed < 0) {
            refuse_count("a sector's count", sector.resumed);
        }
        check_rate(sector.rate);
        check.sum_of_sector_counts =
            checked_add(check.sum_of_sector_counts, sector.resumed, "the sectors' counts");
    }
    for (std::size_t i = 0; i < rule_count; ++i) {
        const rounding rule = all_rounding_rules[i];
        partition_verdict& verdict = check.verdicts[i];
        verdict.rule = rule;
        count_range sum{0, 0};
        for (const count_and_rate& sector : sectors) {
            const count_range r =
                range_of(denominators_in(preimage_of(sector.rate, rule), sector.resumed));
            verdict.sectors.push_back(r);
            if (r.empty() || sum.empty()) {
                sum = {};
                continue;
            }
            // Sums past the largest count: no total at all (the low end), or no upper end.
            if (__builtin_add_overflow(sum.low, r.low, &sum.low)) {
                sum = {};
                continue;
            }
            if (!r.bounded() || !sum.bounded() ||
                __builtin_add_overflow(sum.high, r.high, &sum.high)) {
                sum.high = count_range::unbounded;
            }
        }
        verdict.sum_of_sectors = sum;
        verdict.whole = range_of(denominators_in(preimage_of(whole.rate, rule), whole.resumed));
        verdict.consistent = meet(verdict.whole, sum);
    }
    return check;
}

inline partition_check check_partition(count_and_rate whole,
                                       std::initializer_list<count_and_rate> sectors) {
    return check_partition(whole, std::span<const count_and_rate>(sectors.begin(), sectors.size()));
}

// Which count a precision check was given: the numerator (resumed) or the denominator.
enum class count_known { numerator, denominator };

// What one rule makes of a rate printed at two precisions. Two questions, which differ: was the
// coarser figure rounded from the finer (double rounding: 95.5% gives 96% half up), and is
// there an exact rate that prints as both (95.47% prints 95.5% and 95%)? The bulletin's
// figures are both rounded from the one exact rate, so the second is what they claim.
struct precision_verdict {
    rounding rule = rounding::half_up;
    decimal finer_rounded;            // the finer figure rounded to the coarser's decimals
    bool coarser_rounds_finer = false;  // finer_rounded is the coarser figure
    rate_interval printing_both;      // the exact rates that print as both
    count_range counts;               // given a count, the other counts that print as both

    bool one_rate_prints_both() const { return !printing_both.empty(); }
};

struct precision_check {
    printed_percent coarser;
    printed_percent finer;
    std::optional<count_known> known;  // which count was given, if one was
    std::int64_t known_count = 0;
    std::array<precision_verdict, detail::consistency::rule_count> verdicts;

    const precision_verdict& under(rounding rule) const {
        return verdicts[detail::rule_index(rule)];
    }
};

namespace detail::consistency {

// Both preimages brought to the finer figure's scale, and what lies in both.
inline preimage preimage_of_both(printed_percent coarser, printed_percent finer, rounding rule) {
    const preimage c = preimage_of(coarser, rule);
    const preimage f = preimage_of(finer, rule);
    const std::int64_t factor =
        power_of_ten(finer.figure.decimals - coarser.figure.decimals);
    constexpr const char* what = "a coarser figure at a finer scale";
    const std::int64_t c_low = checked_mul(c.low, factor, what);
    const std::int64_t c_high = checked_mul(c.high, factor, what);
    preimage both = f;
    if (c_low > f.low || (c_low == f.low && c.low_open)) {
        both.low = c_low;
        both.low_open = c.low_open;
    }
    if (c_high < f.high || (c_high == f.high && c.high_open)) {
        both.high = c_high;
        both.high_open = c.high_open;
    }
    return both;
}

inline bool preimage_empty(const preimage& p) {
    return p.low > p.high || (p.low == p.high && (p.low_open || p.high_open));
}

inline precision_check check_precisions_of(printed_percent one, printed_percent other,
                                           std::optional<count_known> known,
                                           std::int64_t count) {
    check_rate(one);
    check_rate(other);
    const bool one_coarser = one.figure.decimals <= other.figure.decimals;
    const printed_percent coarser = one_coarser ? one : other;
    const printed_percent finer = one_coarser ? other : one;
    precision_check check{coarser, finer, known, count, {}};
    for (std::size_t i = 0; i < rule_count; ++i) {
        const rounding rule = all_rounding_rules[i];
        precision_verdict& verdict = check.verdicts[i];
        verdict.rule = rule;
        verdict.finer_rounded =
            round_ratio(finer.figure.units, power_of_ten(finer.figure.decimals),
                        coarser.figure.decimals, rule);
        verdict.coarser_rounds_finer = verdict.finer_rounded == coarser.figure;
        preimage both = preimage_of_both(coarser, finer, rule);
        if (both.low < 0) {  // 0.0% half up is [-0.05%, 0.05%), but no rate is below 0
            both.low = 0;
            both.low_open = false;
        }
        // A bound b stands for b / 2 x 10^-decimals percent: the rate b / (200 x 10^decimals).
        const std::int64_t scale = 200 * power_of_ten(finer.figure.decimals);
        if (both.high > scale) {  // 100.0% half up is [99.95%, 100.05%), but a part is at most all
            both.high = scale;
            both.high_open = false;
        }
        verdict.printing_both = {{both.low, scale}, both.low_open, {both.high, scale},
                                 both.high_open, false};
        if (!known) {
            continue;
        }
        if (preimage_empty(both)) {
            verdict.counts = {};
        } else if (*known == count_known::denominator) {
            verdict.counts = range_of(numerators_in(both, count));
        } else {
            verdict.counts = range_of(denominators_in(both, count));
        }
    }
    return check;
}

}  // namespace detail::consistency

// One rate printed at two precisions ("95%" in a title, "95.0%" in the body), in either order,
// under every rule.
inline precision_check check_precisions(printed_percent one, printed_percent other) {
    return detail::consistency::check_precisions_of(one, other, std::nullopt, 0);
}

// The same with one count known: given the denominator, the numerators that print as both;
// given the numerator, the denominators.
template <class Count>
precision_check check_precisions(printed_percent one, printed_percent other, count_known known,
                                 Count count) {
    static_cast<void>(detail::consistency::whole_count_given<Count>());
    const auto n = static_cast<std::int64_t>(count);
    if (known != count_known::numerator && known != count_known::denominator) {
        throw std::invalid_argument("count_known " + std::to_string(static_cast<int>(known)) +
                                    " is neither the numerator nor the denominator");
    }
    detail::check_count(n, known == count_known::numerator ? "the numerator" : "the denominator");
    if (known == count_known::denominator && n == 0) {
        throw std::domain_error("no percentage fits a denominator of 0 (" +
                                detail::consistency::percent_text(one) + " and " +
                                detail::consistency::percent_text(other) + ")");
    }
    return detail::consistency::check_precisions_of(one, other, known, n);
}

// The checks as text, a line for the figures and one for each rule.
inline std::string to_string(const two_day_check& check) {
    using namespace detail;
    using namespace detail::consistency;
    const two_days& both = check.figures;
    std::string text = grouped(both.today().resumed) + " at " + percent_text(both.today().rate) +
                       " today, " + grouped(both.before().resumed) + " at " +
                       percent_text(both.before().rate) + " the day before (" +
                       (both.rate_before_printed() ? "printed" : "today's rate less the change") +
                       "), change " + signed_text(both.change_in_points()) + " points, " +
                       (both.in_scope_change() == 0
                            ? std::string("in scope unchanged")
                            : "in scope changed by " + grouped(both.in_scope_change()));
    if (check.in_scope) {
        text += ", " + grouped(*check.in_scope) + " in scope today";
    }
    text += "\n";
    for (const two_day_verdict& v : check.verdicts) {
        text += "  " + std::string(to_string(v.rule)) + ": today " + to_string(v.today) +
                "; both days (difference of rounded rates) " + to_string(v.both_days) +
                "; exact change rounded " + ranges_text(v.exact_change) + "\n";
    }
    return text;
}

inline std::string to_string(const partition_check& check) {
    using namespace detail;
    using namespace detail::consistency;
    std::string text = "whole " + grouped(check.whole.resumed) + " at " +
                       percent_text(check.whole.rate) + "; sectors";
    for (const count_and_rate& sector : check.sectors) {
        text += " " + grouped(sector.resumed) + " at " + percent_text(sector.rate) + ",";
    }
    text += " sum " + grouped(check.sum_of_sector_counts);
    text += check.counts_add_up()
                ? std::string(", adds up")
                : ", " + (check.count_difference() > 0 ? std::string("+") : std::string()) +
                      grouped(check.count_difference()) + " against the whole";
    text += "\n";
    for (const partition_verdict& v : check.verdicts) {
        text += "  " + std::string(to_string(v.rule)) + ": sectors";
        for (const count_range& r : v.sectors) {
            text += " " + to_string(r) + ",";
        }
        text += " sum " + to_string(v.sum_of_sectors) + "; whole " + to_string(v.whole) +
                "; consistent " + to_string(v.consistent) + "\n";
    }
    return text;
}

inline std::string to_string(const precision_check& check) {
    using namespace detail;
    using namespace detail::consistency;
    std::string text = percent_text(check.coarser) + " and " + percent_text(check.finer);
    if (check.known) {
        text += ", " + grouped(check.known_count) +
                (*check.known == count_known::denominator ? " in the denominator"
                                                          : " in the numerator");
    }
    text += "\n";
    for (const precision_verdict& v : check.verdicts) {
        const rate_interval& r = v.printing_both;
        text += "  " + std::string(to_string(v.rule)) + ": " + percent_text(check.finer) +
                " rounds to " + to_string(v.finer_rounded) + "%" +
                (v.coarser_rounds_finer ? " (fits)" : " (does not fit)") + "; rates printing both ";
        text += r.empty() ? std::string("none") : to_string(r);
        if (check.known) {
            text += "; " +
                    std::string(*check.known == count_known::denominator ? "numerators "
                                                                         : "denominators ") +
                    to_string(v.counts);
        }
        text += "\n";
    }
    return text;
}

}  // namespace restoration
