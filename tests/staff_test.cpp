// staff_test.cpp: the staff return rate is a kind of its own, from headcounts in persons.
#include <restoration/staff.hpp>

#include <doctest/doctest.h>

#include <stdexcept>
#include <type_traits>

#include <restoration/format.hpp>

using namespace restoration;

TEST_CASE("staff returned over the normal headcount") {
    const auto r = staff_return_rate(248'000 * persons, 300'000 * persons);
    CHECK(std::is_same_v<decltype(r), const rate<staff_return, int>>);
    CHECK(r.numerator() == 248'000);
    CHECK(r.denominator() == 300'000);
}

TEST_CASE("more staff back than the normal headcount is a rate above 100%, not clamped") {
    const auto hired = staff_return_rate(301'000 * persons, 300'000 * persons);
    CHECK(percent(hired, 1, rounding::half_up) == "100.3%");
    CHECK_THROWS_WITH_AS(staff_return_rate(-1 * persons, 300'000 * persons),
                         "staff return rate of -1/300,000: figures cannot be negative",
                         std::invalid_argument);
}

TEST_CASE("a headcount of zero has no rate") {
    CHECK_THROWS_AS(staff_return_rate(0 * persons, 0 * persons), std::domain_error);
}

TEST_CASE("the rise of staff back, in int headcounts, subtracts without overflow") {
    const auto may = staff_return_rate(248'000 * persons, 300'000 * persons);
    const auto april = staff_return_rate(111'000 * persons, 300'000 * persons);
    CHECK(points(may - april, 1, rounding::half_up) == "45.7 percentage points");
}
