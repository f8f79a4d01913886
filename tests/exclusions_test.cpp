// exclusions_test.cpp: raw and adjusted rates, told apart, and exclusions that cannot be; how
// many must be left out for a printed rate to fit, against brute force.
#include <restoration/exclusions.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

using namespace restoration;

// Any range of excluded<Count> makes an adjusted cohort, and a braced list still does; a range of
// anything else is stopped by a static_assert (tests/compile_fail/adjusted_cohort_from_counts.cpp).
static_assert(std::constructible_from<adjusted_cohort<industrial>, cohort<industrial>,
                                      std::vector<excluded<>>>);
static_assert(std::constructible_from<adjusted_cohort<industrial>, cohort<industrial>,
                                      const std::array<excluded<>, 2>&>);
static_assert(std::constructible_from<adjusted_cohort<industrial>, cohort<industrial>,
                                      std::span<const excluded<>>>);
static_assert(std::constructible_from<adjusted_cohort<industrial>, cohort<industrial>,
                                      std::initializer_list<excluded<>>>);
static_assert(!std::constructible_from<adjusted_cohort<industrial>, cohort<industrial>, int>);
static_assert(!std::constructible_from<adjusted_cohort<industrial>, cohort<industrial>,
                                       excluded<>>);

TEST_CASE("the raw and the adjusted rate of one cohort") {
    const adjusted_cohort<above_designated_size> large{{1'331, 1'265},
                                                       {{exclusion::seasonal_stoppage, 21}}};
    CHECK(large.left_out() == 21);
    CHECK(large.left_out(exclusion::seasonal_stoppage) == 21);
    CHECK(large.left_out(exclusion::closed_for_good) == 0);
    CHECK(large.adjusted() == cohort<above_designated_size>{1'310, 1'265});
    CHECK(large.rate_of(rate_basis::raw) == rate<work_resumption>{1'265, 1'331});
    CHECK(large.rate_of(rate_basis::adjusted) == rate<work_resumption>{1'265, 1'310});
}

TEST_CASE("formatting says which rate it shows and what was left out") {
    const adjusted_cohort<above_designated_size> large{
        {1'331, 1'265},
        {{exclusion::seasonal_stoppage, 21}, {exclusion::closed_for_good, 9}}};
    CHECK(percent(large, rate_basis::raw, 1, rounding::half_up) == "95.0% raw: 1,265 of 1,331");
    CHECK(percent(large, rate_basis::adjusted, 1, rounding::half_up) ==
          "97.2% adjusted: 1,265 of 1,301, leaving out 30 (seasonal stoppage: 21, closed for "
          "good: 9)");
}

TEST_CASE("with nothing left out the adjusted rate is the raw one") {
    const adjusted_cohort<industrial> all{{7'681, 6'480}, {}};
    CHECK(all.rate_of(rate_basis::adjusted) == all.rate_of(rate_basis::raw));
    CHECK(percent(all, rate_basis::adjusted, 1, rounding::toward_zero) ==
          "84.3% adjusted: 6,480 of 7,681");
}

TEST_CASE("exclusions larger than those not resumed are refused") {
    CHECK_THROWS_WITH_AS(
        (adjusted_cohort<above_designated_size>{{1'331, 1'265},
                                                {{exclusion::seasonal_stoppage, 60},
                                                 {exclusion::non_epidemic_causes, 10}}}),
        "enterprises left out (70) exceed those not resumed (66) of industrial enterprises above "
        "designated size: only enterprises not at work can be left out",
        std::invalid_argument);
}

TEST_CASE("leaving out the whole cohort is refused: it would have no rate") {
    CHECK_THROWS_WITH_AS(
        (adjusted_cohort<industrial>{{10, 0}, {{exclusion::unspecified, 10}}}),
        "enterprises left out (10) are all 10 industrial enterprises in scope: an adjusted cohort "
        "leaves some in, or it has no rate",
        std::invalid_argument);
    const adjusted_cohort<industrial> one_left{{10, 0}, {{exclusion::unspecified, 9}}};
    CHECK(one_left.adjusted().in_scope() == 1);
}

