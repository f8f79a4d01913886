// decimal_test.cpp: decimal figures, and every rule decided exactly at .5 boundaries, checked
// against the rules' definitions over all small fractions.
#include <restoration/decimal.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <stdexcept>

using namespace restoration;

namespace {

// The definition of each rule, stated by cross-multiplication: `kept` is a correct rounding of
// scaled / denominator (both >= 0).
bool fits_rule(std::int64_t kept, std::int64_t scaled, std::int64_t denominator, rounding rule) {
    const std::int64_t twice = 2 * scaled;
    const std::int64_t below = (2 * kept - 1) * denominator;  // twice the lower half-way point
    const std::int64_t above = (2 * kept + 1) * denominator;  // twice the upper half-way point
    switch (rule) {
    case rounding::toward_zero:
        return kept * denominator <= scaled && scaled < (kept + 1) * denominator;
    case rounding::away_from_zero:
        return (kept - 1) * denominator < scaled && scaled <= kept * denominator;
    case rounding::half_up: return below <= twice && twice < above;
    case rounding::half_down: return below < twice && twice <= above;
    case rounding::half_even:
        if (twice == below || twice == above) {
            return kept % 2 == 0;
        }
        return below < twice && twice < above;
    }
    return false;
}

}  // namespace

TEST_CASE("1/8 to no decimals of a percent: 13 half up, 12 half even, 12 toward zero") {
    // 1/8 is 12.5%: an exact tie, which floating point can misplace but integers cannot.
    CHECK(round_ratio(100, 8, 0, rounding::half_up) == decimal{13, 0});
    CHECK(round_ratio(100, 8, 0, rounding::half_even) == decimal{12, 0});
    CHECK(round_ratio(100, 8, 0, rounding::half_down) == decimal{12, 0});
    CHECK(round_ratio(100, 8, 0, rounding::toward_zero) == decimal{12, 0});
    CHECK(round_ratio(100, 8, 0, rounding::away_from_zero) == decimal{13, 0});
}

TEST_CASE("half even goes to the even neighbour on both sides of a tie") {
    CHECK(round_ratio(300, 8, 0, rounding::half_even) == decimal{38, 0});  // 37.5
    CHECK(round_ratio(500, 8, 0, rounding::half_even) == decimal{62, 0});  // 62.5
}

