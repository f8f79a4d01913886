// regions_test.cpp: pooling through counts, the mean of rates by name, and rankings that differ.
#include <restoration/regions.hpp>

#include <doctest/doctest.h>

#include <array>
#include <compare>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include <restoration/format.hpp>

#include "reference.hpp"

using namespace restoration;

namespace {

// Made-up cities: A has one tiny district doing well and a large one doing badly.
std::vector<regions<industrial>> made_up_cities() {
    regions<industrial> a{"City A"};
    a.add("A-North", {10, 9});
    a.add("A-South", {1'000, 300});
    regions<industrial> b{"City B"};
    b.add("B-East", {100, 50});
    b.add("B-West", {100, 50});
    return {a, b};
}

}  // namespace

TEST_CASE("a city's rate is the rate of its pooled counts") {
    const auto cities = made_up_cities();
    CHECK(cities[0].pooled() == cohort<industrial>{1'010, 309});
    CHECK(cities[0].pooled().work_rate() == rate<work_resumption>{309, 1'010});
}

TEST_CASE("the mean of rates is available only by its name, with its gap to the pooled rate") {
    const auto cities = made_up_cities();
    CHECK(cities[0].unweighted_mean_of_rates().to_double() == doctest::Approx(0.6));
    CHECK(cities[0].mean_minus_pooled().to_double() ==
          doctest::Approx(60.0 - 100.0 * 309.0 / 1'010.0));
}

TEST_CASE("the two measures rank the same cities in opposite orders") {
    const auto cities = made_up_cities();
    CHECK(rank(cities, rate_measure::pooled) == std::vector<std::string>{"City B", "City A"});
    CHECK(rank(cities, rate_measure::mean_of_rates) ==
          std::vector<std::string>{"City A", "City B"});
}

TEST_CASE("cities rank from a vector, an array, a C array or a span") {
    const std::vector<std::string> by_pooled{"City B", "City A"};
    const std::vector<std::string> by_mean{"City A", "City B"};
    std::vector<regions<industrial>> vector = made_up_cities();
    const std::vector<regions<industrial>>& const_vector = vector;
    const std::array<regions<industrial>, 2> array{vector[0], vector[1]};
    const regions<industrial> c_array[] = {vector[0], vector[1]};
    const std::span<const regions<industrial>> span{vector};

    CHECK(rank(vector, rate_measure::pooled) == by_pooled);
    CHECK(rank(const_vector, rate_measure::pooled) == by_pooled);
    CHECK(rank(made_up_cities(), rate_measure::pooled) == by_pooled);
    CHECK(rank(array, rate_measure::pooled) == by_pooled);
    CHECK(rank(c_array, rate_measure::pooled) == by_pooled);
    CHECK(rank(span, rate_measure::pooled) == by_pooled);
    CHECK(rank(std::span{vector}, rate_measure::mean_of_rates) == by_mean);
    CHECK(rank(array, rate_measure::mean_of_rates) == by_mean);
    CHECK(rank(c_array, rate_measure::mean_of_rates) == by_mean);
    CHECK(rank(std::vector<regions<industrial>>{}, rate_measure::pooled).empty());
}

TEST_CASE("regions rank from the highest rate down, ties in order") {
    regions<industrial> city{"City"};
    city.add("low", {10, 1});
    city.add("high", {10, 9});
    city.add("also high", {20, 18});
    const auto order = city.ranked();
    CHECK(order[0].label == "high");
    CHECK(order[1].label == "also high");
    CHECK(order[2].label == "low");
}

TEST_CASE("labels are unique and an empty set has no rate") {
    regions<industrial> city{"City"};
    CHECK_THROWS_WITH_AS(city.pooled(), "City has no regions to pool", std::domain_error);
    city.add("North", {10, 9});
    CHECK_THROWS_WITH_AS(city.add("North", {5, 5}), "City already has a region labelled \"North\"",
                         std::invalid_argument);
}

TEST_CASE("a region with no enterprises in scope is refused where it comes in") {
    regions<industrial> city{"City"};
    city.add("North", {10, 9});
    CHECK_THROWS_WITH_AS(city.add("Empty", {0, 0}),
                         "City: region \"Empty\" has 0 industrial enterprises in scope (0 "
                         "resumed): a region with nothing in scope has no rate to average or rank",
                         std::invalid_argument);
    // The set is as it was: every region has a rate, so it averages and ranks.
    REQUIRE(city.entries().size() == 1);
    CHECK(city.unweighted_mean_of_rates().to_double() == doctest::Approx(0.9));
    CHECK(city.ranked().size() == 1);
    const std::vector<regions<industrial>> cities{city};
    CHECK(rank(cities, rate_measure::mean_of_rates) == std::vector<std::string>{"City"});
}

TEST_CASE("a measure cast from an int that names none is refused") {
    regions<industrial> city{"City"};
    city.add("North", {10, 9});
    const std::vector<regions<industrial>> cities{city};
    CHECK_THROWS_WITH_AS(rank(cities, static_cast<rate_measure>(2)),
                         "rate measure 2 is neither pooled nor mean_of_rates",
                         std::invalid_argument);
}

// ---- The mean of rates, exact, against __int128 fractions -----------------------------------

namespace {


// numerator / denominator (denominator > 0, numerator of any sign) x 10^(places + 2), rounded.

struct reference_fraction {
    reference::int128 numerator;
    reference::int128 denominator;
};

// (sum of resumed_i / in_scope_i) / k, over the least common denominator.
reference_fraction reference_mean(const std::vector<cohort<industrial>>& cohorts) {
    reference::int128 common = 1;
    for (const auto& c : cohorts) {
        common = reference::lcm(common, static_cast<reference::int128>(c.in_scope()));
    }
    reference::int128 sum = 0;
    for (const auto& c : cohorts) {
        sum += c.resumed() * (common / c.in_scope());
    }
    return {sum, common * static_cast<reference::int128>(cohorts.size())};
}

}  // namespace

TEST_CASE("the mean of rates is exact: 10% and 20% average to 15%, 0 points from 3/20") {
    regions<industrial> city{"City"};
    city.add("North", {10, 1});
    city.add("South", {10, 2});
    CHECK(percent(city.unweighted_mean_of_rates(), 2, rounding::away_from_zero) == "15.00%");
    CHECK(points(city.mean_minus_pooled(), 2, rounding::away_from_zero) ==
          "0.00 percentage points");
    CHECK(city.unweighted_mean_of_rates() == city.pooled().work_rate());
    CHECK(city.unweighted_mean_of_rates() == rate<work_resumption>{3, 20});
    CHECK(to_string(city.unweighted_mean_of_rates()) == "(1/10 + 2/10) / 2");
    CHECK(to_string(city.mean_minus_pooled()) ==
          "((1/10 + 2/10) / 2 - 3/20) x 100 percentage points");
    CHECK(city.mean_minus_pooled().to_double() == doctest::Approx(0.0));
}

TEST_CASE("means of rates and their gaps match __int128 fractions for every small set") {
    // Every set of two or three regions of 1 to 5 enterprises, each rule, at 0 and 3 decimals.
    std::vector<cohort<industrial>> all;
    for (std::int64_t in_scope = 1; in_scope <= 5; ++in_scope) {
        for (std::int64_t resumed = 0; resumed <= in_scope; ++resumed) {
            all.push_back({in_scope, resumed});
        }
    }
    std::vector<regions<industrial>> cities;
    std::vector<std::vector<cohort<industrial>>> sets;
    for (std::size_t a = 0; a < all.size(); ++a) {
        for (std::size_t b = a; b < all.size(); ++b) {
            for (std::size_t c = b; c <= all.size(); ++c) {
                std::vector<cohort<industrial>> set{all[a], all[b]};
                if (c < all.size()) {
                    set.push_back(all[c]);
                }
                regions<industrial> city{"City " + std::to_string(cities.size())};
                for (std::size_t i = 0; i < set.size(); ++i) {
                    city.add(std::to_string(i), set[i]);
                }
                const reference_fraction mean = reference_mean(set);
                const cohort<industrial> pool = city.pooled();
                // mean - pooled = (sum x in_scope - resumed x denominator) / (denominator x in_scope)
                const reference::int128 gap_numerator =
                    mean.numerator * pool.in_scope() - pool.resumed() * mean.denominator;
                const reference::int128 gap_denominator = mean.denominator * pool.in_scope();
                const auto mean_of_city = city.unweighted_mean_of_rates();
                const auto gap = city.mean_minus_pooled();
                for (const rounding rule : all_rounding_rules) {
                    for (const int places : {0, 3}) {
                        CHECK_EQ(rounded_percent(mean_of_city, places, rule).units,
                                 reference::rounded_percent(mean.numerator, mean.denominator, places, rule));
                        CHECK_EQ(rounded_points(gap, places, rule).units,
                                 reference::rounded_percent(gap_numerator, gap_denominator, places, rule));
                    }
                }
                CHECK_EQ(mean_of_city <=> pool.work_rate(), gap_numerator <=> 0);
                cities.push_back(std::move(city));
                sets.push_back(std::move(set));
            }
        }
    }
    // Means compare exactly: against a sample of others, by cross-multiplication.
    for (std::size_t i = 0; i < cities.size(); i += 7) {
        for (std::size_t j = 0; j < cities.size(); j += 13) {
            const reference_fraction a = reference_mean(sets[i]);
            const reference_fraction b = reference_mean(sets[j]);
            CHECK_EQ(cities[i].unweighted_mean_of_rates() <=> cities[j].unweighted_mean_of_rates(),
                     a.numerator * b.denominator <=> b.numerator * a.denominator);
        }
    }
}

TEST_CASE("cities whose means of rates differ by less than a double's step rank exactly") {
    // (1/10 + 2/10) / 2 and (3/10 + 0/10) / 2 are both 15%; in doubles 0.1 + 0.2 is
    // 0.30000000000000004, above 0.3, and A would rank first. Ties keep their order.
    regions<industrial> a{"A"};
    a.add("1", {10, 1});
    a.add("2", {10, 2});
    regions<industrial> b{"B"};
    b.add("1", {10, 3});
    b.add("2", {10, 0});
    const std::vector<regions<industrial>> cities{b, a};
    CHECK(a.unweighted_mean_of_rates() == b.unweighted_mean_of_rates());
    CHECK(rank(cities, rate_measure::mean_of_rates) == std::vector<std::string>{"B", "A"});
}

TEST_CASE("an empty mean of rates is refused, not NaN") {
    const mean_of_rates<work_resumption> none;
    CHECK_THROWS_WITH_AS(none.to_double(),
                         "a mean of no work resumption rates is undefined: there is nothing to "
                         "average",
                         std::domain_error);
    CHECK_THROWS_AS(percent(none, 1, rounding::half_up), std::domain_error);
}
