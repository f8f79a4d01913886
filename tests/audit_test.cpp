// audit_test.cpp: verdicts per rule at exact ties, and the inverse sets against brute force.
#include <restoration/audit.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <span>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <vector>

#include <restoration/cohort.hpp>
#include <restoration/output.hpp>

using namespace restoration;

namespace {

decimal rounded(std::int64_t numerator, std::int64_t denominator, int decimals, rounding rule) {
    return round_ratio(numerator * 100, denominator, decimals, rule);
}

// For every printed value c in [0, steps], the counts in [from, to] that print as c
// (printed_of[count]), as a range; each must be contiguous. This is the brute force: every count
// is looked at, and one pass over them serves every c (looking at every count once per c, as
// this once did, finds the same ranges steps + 1 times slower).
std::vector<count_range> brute_ranges(std::int64_t from, std::int64_t to, std::int64_t steps,
                                      const std::vector<std::int64_t>& printed_of) {
    std::vector<count_range> found(static_cast<std::size_t>(steps + 1));
    for (std::int64_t count = from; count <= to; ++count) {
        const std::int64_t c = printed_of[static_cast<std::size_t>(count)];
        if (c < 0 || c > steps) {
            continue;
        }
        count_range& range = found[static_cast<std::size_t>(c)];
        if (range.empty()) {
            range = {count, count};
        } else {
            if (range.high != count - 1) {  // doctest's machinery only on failure: it is slow
                REQUIRE(range.high == count - 1);  // contiguous
            }
            range.high = count;
        }
    }
    return found;
}

count_range clipped(count_range r, std::int64_t to) {
    return r.empty() || r.low > to ? count_range{} : count_range{r.low, std::min(r.high, to)};
}

}  // namespace

TEST_CASE("84.3% for 6,480 of 7,681 fits truncation only") {
    const percent_check check = check_printed(84.3_percent, 6'480, 7'681);
    CHECK(check.fits(rounding::toward_zero));
    CHECK_FALSE(check.fits(rounding::half_up));
    CHECK_FALSE(check.fits(rounding::half_even));
    CHECK_FALSE(check.fits(rounding::half_down));
    CHECK_FALSE(check.fits(rounding::away_from_zero));
    CHECK(check.fits_any());
    CHECK_FALSE(check.fits_all());
    CHECK(check.verdict(rounding::half_up).result == decimal{844, 1});
}

TEST_CASE("95% for 1,265 of 1,331 fits every rule but away from zero, which gives 96%") {
    const cohort<above_designated_size> large{1'331, 1'265};
    const percent_check check = check_printed(95_percent, large.work_rate());
    for (const rule_verdict& verdict : check.verdicts()) {
        CHECK(verdict.fits == (verdict.rule != rounding::away_from_zero));
    }
    CHECK(check.verdict(rounding::away_from_zero).result == decimal{96, 0});
}

TEST_CASE("the precision printed is the precision checked: 95.0% does not fit 95.041%") {
    CHECK(check_printed(95.0_percent, 1'265, 1'331).fits(rounding::half_up));
    CHECK_FALSE(check_printed(95.00_percent, 1'265, 1'331).fits(rounding::half_up));
}

TEST_CASE("every rule is decided exactly at a tie: 12.5% printed as 12% or 13%") {
    const percent_check twelve = check_printed(12_percent, 1, 8);
    CHECK_FALSE(twelve.fits(rounding::half_up));
    CHECK(twelve.fits(rounding::half_even));
    CHECK(twelve.fits(rounding::half_down));
    CHECK(twelve.fits(rounding::toward_zero));
    CHECK_FALSE(twelve.fits(rounding::away_from_zero));
    const percent_check thirteen = check_printed(13_percent, 1, 8);
    CHECK(thirteen.fits(rounding::half_up));
    CHECK(thirteen.fits(rounding::away_from_zero));
    CHECK_FALSE(thirteen.fits(rounding::half_even));
}

