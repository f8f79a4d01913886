// output_value_test.cpp: production weighted by output value, against the mean of ratios.
#include <restoration/output_value.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>

using namespace restoration;

TEST_CASE("production by value is the sum now over the sum at the baseline") {
    production_by_value p;
    p.add(0.5e9 * yuan, 1.0e9 * yuan);
    p.add(1.2e6 * yuan, 1.0e6 * yuan);
    CHECK(p.entries() == 2);
    CHECK(p.restoration().to_double() == doctest::Approx(501.2e6 / 1'001e6));
    CHECK(p.unweighted_mean_of_ratios().to_double() == doctest::Approx(0.85));
    CHECK(p.now().value() == 501.2e6);
}

TEST_CASE("an entry with no baseline counts in the sums but leaves no mean of ratios") {
    production_by_value p;
    p.add(2.0e6 * yuan, 0.0 * yuan);  // a plant that is new since the baseline
    p.add(1.0e6 * yuan, 1.0e6 * yuan);
    CHECK(p.restoration().to_double() == doctest::Approx(3.0));
    CHECK_THROWS_WITH_AS(p.unweighted_mean_of_ratios(),
                         "a mean of ratios needs every entry to have a baseline above zero; 1 of "
                         "2 have none",
                         std::domain_error);
}

TEST_CASE("negative or non-finite values are refused") {
    production_by_value p;
    CHECK_THROWS_WITH_AS(p.add(-1.0 * yuan, 1.0 * yuan),
                         "output value now must be finite and not negative (-1 yuan)",
                         std::invalid_argument);
    CHECK_THROWS_AS(p.add(1.0 * yuan, std::nan("") * yuan), std::invalid_argument);
    CHECK(p.entries() == 0);
}

TEST_CASE("a baseline of zero in total has no restoration rate") {
    production_by_value p;
    CHECK_THROWS_WITH_AS(p.restoration(),
                         "production by value needs a baseline above zero in total (0 yuan over "
                         "0 entries)",
                         std::domain_error);
    p.add(1.0 * yuan, 0.0 * yuan);
    CHECK_THROWS_AS(p.restoration(), std::domain_error);
}
