// growth_fmt_test.cpp: {fmt} formatting of growth rates and their audits, with the rates' spec.
#include <restoration/growth.hpp>

#include <restoration/fmt.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace restoration;

TEST_CASE("a growth formats signed under the rule its spec names, or exactly with none") {
    const growth<year_on_year> up{10'764, 10'000};
    const growth<year_on_year> down{decline(19.65_percent)};
    CHECK(fmt::format("{:.1 half_up}", up) == "+7.6%");
    CHECK(fmt::format("{:.2 toward_zero}", up) == "+7.64%");
    CHECK(fmt::format("{:.1 half_up}", down) == "-19.7%");
    CHECK(fmt::format("{:.1 toward_zero}", down) == "-19.6%");
    CHECK(fmt::format("{:.1 half_even}", down) == "-19.6%");
    CHECK(fmt::format("{:.0 half_up}", growth<period_on_period>{1'999, 2'000}) == "0%");
    CHECK(fmt::format("{}", up) == "10,764/10,000 - 1 year on year");
    CHECK(fmt::format("{:.1 half_up}", up - growth<year_on_year>{7.2_percent}) ==
          "0.4 percentage points");
}

TEST_CASE("the growth audits format as to_string gives them") {
    const auto printed = check_printed(decline(19.6_percent), growth<year_on_year>{804, 1'000});
    CHECK(fmt::format("{}", printed) == to_string(printed));
    const auto agreement = check_restoration_and_growth(80.4_percent, decline(19.6_percent));
    CHECK(fmt::format("{}", agreement) == to_string(agreement));
    const auto change =
        check_change({4, 1}, growth<year_on_year>{7.6_percent}, growth<year_on_year>{7.2_percent});
    CHECK(fmt::format("{}", change) == to_string(change));
    CHECK_THROWS_AS(static_cast<void>(fmt::format(fmt::runtime("{:.1 up}"), growth<year_on_year>{1, 2})),
                    fmt::format_error);
}