TEST_CASE("the resumed counts that fit 84.3% of 7,681") {
    const fitting_counts half_up = fitting_numerators(84.3_percent, 7'681, rounding::half_up);
    CHECK(half_up.counts == count_range{6'472, 6'478});
    const fitting_counts truncated = fitting_numerators(84.3_percent, 7'681, rounding::toward_zero);
    CHECK(truncated.counts == count_range{6'476, 6'482});
    // 7,681 in scope is more than 1,000 steps of 0.1%: every printed value is some count's rate.
    CHECK_FALSE(half_up.discriminating);
    CHECK(fitting_numerators(84.3_percent, 999, rounding::half_up).discriminating);
}

TEST_CASE("the changes that would make 84.3% fit 6,480 of 7,681 half up") {
    const fitting_change change = fitting_changes(84.3_percent, 6'480, 7'681, rounding::half_up);
    CHECK(change.numerator == count_range{-8, -2});   // 2 to 8 fewer resumed
    CHECK(change.denominator == count_range{2, 10});  // or 2 to 10 more in scope
    CHECK(fitting_changes(84.3_percent, 6'480, 7'681, rounding::toward_zero).numerator ==
          count_range{-4, 2});
}

TEST_CASE("a zero rate fits any denominator, and nothing bounds it") {
    const fitting_counts zero = fitting_denominators(0_percent, 0, rounding::half_up);
    CHECK(zero.counts == count_range{1, count_range::unbounded});
    CHECK_FALSE(zero.counts.bounded());
    CHECK(fitting_denominators(5_percent, 0, rounding::half_up).counts.empty());
    // 1 of a great many truncates to 0% for every denominator above 100.
    CHECK(fitting_denominators(0_percent, 1, rounding::toward_zero).counts ==
          count_range{101, count_range::unbounded});
}

TEST_CASE("fitting numerators agree with brute force for every denominator up to 2,000") {
    for (int decimals = 0; decimals <= 1; ++decimals) {
        const std::int64_t steps = decimals == 0 ? 100 : 1'000;
        const std::int64_t largest = decimals == 0 ? 2'000 : 600;
        for (rounding rule : all_rounding_rules) {
            for (std::int64_t n = 1; n <= largest; ++n) {
                std::vector<std::int64_t> printed_of(static_cast<std::size_t>(n + 1));
                for (std::int64_t k = 0; k <= n; ++k) {
                    printed_of[static_cast<std::size_t>(k)] = rounded(k, n, decimals, rule).units;
                }
                const std::vector<count_range> expected_of = brute_ranges(0, n, steps, printed_of);
                bool some_unreachable = false;
                for (std::int64_t c = 0; c <= steps; ++c) {
                    const count_range expected = expected_of[static_cast<std::size_t>(c)];
                    const fitting_counts got =
                        fitting_numerators({decimal{c, decimals}}, n, rule);
                    if (got.counts != expected && !(got.counts.empty() && expected.empty())) {
                        FAIL_CHECK(to_string(rule) << " " << c << " of " << n << ": got "
                                                   << got.counts.low << ".." << got.counts.high);
                    }
                    some_unreachable = some_unreachable || expected.empty();
                }
                REQUIRE(fitting_numerators({decimal{0, decimals}}, n, rule).discriminating ==
                        some_unreachable);
            }
        }
    }
}

TEST_CASE("fitting denominators agree with brute force for every numerator up to 300") {
    constexpr std::int64_t largest = 3'000;
    for (int decimals = 0; decimals <= 1; ++decimals) {
        const std::int64_t steps = decimals == 0 ? 100 : 1'000;
        for (rounding rule : all_rounding_rules) {
            for (std::int64_t k = 0; k <= 300; ++k) {
                const std::int64_t least = std::max<std::int64_t>(k, 1);
                std::vector<std::int64_t> printed_of(static_cast<std::size_t>(largest + 1));
                for (std::int64_t n = least; n <= largest; ++n) {
                    printed_of[static_cast<std::size_t>(n)] = rounded(k, n, decimals, rule).units;
                }
                const std::vector<count_range> expected_of =
                    brute_ranges(least, largest, steps, printed_of);
                for (std::int64_t c = 0; c <= steps; ++c) {
                    const count_range expected = expected_of[static_cast<std::size_t>(c)];
                    const count_range got = clipped(
                        fitting_denominators({decimal{c, decimals}}, k, rule).counts, largest);
                    if (got != expected && !(got.empty() && expected.empty())) {
                        FAIL_CHECK(to_string(rule) << " " << c << " with numerator " << k
                                                   << ": got " << got.low << ".." << got.high);
                    }
                }
            }
        }
    }
}

TEST_CASE("fitting denominators say when every printed value is some count's rate") {
    // Brute force over denominators large enough to reach every whole percent from 1 to 100.
    for (rounding rule : all_rounding_rules) {
        for (std::int64_t k = 1; k <= 150; ++k) {
            std::vector<bool> reached(101, false);
            int reached_count = 0;
            // Once all 100 are reached, larger denominators cannot change the answer.
            for (std::int64_t n = k; n <= 250 * k && reached_count < 100; ++n) {
                const std::int64_t c = rounded(k, n, 0, rule).units;
                if (c >= 1 && c <= 100 && !reached[static_cast<std::size_t>(c)]) {
                    reached[static_cast<std::size_t>(c)] = true;
                    ++reached_count;
                }
            }
            bool some_unreachable = false;
            for (std::size_t c = 1; c <= 100; ++c) {
                some_unreachable = some_unreachable || !reached[c];
            }
            CHECK_MESSAGE(fitting_denominators(50_percent, k, rule).discriminating ==
                              some_unreachable,
                          to_string(rule) << " with numerator " << k);
        }
    }
}

TEST_CASE("bad questions get clear errors") {
    CHECK_THROWS_WITH_AS(fitting_numerators(84.3_percent, 0, rounding::half_up),
                         "no percentage fits a denominator of 0", std::domain_error);
    CHECK_THROWS_WITH_AS(fitting_numerators(84.3_percent, -5, rounding::half_up),
                         "the denominator cannot be negative (-5)", std::invalid_argument);
    CHECK_THROWS_WITH_AS(fitting_changes(84.3_percent, 7'682, 7'681, rounding::half_up),
                         "the numerator (7,682) exceeds the denominator (7,681)",
                         std::invalid_argument);
    CHECK_THROWS_AS(check_printed(84.3_percent, 1, 0), std::domain_error);
}

TEST_CASE("the README's audit lines say what they claim") {
    const printed_percent printed = 84.3_percent;
    const percent_check check = check_printed(printed, 6'480, 7'681);
    CHECK(check.fits(rounding::toward_zero));
    CHECK_FALSE(check.fits(rounding::half_up));
    CHECK(check.verdict(rounding::half_up).result == decimal{844, 1});
    CHECK(fitting_numerators(printed, 7'681, rounding::half_up).counts == count_range{6'472, 6'478});
    const fitting_change change = fitting_changes(printed, 6'480, 7'681, rounding::half_up);
    CHECK(change.numerator == count_range{-8, -2});
    CHECK(change.denominator == count_range{2, 10});
}

TEST_CASE("a printed production rate is checked against its outputs exactly") {
    // 23 of 40 pieces is exactly 57.5%: a tie that half up prints 58% and half down 57%.
    const auto r = output<face_mask>(23.0 * pieces) / output<face_mask>(40.0 * pieces);
    const percent_check check = check_printed(58_percent, r);
    CHECK(check.fits(rounding::half_up));
    CHECK_FALSE(check.fits(rounding::half_down));
    CHECK(check_printed(57.5_percent, r).fits_all());
    // Ningde's 72.7% of daily electricity against the figures as written.
    CHECK(check_printed(72.7_percent, rate<production_restoration, double>{0.727, 1.0}).fits_all());
}

TEST_CASE("a printed percentage below 0 is refused by every audit, named") {
    const printed_percent negative{{-843, 1}};  // as built by hand: the literals have no sign
    CHECK_THROWS_WITH_AS(check_printed(negative, 6'480, 7'681),
                         "a printed percentage cannot be negative (-84.3%)", std::invalid_argument);
    CHECK_THROWS_WITH_AS(fitting_numerators(negative, 7'681, rounding::half_up),
                         "a printed percentage cannot be negative (-84.3%)", std::invalid_argument);
}

TEST_CASE("a rule cast from an int is refused by the audit too") {
    const percent_check check = check_printed(84.3_percent, 6'480, 7'681);
    CHECK_THROWS_AS(check.verdict(static_cast<rounding>(5)), std::invalid_argument);
    CHECK_THROWS_AS(fitting_numerators(84.3_percent, 7'681, static_cast<rounding>(-2)),
                    std::invalid_argument);
}

TEST_CASE("a printed percentage of more decimals than any rule rounds to is refused, named") {
    const printed_percent long_figure{{841'234'567, 7}};  // as read_figure reads "84.1234567%"
    const char* message =
        "cannot audit 84.1234567%: printed to 7 decimals, outside the supported 0 to 6";
    CHECK_THROWS_WITH_AS(check_printed(long_figure, 1, 2), message, std::invalid_argument);
    CHECK_THROWS_WITH_AS(fitting_numerators(long_figure, 100, rounding::half_up), message,
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(fitting_denominators(long_figure, 100, rounding::half_up), message,
                         std::invalid_argument);
    // Decimals no figure is written with are named too, by the digits.
    CHECK_THROWS_WITH_AS(check_printed(printed_percent{{843, -1}}, 6'480, 7'681),
                         "cannot audit a percentage of digits 843: printed to -1 decimals, "
                         "outside the supported 0 to 6",
                         std::invalid_argument);
    CHECK_THROWS_AS(check_printed(printed_percent{{843, 40}}, 6'480, 7'681),
                    std::invalid_argument);
}

// verdicts() returns rule_verdicts, a std::array of the five verdicts whose iterators hold an
// index (so that g++ unrolls a loop over them): what compiled with the array still compiles.
static_assert(std::is_base_of_v<std::array<rule_verdict, 5>, rule_verdicts>);
static_assert(sizeof(rule_verdicts) == sizeof(std::array<rule_verdict, 5>));
static_assert(std::ranges::contiguous_range<rule_verdicts>);
static_assert(std::ranges::contiguous_range<const rule_verdicts>);
static_assert(std::ranges::sized_range<const rule_verdicts>);
static_assert(
    std::same_as<std::ranges::range_reference_t<const rule_verdicts>, const rule_verdict&>);
static_assert(std::same_as<std::ranges::range_reference_t<rule_verdicts>, rule_verdict&>);
static_assert(std::tuple_size_v<rule_verdicts> == 5);
static_assert(std::same_as<std::tuple_element_t<4, rule_verdicts>, rule_verdict>);
static_assert(std::is_convertible_v<rule_verdicts::iterator, rule_verdicts::const_iterator>);
static_assert(!std::is_convertible_v<rule_verdicts::const_iterator, rule_verdicts::iterator>);

TEST_CASE("the verdicts walk as the array they are, every way an array is walked") {
    const percent_check check = check_printed(12_percent, 1, 8);  // 12.5%: rules disagree
    rule_verdicts verdicts = check.verdicts();
    const std::array<rule_verdict, 5>& as_array = verdicts;
    // Forward, by index, by pointer and from the base array: the same five objects in order.
    std::size_t at = 0;
    for (const rule_verdict& verdict : std::as_const(verdicts)) {
        CHECK(&verdict == &as_array[at]);
        CHECK(&verdict == verdicts.data() + at);
        CHECK(verdict.rule == all_rounding_rules[at]);
        CHECK(verdict.fits == check.fits(all_rounding_rules[at]));
        ++at;
    }
    CHECK(at == 5);
    CHECK(std::ranges::equal(verdicts, as_array, {}, &rule_verdict::rule, &rule_verdict::rule));
    CHECK(std::equal(verdicts.rbegin(), verdicts.rend(), as_array.rbegin(), as_array.rend(),
                     [](const rule_verdict& a, const rule_verdict& b) { return &a == &b; }));
    CHECK(std::equal(verdicts.crbegin(), verdicts.crend(), as_array.rbegin(),
                     [](const rule_verdict& a, const rule_verdict& b) { return &a == &b; }));
    CHECK(std::to_address(verdicts.begin() + 2) == &as_array[2]);
    CHECK(std::to_address(verdicts.end()) == verdicts.data() + 5);
    CHECK(std::to_address(std::as_const(verdicts).cend()) == as_array.data() + 5);
    CHECK(verdicts.end() - verdicts.begin() == 5);
    CHECK(verdicts.begin() + 5 == verdicts.cend());
    CHECK(verdicts.cbegin()[3].rule == rounding::toward_zero);
    // 12.5% prints as 12% half even, half down and toward zero; as 13% half up and away.
    CHECK(std::ranges::count_if(check.verdicts(), &rule_verdict::fits) == 3);
    // Through a span, and written through a non-const walk.
    const std::span<const rule_verdict> span{verdicts.begin(), verdicts.end()};
    CHECK(span.data() == verdicts.data());
    for (rule_verdict& verdict : verdicts) {
        verdict.fits = true;
    }
    CHECK(std::ranges::all_of(as_array, &rule_verdict::fits));
}

TEST_CASE("the verdicts copy, bind and get as an array does") {
    const percent_check check = check_printed(84.3_percent, 6'480, 7'681);
    const std::array<rule_verdict, 5> copied = check.verdicts();
    const auto [up, even, down, zero, away] = check.verdicts();
    CHECK(std::get<3>(check.verdicts()).fits);
    for (std::size_t r = 0; r < copied.size(); ++r) {
        CHECK(copied[r].rule == all_rounding_rules[r]);
        CHECK(copied[r].fits == check.fits(all_rounding_rules[r]));
        CHECK(copied[r].result == check.verdict(all_rounding_rules[r]).result);
    }
    CHECK_FALSE(up.fits);
    CHECK_FALSE(even.fits);
    CHECK_FALSE(down.fits);
    CHECK(zero.fits);
    CHECK(zero.rule == rounding::toward_zero);
    CHECK_FALSE(away.fits);
}

// The README's limits of the fitting search, at both ends: every count up to them answers under
// every rule, the next is refused with the product named. It promised 46,116,860,184,273,879, and
// the preimage's bound above twice the figure (201 or 202 at a whole percent) passed 64 bits
// there (review 34).
TEST_CASE("fitting_numerators and fitting_denominators answer up to the stated limits") {
    const std::int64_t whole_percent = 45'660'257'608'191'959;
    const std::int64_t six_decimals = 46'116'859'723;
    for (const rounding rule : all_rounding_rules) {
        CAPTURE(rule);
        for (const printed_percent p : {100_percent, 50_percent, 1_percent, 0_percent}) {
            CHECK_NOTHROW(fitting_numerators(p, whole_percent, rule));
            CHECK_NOTHROW(fitting_denominators(p, whole_percent, rule));
        }
        for (const printed_percent p : {100.000000_percent, 12.345678_percent, 0.000001_percent}) {
            CHECK_NOTHROW(fitting_numerators(p, six_decimals, rule));
            CHECK_NOTHROW(fitting_denominators(p, six_decimals, rule));
        }
    }
    CHECK_THROWS_WITH_AS(fitting_numerators(100_percent, whole_percent + 1, rounding::toward_zero),
                         "fitting counts (a count times twice the printed scale, or a bound of "
                         "the printed figure: at most 2 x 10^(decimals + 2) + 2): 202 * "
                         "45,660,257,608,191,960 overflows the count type (at most "
                         "9,223,372,036,854,775,807)",
                         std::overflow_error);
    CHECK_THROWS_AS(fitting_denominators(50_percent, whole_percent + 1, rounding::toward_zero),
                    std::overflow_error);
    CHECK_THROWS_AS(fitting_numerators(100.000000_percent, six_decimals + 1, rounding::toward_zero),
                    std::overflow_error);
}
