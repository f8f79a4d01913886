// format_test.cpp: percents, points, counts, scales and quantities as bulletins print them.
#include <restoration/format.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

#include <restoration/cohort.hpp>

using namespace restoration;

TEST_CASE("a work rate prints as a percent under the stated rule") {
    const auto r = cohort<industrial>{7'681, 6'480}.work_rate();
    CHECK(percent(r, 1, rounding::toward_zero) == "84.3%");
    CHECK(percent(r, 1, rounding::half_up) == "84.4%");
    CHECK(percent(r, 3, rounding::half_even) == "84.364%");
    CHECK(percent(r, 0, rounding::half_up) == "84%");
}

TEST_CASE("1/8 prints as 13% half up and 12% half even or toward zero") {
    const rate<work_resumption> eighth{1, 8};
    CHECK(percent(eighth, 0, rounding::half_up) == "13%");
    CHECK(percent(eighth, 0, rounding::half_even) == "12%");
    CHECK(percent(eighth, 0, rounding::toward_zero) == "12%");
}

TEST_CASE("a full cohort prints 100%") {
    CHECK(percent(cohort<industrial>{56, 56}.work_rate(), 0, rounding::half_up) == "100%");
    CHECK(percent(cohort<industrial>{56, 56}.work_rate(), 1, rounding::half_up) == "100.0%");
}

