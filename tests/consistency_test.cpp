// consistency_test.cpp: the two-day, partition and two-precision checks against brute force,
// which looks at every denominator (or numerator) and rounds it by a rounding written out here.
#include <restoration/consistency.hpp>

#include <doctest/doctest.h>

#include "random_cases.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using namespace restoration;

namespace {

// numerator / denominator rounded to a whole number (denominator > 0, numerator of either sign),
// from the rules' definitions and nothing of the library's.
std::int64_t consistency_rounded(std::int64_t numerator, std::int64_t denominator,
                                 rounding rule) {
    const bool negative = numerator < 0;
    const std::int64_t magnitude = negative ? -numerator : numerator;
    std::int64_t whole = magnitude / denominator;
    const std::int64_t left = magnitude % denominator;
    bool up = false;
    switch (rule) {
    case rounding::half_up: up = 2 * left >= denominator; break;
    case rounding::half_even:
        up = 2 * left > denominator || (2 * left == denominator && whole % 2 == 1);
        break;
    case rounding::half_down: up = 2 * left > denominator; break;
    case rounding::toward_zero: up = false; break;
    case rounding::away_from_zero: up = left != 0; break;
    }
    whole += up ? 1 : 0;
    return negative ? -whole : whole;
}

std::int64_t ten_to(int exponent) {
    std::int64_t power = 1;
    while (exponent-- > 0) {
        power *= 10;
    }
    return power;
}

// The figure a count's rate prints as: percent to `decimals`, in units of the last decimal.
std::int64_t printed_units(std::int64_t numerator, std::int64_t denominator, int decimals,
                           rounding rule) {
    return consistency_rounded(numerator * 100 * ten_to(decimals), denominator, rule);
}

// The runs of consecutive counts in [from, to] for which `fits` holds.
template <class Fits>
std::vector<count_range> runs_where(std::int64_t from, std::int64_t to, Fits fits) {
    std::vector<count_range> runs;
    for (std::int64_t n = from; n <= to; ++n) {
        if (!fits(n)) {
            continue;
        }
        if (!runs.empty() && runs.back().high == n - 1) {
            runs.back().high = n;
        } else {
            runs.push_back({n, n});
        }
    }
    return runs;
}

// A range as runs, cut to [from, to]: what a loop over [from, to] can see of it.
std::vector<count_range> seen_of(count_range r, std::int64_t from, std::int64_t to) {
    const count_range cut{std::max(r.low, from), std::min(r.high, to)};
    return cut.empty() ? std::vector<count_range>{} : std::vector<count_range>{cut};
}

std::vector<count_range> seen_of(const std::vector<count_range>& ranges, std::int64_t from,
                                 std::int64_t to) {
    std::vector<count_range> seen;
    for (const count_range& r : ranges) {
        for (const count_range& cut : seen_of(r, from, to)) {
            seen.push_back(cut);
        }
    }
    return seen;
}

// The brute force of a two-day check, over today's denominators in [from, to].
struct two_day_brute {
    std::vector<count_range> today;
    std::vector<count_range> both_days;
    std::vector<count_range> exact_change;
};

two_day_brute brute_two_days(std::int64_t resumed, decimal rate, std::int64_t resumed_before,
                             decimal rate_before, decimal points, std::int64_t in_scope_change,
                             rounding rule, std::int64_t from, std::int64_t to) {
    const int d = rate.decimals;
    const auto holds = [&](std::int64_t n) {
        const std::int64_t before = n - in_scope_change;
        return n >= resumed && n >= 1 && before >= resumed_before && before >= 1;
    };
    const auto today = [&](std::int64_t n) {
        return holds(n) && printed_units(resumed, n, d, rule) == rate.units;
    };
    const auto before = [&](std::int64_t n) {
        return printed_units(resumed_before, n - in_scope_change, d, rule) == rate_before.units;
    };
    // resumed / n - resumed_before / m over one denominator: (resumed m - resumed_before n) / nm.
    const auto exact = [&](std::int64_t n) {
        const std::int64_t m = n - in_scope_change;
        return consistency_rounded((resumed * m - resumed_before * n) * 100 * ten_to(d), n * m,
                                   rule) == points.units;
    };
    return {runs_where(from, to, today),
            runs_where(from, to, [&](std::int64_t n) { return today(n) && before(n); }),
            runs_where(from, to, [&](std::int64_t n) { return today(n) && exact(n); })};
}

// Each rule's ranges seen over [from, to] are the brute force's.
void check_two_days_against_brute(const two_days& days, std::int64_t from, std::int64_t to) {
    const two_day_check check = check_two_days(days);
    for (const rounding rule : all_rounding_rules) {
        const two_day_verdict& v = check.under(rule);
        const two_day_brute brute = brute_two_days(
            days.today().resumed, days.today().rate.figure, days.before().resumed,
            days.before().rate.figure, days.change_in_points(), days.in_scope_change(), rule, from,
            to);
        INFO(to_string(check));
        CHECK(v.rule == rule);
        // Each range bounded within the loop, so that the loop saw all of it.
        CHECK((v.today.empty() || (v.today.bounded() && v.today.high <= to)));
        CHECK(seen_of(v.today, from, to) == brute.today);
        CHECK(seen_of(v.both_days, from, to) == brute.both_days);
        CHECK(seen_of(v.exact_change, from, to) == brute.exact_change);
        CHECK(v.fits_as_difference() == !v.both_days.empty());
        CHECK(v.fits_as_exact_change() == !v.exact_change.empty());
    }
}

std::string consistency_grouped(std::int64_t count) {
    const std::string digits = std::to_string(count < 0 ? -count : count);
    std::string text = count < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) {
            text += ',';
        }
        text += digits[i];
    }
    return text;
}

