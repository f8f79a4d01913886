// exclusions_test.cpp: raw and adjusted rates, told apart, and exclusions that cannot be.
#include <restoration/exclusions.hpp>

#include <doctest/doctest.h>

#include <stdexcept>

using namespace restoration;

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

TEST_CASE("a negative exclusion is refused") {
    CHECK_THROWS_WITH_AS(
        (adjusted_cohort<industrial>{{10, 5}, {{exclusion::closed_for_good, -1}}}),
        "enterprises left out for closed for good cannot be negative (-1)",
        std::invalid_argument);
}

TEST_CASE("exclusions that leave nobody in scope leave no adjusted rate") {
    const adjusted_cohort<industrial> none{{5, 0}, {{exclusion::seasonal_stoppage, 5}}};
    CHECK_THROWS_AS(none.rate_of(rate_basis::adjusted), std::domain_error);
}

TEST_CASE("a reason or basis cast from an int that names none is refused, not read past") {
    const cohort<above_designated_size> large{1'331, 1'265};
    CHECK_THROWS_WITH_AS((adjusted_cohort<above_designated_size>{
                             large, {{static_cast<exclusion>(7), 21}}}),
                         "exclusion 7 is none of restoration::exclusion's 3 reasons",
                         std::invalid_argument);
    const adjusted_cohort<above_designated_size> c{large, {{exclusion::seasonal_stoppage, 21}}};
    CHECK_THROWS_AS(c.left_out(static_cast<exclusion>(-1)), std::invalid_argument);
    CHECK_THROWS_WITH_AS(c.rate_of(static_cast<rate_basis>(2)),
                         "rate basis 2 is neither raw nor adjusted", std::invalid_argument);
    CHECK_THROWS_AS(percent(c, static_cast<rate_basis>(2), 1, rounding::half_up),
                    std::invalid_argument);
}
