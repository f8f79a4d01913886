// rate_test.cpp: exact rates of one kind each, printed rates, comparisons and differences.
#include <restoration/rate.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <type_traits>

using namespace restoration;

// Rates of different kinds are different types, neither converts to the other.
static_assert(!std::is_convertible_v<rate<work_resumption>, rate<production_restoration>>);
static_assert(!std::is_convertible_v<rate<staff_return>, rate<work_resumption>>);
// A printed percent is stated explicitly, never converted into a rate by accident.
static_assert(!std::is_convertible_v<printed_percent, rate<production_restoration>>);
static_assert(std::is_constructible_v<rate<production_restoration>, printed_percent>);
// A rate, a difference of rates and a printed percent cost their figures and nothing more.
static_assert(sizeof(rate<work_resumption>) == 2 * sizeof(std::int64_t));
static_assert(sizeof(rate<production_restoration, double>) == 2 * sizeof(double));
// A difference keeps both rates' figures, so that no product of them can overflow.
static_assert(sizeof(percentage_points<work_resumption>) == 4 * sizeof(std::int64_t));
static_assert(sizeof(printed_percent) == sizeof(decimal));
// The percent literal is read from its characters, at compile time.
static_assert(72.7_percent .figure == decimal{727, 1});
static_assert(95_percent .figure == decimal{95, 0});
static_assert(95.0_percent .figure == decimal{950, 1});
static_assert(0.125_percent .figure == decimal{125, 3});

