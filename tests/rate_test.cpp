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
static_assert(sizeof(percentage_points<work_resumption>) == 2 * sizeof(std::int64_t));
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
    CHECK(gap.numerator() == 1'265 * 6'350 - 5'215 * 1'331);
    CHECK(gap.denominator() == 1'331 * 6'350);
    CHECK(gap.to_double() == doctest::Approx(100.0 * (1'265.0 / 1'331 - 5'215.0 / 6'350)));
    CHECK(small - large < gap);
    CHECK((small - large).to_double() == doctest::Approx(-gap.to_double()));
}

TEST_CASE("a difference that overflows the count type throws") {
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    CHECK_THROWS_AS(rate<work_resumption>(1, max) - rate<work_resumption>(1, max - 1),
                    std::overflow_error);
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
                         "a difference of work resumption rates of 1/0 needs finite figures and "
                         "a positive denominator",
                         std::domain_error);
    CHECK_THROWS_AS((percentage_points<production_restoration, double>(std::nan(""), 1.0)),
                    std::domain_error);
}

// Unsigned figures would wrap a negative count into a huge one; they are not accepted.
static_assert(!detail::number<unsigned>);
static_assert(detail::number<int> && detail::number<double>);

TEST_CASE("a production rate may exceed 100%") {
    const rate<production_restoration> surpassed{108.5_percent};
    CHECK(surpassed > rate<production_restoration>{100_percent});
}
