// interval_test.cpp: the values printed figures stand for, at their exact ends, and the audit of
// interval counts against brute force over every pair of counts in small intervals.
#include <restoration/interval.hpp>

#include <doctest/doctest.h>

#include "random_cases.hpp"

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

using namespace restoration;

namespace {

// A sanitized or unoptimised build runs each case ten or more times slower, in 128-bit
// arithmetic most of all: it looks at a fifth of the random cases (random_cases.hpp).
constexpr int interval_share = random_cases::reduced ? 5 : 1;

printed_figure interval_figure(std::int64_t units, int decimals, int exponent, bool percent,
                               qualifier claim, std::string text) {
    printed_figure figure;
    figure.number = {units, decimals};
    figure.exponent = exponent;
    figure.percent = percent;
    figure.claim = claim;
    figure.text = std::move(text);
    return figure;
}

printed_figure read_with_claim(std::string_view text, qualifier claim, std::string shown) {
    printed_figure figure = read_figure(text);
    figure.claim = claim;
    figure.text = std::move(shown);
    return figure;
}

// A deterministic stream of numbers, the same on every standard library.
struct interval_random {
    std::uint64_t state = 88'172'645'463'325'252ULL;
    std::int64_t below(std::int64_t bound) {  // 0 to bound - 1
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return static_cast<std::int64_t>(state % static_cast<std::uint64_t>(bound));
    }
};

// Every pair of counts looked at: which fit, the least and greatest that do, and any gap.
struct fit_by_pairs {
    interval_fit verdict = interval_fit::never;
    count_range numerators;
    bool numerators_with_gaps = false;
    count_range denominators;
    bool denominators_with_gaps = false;
};

// Every pair of counts looked at, one by one; a part of a whole (the library's default ceiling)
// has no pair with more resumed than in scope, which then neither fits nor keeps the others from
// all fitting.
template <class Fits>
fit_by_pairs fit_of_every_pair(count_range numerators, count_range denominators, const Fits& fits,
                               rate_ceiling ceiling = rate_ceiling::hundred_percent) {
    fit_by_pairs found;
    std::vector<bool> numerator_fits(static_cast<std::size_t>(numerators.high + 1), false);
    bool all = true;
    for (std::int64_t d = denominators.low; d <= denominators.high; ++d) {
        bool some = false;
        for (std::int64_t n = numerators.low; n <= numerators.high; ++n) {
            if (ceiling == rate_ceiling::hundred_percent && n > d) {
                continue;
            }
            if (fits(n, d)) {
                some = true;
                numerator_fits[static_cast<std::size_t>(n)] = true;
            } else {
                all = false;
            }
        }
        if (some) {
            if (found.denominators.empty()) {
                found.denominators = {d, d};
            } else {
                found.denominators_with_gaps |= found.denominators.high != d - 1;
                found.denominators.high = d;
            }
        }
    }
    for (std::int64_t n = numerators.low; n <= numerators.high; ++n) {
        if (numerator_fits[static_cast<std::size_t>(n)]) {
            if (found.numerators.empty()) {
                found.numerators = {n, n};
            } else {
                found.numerators_with_gaps |= found.numerators.high != n - 1;
                found.numerators.high = n;
            }
        }
    }
    found.verdict = found.denominators.empty() ? interval_fit::never
                    : all                      ? interval_fit::always
                                               : interval_fit::sometimes;
    return found;
}

void require_fit_as_pairs(const counts_fit& fit, const fit_by_pairs& brute) {
    REQUIRE(fit.verdict == brute.verdict);
    if (brute.verdict == interval_fit::never) {
        REQUIRE(fit.numerators.empty());
        REQUIRE(fit.denominators.empty());
        return;
    }
    REQUIRE(fit.numerators == brute.numerators);
    REQUIRE(fit.numerators_with_gaps == brute.numerators_with_gaps);
    REQUIRE(fit.denominators == brute.denominators);
    REQUIRE(fit.denominators_with_gaps == brute.denominators_with_gaps);
}

// n/d against units/10^decimals percent, multiplied out: -1, 0 or 1.
int rate_against_percent(std::int64_t n, std::int64_t d, std::int64_t units, int decimals) {
    std::int64_t scale = 100;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    const std::int64_t left = n * scale;
    const std::int64_t right = units * d;
    return left < right ? -1 : (left > right ? 1 : 0);
}

count_range random_counts(interval_random& random, std::int64_t from, std::int64_t to,
                          std::int64_t widest) {
    const std::int64_t low = from + random.below(to - from + 1);
    const std::int64_t high = std::min(to, low + random.below(widest + 1));
    return {low, high};
}

}  // namespace