const two_days hebei = two_days::by_change({9'909, 75.1_percent}, {431, {32, 1}});

}  // namespace

TEST_CASE("Hebei, 9,909 resumed at 75.1%, 431 more and 3.2 points up: its denominators against "
          "every denominator from 9,909 to 20,000") {
    CHECK(hebei.before().resumed == 9'909 - 431);
    CHECK(hebei.before().rate.figure == decimal{751 - 32, 1});
    check_two_days_against_brute(hebei, 9'909, 20'000);
    const two_day_check check = check_two_days(hebei);
    for (const two_day_verdict& v : check.verdicts) {
        CHECK(v.today.bounded());  // so the loop to 20,000 saw all of each range
        CHECK(v.today.high < 20'000);
    }
    // By hand: 9,909 / 13,185 is 75.153% and 9,909 / 13,186 is 75.148%; 9,478 / 13,191 is
    // 71.852%, 9,478 / 13,192 is 71.847%. The exact change there, 431 / 13,186 = 3.269 points,
    // prints 3.3: only the difference of the rounded rates fits, unless rates are truncated.
    CHECK(check.under(rounding::half_up).both_days == count_range{13'186, 13'191});
    CHECK_FALSE(check.under(rounding::half_up).fits_as_exact_change());
    CHECK(check.under(rounding::toward_zero).fits_as_exact_change());
    CHECK(check.under(rounding::toward_zero).fits_as_difference());
}

TEST_CASE("Hebei with a denominator change, which the exact change is looked at one by one for") {
    for (const std::int64_t by : {-40, -7, 5, 60}) {
        check_two_days_against_brute(two_days::by_change({9'909, 75.1_percent}, {431, {32, 1}, by}),
                                     9'000, 20'000);
    }
}

// With the denominator changed, the exact change is no monotone function of it: its runs, of any
// length and to no end, against every denominator to 3,000 and samples past it.
TEST_CASE("the exact change with a changed denominator, against brute force, runs without end") {
    std::mt19937_64 draw(20220505);
    const auto below = [&](std::int64_t n) {
        return static_cast<std::int64_t>(draw() % static_cast<std::uint64_t>(n));
    };
    constexpr std::int64_t seen_to = 3'000;
    int unbounded_runs = 0;
    for (int i = 0; i < random_cases::of(600); ++i) {
        const int d = static_cast<int>(below(3));
        const std::int64_t resumed = below(4) == 0 ? below(3) : below(80);
        const std::int64_t by = below(2) == 0 ? below(9) - 4 : below(200) - 100;
        if (by == 0) {
            continue;
        }
        const std::int64_t n = std::max<std::int64_t>({resumed, 1, by + 1}) + below(150);
        // Few resumed on both days, now and then: rates of 0% that fit denominators to no end.
        const std::int64_t resumed_before = resumed < 3 ? below(3) : below(n - by + 1);
        const rounding printed_by = all_rounding_rules[static_cast<std::size_t>(below(5))];
        const decimal rate{printed_units(resumed, n, d, printed_by), d};
        const decimal rate_before{printed_units(resumed_before, n - by, d, printed_by), d};
        const two_days days = two_days::by_rates({resumed_before, {rate_before}},
                                                 {resumed, {rate}}, by);
        const two_day_check check = check_two_days(days);
        for (const rounding rule : all_rounding_rules) {
            const std::vector<count_range>& runs = check.under(rule).exact_change;
            const two_day_brute brute = brute_two_days(resumed, rate, resumed_before, rate_before,
                                                       days.change_in_points(), by, rule, 1,
                                                       seen_to);
            INFO(to_string(check));
            REQUIRE(seen_of(runs, 1, seen_to) == brute.exact_change);
            if (runs.empty() || runs.back().high <= seen_to) {
                continue;
            }
            // A run past 3,000: it holds where it says, to its end, and not just past it.
            const count_range final_run = runs.back();
            for (const std::int64_t at : {seen_to + 1, seen_to + 977, std::int64_t{123'457},
                                          std::int64_t{1'000'003}}) {
                if (at < final_run.low) {
                    continue;
                }
                const bool inside = at <= final_run.high;
                REQUIRE(brute_two_days(resumed, rate, resumed_before, rate_before,
                                       days.change_in_points(), by, rule, at, at)
                            .exact_change.empty() == !inside);
            }
            unbounded_runs += final_run.bounded() ? 0 : 1;
        }
    }
    CHECK(unbounded_runs > 0);
    // Found by a search of a million random cases as the few whose exact change fits in two runs,
    // where the change turns within today's denominators: today's count and rate in units of
    // the last decimal, the changes in count and in points, in scope, and the decimals.
    struct turning {
        std::int64_t resumed, rate, more, points, by;
        int decimals;
    };
    for (const turning& t : {turning{6, 15, -11, -10, -28, 0}, turning{28, 20, 17, 7, 52, 0},
                             turning{1, 2, -22, -9, -144, 0}, turning{1, 2, -7, -3, -95, 0},
                             turning{34, 14, 32, 10, 195, 0}, turning{26, 17, 24, 12, 113, 0},
                             turning{24, 11, 20, 6, 129, 0}}) {
        const two_days days = two_days::by_change({t.resumed, {{t.rate, t.decimals}}},
                                                  {t.more, {t.points, t.decimals}, t.by});
        const two_day_check check = check_two_days(days);
        std::size_t most_runs = 0;
        for (const rounding rule : all_rounding_rules) {
            const std::vector<count_range>& runs = check.under(rule).exact_change;
            most_runs = std::max(most_runs, runs.size());
            INFO(to_string(check));
            CHECK(runs == brute_two_days(t.resumed, {t.rate, t.decimals}, days.before().resumed,
                                         days.before().rate.figure, days.change_in_points(),
                                         t.by, rule, 1, seen_to)
                              .exact_change);
        }
        CHECK(most_runs == 2);
    }
    // No change of those in scope, none resumed: every denominator from 4 fits, to no end.
    const two_day_check none =
        check_two_days(two_days::by_change({0, 0.0_percent}, {0, {0, 1}, 3}));
    for (const rounding rule : all_rounding_rules) {
        CHECK(none.under(rule).exact_change ==
              std::vector<count_range>{{4, count_range::unbounded}});
    }
}

// Found by a review against a 256-bit reference: changes in scope past 2^62 and sums past the
// count type were refused, or named a denominator the search itself had tried.
TEST_CASE("changes in scope and sums near the count type's end are answered, not refused") {
    // Nothing resumed either day, 2^62 fewer in scope today: every denominator fits.
    const two_day_check fewer =
        check_two_days(two_days::by_change({0, 0_percent}, {0, {0, 0}, -(std::int64_t{1} << 62)}));
    for (const rounding rule : all_rounding_rules) {
        CHECK(fewer.under(rule).exact_change ==
              std::vector<count_range>{{1, count_range::unbounded}});
    }
    // 3 resumed at 0% today, 1 the day before, 2^62 + 5 more in scope: the exact change rounds
    // half up to 0 from the 200th denominator past the change, to no end.
    const std::int64_t by = (std::int64_t{1} << 62) + 5;
    const two_day_check more =
        check_two_days(two_days::by_change({3, 0_percent}, {2, {0, 0}, by}));
    CHECK(more.under(rounding::half_up).exact_change ==
          std::vector<count_range>{{by + 200, count_range::unbounded}});
    // The day before's denominators moved past the count type: no upper end, not an overflow.
    const two_day_check moved = check_two_days(two_days::by_rates(
        {46'000'000'000'000'000, 1_percent}, {40'000'000'000'000'000, 1_percent},
        std::int64_t{1'000'000'000'000'000'000}));
    CHECK(moved.under(rounding::half_up).both_days.contains(5'000'000'000'000'000'000));
    // Two sectors whose denominators sum past the count type: the sum has no upper end.
    const partition_check sum = check_partition(
        {8'000'000'000'000'000, 0_percent},
        {{4'000'000'000'000'000, 0.1_percent}, {4'000'000'000'000'000, 0.1_percent}});
    CHECK(sum.under(rounding::half_up).consistent ==
          count_range{5'333'333'333'333'333'334, count_range::unbounded});
}

TEST_CASE("a known denominator gives that denominator, or none, in each range") {
    const two_day_check search = check_two_days(hebei);
    for (std::int64_t n = 13'150; n <= 13'230; ++n) {
        const two_day_check known = check_two_days(hebei, n);
        REQUIRE(known.in_scope == n);
        for (const rounding rule : all_rounding_rules) {
            const two_day_verdict& found = search.under(rule);
            const two_day_verdict& v = known.under(rule);
            const auto one = [n](bool fits) { return fits ? count_range{n, n} : count_range{}; };
            CHECK(v.today == one(found.today.contains(n)));
            CHECK(v.both_days == one(found.both_days.contains(n)));
            const bool exact = std::ranges::any_of(
                found.exact_change, [n](count_range r) { return r.contains(n); });
            CHECK(v.exact_change == (exact ? std::vector<count_range>{{n, n}}
                                           : std::vector<count_range>{}));
        }
    }
}

TEST_CASE("two days of small cohorts, rises and falls, against brute force") {
    int cases = 0;
    for (const int d : {0, 1}) {
        for (std::int64_t resumed = 1; resumed <= 37; resumed += 4) {
            for (std::int64_t in_scope = resumed; in_scope <= 2 * resumed + 3; in_scope += 2) {
                for (const std::int64_t by : {0, 3, -2}) {
                    for (const std::int64_t fewer : {0, 1, 3, -2}) {
                        const std::int64_t before = resumed - fewer;
                        if (before < 0 || before > in_scope - by || in_scope - by < 1) {
                            continue;
                        }
                        const std::int64_t rate = printed_units(resumed, in_scope, d,
                                                                rounding::half_up);
                        const std::int64_t rate_before =
                            printed_units(before, in_scope - by, d, rounding::half_up);
                        for (const std::int64_t off : {0, 1, -1}) {
                            const std::int64_t points = rate - rate_before + off;
                            if (rate - points < 0 || rate - points > 100 * ten_to(d)) {
                                continue;  // the day before below 0% or above 100%: refused
                            }
                            ++cases;
                            check_two_days_against_brute(
                                two_days::by_change({resumed, {{rate, d}}},
                                                    {fewer, {points, d}, by}),
                                1, 8 * resumed + 20);
                        }
                    }
                }
            }
        }
    }
    CHECK(cases > 1'000);
}

TEST_CASE("two rates printed, no change printed: the change is their difference") {
    const two_days rates = two_days::by_rates({9'478, 71.9_percent}, {9'909, 75.1_percent});
    CHECK(rates.rate_before_printed());
    CHECK(rates.change_in_points() == decimal{32, 1});
    CHECK(rates.change_in_count() == 431);
    check_two_days_against_brute(rates, 9'909, 20'000);
    const two_day_check both = check_two_days(rates);
    const two_day_check by_change = check_two_days(hebei);
    for (const rounding rule : all_rounding_rules) {
        CHECK(both.under(rule).both_days == by_change.under(rule).both_days);
    }
    // All 5 resumed today, of 10 all new today: the day before had none in scope, no rate.
    check_two_days_against_brute(two_days::by_change({5, 50_percent}, {5, {50, 0}, 10}), 1, 2'000);
    CHECK_FALSE(check_two_days(two_days::by_change({5, 50_percent}, {5, {50, 0}, 10}))
                    .under(rounding::half_up)
                    .fits_as_exact_change());
    // A count that fell, with the denominator re-based.
    check_two_days_against_brute(two_days::by_rates({30, 75_percent}, {28, 80_percent}, -5), 1,
                                 2'000);
}

TEST_CASE("a change of 0 points is reached from both sides, as each rule rounds") {
    for (std::int64_t fewer = -2; fewer <= 2; ++fewer) {
        check_two_days_against_brute(two_days::by_change({40, 80_percent}, {fewer, {0, 0}}), 1,
                                     2'000);
        check_two_days_against_brute(two_days::by_change({40, 80.0_percent}, {fewer, {0, 1}}), 1,
                                     2'000);
    }
    // Ties: 40 of 200 is 20% today, 41 of 200 was 20.5%, so the exact change is -0.5 points,
    // which half up rounds to -1 and half down to 0; 0.05 points likewise at one decimal.
    for (const std::int64_t points : {0, -1}) {
        check_two_days_against_brute(two_days::by_change({40, 20_percent}, {-1, {points, 0}}), 1,
                                     2'000);
        check_two_days_against_brute(two_days::by_change({40, 20.0_percent}, {-1, {points, 1}}), 1,
                                     2'000);
    }
}

TEST_CASE("two-day figures that cannot be are refused with the figures named") {
    CHECK_THROWS_WITH_AS(two_days::by_change({100, 75.1_percent}, {431, {32, 1}}),
                         doctest::Contains("431"), std::invalid_argument);
    CHECK_THROWS_WITH_AS(two_days::by_change({9'909, 75.1_percent}, {431, {32, 0}}),
                         doctest::Contains("75.1%"), std::invalid_argument);
    CHECK_THROWS_WITH_AS(two_days::by_change({9'909, 3.1_percent}, {431, {32, 1}}),
                         doctest::Contains("+3.2"), std::invalid_argument);
    CHECK_THROWS_AS(two_days::by_change({-1, 3.1_percent}, {0, {0, 1}}), std::invalid_argument);
    CHECK_THROWS_WITH_AS(two_days::by_change({10, printed_percent{{-31, 1}}}, {0, {0, 1}}),
                         doctest::Contains("-3.1%"), std::invalid_argument);
    CHECK_THROWS_WITH_AS(two_days::by_change({10, printed_percent{{31, 7}}}, {0, {0, 7}}),
                         doctest::Contains("7 decimals"), std::invalid_argument);
    CHECK_THROWS_AS(two_days::by_rates({10, printed_percent{{-31, 1}}}, {10, 3.1_percent}),
                    std::invalid_argument);
    CHECK_THROWS_WITH_AS(two_days::by_rates({9'478, 71.9_percent}, {9'909, 75.10_percent}),
                         doctest::Contains("71.9%"), std::invalid_argument);
    CHECK_THROWS_WITH_AS(check_two_days(hebei, 9'000), doctest::Contains("9,909"),
                         std::invalid_argument);
    CHECK_THROWS_AS(check_two_days(two_days::by_change({9'909, 75.1_percent}, {431, {32, 1}, 20}),
                                   9'490),
                    std::invalid_argument);
    // Rates of resumed in scope are at most 100%, as printed and as the day before's follows.
    CHECK_THROWS_WITH_AS(two_days::by_rates({100, 120_percent}, {100, 90_percent}),
                         doctest::Contains("above 100% (120%)"), std::invalid_argument);
    CHECK_THROWS_WITH_AS(two_days::by_change({990, 99.0_percent}, {-10, {-20, 1}}),
                         doctest::Contains("above 100%"), std::invalid_argument);
    CHECK_THROWS_AS(check_partition({100, 120_percent}, {{100, 100_percent}}),
                    std::invalid_argument);
    CHECK_THROWS_AS(check_partition({100, 100_percent}, {{100, 100.1_percent}}),
                    std::invalid_argument);
    CHECK_THROWS_WITH_AS(check_precisions(101_percent, 101.0_percent),
                         doctest::Contains("101%"), std::invalid_argument);
    CHECK_NOTHROW(check_precisions(100_percent, 100.0_percent));
    // At six decimals a count above 46,116,860,184 times the printed scale passes 64 bits: the
    // message says which product.
    CHECK_THROWS_WITH_AS(
        check_two_days(two_days::by_change({50'000'000'000, 75.123456_percent}, {0, {0, 6}})),
        doctest::Contains("a count times twice the printed scale"), std::overflow_error);
    CHECK_THROWS_AS(check_two_days(two_days::by_change(
                        {std::numeric_limits<std::int64_t>::max() / 100, 50.0_percent},
                        {0, {0, 1}})),
                    std::overflow_error);
}

TEST_CASE("the two-day check as text names each rule's ranges") {
    const std::string text = to_string(check_two_days(hebei));
    const two_day_brute half_up = brute_two_days(9'909, {751, 1}, 9'478, {719, 1}, {32, 1}, 0,
                                                 rounding::half_up, 9'909, 20'000);
    REQUIRE(half_up.both_days.size() == 1);
    CHECK(text.find("half up: today " + consistency_grouped(half_up.today[0].low) + " to " +
                    consistency_grouped(half_up.today[0].high)) != std::string::npos);
    CHECK(text.find(consistency_grouped(half_up.both_days[0].low) + " to " +
                    consistency_grouped(half_up.both_days[0].high)) != std::string::npos);
    CHECK(text.find("9,478 at 71.9%") != std::string::npos);
    CHECK(text.find("+3.2 points") != std::string::npos);
    CHECK(to_string(check_two_days(hebei, 13'190)).find("13,190 in scope today") !=
          std::string::npos);
}

namespace {

// The brute force of a partition: each sector's denominators and the whole's, looked at one by
// one up to `to`, and every sum of one denominator a sector, enumerated.
struct partition_brute {
    std::vector<std::vector<count_range>> sectors;
    std::vector<std::int64_t> sums;  // sorted, distinct
    std::vector<count_range> whole;
    std::vector<count_range> consistent;
};

partition_brute brute_partition(count_and_rate whole, const std::vector<count_and_rate>& sectors,
                                rounding rule, std::int64_t to) {
    const auto fits = [rule](count_and_rate figures) {
        return [=](std::int64_t n) {
            return n >= figures.resumed &&
                   printed_units(figures.resumed, n, figures.rate.figure.decimals, rule) ==
                       figures.rate.figure.units;
        };
    };
    partition_brute brute;
    std::vector<std::int64_t> sums{0};
    for (const count_and_rate& sector : sectors) {
        brute.sectors.push_back(runs_where(1, to, fits(sector)));
        std::vector<std::int64_t> next;
        for (const std::int64_t sum : sums) {
            for (const count_range& run : brute.sectors.back()) {
                for (std::int64_t n = run.low; n <= run.high; ++n) {
                    next.push_back(sum + n);
                }
            }
        }
        std::ranges::sort(next);
        next.erase(std::unique(next.begin(), next.end()), next.end());
        sums = next;
    }
    brute.sums = sums;
    brute.whole = runs_where(1, to, fits(whole));
    brute.consistent = runs_where(1, to, [&](std::int64_t n) {
        return fits(whole)(n) && std::ranges::binary_search(sums, n);
    });
    return brute;
}

void check_partition_against_brute(count_and_rate whole, const std::vector<count_and_rate>& sectors,
                                   std::int64_t to) {
    const partition_check check = check_partition(whole, sectors);
    std::int64_t sum = 0;
    for (const count_and_rate& sector : sectors) {
        sum += sector.resumed;
    }
    CHECK(check.sum_of_sector_counts == sum);
    CHECK(check.count_difference() == sum - whole.resumed);
    CHECK(check.counts_add_up() == (sum == whole.resumed));
    for (const rounding rule : all_rounding_rules) {
        INFO(to_string(check));
        const partition_verdict& v = check.under(rule);
        const partition_brute brute = brute_partition(whole, sectors, rule, to);
        REQUIRE(v.sectors.size() == sectors.size());
        for (std::size_t i = 0; i < sectors.size(); ++i) {
            CHECK(v.sectors[i].bounded());
            CHECK(seen_of(v.sectors[i], 1, to) == brute.sectors[i]);
        }
        // The sums fill their range: the least to the greatest, none missing.
        if (brute.sums.empty()) {
            CHECK(v.sum_of_sectors.empty());
        } else {
            CHECK(v.sum_of_sectors == count_range{brute.sums.front(), brute.sums.back()});
            CHECK(brute.sums.size() ==
                  static_cast<std::size_t>(brute.sums.back() - brute.sums.front() + 1));
        }
        CHECK(seen_of(v.whole, 1, to) == brute.whole);
        CHECK(seen_of(v.consistent, 1, to) == brute.consistent);
        CHECK(v.fits() == !brute.consistent.empty());
    }
}

}  // namespace

TEST_CASE("Zibo: 2,794 at 65.66% in six sectors, against every denominator of each") {
    const count_and_rate whole{2'794, 65.66_percent};
    const std::vector<count_and_rate> sectors{{1'589, 92.06_percent}, {113, 63.84_percent},
                                              {437, 36.21_percent},   {131, 54.58_percent},
                                              {266, 59.64_percent},   {258, 56.21_percent}};
    check_partition_against_brute(whole, sectors, 9'000);
    const partition_check check = check_partition(whole, sectors);
    CHECK(check.counts_add_up());
    // By hand: 1,589 / 1,726 is 92.062% and 437 / 1,207 is 36.206%, ... one denominator for
    // each, and they sum to 4,255, the one denominator of 2,794 at 65.66% (65.664%).
    CHECK(check.under(rounding::half_up).consistent == count_range{4'255, 4'255});
    // Truncated, 437 / 1,207 would print 36.20%: no denominator of that sector fits.
    CHECK_FALSE(check.under(rounding::toward_zero).fits());
    // One sector left out: the counts no longer add up, by that sector's count.
    const std::vector<count_and_rate> five(sectors.begin(), sectors.end() - 1);
    const partition_check short_one = check_partition(whole, five);
    CHECK(short_one.count_difference() == -sectors.back().resumed);
    CHECK_FALSE(short_one.counts_add_up());
    check_partition_against_brute(whole, five, 9'000);
    CHECK(to_string(short_one).find(consistency_grouped(short_one.count_difference())) !=
          std::string::npos);
}

TEST_CASE("small partitions against brute force, at whole and tenth percents") {
    int cases = 0;
    for (const int d : {0, 1}) {
        for (std::int64_t a = 1; a <= 13; a += 3) {
            for (std::int64_t b = 1; b <= 9; b += 2) {
                for (const std::int64_t spare_a : {0, 1, 4}) {
                    for (const std::int64_t spare_b : {0, 2, 5}) {
                        for (const std::int64_t whole_off : {0, 1}) {
                            const std::int64_t na = a + spare_a;
                            const std::int64_t nb = b + spare_b;
                            const auto printed = [d](std::int64_t k, std::int64_t n) {
                                return printed_percent{
                                    {printed_units(k, n, d, rounding::half_even), d}};
                            };
                            const count_and_rate whole{a + b, printed(a + b, na + nb + whole_off)};
                            check_partition_against_brute(
                                whole, {{a, printed(a, na)}, {b, printed(b, nb)}}, 3'000);
                            ++cases;
                        }
                    }
                }
            }
        }
    }
    // Three sectors, one count off.
    check_partition_against_brute({20, 50_percent}, {{5, 50_percent}, {9, 45_percent},
                                                     {7, 64_percent}}, 3'000);
    CHECK(cases > 400);
}

TEST_CASE("a partition with nothing resumed in a sector leaves its denominators unbounded") {
    // 5 of 10 at 50%, and the other sector of any size at least 1: the whole 11 or more.
    const partition_check check = check_partition({5, 45_percent}, {{5, 50_percent}, {0, 0_percent}});
    const partition_verdict& v = check.under(rounding::half_up);
    CHECK_FALSE(v.sectors[1].bounded());
    CHECK_FALSE(v.sum_of_sectors.bounded());
    CHECK(v.sum_of_sectors.low == v.sectors[0].low + 1);
    CHECK(v.consistent == v.whole);
    CHECK(v.fits());
    CHECK_FALSE(check_partition({5, 50_percent}, {{5, 50_percent}, {0, 0_percent}})
                    .under(rounding::half_up)
                    .fits());
    CHECK(to_string(check).find("or more") != std::string::npos);
}

TEST_CASE("partitions that cannot be are refused") {
    CHECK_THROWS_AS(check_partition({5, 50_percent}, std::span<const count_and_rate>{}),
                    std::invalid_argument);
    CHECK_THROWS_AS(check_partition({5, 50_percent}, {{-1, 50_percent}}), std::invalid_argument);
    CHECK_THROWS_AS(check_partition({-5, 50_percent}, {{1, 50_percent}}), std::invalid_argument);
    constexpr std::int64_t most = std::numeric_limits<std::int64_t>::max();
    CHECK_THROWS_AS(check_partition({5, 50_percent}, {{most, 50_percent}, {most, 50_percent}}),
                    std::overflow_error);
}

namespace {

// Whether the exact rate j / (4 x 10^fine) percent prints as both figures: the rates on a grid of
// quarter steps of the finer figure, which holds every end of the interval and a point between
// any two of them.
bool quarter_prints_both(std::int64_t j, decimal coarser, decimal finer, rounding rule) {
    return consistency_rounded(j, 4, rule) == finer.units &&
           consistency_rounded(j, 4 * ten_to(finer.decimals - coarser.decimals), rule) ==
               coarser.units;
}

bool quarter_in(std::int64_t j, const rate_interval& r, int fine_decimals) {
    // j quarters of 10^-fine percent: the rate j / (400 x 10^fine).
    std::int64_t scale = 400;
    for (int i = 0; i < fine_decimals; ++i) {
        scale *= 10;
    }
    return r.contains(j, scale);
}

}  // namespace

TEST_CASE("the rates that print at two precisions, against a grid of quarter steps") {
    for (const auto& [dc, df] : {std::pair{0, 1}, std::pair{0, 2}, std::pair{1, 2}}) {
        const std::int64_t ratio = ten_to(df - dc);
        for (std::int64_t c = 0; c <= (dc == 0 ? 101 : 40); ++c) {
            for (std::int64_t f = std::max<std::int64_t>(0, c * ratio - ratio - 5);
                 f <= c * ratio + ratio + 5; f += (df - dc == 2 ? 7 : 1)) {
                const printed_percent coarser{{c, dc}};
                const printed_percent finer{{f, df}};
                if (c > 100 * ten_to(dc) || f > 100 * ten_to(df)) {  // no part prints so
                    CHECK_THROWS_AS(check_precisions(finer, coarser), std::invalid_argument);
                    continue;
                }
                const precision_check check = check_precisions(finer, coarser);
                REQUIRE(check.coarser.figure == coarser.figure);
                for (const rounding rule : all_rounding_rules) {
                    const precision_verdict& v = check.under(rule);
                    bool any = false;
                    // Every rate that prints as the finer figure is within a step of it; the
                    // grid looks four steps either side, and below 0 and above 100%, where no
                    // rate of a part of a whole is.
                    for (std::int64_t j = 4 * (f - 4); j <= 4 * (f + 4); ++j) {
                        const bool both = j >= 0 && j <= 400 * ten_to(df) &&
                                          quarter_prints_both(j, coarser.figure, finer.figure, rule);
                        any = any || both;
                        if (both != quarter_in(j, v.printing_both, df)) {
                            FAIL_CHECK("at " << j << "/4 x 10^-" << df << ": " << to_string(check));
                        }
                    }
                    CHECK(v.one_rate_prints_both() == any);
                    // Double rounding, from the finer figure as a number.
                    const std::int64_t rounded = consistency_rounded(f, ratio, rule);
                    CHECK(v.finer_rounded == decimal{rounded, dc});
                    CHECK(v.coarser_rounds_finer == (rounded == c));
                }
            }
        }
    }
}

TEST_CASE("double rounding and one rate printing both differ, in both directions") {
    // 95.5% rounds half up to 96%, yet 95.47% prints as 95.5% and as 95%.
    const precision_check up = check_precisions(95_percent, 95.5_percent);
    CHECK_FALSE(up.under(rounding::half_up).coarser_rounds_finer);
    CHECK(up.under(rounding::half_up).one_rate_prints_both());
    // 93.5% rounds half down to 93%, yet 29 / 31 (93.548%) prints as 93.5% and as 94%.
    const precision_check down = check_precisions(94_percent, 93.5_percent, count_known::denominator, 31);
    CHECK_FALSE(down.under(rounding::half_down).coarser_rounds_finer);
    CHECK(down.under(rounding::half_down).counts == count_range{29, 29});
    // 95% and 95.5% away from zero: 95.5% comes from above 95.4%, 95% from 95% at most.
    CHECK_FALSE(up.under(rounding::away_from_zero).one_rate_prints_both());
}

TEST_CASE("counts that print at two precisions, against every count up to 60") {
    for (const auto& [dc, df] : {std::pair{0, 1}, std::pair{0, 2}, std::pair{1, 2}}) {
        for (std::int64_t in_scope = 1; in_scope <= 60; ++in_scope) {
            for (const rounding rule : all_rounding_rules) {
                std::vector<std::pair<std::int64_t, std::int64_t>> printed;  // per numerator
                for (std::int64_t k = 0; k <= in_scope; ++k) {
                    printed.emplace_back(printed_units(k, in_scope, dc, rule),
                                         printed_units(k, in_scope, df, rule));
                }
                // Each count's own pair, and its neighbours' coarse figure with its fine one.
                for (std::int64_t k = 0; k <= in_scope; ++k) {
                    for (std::int64_t other = std::max<std::int64_t>(0, k - 1);
                         other <= std::min(in_scope, k + 1); ++other) {
                        const auto ku = static_cast<std::size_t>(k);
                        const auto ou = static_cast<std::size_t>(other);
                        const decimal coarser{printed[ou].first, dc};
                        const decimal finer{printed[ku].second, df};
                        const std::vector<count_range> brute =
                            runs_where(0, in_scope, [&](std::int64_t n) {
                                const auto nu = static_cast<std::size_t>(n);
                                return printed[nu].first == coarser.units &&
                                       printed[nu].second == finer.units;
                            });
                        REQUIRE(brute.size() <= 1);
                        const count_range found =
                            check_precisions({coarser}, {finer}, count_known::denominator,
                                             in_scope)
                                .under(rule)
                                .counts;
                        CHECK(seen_of(found, 0, in_scope) == brute);
                        CHECK(found.empty() == brute.empty());
                    }
                }
            }
        }
    }
}

TEST_CASE("counts of pairs at and near the ends of their rates, against every count up to 1,000") {
    // Pairs whose rates lie in a narrow band (95.47% prints 95.5% and 95%), reached only by
    // denominators in the hundreds, and pairs at 0% and 100%.
    const std::pair<printed_percent, printed_percent> printed_pairs[] = {
        {95_percent, 95.5_percent}, {94_percent, 93.5_percent}, {95_percent, 95.0_percent},
        {0_percent, 0.0_percent},   {100_percent, 99.5_percent}, {1_percent, 0.5_percent},
        {95_percent, 95.50_percent}, {9.5_percent, 9.45_percent}};
    for (std::int64_t in_scope = 1; in_scope <= 1'000; ++in_scope) {
        for (const rounding rule : all_rounding_rules) {
            for (const auto& pair : printed_pairs) {
                const printed_percent coarser = pair.first;  // clang 14 captures no binding
                const printed_percent finer = pair.second;
                const int dc = coarser.figure.decimals;
                const int df = finer.figure.decimals;
                const std::vector<count_range> brute = runs_where(0, in_scope, [&](std::int64_t k) {
                    return printed_units(k, in_scope, dc, rule) == coarser.figure.units &&
                           printed_units(k, in_scope, df, rule) == finer.figure.units;
                });
                const count_range found =
                    check_precisions(coarser, finer, count_known::denominator, in_scope)
                        .under(rule)
                        .counts;
                CHECK(seen_of(found, 0, in_scope) == brute);
                CHECK((found.empty() || found.high <= in_scope));
            }
        }
    }
}

TEST_CASE("denominators of pairs in narrow bands, against every denominator") {
    const std::pair<printed_percent, printed_percent> printed_pairs[] = {
        {95_percent, 95.5_percent},  {94_percent, 93.5_percent},   {95_percent, 95.0_percent},
        {100_percent, 99.5_percent}, {95_percent, 95.50_percent}, {9.5_percent, 9.45_percent}};
    for (std::int64_t resumed = 1; resumed <= 200; ++resumed) {
        const std::int64_t to = 11 * resumed + 10;  // every rate here is above 9%
        for (const rounding rule : all_rounding_rules) {
            for (const auto& pair : printed_pairs) {
                const printed_percent coarser = pair.first;  // clang 14 captures no binding
                const printed_percent finer = pair.second;
                const int dc = coarser.figure.decimals;
                const int df = finer.figure.decimals;
                const std::vector<count_range> brute = runs_where(1, to, [&](std::int64_t n) {
                    return n >= resumed &&
                           printed_units(resumed, n, dc, rule) == coarser.figure.units &&
                           printed_units(resumed, n, df, rule) == finer.figure.units;
                });
                const count_range found =
                    check_precisions(coarser, finer, count_known::numerator, resumed)
                        .under(rule)
                        .counts;
                CHECK(seen_of(found, 1, to) == brute);
                CHECK((found.empty() || found.high < to));
            }
        }
    }
}

TEST_CASE("denominators that print at two precisions, against every denominator up to 3,000") {
    for (std::int64_t resumed = 1; resumed <= 40; resumed += 3) {
        for (const rounding rule : all_rounding_rules) {
            for (std::int64_t in_scope = resumed; in_scope <= 3 * resumed; in_scope += 2) {
                const printed_percent coarser{{printed_units(resumed, in_scope, 0, rule), 0}};
                const printed_percent finer{{printed_units(resumed, in_scope, 1, rule), 1}};
                const count_range found =
                    check_precisions(coarser, finer, count_known::numerator, resumed)
                        .under(rule)
                        .counts;
                const std::vector<count_range> brute =
                    runs_where(1, 3'000, [&](std::int64_t n) {
                        return n >= resumed &&
                               printed_units(resumed, n, 0, rule) == coarser.figure.units &&
                               printed_units(resumed, n, 1, rule) == finer.figure.units;
                    });
                CHECK(found.contains(in_scope));
                CHECK(found.high < 3'000);
                CHECK(seen_of(found, 1, 3'000) == brute);
            }
        }
    }
}

TEST_CASE("Changchun's 95% title and 95.0% body for 1,265 of 1,331") {
    const precision_check check =
        check_precisions(95_percent, 95.0_percent, count_known::denominator, 1'331);
    for (const precision_verdict& v : check.verdicts) {
        CHECK(v.coarser_rounds_finer);
        CHECK(v.one_rate_prints_both());
    }
    CHECK(check.under(rounding::half_up).counts.contains(1'265));
    const std::string text = to_string(check);
    CHECK(text.find("1,331 in the denominator") != std::string::npos);
    CHECK(text.find("[94.95%, 95.05%)") != std::string::npos);  // half up: 94.95 <= x < 95.05
    CHECK_THROWS_AS(check_precisions(95_percent, 95.0_percent, count_known::denominator, 0),
                    std::domain_error);
    CHECK_THROWS_AS(check_precisions(95_percent, 95.0_percent, count_known::numerator, -1),
                    std::invalid_argument);
    CHECK_THROWS_AS(check_precisions(printed_percent{{-5, 0}}, 95.0_percent),
                    std::invalid_argument);
}

TEST_CASE("no rate printing as both 100% and 100.0% is above 100%: a part is at most all") {
    const precision_check whole = check_precisions(100_percent, 100.0_percent);
    for (const rounding rule : all_rounding_rules) {
        CAPTURE(to_string(rule));
        const rate_interval& both = whole.under(rule).printing_both;
        CHECK_FALSE(both.contains(10'001, 10'000));
        CHECK(both.contains(1, 1));
    }
    CHECK(to_string(whole.under(rounding::half_up).printing_both) == "[99.95%, 100%]");
}