TEST_CASE("a rate keeps its numerator and denominator") {
    const rate<work_resumption> r{6'480, 7'681};
    CHECK(r.numerator() == 6'480);
    CHECK(r.denominator() == 7'681);
    CHECK(r.to_double() == doctest::Approx(0.84364).epsilon(1e-5));
}

TEST_CASE("unsigned counts (a container's size) enter a rate where they fit, checked") {
    const rate<work_resumption> r{std::size_t{6'480}, std::size_t{7'681}};
    CHECK(r.numerator() == 6'480);
    CHECK(r.denominator() == 7'681);
    CHECK_THROWS_WITH_AS((rate<work_resumption>{std::size_t{1} << 63, std::size_t{1} << 63}),
                         "the count 9,223,372,036,854,775,808 is past the largest this number "
                         "type holds (9,223,372,036,854,775,807)",
                         std::overflow_error);
    using narrow = rate<work_resumption, std::int32_t>;
    CHECK_THROWS_AS((narrow{3'000'000'000u, 4'000'000'000u}), std::overflow_error);
    CHECK(narrow{2'147'483'647u, 2'147'483'647u}.numerator() == 2'147'483'647);
    const percentage_points<work_resumption> gap(32u, 1'000u);
    CHECK(gap.minuend().numerator == 32);
}

TEST_CASE("a printed percent becomes the exact fraction it states") {
    const rate<production_restoration> printed{72.7_percent};
    CHECK(printed.numerator() == 727);
    CHECK(printed.denominator() == 1'000);
    const rate<work_resumption> whole{95_percent};
    CHECK(whole.numerator() == 95);
    CHECK(whole.denominator() == 100);
}

TEST_CASE("a printed percent with more decimals than supported is refused, not overflowed") {
    CHECK_THROWS_WITH_AS(rate<production_restoration>(printed_percent{decimal{1, 18}}),
                         "precision of 18 decimals is outside the supported 0 to 6",
                         std::invalid_argument);
}

TEST_CASE("rates of one kind compare by value, exactly") {
    const rate<work_resumption> half{1, 2};
    CHECK(half == rate<work_resumption>{2, 4});
    CHECK(rate<work_resumption>{1'265, 1'331} > rate<work_resumption>{6'480, 7'681});
    CHECK(rate<work_resumption>{1, 3} < half);
    // Fractions that a double cannot tell apart are still ordered.
    const std::int64_t big = 3'000'000'000;
    CHECK(rate<work_resumption>{big - 1, big} < rate<work_resumption>{big, big + 1});
}

TEST_CASE("integer and floating-point rates of one kind compare") {
    const rate<production_restoration> printed{72.7_percent};
    const rate<production_restoration, double> measured{727.0, 1'000.0};
    CHECK(printed == measured);
    CHECK(printed < rate<production_restoration, double>{0.8, 1.0});
}

TEST_CASE("the difference of two rates is in percentage points, exactly") {
    const rate<work_resumption> large{1'265, 1'331};
    const rate<work_resumption> small{5'215, 6'350};
    const auto gap = large - small;
    CHECK(std::is_same_v<decltype(gap), const percentage_points<work_resumption, std::int64_t>>);
    CHECK(gap.minuend().numerator == 1'265);
    CHECK(gap.minuend().denominator == 1'331);
    CHECK(gap.subtrahend().numerator == 5'215);
    CHECK(gap.subtrahend().denominator == 6'350);
    CHECK(gap.to_double() == doctest::Approx(100.0 * (1'265.0 / 1'331 - 5'215.0 / 6'350)));
    CHECK(small - large < gap);
    CHECK((small - large).to_double() == doctest::Approx(-gap.to_double()));
}

TEST_CASE("differences and comparisons of rates of the largest counts are exact, not errors") {
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    const auto tiny = rate<work_resumption>(1, max) - rate<work_resumption>(1, max - 1);
    CHECK(tiny < percentage_points<work_resumption>(0, 1));
    CHECK(tiny > percentage_points<work_resumption>(-1, max));
    CHECK_FALSE(rate<work_resumption>(max - 1, max) < rate<work_resumption>(max - 2, max - 1));
    CHECK(rate<work_resumption>(max - 2, max - 1) < rate<work_resumption>(max - 1, max));
    CHECK(rate<work_resumption>(max - 1, max) == rate<work_resumption>(max - 1, max));
    // Denominators near 4e9: their products pass 2^63.
    const std::int64_t near = 4'000'000'000;
    const rate<work_resumption> a{near - 3, near};
    const rate<work_resumption> b{near - 4, near - 1};
    CHECK(a > b);
    CHECK((a - b) > percentage_points<work_resumption>(0, 1));
    CHECK((a - b) == (a - b));
    CHECK((b - a) < (a - b));
}

TEST_CASE("headcounts in int subtract without overflow") {
    // 248,000 x 300,000 passes the int range; the difference needs no such product.
    const rate<staff_return, int> may{248'000, 300'000};
    const rate<staff_return, int> april{111'000, 300'000};
    const auto rise = may - april;
    CHECK(rise == percentage_points<staff_return, int>(137, 300));
    CHECK(rise > percentage_points<staff_return, int>(45, 100));
}

TEST_CASE("a work rate cannot pass 100%: the resumed are part of those in scope") {
    CHECK_THROWS_WITH_AS(rate<work_resumption>(7'681, 6'480),
                         "work resumption rate of 7,681/6,480: the numerator counts a part of the "
                         "denominator and cannot exceed it",
                         std::invalid_argument);
    CHECK_THROWS_AS(rate<work_resumption>(150_percent), std::invalid_argument);
    CHECK(rate<work_resumption>(100_percent) == rate<work_resumption>(1, 1));
    // Production and staff rates may pass 100%.
    CHECK(rate<staff_return>(310, 300) > rate<staff_return>(1, 1));
    CHECK(rate<production_restoration, double>(1.2, 1.0) > rate<production_restoration>(1, 1));
}

TEST_CASE("rates of floating-point figures compare exactly, from their figures as written") {
    // 0.1 + 0.2 is the double 0.30000000000000004, a different figure from 0.3.
    const rate<production_restoration, double> sum{0.1 + 0.2, 1.0};
    const rate<production_restoration, double> written{0.3, 1.0};
    CHECK(sum > written);
    CHECK(rate<production_restoration, double>{0.3, 1.0} == rate<production_restoration>{3, 10});
    CHECK(rate<production_restoration, double>{28.92e6, 40e6} ==
          rate<production_restoration>{723, 1'000});
    // Far apart in scale: still ordered.
    CHECK(rate<production_restoration, double>{5e-324, 1.0} >
          rate<production_restoration, double>{0.0, 1.0});
    CHECK(rate<production_restoration, double>{1e300, 1e-300} >
          rate<production_restoration, double>{1e299, 1e-300});
}

TEST_CASE("a rate with a zero denominator is undefined") {
    CHECK_THROWS_WITH_AS(rate<staff_return>(5, 0),
                         "staff return rate of 5/0 is undefined: nothing to restore against",
                         std::domain_error);
}

TEST_CASE("negative or non-finite figures are rejected") {
    CHECK_THROWS_WITH_AS(rate<work_resumption>(-1, 10),
                         "work resumption rate of -1/10: figures cannot be negative",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS((rate<production_restoration, double>(std::nan(""), 1.0)),
                         "production restoration rate of nan/1: both figures must be finite",
                         std::invalid_argument);
}

TEST_CASE("percentage points stated by hand are checked like a rate") {
    CHECK(percentage_points<work_resumption>(-3, 100).to_double() == -3.0);
    CHECK_THROWS_WITH_AS(percentage_points<work_resumption>(1, 0),
                         "a difference of work resumption rates, 1/0 - 0/1, needs finite figures "
                         "and positive denominators",
                         std::domain_error);
    CHECK_THROWS_AS((percentage_points<production_restoration, double>(std::nan(""), 1.0)),
                    std::domain_error);
}

// Unsigned figures would wrap a negative count into a huge one; they are not accepted as a
// rate's number type, nor is long double, whose shortest form can pass 64 bits of digits.
static_assert(!detail::number<unsigned>);
static_assert(!detail::number<long double>);
// Nor is an integer wider than 64 bits, which the exact core would cut (under -std=gnu++20
// std::signed_integral<__int128> holds).
__extension__ typedef __int128 int128;  // NOLINT: the refusal is what is tested
static_assert(!detail::number<int128>);
static_assert(!detail::whole_count<int128>);
static_assert(detail::whole_count<std::int64_t> && !detail::whole_count<unsigned>);
static_assert(detail::number<int> && detail::number<double> && detail::number<float>);
// A figure enters a rate unchanged or not at all (the compile-fail cases show the message).
static_assert(detail::enters_unchanged<int, std::int64_t>);
static_assert(detail::enters_unchanged<unsigned, std::int64_t>);
static_assert(!detail::enters_unchanged<double, std::int64_t>);
static_assert(!detail::enters_unchanged<std::int64_t, int>);
static_assert(!detail::enters_unchanged<std::int64_t, double>);
static_assert(!detail::enters_unchanged<bool, std::int64_t>);

TEST_CASE("a production rate may exceed 100%") {
    const rate<production_restoration> surpassed{108.5_percent};
    CHECK(surpassed > rate<production_restoration>{100_percent});
}

TEST_CASE("a printed percent too wide for a narrow number type is refused, not wrapped") {
    CHECK_THROWS_WITH_AS((rate<production_restoration, std::int8_t>{72.7_percent}),
                         "72.7% needs 727, which production restoration rates of this number "
                         "type cannot hold",
                         std::overflow_error);
    CHECK_THROWS_AS((rate<production_restoration, int>{printed_percent{decimal{4'294'967'396, 6}}}),
                    std::overflow_error);
    CHECK(rate<production_restoration, std::int16_t>{72.7_percent} ==
          rate<production_restoration>{727, 1'000});
}

TEST_CASE("a count that a float holds but reads as another number is refused beside floats") {
    // 123,456,792.0f reads as 123,456,790, its shortest form: the difference was 12,345,679,000
    // points where the counts give 12,345,679,200.
    const rate<production_restoration> counted{123'456'792, 1};
    const rate<production_restoration, float> none{0.0F, 1.0F};
    CHECK_THROWS_WITH_AS(points(counted - none, 0, rounding::toward_zero),
                         "the count 123,456,792 has no exact floating-point form to be taken "
                         "with floating-point figures; state both in one type",
                         std::invalid_argument);
    // 123,456,800 is a float whose shortest form is that count.
    CHECK(points(rate<production_restoration>{123'456'800, 1} - none, 0, rounding::toward_zero) ==
          "12,345,680,000 percentage points");
}

TEST_CASE("counts compare exactly, their products in 128 bits") {
    constexpr std::int64_t big = std::numeric_limits<std::int64_t>::max();
    const rate<work_resumption> a{big - 1, big};
    const rate<work_resumption> b{big - 2, big - 1};
    CHECK(b < a);  // 1 - 1/big against 1 - 1/(big - 1)
    CHECK(rate<work_resumption>{2, 4} == rate<work_resumption>{1, 2});
    CHECK(rate<work_resumption, std::int32_t>{1, 3} < rate<work_resumption>{1, 2});
}