TEST_CASE("a printed figure with its claim is audited against two counts as against intervals") {
    // 84.364% is not less than 84.3%; as printed it fits toward zero only.
    const interval_check below = check_printed(read_figure("\u4e0d\u523084.3%"), 6'480, 7'681);
    CHECK(below.verdict(rounding::toward_zero).fit.verdict == interval_fit::never);
    const interval_check as_printed = check_printed(read_figure("84.3%"), 6'480, 7'681);
    CHECK(as_printed.verdict(rounding::toward_zero).fit.verdict == interval_fit::always);
    CHECK(as_printed.verdict(rounding::half_up).fit.verdict == interval_fit::never);
    // A change is no share of counts: "同比下降19.6%" fitted 196 of 1,000 as a rate, its fall
    // dropped in silence, and so did "同比增长19.6%".
    for (const std::string_view change :
         {"\u540c\u6bd4\u4e0b\u964d19.6%", "\u540c\u6bd4\u589e\u957f19.6%"}) {
        const printed_figure figure = find_figures(change).figures.at(0);
        CHECK_THROWS_WITH_AS(check_printed(figure, 196, 1'000),
                             doctest::Contains("not a share of counts: audit it as a growth"),
                             std::invalid_argument);
    }
}

TEST_CASE("a printed count stands for the counts that round to it, at both ends") {
    const printed_figure staff = read_figure("28.38万");
    CHECK(count_interval(staff, rounding::half_up) == count_range{283'750, 283'849});
    CHECK(count_interval(staff, rounding::toward_zero) == count_range{283'800, 283'899});
    CHECK(count_interval(staff, rounding::away_from_zero) == count_range{283'701, 283'800});
    CHECK(count_interval(read_figure("7,681"), rounding::half_up) == count_range{7'681, 7'681});
    CHECK(count_interval(read_figure("1.5万"), rounding::half_even) ==
          count_range{14'501, 15'499});  // 15 thousands is odd: 14,500 and 15,500 go to 14 and 16
    // Every count near each small printed figure, under every rule, against round_ratio.
    for (int exponent = 1; exponent <= 3; ++exponent) {
        for (int decimals = 0; decimals < exponent; ++decimals) {
            std::int64_t step = 1;
            for (int i = decimals; i < exponent; ++i) {
                step *= 10;
            }
            for (std::int64_t units = 0; units <= 60; ++units) {
                const printed_figure figure =
                    interval_figure(units, decimals, exponent, false, qualifier::none, "figure");
                for (const rounding rule : all_rounding_rules) {
                    const count_range counts = count_interval(figure, rule);
                    for (std::int64_t c = std::max<std::int64_t>(0, (units - 2) * step);
                         c <= (units + 2) * step; ++c) {
                        const bool prints = round_ratio(c, step, 0, rule).units == units;
                        if (counts.contains(c) != prints) {
                            REQUIRE(counts.contains(c) == prints);
                        }
                    }
                }
            }
        }
    }
    // A figure printed to a decimal stands for a whole count only when its decimals are 0.
    CHECK(count_interval(interval_figure(70, 1, 0, false, qualifier::none, "7.0"),
                         rounding::half_up) == count_range{7, 7});
    CHECK_THROWS_WITH_AS(
        count_interval(interval_figure(75, 1, 0, false, qualifier::none, "7.5"), rounding::half_up),
        doctest::Contains("\"7.5\""), std::invalid_argument);
    CHECK_THROWS_WITH_AS(count_interval(read_figure("84.3%"), rounding::half_up),
                         doctest::Contains("\"84.3%\""), std::invalid_argument);
}

TEST_CASE("多 leaves the last non-zero digit's place open, 超过 only sets a floor") {
    CHECK(count_interval(read_with_claim("9000家", qualifier::odd, "9000多家"),
                         rounding::half_up) == count_range{9'000, 9'999});
    CHECK(count_interval(read_with_claim("4400家", qualifier::odd, "4400多家"),
                         rounding::toward_zero) == count_range{4'400, 4'499});
    CHECK(count_interval(read_with_claim("95", qualifier::more_than, "超过95"), rounding::half_up) ==
          count_range{96, count_range::unbounded});
    // At the top of the counts: 10^18 is 18 zeros wide; 4 x 10^18 多 would reach past 2^62.
    const std::int64_t quintillion = 1'000'000'000'000'000'000;
    CHECK(count_interval(interval_figure(1, 0, 18, false, qualifier::odd, "1百亿亿多"),
                         rounding::half_up) == count_range{quintillion, 2 * quintillion - 1});
    CHECK_THROWS_WITH_AS(
        count_interval(interval_figure(4, 0, 18, false, qualifier::odd, "4百亿亿多"),
                       rounding::half_up),
        doctest::Contains("\"4百亿亿多\""), std::invalid_argument);
    // 多 against its meaning in digits: the count has as many digits as the figure, and begins
    // with the figure's digits up to its last non-zero one.
    for (std::int64_t value = 1; value <= 3'000; value += value < 200 ? 1 : 37) {
        const std::string digits = std::to_string(value);
        const std::string leading = digits.substr(0, digits.find_last_not_of('0') + 1);
        const count_range counts =
            count_interval(interval_figure(value, 0, 0, false, qualifier::odd, digits + "多"),
                           rounding::half_up);
        for (std::int64_t c = 0; c <= 10 * value + 10; ++c) {
            const std::string text = std::to_string(c);
            const bool leads = text.size() == digits.size() && text.starts_with(leading);
            if (counts.contains(c) != leads) {
                REQUIRE(counts.contains(c) == leads);
            }
        }
    }
}

TEST_CASE("以上, 不到, 近 and 约 on a count follow the stated margins") {
    const auto counts = [](qualifier claim, std::int64_t value, const claim_reading& reading) {
        return count_interval(interval_figure(value, 0, 0, false, claim, std::to_string(value)),
                              rounding::half_up, reading);
    };
    const claim_reading usual;
    CHECK(counts(qualifier::at_least, 1'100, usual) == count_range{1'100, count_range::unbounded});
    CHECK(counts(qualifier::at_most, 1'100, usual) == count_range{0, 1'100});
    CHECK(counts(qualifier::less_than, 100, usual) == count_range{0, 99});
    CHECK(counts(qualifier::nearly, 3'000, usual) == count_range{2'700, 2'999});
    CHECK(counts(qualifier::about, 2'000, usual) == count_range{1'800, 2'200});
    claim_reading near;
    near.nearly_percent_of_count = {25, 1};  // 2.5%
    near.about_percent_of_count = {1, 0};
    CHECK(counts(qualifier::nearly, 3'000, near) == count_range{2'925, 2'999});
    CHECK(counts(qualifier::about, 4'900, near) == count_range{4'851, 4'949});
    // The margin's count is whole: 10% of 95 is 9.5, so 近95 reaches down to 86 (85.5 is no count).
    CHECK(counts(qualifier::nearly, 95, usual) == count_range{86, 94});
    // Below 10 a tenth is no whole count: the margin is still one count, so 近 and 约 claim
    // something and no set is empty. Against the margin's meaning, for every small count: within
    // 10% of the figure, or one away.
    CHECK(counts(qualifier::nearly, 5, usual) == count_range{4, 4});
    CHECK(counts(qualifier::about, 5, usual) == count_range{4, 6});
    CHECK(counts(qualifier::nearly, 1, usual) == count_range{0, 0});
    for (std::int64_t value = 1; value <= 300; ++value) {
        const count_range nearly = counts(qualifier::nearly, value, usual);
        const count_range about = counts(qualifier::about, value, usual);
        REQUIRE(!nearly.empty());
        for (std::int64_t c = 0; c <= 2 * value + 2; ++c) {
            const std::int64_t away = c > value ? c - value : value - c;
            const bool within = 10 * away <= value || away == 1;
            if (nearly.contains(c) != (c < value && within) || about.contains(c) != within) {
                REQUIRE(nearly.contains(c) == (c < value && within));
                REQUIRE(about.contains(c) == within);
            }
        }
    }
    // A share above 100% of a count near 2^62 passes 2^63: taken in 128 bits, not wrapped.
    claim_reading wide;
    wide.nearly_percent_of_count = {300, 0};
    wide.about_percent_of_count = {600, 0};
    const std::int64_t most = std::int64_t{1} << 62;
    CHECK(counts(qualifier::nearly, most, wide) == count_range{0, most - 1});
    CHECK_THROWS_WITH_AS(counts(qualifier::about, most / 2, wide),
                         doctest::Contains("beyond the largest count"), std::invalid_argument);
    claim_reading none;
    none.nearly_percent_of_count = {0, 0};
    CHECK_THROWS_AS(counts(qualifier::nearly, 95, none), std::invalid_argument);
    CHECK_THROWS_AS(counts(qualifier::less_than, 0, usual), std::invalid_argument);
}

TEST_CASE("a printed percentage stands for the rates that round to it, ends exact") {
    CHECK(to_string(rate_interval_of(84.3_percent, rounding::half_up)) == "[84.25%, 84.35%)");
    CHECK(to_string(rate_interval_of(84.3_percent, rounding::half_down)) == "(84.25%, 84.35%]");
    CHECK(to_string(rate_interval_of(84.3_percent, rounding::toward_zero)) == "[84.3%, 84.4%)");
    CHECK(to_string(rate_interval_of(84.2_percent, rounding::half_even)) == "[84.15%, 84.25%]");
    CHECK(to_string(rate_interval_of(100_percent, rounding::half_up)) == "[99.5%, 100%]");
    CHECK(to_string(rate_interval_of(100_percent, rounding::toward_zero)) == "[100%, 100%]");
    CHECK(to_string(rate_interval_of(100_percent, rounding::half_up, rate_ceiling::none)) ==
          "[99.5%, 100.5%)");
    CHECK_THROWS_WITH_AS(rate_interval_of(100.1_percent, rounding::half_up),
                         doctest::Contains("100.1%"), std::invalid_argument);
    // Every fraction of denominator up to 60, against round_ratio, at every precision and rule.
    for (int decimals = 0; decimals <= 2; ++decimals) {
        const std::int64_t steps = decimals == 0 ? 100 : decimals == 1 ? 1'000 : 10'000;
        const std::int64_t step = (decimals == 2 ? 7 : 1) * (decimals == 0 ? 1 : interval_share);
        for (std::int64_t units = 0; units <= steps; units += step) {
            for (const rounding rule : all_rounding_rules) {
                const rate_interval rates = rate_interval_of({decimal{units, decimals}}, rule);
                for (std::int64_t d = 1; d <= 60; ++d) {
                    for (std::int64_t n = 0; n <= d; ++n) {
                        const bool prints = round_ratio(n * 100, d, decimals, rule).units == units;
                        if (rates.contains(n, d) != prints) {
                            REQUIRE(rates.contains(n, d) == prints);
                        }
                    }
                }
            }
        }
    }
}

TEST_CASE("超过, 以上, 近, 约 and 不到 on a percentage, as a part of a whole") {
    const auto rates = [](std::string_view printed, qualifier claim,
                          const claim_reading& reading = {}) {
        return to_string(rate_interval_of(read_with_claim(printed, claim, std::string(printed)),
                                          rounding::half_up, reading));
    };
    CHECK(rates("95%", qualifier::more_than) == "(95%, 100%]");
    CHECK(rates("80%", qualifier::at_least) == "[80%, 100%]");
    CHECK(rates("90%", qualifier::at_most) == "[0%, 90%]");
    CHECK(rates("90%", qualifier::nearly) == "[85%, 90%)");  // 近九成
    CHECK(rates("50%", qualifier::nearly) == "[45%, 50%)");  // 接近50%
    CHECK(rates("60%", qualifier::about) == "[55%, 65%]");   // 约60%
    CHECK(rates("98%", qualifier::about) == "[93%, 100%]");
    CHECK(rates("3%", qualifier::nearly) == "[0%, 3%)");
    CHECK(rates("50%", qualifier::less_than) == "[0%, 50%)");
    claim_reading close;
    close.nearly_points = {25, 1};
    CHECK(rates("90%", qualifier::nearly, close) == "[87.5%, 90%)");
    CHECK(to_string(rate_interval_of(read_with_claim("100%", qualifier::more_than, "超100%"),
                                     rounding::half_up, {}, rate_ceiling::none)) ==
          "(100%, unbounded)");
    CHECK_THROWS_WITH_AS(rates("100%", qualifier::more_than), doctest::Contains("100%"),
                         std::invalid_argument);
    CHECK_THROWS_AS(rates("0%", qualifier::less_than), std::invalid_argument);
    CHECK_THROWS_AS(rate_interval_of(read_figure("28.38万"), rounding::half_up),
                    std::invalid_argument);
}

TEST_CASE("a printed percentage against interval counts matches every pair looked at") {
    interval_random random;
    for (int decimals = 0; decimals <= 2; ++decimals) {
        const std::int64_t steps = decimals == 0 ? 100 : decimals == 1 ? 1'000 : 10'000;
        for (std::int64_t units = 0; units <= steps; units += decimals == 0   ? 1
                                                              : decimals == 1 ? 3
                                                                              : 29) {
            const printed_percent printed{decimal{units, decimals}};
            for (int trial = 0; trial < 8 / interval_share; ++trial) {
                // Two trials in eight start the numerators at 0 (0 of anything is 0%, which
                // an interval open at 0 does not hold), one of them at 0 alone.
                const count_range numerators = trial == 0   ? count_range{0, 0}
                                               : trial == 1 ? random_counts(random, 0, 0, 30)
                                                            : random_counts(random, 0, 60, 30);
                const count_range denominators = random_counts(random, 1, 60, 30);
                const interval_check check = check_printed(printed, numerators, denominators);
                for (const rounding rule : all_rounding_rules) {
                    const auto fits = [&](std::int64_t n, std::int64_t d) {
                        return n <= d && round_ratio(n * 100, d, decimals, rule).units == units;
                    };
                    require_fit_as_pairs(check.verdict(rule).fit,
                                         fit_of_every_pair(numerators, denominators, fits));
                }
            }
        }
    }
}

TEST_CASE("where the rates crowd together the fitting counts are found without a scan") {
    // Denominators from 150 to 700 cross the point (about 300 at one decimal of a whole
    // percent) from which every denominator has a run of numerators that fit.
    interval_random random;
    for (int trial = 0; trial < 300 / interval_share; ++trial) {
        const std::int64_t units = random.below(101);
        const rounding rule = all_rounding_rules[random.below(5)];
        const count_range denominators = random_counts(random, 150, 700, 40);
        const count_range numerators =
            random_counts(random, std::max<std::int64_t>(0, denominators.low * units / 100 - 20),
                          denominators.high * units / 100 + 20, 40);
        const auto fits = [&](std::int64_t n, std::int64_t d) {
            return n <= d && round_ratio(n * 100, d, 0, rule).units == units;
        };
        require_fit_as_pairs(
            check_printed(printed_percent{decimal{units, 0}}, numerators, denominators)
                .verdict(rule)
                .fit,
            fit_of_every_pair(numerators, denominators, fits));
    }
}

TEST_CASE("qualified rates against interval counts match every pair looked at") {
    interval_random random;
    const claim_reading reading;
    for (const qualifier claim : all_qualifiers) {
        if (claim == qualifier::none) {
            continue;
        }
        for (std::int64_t units = 0; units <= 100; ++units) {
            // Refused, each with its reason: nothing nearly 0% or below it, no 多 after 0 or
            // past 100%, and nothing above 100% of a whole.
            const bool refused =
                (units == 0 && (claim == qualifier::nearly || claim == qualifier::less_than ||
                                claim == qualifier::odd)) ||
                (units == 100 && (claim == qualifier::odd || claim == qualifier::more_than));
            const printed_figure figure =
                interval_figure(units, 0, 0, true, claim, std::to_string(units) + "%");
            if (refused) {
                CHECK_THROWS_AS(check_printed(figure, {0, 10}, {1, 10}, reading),
                                std::invalid_argument);
                continue;
            }
            // What the word claims, multiplied out here rather than through interval ends.
            const auto fits = [&](std::int64_t n, std::int64_t d) {
                const int to_value = rate_against_percent(n, d, units, 0);
                switch (claim) {
                case qualifier::more_than: return to_value > 0 && n <= d;
                case qualifier::odd: {
                    // "50%多" is 50% to under 60%, "95%多" 95% to under 96%: the digits lead.
                    const std::int64_t width = units % 10 == 0 ? 10 : 1;
                    return to_value >= 0 && rate_against_percent(n, d, units + width, 0) < 0 &&
                           n <= d;
                }
                case qualifier::at_least: return to_value >= 0 && n <= d;
                case qualifier::at_most: return to_value <= 0;
                case qualifier::less_than: return to_value < 0;
                case qualifier::nearly:
                    return to_value < 0 && rate_against_percent(n, d, units - 5, 0) >= 0;
                case qualifier::about:
                    return rate_against_percent(n, d, units - 5, 0) >= 0 &&
                           rate_against_percent(n, d, units + 5, 0) <= 0 && n <= d;
                case qualifier::none: break;
                }
                return false;
            };
            for (int trial = 0; trial < 10 / interval_share; ++trial) {
                const count_range numerators = trial == 0   ? count_range{0, 0}
                                               : trial == 1 ? random_counts(random, 0, 0, 40)
                                                            : random_counts(random, 0, 60, 40);
                const count_range denominators = random_counts(random, 1, 60, 40);
                const interval_check check =
                    check_printed(figure, numerators, denominators, reading);
                for (const rounding rule : all_rounding_rules) {
                    require_fit_as_pairs(check.verdict(rule).fit,
                                         fit_of_every_pair(numerators, denominators, fits));
                }
            }
        }
    }
}

TEST_CASE("gaps among the fitting counts are reported, not papered over") {
    // 66.7% half up of 3 to 6 in scope: 2 of 3 and 4 of 6 fit, 3 of anything does not.
    const counts_fit fit =
        check_printed(66.7_percent, {0, 6}, {3, 6}).verdict(rounding::half_up).fit;
    CHECK(fit.verdict == interval_fit::sometimes);
    CHECK(fit.numerators == count_range{2, 4});
    CHECK(fit.numerators_with_gaps);
    CHECK(fit.denominators == count_range{3, 6});
    CHECK(fit.denominators_with_gaps);
    CHECK(to_string(fit) ==
          "fits for some counts: numerators 2 to 4 (with gaps), "
          "denominators 3 to 6 (with gaps)");
}

TEST_CASE("an exact rate is a point: the pairs are its multiples") {
    const rate_interval two_thirds{{2, 3}, false, {4, 6}, false, false};
    interval_random random;
    for (int trial = 0; trial < 200 / interval_share; ++trial) {
        const count_range numerators = random_counts(random, 0, 60, 40);
        const count_range denominators = random_counts(random, 1, 60, 40);
        require_fit_as_pairs(
            check_interval(two_thirds, numerators, denominators),
            fit_of_every_pair(numerators, denominators,
                              [](std::int64_t n, std::int64_t d) { return 3 * n == 2 * d; }));
    }
    // "100%" toward zero is 100% exactly: every pair with as many resumed as in scope.
    const counts_fit all =
        check_printed(100_percent, {5, 9}, {7, 12}).verdict(rounding::toward_zero).fit;
    CHECK(all.numerators == count_range{7, 9});
    CHECK(all.denominators == count_range{7, 9});
    CHECK(!all.numerators_with_gaps);
}

TEST_CASE("unbounded counts: rates as near 0, or as high, as one likes") {
    const claim_reading reading;
    const printed_figure under_half =
        interval_figure(50, 0, 0, true, qualifier::less_than, "不到50%");
    // 1 to 5 of 20 or more in scope is at most 25%: below 50% for every pair.
    CHECK(check_printed(under_half, {1, 5}, {20, count_range::unbounded}, reading)
              .verdict(rounding::half_up)
              .fit.verdict == interval_fit::always);
    // With no ceiling on the numerators some pair passes 50%.
    const counts_fit open =
        check_printed(under_half, {1, count_range::unbounded}, {20, 30}, reading)
            .verdict(rounding::half_up)
            .fit;
    CHECK(open.verdict == interval_fit::sometimes);
    CHECK(open.numerators == count_range{1, 14});  // 14 of 29 or 30 is below 50%, 15 of 30 not
    CHECK(open.denominators == count_range{20, 30});
    // Truncated to a large bound, brute force agrees on what fits.
    const printed_figure over_95 = interval_figure(95, 0, 0, true, qualifier::more_than, "超过95%");
    const counts_fit high = check_printed(over_95, {1, count_range::unbounded}, {1, 10}, reading)
                                .verdict(rounding::half_up)
                                .fit;
    require_fit_as_pairs(high,
                         fit_of_every_pair({1, 400}, {1, 10}, [](std::int64_t n, std::int64_t d) {
                             return n <= d && 100 * n > 95 * d;
                         }));
    const counts_fit wide = check_printed(read_with_claim("50%", qualifier::nearly, "接近50%"),
                                          {4'400, 4'499}, {9'000, count_range::unbounded}, reading)
                                .verdict(rounding::half_up)
                                .fit;
    CHECK(wide.denominators == count_range{9'000, 9'997});
    CHECK(wide.numerators == count_range{4'400, 4'499});
}

TEST_CASE("the range of rates two interval counts give, against every pair") {
    interval_random random;
    for (int trial = 0; trial < 400 / interval_share; ++trial) {
        const count_range denominators = random_counts(random, 1, 60, 30);
        const count_range numerators = random_counts(random, 0, denominators.high, 30);
        std::int64_t low_n = 1, low_d = 0, high_n = 0, high_d = 1;  // low starts above any rate
        for (std::int64_t n = numerators.low; n <= numerators.high; ++n) {
            for (std::int64_t d = denominators.low; d <= denominators.high; ++d) {
                if (n > d) {
                    continue;
                }
                if (low_d == 0 || n * low_d < low_n * d) {
                    low_n = n;
                    low_d = d;
                }
                if (n * high_d > high_n * d) {
                    high_n = n;
                    high_d = d;
                }
            }
        }
        const rate_interval rates = rates_of(numerators, denominators);
        REQUIRE(rates.low.numerator * low_d == low_n * rates.low.denominator);
        REQUIRE(rates.high.numerator * high_d == high_n * rates.high.denominator);
        for (int decimals = 0; decimals <= 2; ++decimals) {
            for (const rounding rule : all_rounding_rules) {
                const printed_rate_range printed =
                    printed_rates_of(numerators, denominators, decimals, rule);
                REQUIRE(printed.lowest == round_ratio(low_n * 100, low_d, decimals, rule));
                REQUIRE(printed.highest == round_ratio(high_n * 100, high_d, decimals, rule));
            }
        }
    }
    CHECK_THROWS_WITH_AS(rates_of({50, 60}, {10, 40}), doctest::Contains("exceed the whole"),
                         std::invalid_argument);
    // As near 0 as one likes, never 0: away from zero, the least printed is one step up.
    CHECK(to_string(printed_rates_of({3, 3}, {10, count_range::unbounded}, 1,
                                     rounding::away_from_zero)) == "0.1% to 30.0%");
    CHECK(to_string(printed_rates_of({3, 3}, {10, count_range::unbounded}, 1, rounding::half_up)) ==
          "0.0% to 30.0%");
}

TEST_CASE("Shanghai: 4400多 resumed of 9000多 in scope, 接近50%") {
    const count_range in_scope = count_interval(
        read_with_claim("9000家", qualifier::odd, "9000多家"), rounding::half_up);
    const count_range resumed = count_interval(
        read_with_claim("4400家", qualifier::odd, "4400多家"), rounding::half_up);
    CHECK(to_string(printed_rates_of(resumed, in_scope, 1, rounding::half_up)) == "44.0% to 50.0%");
    CHECK(to_string(printed_rates_of(resumed, in_scope, 1, rounding::toward_zero)) ==
          "44.0% to 49.9%");
    CHECK(to_string(rates_of(resumed, in_scope)) == "[4,400/9,999, 4,499/9,000]");
    const interval_check check =
        check_printed(read_with_claim("50%", qualifier::nearly, "接近50%"), resumed, in_scope);
    const counts_fit fit = check.verdict(rounding::half_up).fit;
    CHECK(fit.verdict == interval_fit::sometimes);
    // 45% of 9,000 is 4,050: every resumed count fits with some count in scope; 4,499 of 9,997
    // is just above 45%, 4,499 of 9,998 just below.
    CHECK(fit.numerators == count_range{4'400, 4'499});
    CHECK(fit.denominators == count_range{9'000, 9'997});
    CHECK(to_string(check.verdict(rounding::half_up).stands_for) == "[45%, 50%)");
}

TEST_CASE("Zibo: 28.38万 staff back, 1.08万 more on the day") {
    const count_range staff = count_interval(read_figure("28.38万"), rounding::half_up);
    const count_range more = count_interval(read_figure("1.08万"), rounding::half_up);
    CHECK(staff == count_range{283'750, 283'849});
    CHECK(more == count_range{10'750, 10'849});
    // Each count is 100 wide: printed to 万 with two decimals, it hides two digits.
    CHECK(staff.high - staff.low + 1 == 100);
}

TEST_CASE("Changzhou: 近九成 (88%) with 88 of 100 opened") {
    const printed_figure nearly_ninety =
        interval_figure(90, 0, 0, true, qualifier::nearly, "近九成");
    const interval_check check = check_printed(nearly_ninety, {88, 88}, {100, 100});
    for (const interval_rule_verdict& verdict : check.verdicts) {
        CHECK(verdict.fit.verdict == interval_fit::always);
    }
    CHECK(check_printed(88_percent, {88, 88}, {100, 100}).verdict(rounding::half_up).fit.verdict ==
          interval_fit::always);
    // With 近 read as at most one point below, 88% is too far below 90%.
    claim_reading one_point;
    one_point.nearly_points = {1, 0};
    CHECK(check_printed(nearly_ninety, {88, 88}, {100, 100}, one_point)
              .verdict(rounding::half_up)
              .fit.verdict == interval_fit::never);
    CHECK(to_string(check).starts_with(
        "近九成 half up stands for [85%, 90%): fits for all counts: numerators 88, "
        "denominators 100\n"));
}

TEST_CASE("refusals name the figures") {
    CHECK_THROWS_WITH_AS(check_printed(84.3_percent, {0, 10}, {0, 10}),
                         doctest::Contains("0 to 10"), std::invalid_argument);
    CHECK_THROWS_WITH_AS(check_printed(84.3_percent, {5, 4}, {1, 10}), doctest::Contains("5 to 4"),
                         std::invalid_argument);
    const std::int64_t beyond = (std::int64_t{1} << 62) + 1;
    CHECK_THROWS_WITH_AS(check_printed(84.3_percent, {1, beyond}, {1, 10}),
                         doctest::Contains("4,611,686,018,427,387,905"), std::invalid_argument);
    CHECK_THROWS_WITH_AS(
        count_interval(interval_figure(5, 0, 18, false, qualifier::none, "5百亿亿"),
                       rounding::half_up),
        doctest::Contains("\"5百亿亿\""), std::invalid_argument);
    // Six decimals over a billion denominators would be looked at one by one: refused.
    CHECK_THROWS_WITH_AS(check_printed(printed_percent{decimal{84'300'001, 6}}, {1, 1'000'000'000},
                                       {1, 1'000'000'000}),
                         doctest::Contains("too narrow"), std::domain_error);
    // A rate with no ceiling near 2^63 percent, or a margin as large: refused, not wrapped.
    CHECK_THROWS_WITH_AS(
        rate_interval_of(interval_figure(9'000'000'000'000'000'000, 0, 0, true, qualifier::odd,
                                         "9000000000000000000%多"),
                         rounding::half_up, {}, rate_ceiling::none),
        doctest::Contains("past the 64-bit fractions"), std::invalid_argument);
    CHECK_THROWS_WITH_AS(
        rate_interval_of(interval_figure(922'337'203'685'477'581, 0, 1, true, qualifier::at_least,
                                         "922337203685477581成以上"),
                         rounding::half_up, {}, rate_ceiling::none),
        doctest::Contains("too large a figure of tenths"), std::invalid_argument);
    claim_reading vast;
    vast.about_points = {std::numeric_limits<std::int64_t>::max(), 0};
    CHECK_THROWS_AS(rate_interval_of(interval_figure(90, 0, 0, true, qualifier::about, "约90%"),
                                     rounding::half_up, vast),
                    std::invalid_argument);
    // Counts up to 2^62 are taken, and their products decided exactly.
    const std::int64_t most = std::int64_t{1} << 62;
    const counts_fit fit = check_printed(50_percent, {most / 2, most / 2}, {most, most})
                               .verdict(rounding::half_up)
                               .fit;
    CHECK(fit.verdict == interval_fit::always);
    CHECK(to_string(claim_reading{}).starts_with("近 on a percentage: at most 5 points below"));
}

TEST_CASE("tenths (成) stand for tens of percent, as printed and with their words") {
    const auto tenths = [](std::int64_t units, qualifier claim, rounding rule) {
        return to_string(rate_interval_of(
            interval_figure(units, 0, 1, true, claim, std::to_string(units) + "成"), rule));
    };
    CHECK(tenths(9, qualifier::none, rounding::half_up) == "[85%, 95%)");
    CHECK(tenths(9, qualifier::none, rounding::toward_zero) == "[90%, 100%)");
    CHECK(tenths(10, qualifier::none, rounding::half_up) == "[95%, 100%]");
    CHECK(tenths(9, qualifier::nearly, rounding::half_up) == "[85%, 90%)");
    CHECK(tenths(8, qualifier::odd, rounding::half_up) == "[80%, 90%)");
    CHECK(tenths(5, qualifier::more_than, rounding::half_up) == "(50%, 100%]");
    CHECK(tenths(5, qualifier::at_least, rounding::half_up) == "[50%, 100%]");
    // Against every rate of small counts, multiplied out here: 九成 half up holds 17 of 20
    // (85%) and not 19 of 20 (95%); 近九成 neither 18 of 20 (90%) nor 16 of 20 (80%).
    for (std::int64_t d = 1; d <= 40; ++d) {
        for (std::int64_t n = 0; n <= d; ++n) {
            const rate_interval as_printed =
                rate_interval_of(interval_figure(9, 0, 1, true, qualifier::none, "九成"),
                                 rounding::half_up);
            CHECK(as_printed.contains(n, d) == (20 * n >= 17 * d && 20 * n < 19 * d));
            const rate_interval nearly =
                rate_interval_of(interval_figure(9, 0, 1, true, qualifier::nearly, "近九成"),
                                 rounding::half_up);
            CHECK(nearly.contains(n, d) == (20 * n >= 17 * d && 10 * n < 9 * d));
        }
    }
}

TEST_CASE("an interval open at 0% holds no 0 of anything, past the dense point too") {
    // 1% away from zero is (0%, 1%]; over 200 or more in scope the fitting denominators are found
    // without a scan, and 0 resumed must still fit none of them.
    const interval_check of_none = check_printed(1_percent, {0, 0}, {300, 300});
    CHECK(of_none.verdict(rounding::away_from_zero).fit.verdict == interval_fit::never);
    CHECK(to_string(of_none.verdict(rounding::away_from_zero).fit) == "fits for no counts");
    interval_random random;
    for (int trial = 0; trial < 120 / interval_share; ++trial) {
        const std::int64_t top = 1 + random.below(100);  // (0%, top%], open or closed at the top
        const bool high_open = random.below(2) == 0;
        const rate_interval rates{{0, 1}, true, {top, 100}, high_open, false};
        const count_range numerators = trial % 3 == 0 ? count_range{0, 0}
                                                      : random_counts(random, 0, 3, 6);
        const count_range denominators = random_counts(random, 1, 400, 300);
        require_fit_as_pairs(
            check_interval(rates, numerators, denominators),
            fit_of_every_pair(numerators, denominators, [&](std::int64_t n, std::int64_t d) {
                return n > 0 && (high_open ? 100 * n < top * d : 100 * n <= top * d);
            }));
    }
}

TEST_CASE("unbounded counts against every pair up to a bound that settles them") {
    // A count with no upper end is looked at up to a bound past which nothing changes: capped
    // at 100%, numerators beyond the greatest denominator fit nothing; numerators up to 60 fit
    // no denominator beyond 60 x 100 / (units - 1); with both unbounded, every numerator up
    // to `top` has all its denominators below `denominator_top`, and every one above `top`
    // fits too (the library answers "or more"), so the brute force's numerators run to `top`.
    interval_random random;
    for (int trial = 0; trial < 60 / interval_share; ++trial) {
        const std::int64_t units = 5 + random.below(91);
        const rounding rule = all_rounding_rules[random.below(5)];
        const int shape = trial % 3;  // numerators unbounded, denominators unbounded, or both
        const std::int64_t numerators_from = random.below(40);
        const std::int64_t denominators_from = 1 + random.below(40);
        const count_range numerators{numerators_from, shape == 1
                                                          ? numerators_from + random.below(21)
                                                          : count_range::unbounded};
        const count_range denominators{denominators_from,
                                       shape == 0 ? denominators_from + random.below(21)
                                                  : count_range::unbounded};
        const auto fits = [&](std::int64_t n, std::int64_t d) {
            return n <= d && round_ratio(n * 100, d, 0, rule).units == units;
        };
        const counts_fit fit =
            check_printed(printed_percent{decimal{units, 0}}, numerators, denominators)
                .verdict(rule)
                .fit;
        if (shape == 0) {
            require_fit_as_pairs(fit, fit_of_every_pair({numerators.low, denominators.high},
                                                        denominators, fits));
        } else if (shape == 1) {
            const std::int64_t settled = numerators.high * 100 / (units - 1) + 1;
            require_fit_as_pairs(fit, fit_of_every_pair(numerators, {denominators.low, settled},
                                                        fits));
        } else {
            const std::int64_t denominator_top = 700;
            const std::int64_t top = denominator_top * (units - 1) / 100;
            const fit_by_pairs brute = fit_of_every_pair(
                {numerators.low, top}, {denominators.low, denominator_top}, fits);
            REQUIRE(fit.verdict == interval_fit::sometimes);
            REQUIRE(brute.numerators.high == top);
            REQUIRE(fit.numerators == count_range{brute.numerators.low, count_range::unbounded});
            REQUIRE(fit.numerators_with_gaps == brute.numerators_with_gaps);
            REQUIRE(fit.denominators.low == brute.denominators.low);
            REQUIRE(!fit.denominators.bounded());
            REQUIRE(fit.denominators_with_gaps == brute.denominators_with_gaps);
        }
    }
    // The review's case: 75.1% half up of any counts is 127 of 169 and up, never a bounded range.
    const counts_fit any = check_printed(75.1_percent, {1, count_range::unbounded},
                                         {1, count_range::unbounded})
                               .verdict(rounding::half_up)
                               .fit;
    CHECK(any.numerators == count_range{127, count_range::unbounded});
    CHECK(any.denominators == count_range{169, count_range::unbounded});
    // With no ceiling, 超过100% of any counts: 2 of 1 and up, of 1 and up.
    const counts_fit above = check_printed(
        interval_figure(100, 0, 0, true, qualifier::more_than, "超过100%"),
        {1, count_range::unbounded}, {1, count_range::unbounded}, {}, rate_ceiling::none)
                                 .verdict(rounding::half_up)
                                 .fit;
    CHECK(above.numerators == count_range{2, count_range::unbounded});
    CHECK(above.denominators == count_range{1, count_range::unbounded});
    // Numerators past 2^62 come only from numerators given with no end, and are reported so:
    // 150% to 160% (no ceiling) of up to 2^62 reaches 1.6 x 2^62, and 300% exactly 3 x 2^62.
    const std::int64_t most = std::int64_t{1} << 62;
    const rate_interval past_whole{{150, 100}, false, {160, 100}, false, false};
    const counts_fit past =
        check_interval(past_whole, {1, count_range::unbounded}, {1, most}, rate_ceiling::none);
    CHECK(past.numerators == count_range{3, count_range::unbounded});
    CHECK(past.denominators == count_range{2, most});
    const rate_interval thrice{{3, 1}, false, {3, 1}, false, false};
    const counts_fit triple =
        check_interval(thrice, {1, count_range::unbounded}, {1, most}, rate_ceiling::none);
    CHECK(triple.numerators == count_range{3, count_range::unbounded});
    CHECK(triple.numerators_with_gaps);
    CHECK(triple.denominators == count_range{1, most});
    // 超过0% of 0 to 3 resumed, any count in scope: 1 to 3 of any count.
    const counts_fit over_zero = check_printed(
        interval_figure(0, 0, 0, true, qualifier::more_than, "超过0%"), {0, 3},
        {1, count_range::unbounded})
                                     .verdict(rounding::half_up)
                                     .fit;
    CHECK(over_zero.numerators == count_range{1, 3});
    CHECK(over_zero.denominators == count_range{1, count_range::unbounded});
}

TEST_CASE("a check states the reading of 近 and 约 it rests on, and only then") {
    const auto check = [](const char* text, const claim_reading& reading = {}) {
        return check_printed(read_figure(text), {40, 48}, {100, 100}, reading);
    };
    CHECK(check("接近50%").reading == "近 on a percentage: at most 5 points below");
    CHECK(check("约50%").reading == "约 on a percentage: within 5 points");
    CHECK(check("超过40%").reading.empty());
    CHECK(check_printed(45_percent, {40, 48}, {100, 100}).reading.empty());
    claim_reading close;
    close.nearly_points = {25, 1};
    const interval_check nearly = check("接近50%", close);
    CHECK(to_string(nearly).ends_with(
        "away from zero stands for [47.5%, 50%): fits for some counts: numerators 48, "
        "denominators 100\n接近50% read as 近 on a percentage: at most 2.5 points below\n"));
    // Without a word to read, no such line.
    CHECK(to_string(check("超过40%")).find("read as") == std::string::npos);
}

TEST_CASE("a margin of the reading out of range is named") {
    claim_reading fine;
    fine.nearly_points = {5, 9};
    CHECK_THROWS_WITH_AS(rate_interval_of(read_figure("近九成"), rounding::half_up, fine),
                         doctest::Contains("近 on a percentage (nearly_points) is 5 units at 9 "
                                           "decimals"),
                         std::invalid_argument);
    claim_reading about;
    about.about_percent_of_count = {10, 7};
    CHECK_THROWS_WITH_AS(count_interval(read_figure("约5家"), rounding::half_up, about),
                         doctest::Contains("about_percent_of_count"), std::invalid_argument);
    about.about_percent_of_count = {-1, 0};
    CHECK_THROWS_WITH_AS(count_interval(read_figure("约5家"), rounding::half_up, about),
                         doctest::Contains("about_percent_of_count"), std::invalid_argument);
}

// The review's case: of 1,000 or 1,001 resumed out of 1,000 or 1,001 in scope every possible pair
// prints 100% half up (1,000 of 1,001 is 99.90%), yet the verdict was "some counts": 1,001 of
// 1,000, more resumed than in scope, was counted as a pair that did not fit.
TEST_CASE("pairs with more resumed than in scope are no pairs of a part of a whole") {
    const counts_fit fit =
        check_printed(100_percent, {1'000, 1'001}, {1'000, 1'001}).verdict(rounding::half_up).fit;
    CHECK(fit.verdict == interval_fit::always);
    CHECK(to_string(fit) ==
          "fits for all counts: numerators 1,000 to 1,001, denominators 1,000 to 1,001");
    // With no ceiling (a production rate), 1,001 of 1,000 is a pair, and 100.1% prints 100%.
    const counts_fit production = check_printed(100_percent, {1'000, 1'001}, {1'000, 1'001},
                                                rate_ceiling::none)
                                      .verdict(rounding::half_up)
                                      .fit;
    CHECK(production.verdict == interval_fit::always);
    const counts_fit above = check_printed(100.0_percent, {1'000, 1'001}, {1'000, 1'001},
                                           rate_ceiling::none)
                                 .verdict(rounding::half_up)
                                 .fit;
    CHECK(above.verdict == interval_fit::sometimes);  // 1,001 of 1,000 is 100.1%
    // An interval above 100% holds no part of a whole; with no ceiling it holds 3 of 2.
    const rate_interval past_whole{{150, 100}, false, {150, 100}, false, false};
    CHECK(check_interval(past_whole, {0, 10}, {1, 10}).verdict == interval_fit::never);
    CHECK(check_interval(past_whole, {0, 10}, {1, 10}, rate_ceiling::none).numerators ==
          count_range{3, 9});
    // Against every pair near 100%, overlapping or not, under every rule.
    interval_random random;
    for (int trial = 0; trial < 400 / interval_share; ++trial) {
        const std::int64_t units = 990 + random.below(11);  // 99.0% to 100.0%
        const count_range numerators = random_counts(random, 100, 140, 20);
        const count_range denominators = random_counts(random, 100, 140, 20);
        for (const rounding rule : all_rounding_rules) {
            const auto fits = [&](std::int64_t n, std::int64_t d) {
                return round_ratio(n * 100, d, 1, rule).units == units;
            };
            CAPTURE(units);
            require_fit_as_pairs(
                check_printed(printed_percent{decimal{units, 1}}, numerators, denominators)
                    .verdict(rule)
                    .fit,
                fit_of_every_pair(numerators, denominators, fits));
        }
    }
}