TEST_CASE("a floating-point rate prints from its shortest form") {
    const rate<production_restoration, double> r{727.0, 1'000.0};
    CHECK(percent(r, 1, rounding::half_up) == "72.7%");
    CHECK(percent(rate<production_restoration, double>{1.0, 8.0}, 0, rounding::half_even) == "12%");
}

TEST_CASE("a printed rate prints back as printed") {
    CHECK(percent(rate<production_restoration>{72.7_percent}, 1, rounding::half_up) == "72.7%");
    CHECK(rounded_percent(rate<work_resumption>{95_percent}, 0, rounding::half_up) ==
          decimal{95, 0});
}

TEST_CASE("differences of rates print in percentage points") {
    const rate<work_resumption> large{1'265, 1'331};
    const rate<work_resumption> small{5'215, 6'350};
    CHECK(points(large - small, 1, rounding::half_up) == "12.9 percentage points");
    CHECK(points(small - large, 1, rounding::half_up) == "-12.9 percentage points");
    const rate<production_restoration, double> a{0.9, 1.0};
    const rate<production_restoration, double> b{0.75, 1.0};
    CHECK(points(a - b, 1, rounding::half_up) == "15.0 percentage points");
}

TEST_CASE("counts print with thousands separators") {
    CHECK(figure(7'681) == "7,681");
    CHECK(figure(248'000) == "248,000");
    CHECK(figure(66) == "66");
    CHECK(figure(0) == "0");
    CHECK(figure(-1'201) == "-1,201");
    CHECK(figure(1'234'567'890LL) == "1,234,567,890");
}

TEST_CASE("numbers print rounded, with separators and scales") {
    CHECK(figure(1'529.0, 0, rounding::half_up) == "1,529");
    CHECK(figure(1'529.04, 1, rounding::half_up) == "1,529.0");
    CHECK(figure(28.92e6, scale::million, 2, rounding::half_up) == "28.92 million");
    CHECK(figure(4.76e6, scale::million, 2, rounding::half_up) == "4.76 million");
    CHECK(figure(470'000.0, scale::thousand, 0, rounding::half_up) == "470 thousand");
    CHECK(figure(1.5e9, scale::billion, 1, rounding::half_up) == "1.5 billion");
}

TEST_CASE("quantities and outputs print with their unit symbol") {
    CHECK(figure(248'000 * persons) == "248,000 persons");
    CHECK(figure(57'000 * vehicle_passages) == "57,000 vehicle-times");
    const output<disinfectant> d = 1'529.0 * tonnes;
    CHECK(figure(d, 0, rounding::half_up) == "1,529 t");
    CHECK(figure(d.in(kilograms), 0, rounding::half_up) == "1,529,000 kg");
    CHECK(figure(output<protective_suit>(470'000.0 * pieces), 0, rounding::half_up) ==
          "470,000 pcs");
}

TEST_CASE("a precision the formatter does not support is rejected") {
    const rate<work_resumption> r{1, 3};
    CHECK_THROWS_WITH_AS(percent(r, 9, rounding::half_up),
                         "precision of 9 decimals is outside the supported 0 to 6",
                         std::invalid_argument);
    CHECK_THROWS_AS(figure(1.0, -1, rounding::half_up), std::invalid_argument);
}

TEST_CASE("a rounding rule cast from an int that names none is refused everywhere it enters") {
    const rate<work_resumption> r{6'480, 7'681};
    const auto unknown = static_cast<rounding>(5);
    CHECK_THROWS_WITH_AS(percent(r, 1, unknown),
                         "rounding rule 5 is none of restoration::rounding's five",
                         std::invalid_argument);
    CHECK_THROWS_AS(points(r - r, 1, unknown), std::invalid_argument);
    CHECK_THROWS_AS(figure(1.5, 0, unknown), std::invalid_argument);
}

TEST_CASE("decimal places are checked where they are stated") {
    const rate<work_resumption> r{6'480, 7'681};
    CHECK_THROWS_WITH_AS(percent(r, 7, rounding::half_up),
                         "precision of 7 decimals is outside the supported 0 to 6",
                         std::invalid_argument);
    CHECK_THROWS_AS(percent(r, -1, rounding::half_up), std::invalid_argument);
    CHECK_THROWS_AS(percent(r, 4'294'967'297LL, rounding::half_up), std::invalid_argument);
    CHECK(percent(r, 6, rounding::half_up) == "84.364015%");
}

TEST_CASE("points of a difference of floating-point rates are exact") {
    const rate<production_restoration, double> may{0.727, 1.0};
    const rate<production_restoration, double> april{0.598, 1.0};
    CHECK(points(may - april, 1, rounding::toward_zero) == "12.9 percentage points");
    CHECK(points(april - may, 1, rounding::toward_zero) == "-12.9 percentage points");
    // 0.1 + 0.2 is the double 0.30000000000000004: a hair above 30%, and away from zero says so.
    const rate<production_restoration, double> sum{0.1 + 0.2, 1.0};
    CHECK(percent(sum, 6, rounding::away_from_zero) == "30.000001%");
    CHECK(percent(sum, 6, rounding::half_up) == "30.000000%");
}

TEST_CASE("a figure too large to round is refused with its figures") {
    CHECK_THROWS_WITH_AS(percent(rate<production_restoration, double>{1e300, 1e-300}, 0,
                                 rounding::half_up),
                         "(1e300/1e-300) x 10^2 has a magnitude not below the largest int64 "
                         "(9,223,372,036,854,775,807): a rounded figure is kept below it, so "
                         "that any rule's step up by one still fits",
                         std::overflow_error);
    // The smallest int64 is refused for its magnitude, under any rule: the message said it was
    // "not below the largest", and named rounding away from zero where half up was asked.
    CHECK_THROWS_WITH_AS(figure(std::numeric_limits<std::int64_t>::min(), 0, rounding::half_up),
                         "(-9,223,372,036,854,775,808/1) x 10^0 has a magnitude not below the "
                         "largest int64 (9,223,372,036,854,775,807): a rounded figure is kept "
                         "below it, so that any rule's step up by one still fits",
                         std::overflow_error);
    CHECK(figure(std::numeric_limits<std::int64_t>::min()) == "-9,223,372,036,854,775,808");
}

TEST_CASE("a scale cast from an int that names none is refused") {
    for (const int none : {0, 5, 7, 10, -3}) {
        CHECK_THROWS_WITH_AS(figure(28.92e6, static_cast<scale>(none), 2, rounding::half_up),
                             ("scale " + std::to_string(none) +
                              " is none of thousand, 万, million, 亿 and billion")
                                 .c_str(),
                             std::invalid_argument);
    }
}

TEST_CASE("figures print in 万 and 亿 as the Chinese bulletins print them") {
    // No thousands grouping and no space before the scale: "28.38万人", "约3320亿元".
    CHECK(figure(28.92e6, scale::wan, 2, rounding::half_up) == "2892.00万");
    CHECK(figure(283'800.0, scale::wan, 2, rounding::half_up) == "28.38万");
    CHECK(figure(3'320e8, scale::yi, 0, rounding::half_up) == "3320亿");
    CHECK(figure(1.2e12, scale::yi, 1, rounding::half_up) == "12000.0亿");
    CHECK(figure(-15'000.0, scale::wan, 1, rounding::half_up) == "-1.5万");
    CHECK(to_string(scale::wan) == "万");
    CHECK(to_string(scale::yi) == "亿");
    // The point moves before rounding, exactly: 5,000 is 0.5万, a tie; 0.15万 is 1,500.
    CHECK(figure(5'000.0, scale::wan, 0, rounding::half_up) == "1万");
    CHECK(figure(5'000.0, scale::wan, 0, rounding::half_even) == "0万");
    CHECK(figure(1'500.0, scale::wan, 1, rounding::half_down) == "0.1万");
    CHECK(figure(1'500.0, scale::wan, 1, rounding::half_up) == "0.2万");
    // 2.675 is a double just below 2.675; 26,750 is exact: half up to two decimals of 万 is 2.68.
    CHECK(figure(26'750.0, scale::wan, 2, rounding::half_up) == "2.68万");
    CHECK(figure(0.00015, scale::wan, 6, rounding::half_up) == "0.000000万");
}

namespace {

// n / 10^shift rounded to `places` decimals by `rule`, in integers only, and written out with no
// grouping: the reference for the scales, written apart from the library's rounding.
std::string scaled_by_hand(std::int64_t n, int shift, int places, rounding rule) {
    std::int64_t divisor = 1;
    for (int i = places; i < shift; ++i) {
        divisor *= 10;
    }
    const std::int64_t magnitude = n < 0 ? -n : n;
    std::int64_t units = magnitude / divisor;
    const std::int64_t remainder = magnitude % divisor;
    const bool up = [&] {
        switch (rule) {
        case rounding::toward_zero: return false;
        case rounding::away_from_zero: return remainder != 0;
        case rounding::half_up: return 2 * remainder >= divisor;
        case rounding::half_down: return 2 * remainder > divisor;
        case rounding::half_even:
            return 2 * remainder > divisor || (2 * remainder == divisor && units % 2 == 1);
        }
        return false;
    }();
    units += up ? 1 : 0;
    std::string digits = std::to_string(units);
    if (places > 0) {
        const int missing = places + 1 - static_cast<int>(digits.size());  // 0.05: "5" to "005"
        digits.insert(0, static_cast<std::size_t>(std::max(0, missing)), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(places), ".");
    }
    return (n < 0 && units != 0 ? "-" : "") + digits;
}

}  // namespace

TEST_CASE("万 and 亿 round as integer arithmetic does, for every rule and every precision") {
    int compared = 0;
    for (std::int64_t n = -40'000; n <= 40'000; n += 37) {
        for (const std::int64_t value : {n, n * 9'973}) {  // up to about 4 x 10^8: 亿 too
            for (const rounding rule : all_rounding_rules) {
                for (int places = 0; places <= 4; ++places) {
                    const double v = static_cast<double>(value);
                    if (figure(v, scale::wan, places, rule) !=
                            scaled_by_hand(value, 4, places, rule) + "万" ||
                        figure(v, scale::yi, places, rule) !=
                            scaled_by_hand(value, 8, places, rule) + "亿") {
                        FAIL_CHECK(value << " to " << places << " decimals " << to_string(rule));
                    }
                    ++compared;
                }
            }
        }
    }
    CHECK(compared > 50'000);
}

TEST_CASE("a float rate minus a double rate keeps the float's figures as written") {
    const rate<production_restoration, float> f{0.15f, 1.0f};
    const rate<production_restoration, double> zero{0.0, 1.0};
    CHECK(percent(f, 0, rounding::half_up) == "15%");
    CHECK(points(f - zero, 0, rounding::half_up) == "15 percentage points");
}

TEST_CASE("an output of -0.0, taken as 0, prints as 0") {
    const output<disinfectant> none = -0.0 * tonnes;
    CHECK(to_string(none) == "0 t of disinfectant");
    CHECK(to_string(output<disinfectant>{0.0 * tonnes}) == "0 t of disinfectant");
}

TEST_CASE("an output without a rule prints its figure written out, as bulletins do") {
    // The shortest form would be "2.8e+07" and "1e+06": never in a bulletin.
    CHECK(to_string(output<face_mask>{28e6 * pieces}) == "28,000,000 pcs of face masks");
    CHECK(to_string(output<disinfectant>{1e6 * tonnes}) == "1,000,000 t of disinfectant");
    CHECK(to_string(output<disinfectant>{1e6 * kilograms}) == "1,000 t of disinfectant");
    CHECK(to_string(output<disinfectant>{0.0003 * tonnes}) == "0.0003 t of disinfectant");
    CHECK(to_string(output<disinfectant>{28.92e6 * tonnes}) == "28,920,000 t of disinfectant");
}

TEST_CASE("figure rounds a count, a float and a double as each is, as round_value does") {
    // A count past 2^53 went through a double and came back another count; a float was rounded
    // from its double expansion (2.675f is 2.67499995... as a double), not from 2.675.
    const std::int64_t count = 9'007'199'254'740'993;
    CHECK(figure(count, 0, rounding::half_up) == "9,007,199,254,740,993");
    CHECK(figure(count, scale::thousand, 3, rounding::half_up) ==
          "9,007,199,254,740.993 thousand");
    CHECK(figure(2.675f, 2, rounding::half_up) == "2.68");
    CHECK(figure(1.005f, 2, rounding::half_up) == "1.01");
    CHECK(figure(2.675, 2, rounding::half_up) == "2.68");
    CHECK(figure(7'681U, 0, rounding::half_up) == "7,681");
    CHECK(figure(std::uint64_t{18'446'744'073'709'551'615U}) == "18,446,744,073,709,551,615");
    CHECK_THROWS_AS(figure(std::uint64_t{18'446'744'073'709'551'615U}, 0, rounding::half_up),
                    std::overflow_error);
    // Against the exact digits, for counts on both sides of 2^53 and every rule: a count is
    // printed whole, grouped, whatever the rule.
    for (std::int64_t k = (std::int64_t{1} << 53) - 50; k < (std::int64_t{1} << 53) + 50; ++k) {
        for (const rounding rule : {rounding::half_up, rounding::half_even, rounding::toward_zero}) {
            REQUIRE(figure(k, 0, rule) == figure(k));
        }
    }
}
