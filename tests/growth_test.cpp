// growth_test.cpp: growth rates, signed and exact, their conversion to restoration rates, the
// audit of a printed restoration against a printed growth, and changes in points between growths.
#include <restoration/growth.hpp>

#include <restoration/io.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

using namespace restoration;

// A growth is a kind of its own: neither it nor a restoration rate converts to the other, and
// the two comparisons are two types. (That comparing or subtracting them does not compile, and
// what it says, is tests/compile_fail/growth_*.)
static_assert(!std::is_convertible_v<growth<year_on_year>, rate<production_restoration>>);
static_assert(!std::is_convertible_v<rate<production_restoration>, growth<year_on_year>>);
static_assert(!std::is_convertible_v<growth<year_on_year>, growth<period_on_period>>);
static_assert(!std::is_convertible_v<printed_percent, growth<year_on_year>>);
static_assert(std::is_constructible_v<growth<year_on_year>, printed_percent>);
// Its two figures and nothing more.
static_assert(sizeof(growth<year_on_year>) == 2 * sizeof(std::int64_t));
static_assert(sizeof(growth<period_on_period, double>) == 2 * sizeof(double));
static_assert(decline(19.6_percent).figure == decimal{-196, 1});
static_assert(growth<year_on_year>{decline(19.6_percent)}.current() == 804);

