// fmt_test.cpp: {fmt} formatting with the precision and the rounding rule in the spec.
#include <restoration/fmt.hpp>

#include <doctest/doctest.h>

#include <cstdint>
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

TEST_CASE("the audit's answers format as their text, and take no spec") {
    CHECK(fmt::format("{}", fitting_numerators(84.3_percent, 7'681, rounding::half_up).counts) ==
          "6,472 to 6,478");
    CHECK(fmt::format("{}", count_range{6'472, count_range::unbounded}) == "6,472 or more");
    CHECK(fmt::format("{}", count_range{}) == "none");
    CHECK(fmt::format("{}", check_printed(84.3_percent, 6'480, 7'681)) ==
          "84.3%: fits toward zero; not half up (84.4%), half even (84.4%), half down (84.4%), "
          "away from zero (84.4%)");
    const cohort<above_designated_size> large{1'331, 1'265};
    CHECK(fmt::format("{}", fitting_exclusions(95_percent, large)) ==
          "95% for 1,265 of 1,331 industrial enterprises above designated size resumed fits "
          "leaving out (of the 66 not resumed): half up 0 to 6; half even 0 to 6; half down 0 to "
          "6; toward zero 0 to 13; away from zero none");
    CHECK(fmt::format("{}", exclusion::closed_for_good) == "closed for good");
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:.1 half_up}"), count_range{}),
                    fmt::format_error);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), check_printed(95_percent, 1, 2)),
                    fmt::format_error);
}

TEST_CASE("the audit's answers format as to_string says, for every small case") {
    int compared = 0;
    for (std::int64_t in_scope = 1; in_scope <= 12; ++in_scope) {
        for (std::int64_t resumed = 0; resumed <= in_scope; ++resumed) {
            for (std::int64_t figure = 0; figure <= 1'001; figure += 13) {
                const printed_percent p{{figure, 1}};
                const auto fit = fitting_exclusions(p, cohort<industrial>{in_scope, resumed});
                const percent_check check = check_printed(p, resumed, in_scope);
                if (fmt::format("{}", fit) != to_string(fit) ||
                    fmt::format("{}", check) != to_string(check) ||
                    fmt::format("{}", fit.left_out(rounding::away_from_zero)) !=
                        to_string(fit.left_out(rounding::away_from_zero))) {
                    FAIL_CHECK(to_string(fit));
                }
                ++compared;
            }
        }
    }
    CHECK(compared > 5'000);
}

TEST_CASE("the interval and consistency audits' answers format as their text") {
    const printed_figure in_scope = read_figure("9000多家");
    const interval_check share = check_printed(read_figure("接近50%"),
                                               count_interval(read_figure("4400多家"), rounding::half_up),
                                               count_interval(in_scope, rounding::half_up));
    CHECK(fmt::format("{}", share.verdict(rounding::half_up).fit) ==
          "fits for some counts: numerators 4,400 to 4,499, denominators 9,000 to 9,997");
    CHECK(fmt::format("{}", share.verdict(rounding::half_up).stands_for) == "[45%, 50%)");
    CHECK(fmt::format("{}", interval_fit::never) == "fits for no counts");
    CHECK(fmt::format("{}", in_scope.claim) == "odd");
    CHECK(fmt::format("{}", share) == to_string(share));
    CHECK(fmt::format("{}", claim_reading{}) == to_string(claim_reading{}));
    CHECK(fmt::format("{}", printed_rates_of({4'400, 4'499}, {9'000, 9'999}, 1, rounding::half_up)) ==
          "44.0% to 50.0%");
    const two_day_check days =
        check_two_days(two_days::by_change({9'909, 75.1_percent}, {431, {32, 1}}));
    CHECK(fmt::format("{}", days) == to_string(days));
    CHECK(to_string(days).find("13,186 to 13,191") != std::string::npos);
    const partition_check zibo = check_partition({2'794, 65.66_percent},
                                                 {{1'589, 92.06_percent}, {1'205, 52.03_percent}});
    CHECK(fmt::format("{}", zibo) == to_string(zibo));
    const precision_check twice = check_precisions(95_percent, 95.0_percent);
    CHECK(fmt::format("{}", twice) == to_string(twice));
}