TEST_CASE("a negative exclusion is refused") {
    CHECK_THROWS_WITH_AS(
        (adjusted_cohort<industrial>{{10, 5}, {{exclusion::closed_for_good, -1}}}),
        "enterprises left out for closed for good cannot be negative (-1)",
        std::invalid_argument);
    CHECK_THROWS_WITH_AS(
        (adjusted_cohort<industrial>{{10, 5}, {{exclusion::other, -2, "停产检修"}}}),
        "enterprises left out for \"停产检修\" cannot be negative (-2)", std::invalid_argument);
}

TEST_CASE("a reason or basis cast from an int that names none is refused, not read past") {
    const cohort<above_designated_size> large{1'331, 1'265};
    CHECK_THROWS_WITH_AS((adjusted_cohort<above_designated_size>{
                             large, {{static_cast<exclusion>(7), 21}}}),
                         "exclusion 7 is none of restoration::exclusion's 5 reasons",
                         std::invalid_argument);
    // The first value past the last reason, and one below the first.
    CHECK_THROWS_WITH_AS((adjusted_cohort<above_designated_size>{
                             large, {{static_cast<exclusion>(all_exclusions.size()), 21}}}),
                         "exclusion 5 is none of restoration::exclusion's 5 reasons",
                         std::invalid_argument);
    const adjusted_cohort<above_designated_size> c{large, {{exclusion::seasonal_stoppage, 21}}};
    CHECK_THROWS_AS(c.left_out(static_cast<exclusion>(-1)), std::invalid_argument);
    CHECK_THROWS_AS(c.left_out(static_cast<exclusion>(5)), std::invalid_argument);
    CHECK_THROWS_WITH_AS(c.rate_of(static_cast<rate_basis>(2)),
                         "rate basis 2 is neither raw nor adjusted", std::invalid_argument);
    CHECK_THROWS_AS(percent(c, static_cast<rate_basis>(2), 1, rounding::half_up),
                    std::invalid_argument);
    CHECK(to_string(static_cast<exclusion>(5)) == "unknown reason");
}

TEST_CASE("every reason is listed once, in order, each with its own text") {
    for (std::size_t i = 0; i < all_exclusions.size(); ++i) {
        CHECK(static_cast<std::size_t>(all_exclusions[i]) == i);
        CHECK(to_string(all_exclusions[i]) != "unknown reason");
        for (std::size_t j = 0; j < i; ++j) {
            CHECK(to_string(all_exclusions[i]) != to_string(all_exclusions[j]));
        }
    }
}

TEST_CASE("a reason not stated, and reasons in the bulletin's own words, are kept and printed") {
    const adjusted_cohort<above_designated_size> large{
        {1'331, 1'265},
        {{exclusion::other, 9, "停产检修"},
         {exclusion::unspecified, 4},
         {exclusion::seasonal_stoppage, 3},
         {exclusion::other, 2, "seasonal closure"},
         {exclusion::other, 1, "停产检修"}}};
    CHECK(large.left_out() == 19);
    CHECK(large.left_out(exclusion::unspecified) == 4);
    CHECK(large.left_out(exclusion::other) == 12);
    CHECK(large.left_out("停产检修") == 10);
    CHECK(large.left_out("seasonal closure") == 2);
    CHECK(large.left_out("seasonal stoppage") == 0);  // words, not the named reason
    REQUIRE(large.in_own_words().size() == 2);        // the same words are one reason
    CHECK(large.in_own_words()[0].words == "停产检修");
    CHECK(large.in_own_words()[0].count == 10);
    CHECK(large.in_own_words()[1].words == "seasonal closure");
    CHECK(percent(large, rate_basis::adjusted, 1, rounding::half_up) ==
          "96.4% adjusted: 1,265 of 1,312, leaving out 19 (seasonal stoppage: 3, reason not "
          "stated: 4, \"停产检修\": 10, \"seasonal closure\": 2)");
}

