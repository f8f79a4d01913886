// audit_format_test.cpp: the audit's answers as text: ranges of counts and each rule's verdict.
#include <restoration/audit_format.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <stdexcept>
#include <string>

using namespace restoration;

TEST_CASE("a range of counts reads as its ends, one count, an open end or none") {
    CHECK(to_string(fitting_numerators(84.3_percent, 7'681, rounding::half_up).counts) ==
          "6,472 to 6,478");
    CHECK(to_string(count_range{6'472, 6'472}) == "6,472");
    CHECK(to_string(count_range{0, 0}) == "0");
    CHECK(to_string(count_range{6'472, count_range::unbounded}) == "6,472 or more");
    CHECK(to_string(fitting_denominators(0_percent, 0, rounding::half_up).counts) == "1 or more");
    CHECK(to_string(count_range{}) == "none");
    CHECK(to_string(count_range{5, 4}) == "none");
    // fitting_changes' ranges are signed: fewer resumed is negative.
    const fitting_change change = fitting_changes(84.3_percent, 6'480, 7'681, rounding::half_up);
    CHECK(to_string(change.numerator) == "-8 to -2");
    CHECK(to_string(change.denominator) == "2 to 10");
}

TEST_CASE("a check reads as the printed figure, the rules it fits and what the others give") {
    CHECK(to_string(check_printed(84.3_percent, 6'480, 7'681)) ==
          "84.3%: fits toward zero; not half up (84.4%), half even (84.4%), half down (84.4%), "
          "away from zero (84.4%)");
    CHECK(to_string(check_printed(95_percent, 1'265, 1'331)) ==
          "95%: fits half up, half even, half down, toward zero; not away from zero (96%)");
    CHECK(to_string(check_printed(12.5_percent, 1, 8)) ==
          "12.5%: fits half up, half even, half down, toward zero, away from zero");
    CHECK(to_string(check_printed(1'234.0_percent, 1, 8)) ==
          "1,234.0%: fits no rule; not half up (12.5%), half even (12.5%), half down (12.5%), "
          "toward zero (12.5%), away from zero (12.5%)");
}

TEST_CASE("a check reads with its figures, which must be those it was made from") {
    const auto counts = cohort<industrial>{7'681, 6'480}.work_rate();
    const percent_check check = check_printed(84.3_percent, counts);
    CHECK(to_string(check, counts) ==
          "84.3% against 6,480/7,681: fits toward zero; not half up (84.4%), half even (84.4%), "
          "half down (84.4%), away from zero (84.4%)");
    // Other figures that give the same verdicts print truly; figures that do not are refused.
    CHECK(to_string(check, rate<work_resumption>{6'479, 7'681}) ==
          "84.3% against 6,479/7,681: fits toward zero; not half up (84.4%), half even (84.4%), "
          "half down (84.4%), away from zero (84.4%)");
    CHECK_THROWS_WITH_AS(to_string(check, rate<work_resumption>{1, 2}),
                         "the check of 84.3% was not made from 1/2, which half up rounds to "
                         "50.0%, not 84.4%",
                         std::invalid_argument);
}

TEST_CASE("each rule is named among those that fit exactly when it fits, else among the others") {
    int checked = 0;
    for (std::int64_t denominator = 1; denominator <= 40; ++denominator) {
        for (std::int64_t numerator = 0; numerator <= denominator; ++numerator) {
            for (std::int64_t printed = 0; printed <= 1'000; printed += 7) {
                const percent_check check = check_printed({{printed, 1}}, numerator, denominator);
                const std::string text = to_string(check);
                const std::size_t split = text.find("; not ");
                const std::string fits = text.substr(0, split);
                const rate<production_restoration> figures{numerator, denominator};
                const std::string with_figures = to_string(check, figures);
                if (with_figures.find(" against " + to_string(figures) + ": ") ==
                        std::string::npos ||
                    with_figures.substr(with_figures.find(':')) != text.substr(text.find(':'))) {
                    FAIL_CHECK(with_figures);
                }
                for (const rounding rule : all_rounding_rules) {
                    const std::string name(to_string(rule));
                    const bool named_fitting = fits.find(name) != std::string::npos;
                    const bool named_not = split != std::string::npos &&
                                           text.find(name, split) != std::string::npos;
                    if (named_fitting != check.fits(rule) || named_not == check.fits(rule)) {
                        FAIL_CHECK(text);
                    }
                    ++checked;
                }
            }
        }
    }
    CHECK(checked > 100'000);
}
