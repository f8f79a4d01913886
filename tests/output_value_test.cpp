// output_value_test.cpp: production weighted by output value, against the mean of ratios.
#include <restoration/output_value.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>
#include <stdexcept>

#include <restoration/format.hpp>

#include "reference.hpp"

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

TEST_CASE("the sums are the exact sums of the values as written: 0.1 + 0.2 of 1 + 1 is 15%") {
    production_by_value p;
    p.add(0.1 * yuan, 1.0 * yuan);
    p.add(0.2 * yuan, 1.0 * yuan);
    CHECK(percent(p.restoration(), 0, rounding::away_from_zero) == "15%");
    CHECK(percent(p.unweighted_mean_of_ratios(), 0, rounding::away_from_zero) == "15%");
    CHECK(p.now().value() == 0.3);  // the double whose shortest form is 0.3
    CHECK(to_string(p.restoration()) == "0.3/2");
    CHECK(p.unweighted_mean_of_ratios() == p.restoration());
}

namespace {


}  // namespace

TEST_CASE("restoration and the mean of ratios match __int128 sums of the values' digits") {
    // Values in fen (hundredths of a yuan), a few entries at a time, every rule.
    std::mt19937_64 random(72'7);
    for (int round = 0; round < 2'000; ++round) {
        production_by_value p;
        const std::size_t count = 1 + random() % 4;
        reference::int128 now = 0;
        reference::int128 baseline = 0;
        reference::int128 ratios = 0;  // sum of now_i / baseline_i over `common`
        reference::int128 common = 1;
        std::vector<std::pair<std::int64_t, std::int64_t>> entries;
        for (std::size_t i = 0; i < count; ++i) {
            const auto fen_now = static_cast<std::int64_t>(random() % 1'000'000);
            const auto fen_baseline = static_cast<std::int64_t>(1 + random() % 1'000'000);
            entries.emplace_back(fen_now, fen_baseline);
            common = reference::lcm(common, static_cast<reference::int128>(fen_baseline));
            now += fen_now;
            baseline += fen_baseline;
            p.add(static_cast<double>(fen_now) / 100.0 * yuan,
                  static_cast<double>(fen_baseline) / 100.0 * yuan);
        }
        for (const auto& [fen_now, fen_baseline] : entries) {
            ratios += fen_now * (common / fen_baseline);
        }
        for (const rounding rule : all_rounding_rules) {
            CHECK_EQ(rounded_percent(p.restoration(), 2, rule).units,
                     reference::rounded_percent(now, baseline, 2, rule));
            CHECK_EQ(rounded_percent(p.unweighted_mean_of_ratios(), 2, rule).units,
                     reference::rounded_percent(ratios, common * static_cast<reference::int128>(count), 2,
                                       rule));
        }
    }
}

TEST_CASE("a sum no double holds is refused, as is one past 128 bits") {
    production_by_value p;
    p.add(1e17 * yuan, 1.0 * yuan);
    p.add(0.1 * yuan, 1.0 * yuan);
    CHECK_THROWS_AS(p.now(), std::overflow_error);  // 10^17 + 0.1: the nearest is 10^17
    CHECK(p.baseline().value() == 2.0);
    // A computed value is its shortest form, 17 digits (1.0 / 3 is 0.3333333333333333); a sum
    // of it and 10 has 18, which no double holds: refused, never rounded in silence.
    production_by_value computed;
    computed.add(10.0 * yuan, 20.0 * yuan);
    computed.add((1.0 / 3) * yuan, 1.0 * yuan);
    CHECK_THROWS_AS(computed.restoration(), std::overflow_error);
    CHECK(computed.baseline().value() == 21.0);

    production_by_value far;
    far.add(1e300 * yuan, 1.0 * yuan);
    CHECK_THROWS_WITH_AS(far.add(0.5 * yuan, 1.0 * yuan),
                         "summing output value now: 1e300 + 0.5 yuan has no exact sum within 128 "
                         "bits at the finer exponent",
                         std::overflow_error);
    CHECK(far.entries() == 1);
    CHECK(far.now().value() == 1e300);
}

TEST_CASE("a value sum with more digits than a double holds is refused, not rounded") {
    // 2^53 + 1 yuan: the nearest double is 2^53, another figure, and the rate of it would judge
    // a printed 100.000001% wrongly under away_from_zero.
    production_by_value p;
    p.add(9007199254740992.0 * yuan, 9007199254740992.0 * yuan);
    p.add(1.0 * yuan, 0.0 * yuan);
    CHECK_THROWS_WITH_AS(p.now(),
                         "output value now sums to exactly 9,007,199,254,740,993, which no double "
                         "holds: more digits than a double's shortest form, or past the largest "
                         "double",
                         std::overflow_error);
    CHECK(p.baseline().value() == 9007199254740992.0);  // 2^53 alone is a double's own
    // Yuan and fen past 10^15: 10^15 + 0.01 has 18 digits.
    production_by_value q;
    q.add(1e15 * yuan, 1.0 * yuan);
    q.add(0.01 * yuan, 1.0 * yuan);
    CHECK_THROWS_AS(q.now(), std::overflow_error);
    // 17 digits that are a double's shortest form are kept: 0.1 + 0.2 is 0.3.
    production_by_value r;
    r.add(0.1 * yuan, 1.0 * yuan);
    r.add(0.2 * yuan, 1.0 * yuan);
    CHECK(r.now().value() == 0.3);
    production_by_value s;
    s.add(1234567890.1234567 * yuan, 1.0 * yuan);
    CHECK(s.now().value() == 1234567890.1234567);
}
