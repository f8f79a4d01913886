// io_test.cpp: opt-in iostream printing of cohorts, exact rates, outputs and figures.
#include <restoration/io.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <sstream>
#include <string>

using namespace restoration;

namespace {

template <class Value>
std::string printed(const Value& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

}  // namespace

TEST_CASE("a cohort prints its counts and scope") {
    CHECK(printed(cohort<industrial>{7'681, 6'480}) ==
          "6,480 of 7,681 industrial enterprises resumed");
}

TEST_CASE("a rate prints as its exact fraction, not a rounded percent") {
    CHECK(printed(cohort<industrial>{7'681, 6'480}.work_rate()) == "6,480/7,681");
    CHECK(printed(rate<production_restoration, double>{0.5, 2.0}) == "0.5/2");
}

TEST_CASE("a difference of rates prints exactly") {
    CHECK(printed(rate<work_resumption>{1, 2} - rate<work_resumption>{1, 4}) ==
          "(1/2 - 1/4) x 100 percentage points");
}

TEST_CASE("outputs print with their unit and good") {
    CHECK(printed(output<disinfectant>(1'529.0 * tonnes)) == "1,529 t of disinfectant");
    CHECK(printed(output<face_mask>(110.0 * pieces) / (11.0 * days)) ==
          "10 pcs of face masks per day");
}

TEST_CASE("a series prints a line a snapshot, saying where it was re-based") {
    using namespace std::chrono;
    series<industrial> s;
    s.add(2022y / April / 18, {1'331, 930});
    s.rebase(2022y / May / 5, {1'300, 1'265}, "31 seasonal enterprises left out");
    CHECK(printed(s) == "2022-04-18: 930 of 1,331 industrial enterprises resumed\n"
                        "2022-05-05: 1,265 of 1,300 industrial enterprises resumed (re-based: 31 "
                        "seasonal enterprises left out)\n");
}

TEST_CASE("decimals and rounding rules print as text") {
    CHECK(printed(decimal{843, 1}) == "84.3");
    CHECK(printed(rounding::half_even) == "half even");
}

TEST_CASE("a mean of rates and its gap print exactly") {
    mean_of_rates<work_resumption> mean;
    mean.add(rate<work_resumption>{1, 10});
    mean.add(rate<work_resumption>{2, 10});
    CHECK(printed(mean) == "(1/10 + 2/10) / 2");
    CHECK(printed(mean - rate<work_resumption>{3, 20}) ==
          "((1/10 + 2/10) / 2 - 3/20) x 100 percentage points");
}

TEST_CASE("the audit's answers print as their text") {
    CHECK(printed(fitting_numerators(84.3_percent, 7'681, rounding::half_up).counts) ==
          "6,472 to 6,478");
    CHECK(printed(count_range{6'472, count_range::unbounded}) == "6,472 or more");
    CHECK(printed(count_range{}) == "none");
    CHECK(printed(check_printed(84.3_percent, 6'480, 7'681)) ==
          "84.3%: fits toward zero; not half up (84.4%), half even (84.4%), half down (84.4%), "
          "away from zero (84.4%)");
    const cohort<above_designated_size> large{1'331, 1'265};
    CHECK(printed(fitting_exclusions(96.6_percent, large)) ==
          "96.6% for 1,265 of 1,331 industrial enterprises above designated size resumed fits "
          "leaving out (of the 66 not resumed): half up 21 to 22; half even 21 to 22; half down "
          "21 to 22; toward zero 22; away from zero 21");
    CHECK(printed(exclusion::unspecified) == "reason not stated");
}

TEST_CASE("the audit's answers print what to_string says, for every small case") {
    int compared = 0;
    for (std::int64_t in_scope = 1; in_scope <= 12; ++in_scope) {
        for (std::int64_t resumed = 0; resumed <= in_scope; ++resumed) {
            for (std::int64_t figure = 0; figure <= 1'001; figure += 13) {
                const printed_percent p{{figure, 1}};
                const cohort<industrial> c{in_scope, resumed};
                const auto fit = fitting_exclusions(p, c);
                const percent_check check = check_printed(p, resumed, in_scope);
                if (printed(fit) != to_string(fit) || printed(check) != to_string(check) ||
                    printed(fit.left_out(rounding::half_even)) !=
                        to_string(fit.left_out(rounding::half_even))) {
                    FAIL_CHECK(to_string(fit));
                }
                ++compared;
            }
        }
    }
    CHECK(compared > 5'000);
}

TEST_CASE("the interval and consistency audits' answers print as their text") {
    const printed_figure in_scope = read_figure("9000多家");
    const interval_check share = check_printed(read_figure("接近50%"),
                                               count_interval(read_figure("4400多家"), rounding::half_up),
                                               count_interval(in_scope, rounding::half_up));
    CHECK(printed(share.verdict(rounding::half_up).fit) ==
          "fits for some counts: numerators 4,400 to 4,499, denominators 9,000 to 9,997");
    CHECK(printed(share.verdict(rounding::half_up).stands_for) == "[45%, 50%)");
    CHECK(printed(interval_fit::never) == "fits for no counts");
    CHECK(printed(in_scope.claim) == "odd");
    CHECK(printed(share) == to_string(share));
    CHECK(printed(claim_reading{}) == to_string(claim_reading{}));
    CHECK(printed(printed_rates_of({4'400, 4'499}, {9'000, 9'999}, 1, rounding::half_up)) ==
          "44.0% to 50.0%");
    const two_day_check hebei_days =
        check_two_days(two_days::by_change({9'909, 75.1_percent}, {431, {32, 1}}));
    CHECK(printed(hebei_days) == to_string(hebei_days));
    CHECK(to_string(hebei_days).find("13,186 to 13,191") != std::string::npos);
    const partition_check zibo = check_partition({2'794, 65.66_percent},
                                                 {{1'589, 92.06_percent}, {1'205, 52.03_percent}});
    CHECK(printed(zibo) == to_string(zibo));
    const precision_check twice = check_precisions(95_percent, 95.0_percent);
    CHECK(printed(twice) == to_string(twice));
}