TEST_CASE("words go with exclusion::other, and exclusion::other needs words") {
    const cohort<industrial> all{7'681, 6'480};
    CHECK_THROWS_WITH_AS((adjusted_cohort<industrial>{all, {{exclusion::other, 9}}}),
                         "enterprises left out for another reason (9) need the bulletin's words "
                         "for it; where it gives none, the reason is exclusion::unspecified",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(
        (adjusted_cohort<industrial>{all, {{exclusion::seasonal_stoppage, 9, "季节性停产"}}}),
        "the words \"季节性停产\" go with exclusion::other, not with seasonal stoppage, which is "
        "named already",
        std::invalid_argument);
    CHECK_THROWS_AS((adjusted_cohort<industrial>{all, {{exclusion::unspecified, 9, "x"}}}),
                    std::invalid_argument);
}

namespace {

// An input range and no more: begin() on a non-const range only, an iterator that makes each
// exclusion as it is read, and a sentinel of another type.
struct exclusions_read_once {
    const std::vector<excluded<>>* rows;

    struct iterator {
        using value_type = excluded<>;
        using difference_type = std::ptrdiff_t;
        const std::vector<excluded<>>* rows = nullptr;
        std::size_t at = 0;

        excluded<> operator*() const { return (*rows)[at]; }
        iterator& operator++() {
            ++at;
            return *this;
        }
        void operator++(int) { ++at; }
        bool operator==(std::default_sentinel_t) const { return at == rows->size(); }
    };

    iterator begin() { return {rows, 0}; }
    std::default_sentinel_t end() { return {}; }
};
static_assert(std::input_iterator<exclusions_read_once::iterator>);
static_assert(!std::forward_iterator<exclusions_read_once::iterator>);

}  // namespace

TEST_CASE("exclusions come from any range of them, as from a braced list") {
    const cohort<above_designated_size> large{1'331, 1'265};
    const adjusted_cohort<above_designated_size> listed{
        large, {{exclusion::seasonal_stoppage, 21}, {exclusion::other, 9, "停产检修"}}};
    const auto same = [&](const adjusted_cohort<above_designated_size>& c) {
        CHECK(c.raw() == listed.raw());
        CHECK(c.adjusted() == listed.adjusted());
        for (exclusion reason : all_exclusions) {
            CHECK(c.left_out(reason) == listed.left_out(reason));
        }
        CHECK(c.left_out("停产检修") == 9);
        CHECK(percent(c, rate_basis::adjusted, 2, rounding::half_even) ==
              percent(listed, rate_basis::adjusted, 2, rounding::half_even));
    };
    std::vector<excluded<>> read{{exclusion::seasonal_stoppage, 21},
                                 {exclusion::other, 9, "停产检修"}};
    same({large, read});
    same({large, std::as_const(read)});
    same({large, std::vector<excluded<>>(read)});  // a temporary
    same({large, std::span<const excluded<>>(read)});
    const std::array<excluded<>, 2> fixed{read[0], read[1]};
    same({large, fixed});
    const excluded<> plain[] = {read[0], read[1]};
    same({large, plain});
    // A range walked once, as from a stream, that makes its elements as it goes.
    same({large, exclusions_read_once{&read}});
    // The checks are the same from a range: more than those not resumed is refused.
    const std::vector<excluded<>> too_many{{exclusion::seasonal_stoppage, 60},
                                           {exclusion::unspecified, 7}};
    CHECK_THROWS_AS((adjusted_cohort<above_designated_size>{large, too_many}),
                    std::invalid_argument);
}

TEST_CASE("Changchun: 95% fits 1,265 of 1,331 leaving out up to 6 half up, 96.6% needs 21 or 22") {
    const cohort<above_designated_size> large{1'331, 1'265};
    // What each number left out gives, rounded by the library, at both ends of each range and
    // one past them: the range is exactly the numbers that print as the bulletin did.
    const auto check_ends = [&](printed_percent printed, rounding rule, count_range expected) {
        const count_range got = fitting_exclusions(printed, large).left_out(rule);
        CHECK(got == expected);
        const auto prints = [&](std::int64_t left_out) {
            const cohort<above_designated_size> c{1'331 - left_out, 1'265};
            return rounded_percent(c.work_rate(), printed.figure.decimals, rule) ==
                   printed.figure;
        };
        if (expected.empty()) {
            for (std::int64_t e = 0; e <= large.not_resumed(); ++e) {
                CHECK_FALSE(prints(e));
            }
            return;
        }
        CHECK(prints(expected.low));
        CHECK(prints(expected.high));
        if (expected.low > 0) {
            CHECK_FALSE(prints(expected.low - 1));
        }
        if (expected.high < large.not_resumed()) {
            CHECK_FALSE(prints(expected.high + 1));
        }
    };
    check_ends(95_percent, rounding::half_up, {0, 6});  // 1,265/1,325 is 95.47%; /1,324 95.54%
    check_ends(95_percent, rounding::toward_zero, {0, 13});  // /1,318 is 95.98%, /1,317 96.05%
    check_ends(95_percent, rounding::away_from_zero, {});    // 95.04% already rounds away to 96%
    check_ends(96.6_percent, rounding::half_up, {21, 22});   // /1,310 is 96.565%, /1,309 96.639%
    check_ends(96.6_percent, rounding::toward_zero, {22, 22});
    check_ends(96.6_percent, rounding::away_from_zero, {21, 21});
    check_ends(95.0_percent, rounding::half_up, {0, 0});  // /1,330 is 95.11%

    // Read as a negative change of the denominator, audit.hpp's fitting_changes says the same.
    const fitting_change change = fitting_changes(96.6_percent, 1'265, 1'331, rounding::half_up);
    CHECK(change.denominator == count_range{-22, -21});
}

TEST_CASE("the adjusted cohort for a chosen number left out, refused outside the range") {
    const cohort<above_designated_size> large{1'331, 1'265};
    const auto needed = fitting_exclusions(96.6_percent, large);
    const adjusted_cohort<above_designated_size> chosen = needed.adjusted(rounding::half_up, 21);
    CHECK(chosen.left_out() == 21);
    CHECK(chosen.left_out(exclusion::unspecified) == 21);
    CHECK(percent(chosen, rate_basis::adjusted, 1, rounding::half_up) ==
          "96.6% adjusted: 1,265 of 1,310, leaving out 21 (reason not stated: 21)");
    const auto stated = needed.adjusted(rounding::half_up, {{exclusion::seasonal_stoppage, 12},
                                                            {exclusion::other, 10, "停产检修"}});
    CHECK(stated.adjusted() == cohort<above_designated_size>{1'309, 1'265});
    const std::vector<excluded<>> read{{exclusion::seasonal_stoppage, 22}};
    CHECK(needed.adjusted(rounding::half_up, read).left_out() == 22);

    CHECK_THROWS_WITH_AS(needed.adjusted(rounding::half_up, 20),
                         "96.6% does not fit 1,265 of 1,331 industrial enterprises above "
                         "designated size resumed, half up, leaving out 20: it fits leaving out "
                         "21 to 22",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(needed.adjusted(rounding::toward_zero, {{exclusion::unspecified, 21}}),
                         "96.6% does not fit 1,265 of 1,331 industrial enterprises above "
                         "designated size resumed, toward zero, leaving out 21: it fits leaving "
                         "out 22",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(fitting_exclusions(95_percent, large)
                             .adjusted(rounding::away_from_zero, 0),
                         "95% does not fit 1,265 of 1,331 industrial enterprises above "
                         "designated size resumed, away from zero, leaving out 0: no number left "
                         "out makes it fit",
                         std::invalid_argument);
    CHECK_THROWS_AS(needed.adjusted(rounding::half_up, 67), std::invalid_argument);
    // A printed figure whose bounds pass 64 bits is refused (its upper bound overflowed).
    CHECK_THROWS_AS(fitting_exclusions(printed_percent{{4'611'686'018'427'387'903, 0}},
                                       cohort<industrial>{10, 5}),
                    std::overflow_error);
    CHECK_THROWS_AS(needed.adjusted(rounding::half_up, -1), std::invalid_argument);
    // Compared as given, never cut to the count type: 2^32 + 21 is not 21.
    const cohort<above_designated_size, std::int32_t> large32{1'331, 1'265};
    const auto narrow = fitting_exclusions(96.6_percent, large32);
    CHECK_THROWS_WITH_AS(narrow.adjusted(rounding::half_up, (std::int64_t{1} << 32) + 21),
                         "96.6% does not fit 1,265 of 1,331 industrial enterprises above "
                         "designated size resumed, half up, leaving out 4,294,967,317: it fits "
                         "leaving out 21 to 22",
                         std::invalid_argument);
    CHECK_THROWS_AS(needed.adjusted(rounding::half_up, std::numeric_limits<std::uint64_t>::max()),
                    std::invalid_argument);
    CHECK(needed.adjusted(rounding::half_up, std::uint8_t{22}).left_out() == 22);
}

TEST_CASE("the exclusions that fit print each rule's range") {
    const cohort<above_designated_size> large{1'331, 1'265};
    CHECK(to_string(fitting_exclusions(96.6_percent, large)) ==
          "96.6% for 1,265 of 1,331 industrial enterprises above designated size resumed fits "
          "leaving out (of the 66 not resumed): half up 21 to 22; half even 21 to 22; half down "
          "21 to 22; toward zero 22; away from zero 21");
    CHECK(to_string(fitting_exclusions(95_percent, large)) ==
          "95% for 1,265 of 1,331 industrial enterprises above designated size resumed fits "
          "leaving out (of the 66 not resumed): half up 0 to 6; half even 0 to 6; half down 0 to "
          "6; toward zero 0 to 13; away from zero none");
    std::size_t i = 0;
    for (const exclusions_for_rule& r : fitting_exclusions(95_percent, large).by_rule()) {
        CHECK(r.rule == all_rounding_rules[i]);
        CHECK(r.left_out == fitting_exclusions(95_percent, large).left_out(r.rule));
        ++i;
    }
    CHECK(i == std::size(all_rounding_rules));
}

TEST_CASE("what no number left out can fit, and what cannot be asked") {
    const cohort<industrial> all{7'681, 6'480};
    // Leaving enterprises out only raises the rate: a figure below it never fits.
    CHECK(fitting_exclusions(84.3_percent, all).left_out(rounding::half_up).empty());
    CHECK(fitting_exclusions(84.2_percent, all).left_out(rounding::toward_zero).empty());
    CHECK(fitting_exclusions(84.3_percent, all).left_out(rounding::toward_zero) ==
          count_range{0, 3});  // 6,480/7,678 is 84.397%, /7,677 84.408%
    // Leaving out 1,169 or more prints 100% half up: 6,480/6,512 is 99.509%, /6,513 99.493%.
    CHECK(fitting_exclusions(100_percent, all).left_out(rounding::half_up) ==
          count_range{1'169, 1'201});
    CHECK(fitting_exclusions(100_percent, all).left_out(rounding::toward_zero) ==
          count_range{1'201, 1'201});
    CHECK(fitting_exclusions(100.1_percent, cohort<industrial>{10, 10})
              .left_out(rounding::half_up)
              .empty());
    // Everything left out but one: 1 of 2, 1 of 1.
    CHECK(fitting_exclusions(100_percent, cohort<industrial>{5, 1}).left_out(rounding::half_up) ==
          count_range{4, 4});
    // Nobody resumed: 0% whatever is left out, but never all of the cohort.
    CHECK(fitting_exclusions(0_percent, cohort<industrial>{5, 0}).left_out(rounding::half_up) ==
          count_range{0, 4});
    CHECK_THROWS_WITH_AS(fitting_exclusions(0_percent, cohort<industrial>{}),
                         "an empty cohort (0 industrial enterprises in scope) has no rate for 0% "
                         "to fit",
                         std::domain_error);
    CHECK_THROWS_AS(fitting_exclusions(printed_percent{{-1, 0}}, all), std::invalid_argument);
    CHECK_THROWS_AS(fitting_exclusions(printed_percent{{1, max_decimals + 1}}, all),
                    std::invalid_argument);
    CHECK_THROWS_AS(fitting_exclusions(84.3_percent, all).left_out(static_cast<rounding>(5)),
                    std::invalid_argument);
    // Counts too large to multiply out at six decimals: refused, not wrapped.
    constexpr std::int64_t huge = std::numeric_limits<std::int64_t>::max() / 2;
    CHECK_THROWS_AS(fitting_exclusions(printed_percent{{50'000'000, 6}},
                                       cohort<industrial>{huge, huge / 2}),
                    std::overflow_error);
}

TEST_CASE("a cohort of a narrower count type gives its own adjusted cohort") {
    const cohort<above_designated_size, std::int32_t> large{1'331, 1'265};
    const auto needed = fitting_exclusions(96.6_percent, large);
    CHECK(needed.left_out(rounding::half_up) == count_range{21, 22});
    const adjusted_cohort<above_designated_size, std::int32_t> chosen =
        needed.adjusted(rounding::half_up, 22);
    CHECK(chosen.adjusted() == cohort<above_designated_size, std::int32_t>{1'309, 1'265});
}

namespace {

// The brute-force reference: the printed figure at `decimals` for resumed of in_scope, written
// apart from the library, in one division and a comparison of twice the remainder with the
// denominator (the rates here are never negative, so toward zero is down).
std::int64_t exclusions_rounded_by_hand(std::int64_t resumed, std::int64_t in_scope, int decimals,
                                        rounding rule) {
    std::int64_t scaled = resumed * 100;
    for (int i = 0; i < decimals; ++i) {
        scaled *= 10;
    }
    const std::int64_t down = scaled / in_scope;
    const std::int64_t twice_rest = 2 * (scaled % in_scope);
    switch (rule) {
    case rounding::toward_zero: return down;
    case rounding::away_from_zero: return down + (twice_rest > 0 ? 1 : 0);
    case rounding::half_up: return down + (twice_rest >= in_scope ? 1 : 0);
    case rounding::half_down: return down + (twice_rest > in_scope ? 1 : 0);
    case rounding::half_even:
        return down + (twice_rest > in_scope || (twice_rest == in_scope && down % 2 == 1) ? 1 : 0);
    }
    return -1;
}

// For one cohort at one precision: every number left out from 0 to those not resumed (short of
// all of the cohort), rounded by hand under each rule; then, for every printed figure that one of
// them gives, its neighbours and the ends of the scale, the library's range against the numbers
// that give it. Returns the ranges compared.
int exclusions_against_brute_force(std::int64_t in_scope, std::int64_t resumed, int decimals,
                                   bool reverse_too) {
    const cohort<industrial> counts{in_scope, resumed};
    const std::int64_t most = std::min(counts.not_resumed(), in_scope - 1);
    constexpr std::size_t rules = std::size(all_rounding_rules);
    std::vector<std::array<std::int64_t, rules>> given;  // [left out][rule]
    std::int64_t hundred = 100;  // 100% at this precision
    for (int i = 0; i < decimals; ++i) {
        hundred *= 10;
    }
    std::vector<std::int64_t> figures{0, hundred, hundred + 1};
    for (std::int64_t e = 0; e <= most; ++e) {
        std::array<std::int64_t, rules> row{};
        for (std::size_t r = 0; r < rules; ++r) {
            row[r] = exclusions_rounded_by_hand(resumed, in_scope - e, decimals,
                                                all_rounding_rules[r]);
            for (std::int64_t f = row[r] - 1; f <= row[r] + 1; ++f) {
                if (f >= 0 && std::find(figures.begin(), figures.end(), f) == figures.end()) {
                    figures.push_back(f);
                }
            }
        }
        given.push_back(row);
    }
    int compared = 0;
    for (const std::int64_t f : figures) {
        const printed_percent printed{{f, decimals}};
        const auto fit = fitting_exclusions(printed, counts);
        for (std::size_t r = 0; r < rules; ++r) {
            count_range expected;
            std::int64_t how_many = 0;
            for (std::int64_t e = 0; e <= most; ++e) {
                if (given[static_cast<std::size_t>(e)][r] == f) {
                    expected.low = how_many == 0 ? e : expected.low;
                    expected.high = e;
                    ++how_many;
                }
            }
            const count_range got = fit.left_out(all_rounding_rules[r]);
            ++compared;
            if (got != expected || (how_many > 0 && how_many != expected.high - expected.low + 1)) {
                FAIL_CHECK(to_string(printed.figure) << "% for " << resumed << " of " << in_scope
                                                     << ", " << to_string(all_rounding_rules[r])
                                                     << ": got " << to_string(got)
                                                     << ", brute force " << to_string(expected)
                                                     << " (" << how_many << " numbers)");
            }
            if (!reverse_too) {
                continue;
            }
            // The reverse reading: each number in the range gives the adjusted cohort, which
            // prints as the bulletin did; the numbers just outside are refused.
            for (std::int64_t e = got.low; !got.empty() && e <= got.high; ++e) {
                const auto c = fit.adjusted(all_rounding_rules[r], e);
                CHECK(exclusions_rounded_by_hand(resumed, c.adjusted().in_scope(), decimals,
                                                 all_rounding_rules[r]) == f);
            }
            for (const std::int64_t e : {got.low - 1, got.high + 1}) {
                if (!got.empty() && e >= 0 && e <= most) {
                    CHECK_THROWS_AS(fit.adjusted(all_rounding_rules[r], e),
                                    std::invalid_argument);
                }
            }
        }
    }
    return compared;
}

}  // namespace

TEST_CASE("the exclusions that fit, against every number left out of every small cohort") {
    int compared = 0;
    for (std::int64_t in_scope = 1; in_scope <= 30; ++in_scope) {
        for (std::int64_t resumed = 0; resumed <= in_scope; ++resumed) {
            for (int decimals = 0; decimals <= 2; ++decimals) {
                compared += exclusions_against_brute_force(in_scope, resumed, decimals,
                                                           in_scope <= 12);
            }
        }
    }
    CHECK(compared > 100'000);
}

TEST_CASE("the exclusions that fit, against brute force on larger cohorts") {
    std::mt19937_64 draw(20220511);
    int compared = 0;
    for (int i = 0; i < 40; ++i) {
        const auto in_scope = static_cast<std::int64_t>(draw() % 3'000) + 1;
        // Mostly resumed, as bulletins' cohorts are, so that the rates are near the top.
        const auto not_resumed =
            static_cast<std::int64_t>(draw() % static_cast<std::uint64_t>(in_scope / 5 + 1));
        compared += exclusions_against_brute_force(in_scope, in_scope - not_resumed,
                                                   static_cast<int>(draw() % 3), false);
    }
    CHECK(compared > 1'000);
}
