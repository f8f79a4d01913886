// regions_test.cpp: pooling through counts, the mean of rates by name, and rankings that differ.
#include <restoration/regions.hpp>

#include <doctest/doctest.h>

#include <array>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

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
