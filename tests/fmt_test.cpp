// fmt_test.cpp: {fmt} formatting with the precision and the rounding rule in the spec.
#include <restoration/fmt.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace restoration;

TEST_CASE("a rate formats as a percent under the rule its spec names") {
    const auto r = cohort<industrial>{7'681, 6'480}.work_rate();
    CHECK(fmt::format("{:.1 half_up}", r) == "84.4%");
    CHECK(fmt::format("{:.1 toward_zero}", r) == "84.3%");
    CHECK(fmt::format("{:.3 half_even}", r) == "84.364%");
    CHECK(fmt::format("{:.0 half_down}", rate<work_resumption>{1, 8}) == "12%");
    CHECK(fmt::format("{:.0 away_from_zero}", rate<work_resumption>{1, 8}) == "13%");
}

TEST_CASE("with no spec a rate formats exactly, as its fraction") {
    CHECK(fmt::format("{}", cohort<industrial>{7'681, 6'480}.work_rate()) == "6,480/7,681");
}

TEST_CASE("percentage points, cohorts and outputs format with the same spec") {
    const cohort<above_designated_size> large{1'331, 1'265};
    const cohort<industrial> all{7'681, 6'480};
    const auto small = all - large;
    CHECK(fmt::format("{:.1 half_up}", large.work_rate() - small.work_rate()) ==
          "12.9 percentage points");
    CHECK(fmt::format("{:.1 half_up}", all) ==
          "6,480 of 7,681 industrial enterprises resumed (84.4%)");
    CHECK(fmt::format("{:.1 toward_zero}", all) ==
          "6,480 of 7,681 industrial enterprises resumed (84.3%)");
    CHECK(fmt::format("{}", all) == "6,480 of 7,681 industrial enterprises resumed");
    const output<disinfectant> d = 1'529.0 * tonnes;
    CHECK(fmt::format("{:.0 half_up}", d) == "1,529 t of disinfectant");
    CHECK(fmt::format("{}", output<disinfectant>(0.5 * tonnes)) == "0.5 t of disinfectant");
}

TEST_CASE("printed figures format as they were printed, decimals as their digits") {
    CHECK(fmt::format("{}", read_figure("28,92 million")) == "28,92 million");
    CHECK(fmt::format("{}", decimal{950, 1}) == "95.0");
}

TEST_CASE("a bad spec is a format_error that says what a spec is") {
    const auto r = rate<work_resumption>{1, 8};
    const std::string expected =
        "restoration: a format spec is '.<decimals> <rule>', such as {:.1 half_up}; the rules are "
        "half_up, half_even, half_down, toward_zero, away_from_zero";
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:.1}"), r), expected.c_str(),
                         fmt::format_error);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:.1 half_upp}"), r), expected.c_str(),
                         fmt::format_error);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:half_up}"), r), expected.c_str(),
                         fmt::format_error);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:.9 half_up}"), r), fmt::format_error);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:x}"), decimal{1, 0}),
                         "restoration: this type takes no format spec: use {}", fmt::format_error);
}

TEST_CASE("a mean of rates formats with a rule, or exactly without one") {
    mean_of_rates<work_resumption> mean;
    mean.add(rate<work_resumption>{1, 10});
    mean.add(rate<work_resumption>{2, 10});
    CHECK(fmt::format("{:.2 away_from_zero}", mean) == "15.00%");
    CHECK(fmt::format("{}", mean) == "(1/10 + 2/10) / 2");
    CHECK(fmt::format("{:.2 away_from_zero}", mean - rate<work_resumption>{3, 20}) ==
          "0.00 percentage points");
}