namespace {

struct growth_test_tea {
    using unit = restoration::piece_unit;
    static constexpr std::string_view name = "tea bricks";
};

// A second rounding, written apart from the library's exact core: the signed ratio
// numerator / denominator in percent to `places` decimals, by sign and magnitude, in 64 bits
// (small figures only).
std::int64_t reference_percent(std::int64_t numerator, std::int64_t denominator, int places,
                               rounding rule) {
    std::int64_t scale = 100;
    for (int i = 0; i < places; ++i) {
        scale *= 10;
    }
    const bool negative = numerator < 0;
    const std::int64_t magnitude = (negative ? -numerator : numerator) * scale;
    const std::int64_t whole = magnitude / denominator;
    const std::int64_t twice_left = 2 * (magnitude % denominator);
    bool up = false;
    switch (rule) {
    case rounding::half_up: up = twice_left >= denominator; break;
    case rounding::half_down: up = twice_left > denominator; break;
    case rounding::half_even:
        up = twice_left > denominator || (twice_left == denominator && whole % 2 == 1);
        break;
    case rounding::toward_zero: up = false; break;
    case rounding::away_from_zero: up = twice_left > 0; break;
    }
    const std::int64_t rounded = whole + (up ? 1 : 0);
    return negative ? -rounded : rounded;
}

// The rule that rounds W - y as `rule` rounds y, for whole W: up and down trade places.
rounding mirrored(rounding rule) {
    switch (rule) {
    case rounding::half_up: return rounding::half_down;
    case rounding::half_down: return rounding::half_up;
    case rounding::toward_zero: return rounding::away_from_zero;
    case rounding::away_from_zero: return rounding::toward_zero;
    case rounding::half_even: return rounding::half_even;
    }
    return rule;
}

std::int64_t ten_to(int exponent) {
    std::int64_t power = 1;
    for (int i = 0; i < exponent; ++i) {
        power *= 10;
    }
    return power;
}

template <class Value>
std::string streamed(const Value& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

}  // namespace

TEST_CASE("a growth keeps the figures of its period and of its base") {
    const growth<year_on_year> g{1'076, 1'000};
    CHECK(g.current() == 1'076);
    CHECK(g.base() == 1'000);
    CHECK(g.to_double() == doctest::Approx(0.076));
    CHECK(growth<period_on_period>{0, 5}.to_double() == -1.0);
}

TEST_CASE("a printed growth is the exact fraction it states, its sign kept") {
    const growth<year_on_year> up{7.6_percent};
    CHECK(up.current() == 1'076);
    CHECK(up.base() == 1'000);
    const growth<year_on_year> down{decline(19.6_percent)};
    CHECK(down.current() == 804);
    CHECK(down.base() == 1'000);
    CHECK(growth<year_on_year>{decline(100_percent)}.current() == 0);
    // A minus before the literal is decline(): the way code writes a fall.
    CHECK(growth<year_on_year>{-19.6_percent} == down);
    CHECK((-19.6_percent).figure == decimal{-196, 1});
    CHECK_THROWS_AS(-decline(19.6_percent), std::invalid_argument);
    CHECK_THROWS_WITH_AS(growth<year_on_year>{decline(100.1_percent)},
                         "a growth of -100.1% would leave less than nothing: a fall is at most "
                         "100%",
                         std::invalid_argument);
    CHECK_THROWS_AS((growth<year_on_year>{printed_percent{{5, 7}}}), std::invalid_argument);
    // 7.6% needs 1,076, which an int8_t cannot hold: refused, never wrapped.
    CHECK_THROWS_WITH_AS((growth<year_on_year, std::int8_t>{7.6_percent}),
                         "a growth of 7.6% needs 1,076, which growth of this number type "
                         "cannot hold",
                         std::overflow_error);
}

TEST_CASE("a base of zero and negative figures are refused with the figures named") {
    CHECK_THROWS_WITH_AS(growth<year_on_year>(5, 0),
                         "growth year on year of 5 against a base of 0 is undefined: nothing "
                         "grows from a base of 0",
                         std::domain_error);
    CHECK_THROWS_WITH_AS(growth<period_on_period>(-3, 10),
                         "growth period on period of -3 against a base of 10: figures cannot be "
                         "negative",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(growth<year_on_year>(3, -10),
                         "growth year on year of 3 against a base of -10: figures cannot be "
                         "negative",
                         std::invalid_argument);
    CHECK_THROWS_AS((growth<year_on_year, double>(std::numeric_limits<double>::quiet_NaN(), 1.0)),
                    std::invalid_argument);
    CHECK_THROWS_AS((growth<year_on_year, double>(1.0, 0.0)), std::domain_error);
    CHECK_THROWS_AS(growth_of<year_on_year>(cohort<industrial>{10, 5}, cohort<industrial>{10, 0}),
                    std::domain_error);
    CHECK_THROWS_AS(growth_of<year_on_year>(7, 0), std::domain_error);
    CHECK_THROWS_AS(growth_of<year_on_year>(-7, 2), std::invalid_argument);
    CHECK_THROWS_AS(growth_of<year_on_year>(5.0 * yuan, 0.0 * yuan), std::domain_error);
}

TEST_CASE("growth comes from two outputs of one good, two values, or two counts") {
    const output<growth_test_tea> now = 1'076.0 * pieces;
    const output<growth_test_tea> last_year = 1'000.0 * pieces;
    const auto of_outputs = growth_of<year_on_year>(now, last_year);
    static_assert(std::is_same_v<decltype(of_outputs), const growth<year_on_year, double>>);
    CHECK(percent(of_outputs, 1, rounding::half_up) == "+7.6%");

    const auto of_values = growth_of<year_on_year>(0.804e9 * yuan, 1.0e9 * yuan);
    CHECK(percent(of_values, 1, rounding::half_up) == "-19.6%");

    production_by_value values;
    values.add(0.5e9 * yuan, 1.0e9 * yuan);
    values.add(0.304e9 * yuan, 0.0 * yuan);  // new this year: counts in the sums
    CHECK(percent(growth_of<year_on_year>(values), 1, rounding::half_up) == "-19.6%");

    // Hebei: 9,909 resumed on the 22nd, 431 more than on the 21st.
    const cohort<above_designated_size> on_22nd{13'190, 9'909};
    const cohort<above_designated_size> on_21st{13'190, 9'478};
    const auto of_cohorts = growth_of<period_on_period>(on_22nd, on_21st);
    CHECK(of_cohorts.current() == 9'909);
    CHECK(of_cohorts.base() == 9'478);
    CHECK(percent(of_cohorts, 2, rounding::half_up) == "+4.55%");
    CHECK(growth_of<period_on_period>(9'909, 9'478) == of_cohorts);
}

TEST_CASE("a growth of floating-point figures rounds from their figures as written") {
    // 1.145 has no exact double; as written, 14.5% is a tie, decided by the rule.
    const growth<year_on_year, double> tie{1.145, 1.0};
    CHECK(percent(tie, 0, rounding::half_up) == "+15%");
    CHECK(percent(tie, 0, rounding::half_even) == "+14%");
    CHECK(percent(tie, 0, rounding::half_down) == "+14%");
    // And as a fall: -14.5%, symmetric about 0.
    const growth<year_on_year, double> fall{0.855, 1.0};
    CHECK(percent(fall, 0, rounding::half_up) == "-15%");
    CHECK(percent(fall, 0, rounding::half_even) == "-14%");
    CHECK(percent(fall, 0, rounding::toward_zero) == "-14%");
    CHECK(percent(fall, 0, rounding::away_from_zero) == "-15%");
}

TEST_CASE("a growth prints signed, and nothing rounds to a signed zero") {
    CHECK(percent(growth<year_on_year>{1'076, 1'000}, 1, rounding::half_up) == "+7.6%");
    CHECK(percent(growth<year_on_year>{804, 1'000}, 1, rounding::half_up) == "-19.6%");
    CHECK(percent(growth<year_on_year>{9'999, 10'000}, 1, rounding::half_up) == "0.0%");
    CHECK(percent(growth<year_on_year>{10'001, 10'000}, 1, rounding::toward_zero) == "0.0%");
    CHECK(percent(growth<year_on_year>{5, 5}, 0, rounding::away_from_zero) == "0%");
    CHECK(percent(growth<year_on_year>{123'456, 100}, 0, rounding::half_up) == "+123,356%");
    CHECK(to_string(growth<year_on_year>{1'076, 1'000}) == "1,076/1,000 - 1 year on year");
    CHECK(to_string(growth<period_on_period, double>{0.5, 2.0}) == "0.5/2 - 1 period on period");
    CHECK(streamed(growth<year_on_year>{804, 1'000}) == "804/1,000 - 1 year on year");
}

TEST_CASE("rounded growth agrees with a second rounding for every small ratio") {
    for (int places = 0; places <= 2; ++places) {
        for (std::int64_t base = 1; base <= 30; ++base) {
            for (std::int64_t current = 0; current <= 3 * base; ++current) {
                const growth<year_on_year> g{current, base};
                for (const rounding rule : all_rounding_rules) {
                    const decimal rounded = rounded_percent(g, places, rule);
                    REQUIRE(rounded.decimals == places);
                    REQUIRE(rounded.units ==
                            reference_percent(current - base, base, places, rule));
                }
            }
        }
    }
}

TEST_CASE("a printed growth is checked against its figures under every rule") {
    // -19.65% exactly: a tie, which each rule decides its own way, symmetric about 0.
    const growth<year_on_year> tie{8'035, 10'000};
    const growth_check check = check_printed(decline(19.6_percent), tie);
    CHECK(check.fits(rounding::half_even));
    CHECK(check.fits(rounding::half_down));
    CHECK(check.fits(rounding::toward_zero));
    CHECK_FALSE(check.fits(rounding::half_up));
    CHECK(check.under(rounding::away_from_zero).result == decimal{-197, 1});
    CHECK(to_string(check) == "-19.6%: fits half even, half down, toward zero; not half up "
                              "(-19.7%), away from zero (-19.7%)");
    CHECK(streamed(check) == to_string(check));
    CHECK(to_string(check_printed(7.6_percent, growth<year_on_year>{1'076, 1'000})) ==
          "+7.6%: fits half up, half even, half down, toward zero, away from zero");
    CHECK_THROWS_AS(check_printed(printed_percent{{76, 7}}, tie), std::invalid_argument);
    for (std::int64_t base = 1; base <= 20; ++base) {
        for (std::int64_t current = 0; current <= 2 * base; ++current) {
            const growth<period_on_period> g{current, base};
            for (const rounding rule : all_rounding_rules) {
                const std::int64_t printed = reference_percent(current - base, base, 1, rule);
                REQUIRE(check_printed(printed_percent{{printed, 1}}, g).fits(rule));
                REQUIRE_FALSE(check_printed(printed_percent{{printed + 1, 1}}, g).fits(rule));
            }
        }
    }
}

TEST_CASE("restoration to the base and growth convert exactly, both ways") {
    const growth<year_on_year> g{decline(19.6_percent)};
    const rate<production_restoration> r = restoration_of(g);
    CHECK(r.numerator() == 804);
    CHECK(r.denominator() == 1'000);
    CHECK(growth_from<year_on_year>(r) == g);
    CHECK(growth_from<year_on_year>(rate<production_restoration>{80.4_percent}) == g);
    CHECK(percent(r, 1, rounding::half_up) == "80.4%");
    // Each rounded on its own: growth is restoration less 100% whenever both are on one side of
    // 0; below the base, rounding the growth toward 0 rounds the restoration up.
    for (std::int64_t base = 1; base <= 24; ++base) {
        for (std::int64_t current = 0; current <= 3 * base; ++current) {
            const growth<year_on_year> each{current, base};
            const auto restored = restoration_of(each);
            REQUIRE(restored == rate<production_restoration>{current, base});
            REQUIRE(growth_from<year_on_year>(restored) == each);
            for (int places = 0; places <= 1; ++places) {
                const std::int64_t whole = 100 * ten_to(places);
                for (const rounding rule : all_rounding_rules) {
                    const std::int64_t as_growth = rounded_percent(each, places, rule).units;
                    const rounding rule_of_restoration = current >= base ? rule : mirrored(rule);
                    REQUIRE(as_growth ==
                            rounded_percent(restored, places, rule_of_restoration).units - whole);
                }
            }
        }
    }
}

TEST_CASE("growths of one comparison compare exactly, whatever their figures") {
    using yoy = growth<year_on_year>;
    CHECK(yoy{1, 3} < yoy{333'334, 1'000'000});
    CHECK(yoy{1, 3} > yoy{333'333, 1'000'000});
    CHECK(yoy{2, 6} == yoy{1, 3});
    CHECK(yoy{11, 10} == growth<year_on_year, double>{1.1, 1.0});
    CHECK_FALSE(yoy{decline(19.6_percent)} < yoy{0, 1});
    CHECK(yoy{0, 1} < yoy{decline(19.6_percent)});
    const std::int64_t big = std::numeric_limits<std::int64_t>::max();
    CHECK_FALSE(yoy{big, big - 1} > yoy{big - 1, big - 2});
    CHECK(yoy{big - 1, big - 2} > yoy{big, big - 1});
}

TEST_CASE("Xi'an: 7.6% growth is 0.4 points above the first three quarters' 7.2%") {
    const growth<year_on_year> year{7.6_percent};
    const growth<year_on_year> three_quarters{7.2_percent};
    const auto change = year - three_quarters;
    static_assert(std::is_same_v<decltype(change), const percentage_points<year_on_year>>);
    CHECK(points(change, 1, rounding::half_up) == "0.4 percentage points");
    CHECK(rounded_points(three_quarters - year, 1, rounding::half_up) == decimal{-4, 1});
    const growth_change_check check = check_change({4, 1}, year, three_quarters);
    for (const rounding rule : all_rounding_rules) {
        CHECK(check.under(rule).fits_as_difference);
        CHECK(check.under(rule).fits_as_exact_change);
    }
    CHECK(to_string(check).starts_with("change +0.4 points\n  half up: +7.6% less +7.2% is +0.4 "
                                       "(fits); exact change +0.4 (fits)\n"));
    CHECK(streamed(check) == to_string(check));
}

TEST_CASE("a printed change fits the difference of the rounded growths, or the exact one") {
    // 7.64% and 7.16%: printed 7.6% and 7.2%, 0.4 points apart; exactly 0.48 points.
    const growth<year_on_year> now{10'764, 10'000};
    const growth<year_on_year> before{10'716, 10'000};
    const auto half_up = check_change({4, 1}, now, before).under(rounding::half_up);
    CHECK(half_up.now == decimal{76, 1});
    CHECK(half_up.before == decimal{72, 1});
    CHECK(half_up.difference_of_rounded == decimal{4, 1});
    CHECK(half_up.exact_difference == decimal{5, 1});
    CHECK(half_up.fits_as_difference);
    CHECK_FALSE(half_up.fits_as_exact_change);
    const auto toward_zero = check_change({5, 1}, now, before).under(rounding::toward_zero);
    CHECK(toward_zero.before == decimal{71, 1});  // 7.6% less 7.1% is 0.5 points
    CHECK(toward_zero.fits_as_difference);
    CHECK_FALSE(toward_zero.fits_as_exact_change);  // 0.48 cut to 0.4
    CHECK_THROWS_AS(check_change({4, 7}, now, before), std::invalid_argument);

    // Against a second rounding, over small pairs: the exact change is (a/b - c/d) x 100.
    for (std::int64_t b = 1; b <= 7; ++b) {
        for (std::int64_t a = 0; a <= 2 * b; ++a) {
            for (std::int64_t d = 1; d <= 7; ++d) {
                for (std::int64_t c = 0; c <= 2 * d; ++c) {
                    const growth<period_on_period> x{a, b};
                    const growth<period_on_period> y{c, d};
                    for (const rounding rule : all_rounding_rules) {
                        const std::int64_t exact = reference_percent(a * d - c * b, b * d, 1, rule);
                        const std::int64_t difference = reference_percent(a - b, b, 1, rule) -
                                                        reference_percent(c - d, d, 1, rule);
                        const auto v = check_change({exact, 1}, x, y).under(rule);
                        REQUIRE(v.fits_as_exact_change);
                        REQUIRE(v.fits_as_difference == (difference == exact));
                        REQUIRE(v.difference_of_rounded == decimal{difference, 1});
                    }
                }
            }
        }
    }
}

namespace {

// A second audit, forward: the restorations x that print as `restoration` form one interval
// (its ends written out per rule, not taken from the library's preimages); growth rounds
// monotonically, so the growths printed from that interval are every figure between those of
// its two ends, approached from inside where an end is open. x is kept as an exact fraction over
// 2,000 x 10^finer: the ends are multiples of 1/(200 x 10^finer), one tenth of that is inside.
bool agree_by_monotone_image(decimal restoration, decimal growth_figure, rounding rule) {
    const int finer = std::max(restoration.decimals, growth_figure.decimals);
    const std::int64_t step = 10 * ten_to(finer - restoration.decimals);  // half a unit of P
    const std::int64_t denominator = 2'000 * ten_to(finer);
    const std::int64_t centre = 2 * restoration.units * step;
    std::int64_t low = 0;
    std::int64_t high = 0;
    bool low_open = false;
    bool high_open = false;
    switch (rule) {
    case rounding::half_up: low = centre - step, high = centre + step, high_open = true; break;
    case rounding::half_down: low = centre - step, high = centre + step, low_open = true; break;
    case rounding::half_even:
        low = centre - step, high = centre + step;
        low_open = high_open = restoration.units % 2 != 0;
        break;
    case rounding::toward_zero: low = centre, high = centre + 2 * step, high_open = true; break;
    case rounding::away_from_zero: low = centre - 2 * step, high = centre, low_open = true; break;
    }
    if (low < 0) {
        low = 0;
        low_open = false;
    }
    const std::int64_t inner_low = low + (low_open ? 1 : 0);
    const std::int64_t inner_high = high - (high_open ? 1 : 0);
    if (inner_low > inner_high) {
        return false;
    }
    const auto growth_at = [&](std::int64_t x) {
        return rounded_percent(growth<year_on_year>{x, denominator}, growth_figure.decimals, rule)
            .units;
    };
    return growth_at(inner_low) <= growth_figure.units &&
           growth_figure.units <= growth_at(inner_high);
}

}  // namespace

TEST_CASE("a printed restoration and a printed growth agree where one ratio prints as both") {
    const auto check = check_restoration_and_growth(80.4_percent, decline(19.6_percent));
    for (const rounding rule : all_rounding_rules) {
        CHECK(check.agree(rule));
    }
    // 80.45% prints 80.5% half up, and its growth -19.55% prints -19.6%, away from 0.
    const auto tie = check_restoration_and_growth(80.5_percent, decline(19.6_percent));
    CHECK(tie.agree(rounding::half_up));
    CHECK(tie.agree(rounding::away_from_zero));
    CHECK_FALSE(tie.agree(rounding::half_even));
    CHECK_FALSE(tie.agree(rounding::half_down));
    CHECK_FALSE(tie.agree(rounding::toward_zero));
    CHECK(to_string(tie) == "80.5% restored and growth -19.6%: agree half up, away from zero; not "
                            "half even, half down, toward zero");
    const auto none = check_restoration_and_growth(80.6_percent, decline(19.6_percent));
    CHECK(to_string(none).ends_with("agree under no rule; not half up, half even, half down, "
                                    "toward zero, away from zero"));
    // At two precisions, each rounded on its own.
    const auto finer = check_restoration_and_growth(80.45_percent, decline(19.6_percent));
    CHECK(finer.agree(rounding::half_up));
    CHECK_FALSE(finer.agree(rounding::toward_zero));
    // Above the base: 107.6% and +7.6%.
    CHECK(check_restoration_and_growth(107.6_percent, 7.6_percent).agree(rounding::half_even));
    CHECK_FALSE(check_restoration_and_growth(107.6_percent, 7.7_percent).agree(rounding::half_up));
    // Nothing produced: 0% and a fall of 100%; a fall past 100% fits no restoration.
    CHECK(check_restoration_and_growth(0_percent, decline(100_percent)).agree(rounding::toward_zero));
    CHECK_FALSE(check_restoration_and_growth(0_percent, decline(101_percent))
                    .agree(rounding::half_up));
    CHECK(streamed(check) == to_string(check));
    CHECK_THROWS_WITH_AS(check_restoration_and_growth(printed_percent{{-804, 1}},
                                                      decline(19.6_percent)),
                         "a restoration of -80.4% against a base period cannot be negative "
                         "(beside growth of -19.6%)",
                         std::invalid_argument);
    CHECK_THROWS_AS(check_restoration_and_growth(80.4_percent, printed_percent{{-196, 7}}),
                    std::invalid_argument);
}

TEST_CASE("the agreement audit is what brute force over all ratios finds, and a second audit") {
    // Every ratio n/d, for d up to 40 and for d = 400 x 10^finer, which holds every end of the
    // printed intervals and a point strictly inside each overlap of positive length: so the pairs
    // it prints are all the pairs that agree.
    for (const auto& [restoration_places, growth_places] :
         {std::pair{0, 0}, std::pair{1, 0}, std::pair{0, 1}, std::pair{1, 1}}) {
        const int finer = std::max(restoration_places, growth_places);
        std::vector<std::int64_t> denominators;
        for (std::int64_t d = 1; d <= 40; ++d) {
            denominators.push_back(d);
        }
        denominators.push_back(400 * ten_to(finer));
        const std::int64_t restoration_whole = 100 * ten_to(restoration_places);
        const std::int64_t growth_whole = 100 * ten_to(growth_places);
        for (const rounding rule : all_rounding_rules) {
            std::set<std::pair<std::int64_t, std::int64_t>> printed;
            for (const std::int64_t d : denominators) {
                for (std::int64_t n = 0; n <= 2 * d; ++n) {
                    printed.emplace(reference_percent(n, d, restoration_places, rule),
                                    reference_percent(n - d, d, growth_places, rule));
                }
            }
            // Every restoration up to 190%, against every growth near it.
            const std::int64_t scale = ten_to(growth_places - std::min(growth_places,
                                                                       restoration_places));
            const std::int64_t coarse = ten_to(restoration_places - std::min(growth_places,
                                                                             restoration_places));
            for (std::int64_t p = 0; p <= 190 * ten_to(restoration_places); ++p) {
                const std::int64_t g_centre = (p - restoration_whole) * scale / coarse;
                for (std::int64_t g = g_centre - 3 * scale - 2; g <= g_centre + 3 * scale + 2;
                     ++g) {
                    const printed_percent p_printed{{p, restoration_places}};
                    const printed_percent g_printed{{g, growth_places}};
                    const bool agree = check_restoration_and_growth(p_printed, g_printed)
                                           .agree(rule);
                    REQUIRE(agree == printed.contains({p, g}));
                    REQUIRE(agree == agree_by_monotone_image(p_printed.figure, g_printed.figure,
                                                             rule));
                    if (g < -growth_whole) {
                        REQUIRE_FALSE(agree);
                    }
                }
            }
        }
    }
}

TEST_CASE("restoration_of states the basis it is on, and round-trips a good's output exactly") {
    const output<face_mask> now = 804.0 * pieces;
    const output<face_mask> then = 1'000.0 * pieces;
    const auto fell = growth_of<year_on_year>(now, then);
    CHECK(now / then == restoration_of<basis::output_volume<face_mask>>(fell));
    CHECK(std::is_same_v<decltype(restoration_of(fell)),
                         rate<production_restoration, decltype(fell)::rep>>);
    CHECK(growth_from<year_on_year>(now / then) == fell);
    CHECK(percent(restoration_of<basis::output_value>(growth<year_on_year>{7.6_percent}), 1,
                  rounding::half_up) == "107.6%");
}

TEST_CASE("a negative fall is refused, naming it, not turned into a rise") {
    // decline(decline(19.6_percent)) was +19.6%: a fall is printed as its size.
    CHECK_THROWS_WITH_AS(decline(decline(19.6_percent)),
                         "a fall is printed as its size: a fall of -19.6% is no printed figure "
                         "(decline(19.6_percent) is -19.6%)",
                         std::invalid_argument);
    // The lowest 64-bit figure, which has no negative, is refused the same way.
    const printed_percent lowest{{std::numeric_limits<std::int64_t>::min(), 0}};
    CHECK_THROWS_AS(decline(lowest), std::invalid_argument);
    CHECK(decline(0_percent).figure == decimal{0, 0});
}
