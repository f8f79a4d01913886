// rounding_test.cpp: the rounding rules and their names.
#include <restoration/rounding.hpp>

#include <doctest/doctest.h>

#include <iterator>

using namespace restoration;

static_assert(std::size(all_rounding_rules) == 5);
static_assert(max_decimals == 6);

TEST_CASE("rounding rules have readable names") {
    CHECK(to_string(rounding::half_up) == "half up");
    CHECK(to_string(rounding::half_even) == "half even");
    CHECK(to_string(rounding::half_down) == "half down");
    CHECK(to_string(rounding::toward_zero) == "toward zero");
    CHECK(to_string(rounding::away_from_zero) == "away from zero");
    CHECK(to_string(static_cast<rounding>(9)) == "unknown rounding rule");
}