TEST_CASE("6,480 of 7,681 is 84.364%: truncation alone prints 84.3") {
    const std::int64_t percent_scaled = 6'480 * 100;
    CHECK(round_ratio(percent_scaled, 7'681, 1, rounding::toward_zero) == decimal{843, 1});
    CHECK(round_ratio(percent_scaled, 7'681, 1, rounding::half_up) == decimal{844, 1});
    CHECK(round_ratio(percent_scaled, 7'681, 1, rounding::half_even) == decimal{844, 1});
    CHECK(round_ratio(percent_scaled, 7'681, 3, rounding::half_up) == decimal{84'364, 3});
}

TEST_CASE("negative ratios round symmetrically about zero") {
    CHECK(round_ratio(-100, 8, 0, rounding::half_up) == decimal{-13, 0});
    CHECK(round_ratio(-100, 8, 0, rounding::half_even) == decimal{-12, 0});
    CHECK(round_ratio(-129, 10, 0, rounding::toward_zero) == decimal{-12, 0});
    CHECK(round_ratio(-121, 10, 0, rounding::away_from_zero) == decimal{-13, 0});
}

TEST_CASE("every rule fits its definition for every fraction up to 300/300") {
    for (rounding rule : all_rounding_rules) {
        for (std::int64_t denominator = 1; denominator <= 300; ++denominator) {
            for (std::int64_t numerator = 0; numerator <= denominator; ++numerator) {
                for (int decimals = 0; decimals <= 2; ++decimals) {
                    const std::int64_t scaled =
                        numerator * 100 * (decimals == 0 ? 1 : decimals == 1 ? 10 : 100);
                    const decimal got = round_ratio(numerator * 100, denominator, decimals, rule);
                    REQUIRE(got.decimals == decimals);
                    if (!fits_rule(got.units, scaled, denominator, rule)) {
                        FAIL_CHECK(to_string(rule) << ": " << numerator << "/" << denominator
                                                   << " to " << decimals << " gave " << got.units);
                    }
                }
            }
        }
    }
}

template <class Wide>
void check_wide_places() {
    if constexpr (std::is_integral_v<Wide>) {
        CHECK(decimal_places(Wide{2}).value() == 2);
        CHECK_THROWS_WITH_AS(decimal_places(Wide{1} << 100),
                             "precision of 1267650600228229401496703205376 decimals is outside "
                             "the supported 0 to 6",
                             std::invalid_argument);
    }
}

TEST_CASE("a precision outside 0 to 6 decimals is rejected") {
    CHECK_THROWS_WITH_AS(round_ratio(1, 3, 7, rounding::half_up),
                         "precision of 7 decimals is outside the supported 0 to 6",
                         std::invalid_argument);
    CHECK_THROWS_AS(round_ratio(1, 3, -1, rounding::half_up), std::invalid_argument);
    CHECK_THROWS_AS(round_value(1.5, 7, rounding::half_up), std::invalid_argument);
    // Named as given: 2^64 - 1 was "-1 decimals".
    CHECK_THROWS_WITH_AS(round_ratio(1, 3, std::numeric_limits<std::uint64_t>::max(),
                                     rounding::half_up),
                         "precision of 18446744073709551615 decimals is outside the supported 0 "
                         "to 6",
                         std::invalid_argument);
    // A power of ten past 10^±400 is answered without spelling it out: INT_MIN overflowed
    // (undefined behaviour) and 10^100,000 took quadratic time. Divided by more, a figure rounds
    // to 0, or one step away from zero; multiplied by more, only 0 fits.
    CHECK_THROWS_WITH_AS(round_value(1.0, 0, rounding::half_up, std::numeric_limits<int>::min()),
                         "a figure other than 0 times 10^2147483648 passes the largest int64 "
                         "(9,223,372,036,854,775,807)",
                         std::overflow_error);
    CHECK(round_value(0.0, 2, rounding::half_up, -401) == decimal{0, 2});
    CHECK(round_value(1.0, 0, rounding::half_up, 100'000) == decimal{0, 0});
    CHECK(round_value(1e300, 6, rounding::away_from_zero, 401) == decimal{1, 6});
    CHECK(round_value(-1e300, 6, rounding::away_from_zero, std::numeric_limits<int>::max()) ==
          decimal{-1, 6});
    CHECK(round_value(1e300, 6, rounding::half_even, 401) == decimal{0, 6});
    // A precision of a 128-bit type is taken where the standard library counts it an integer
    // (GNU modes; strict ones refuse it at compile time), and named as given when refused
    // (to_string has no overload for it: this did not compile).
    __extension__ using wide = __int128;
    check_wide_places<wide>();
    CHECK(round_value(1e300, 0, rounding::toward_zero, 400) == decimal{0, 0});
    CHECK(round_value(1e-300, 0, rounding::toward_zero, -310) == decimal{10'000'000'000, 0});
}

TEST_CASE("a ratio whose scaled numerator overflows throws") {
    CHECK_THROWS_AS(round_ratio(std::numeric_limits<std::int64_t>::max() / 10, 3, 6,
                                rounding::half_up),
                    std::overflow_error);
}

TEST_CASE("a ratio with no positive denominator is undefined") {
    CHECK_THROWS_WITH_AS(round_ratio(1, 0, 0, rounding::half_up),
                         "cannot round 1/0: the denominator must be positive", std::domain_error);
}

TEST_CASE("a number is rounded from the digits it was written with") {
    // The double nearest 2.675 is 2.67499999...; the figure a person wrote is 2.675.
    CHECK(round_value(2.675, 2, rounding::half_up) == decimal{268, 2});
    CHECK(round_value(2.675, 2, rounding::half_even) == decimal{268, 2});
    CHECK(round_value(0.125, 2, rounding::half_even) == decimal{12, 2});
    CHECK(round_value(0.125, 2, rounding::half_down) == decimal{12, 2});
    CHECK(round_value(0.1251, 2, rounding::half_down) == decimal{13, 2});
    CHECK(round_value(-2.5, 0, rounding::half_up) == decimal{-3, 0});
    CHECK(round_value(-2.5, 0, rounding::half_even) == decimal{-2, 0});
    CHECK(round_value(1'529.0, 0, rounding::half_up) == decimal{1'529, 0});
    CHECK(round_value(0.0001, 2, rounding::away_from_zero) == decimal{1, 2});
    CHECK(round_value(0.0001, 2, rounding::half_up) == decimal{0, 2});
    CHECK(round_value(0.0, 1, rounding::away_from_zero) == decimal{0, 1});
}

TEST_CASE("a shift divides by a power of ten before rounding, exactly") {
    CHECK(round_value(28.92e6, 2, rounding::half_up, 6) == decimal{2'892, 2});
    CHECK(round_value(4.76e6, 2, rounding::half_up, 6) == decimal{476, 2});
    CHECK(round_value(4.765e6, 2, rounding::half_even, 6) == decimal{476, 2});
    CHECK(round_value(4.765e6, 2, rounding::half_up, 6) == decimal{477, 2});
    CHECK(round_value(57.0, 3, rounding::half_up, 6) == decimal{0, 3});
    CHECK(round_value(570.0, 3, rounding::half_up, 6) == decimal{1, 3});
}

TEST_CASE("non-finite or too large numbers are rejected") {
    CHECK_THROWS_WITH_AS(round_value(std::nan(""), 1, rounding::half_up),
                         "cannot round a figure that is not finite (nan)", std::invalid_argument);
    CHECK_THROWS_AS(round_value(INFINITY, 1, rounding::half_up), std::invalid_argument);
    CHECK_THROWS_AS(round_value(1e300, 0, rounding::half_up), std::overflow_error);
}

TEST_CASE("a decimal prints with its precision and grouped thousands") {
    CHECK(to_string(decimal{843, 1}) == "84.3");
    CHECK(to_string(decimal{95, 0}) == "95");
    CHECK(to_string(decimal{950, 1}) == "95.0");
    CHECK(to_string(decimal{5, 3}) == "0.005");
    CHECK(to_string(decimal{0, 0}) == "0");
    CHECK(to_string(decimal{-5, 1}) == "-0.5");
    CHECK(to_string(decimal{152'900'000, 5}) == "1,529.00000");
    CHECK(to_string(decimal{-1'234'567, 0}) == "-1,234,567");
    CHECK(to_string(decimal{std::numeric_limits<std::int64_t>::min(), 0}) ==
          "-9,223,372,036,854,775,808");
}

TEST_CASE("95 and 95.0 are different printed figures") {
    CHECK(decimal{95, 0} != decimal{950, 1});
}

TEST_CASE("a rule that names none of the five is refused, not taken for another") {
    const auto unknown = static_cast<rounding>(7);
    CHECK_THROWS_WITH_AS(round_ratio(1, 8, 0, unknown),
                         "rounding rule 7 is none of restoration::rounding's five",
                         std::invalid_argument);
    CHECK_THROWS_AS(round_value(0.5, 0, static_cast<rounding>(-1)), std::invalid_argument);
}

TEST_CASE("the percent literal is read from its characters") {
    static_assert(84.3_percent .figure == decimal{843, 1});
    static_assert(1'000_percent .figure == decimal{1'000, 0});
    static_assert(0.000001_percent .figure == decimal{1, 6});
    // A zero alone or before a point is no octal literal; 010_percent is refused
    // (compile_fail/percent_literal_with_leading_zero.cpp).
    static_assert(0_percent .figure == decimal{0, 0});
    static_assert(0.5_percent .figure == decimal{5, 1});
    static_assert(00.5_percent .figure == decimal{5, 1});
    CHECK(95.0_percent .figure == decimal{950, 1});
}
