// cohort_test.cpp: counts checked at construction, complements, pooling and the exact work rate.
#include <restoration/cohort.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

using namespace restoration;

struct auto_parts {
    using parent = above_designated_size;
    static constexpr std::string_view name = "auto parts makers";
};

// Cohorts of different scopes are different types, and cost two counts.
static_assert(!std::is_convertible_v<cohort<industrial>, cohort<above_designated_size>>);
static_assert(sizeof(cohort<industrial>) == 2 * sizeof(std::int64_t));
static_assert(sizeof(cohort<industrial, std::int32_t>) == 2 * sizeof(std::int32_t));

TEST_CASE("a cohort keeps its counts and derives those not resumed") {
    const cohort<industrial> all{7'681, 6'480};
    CHECK(all.in_scope() == 7'681);
    CHECK(all.resumed() == 6'480);
    CHECK(all.not_resumed() == 1'201);
    CHECK_FALSE(all.all_resumed());
    CHECK(cohort<pharmaceutical_above_designated_size>{56, 56}.all_resumed());
}

TEST_CASE("the work rate is the exact fraction of the counts") {
    const auto r = cohort<industrial>{7'681, 6'480}.work_rate();
    CHECK(std::is_same_v<decltype(r), const rate<work_resumption, std::int64_t>>);
    CHECK(r.numerator() == 6'480);
    CHECK(r.denominator() == 7'681);
}

TEST_CASE("all industrial enterprises less those above designated size are those below it") {
    const cohort<industrial> all{7'681, 6'480};
    const cohort<above_designated_size> large{1'331, 1'265};
    const auto small = all - large;
    CHECK(std::is_same_v<decltype(small), const cohort<below_designated_size>>);
    CHECK(small.in_scope() == 6'350);
    CHECK(small.resumed() == 5'215);
    CHECK(small.not_resumed() == 1'135);
    // And back: the parent less the complement is the sub-cohort.
    CHECK(all - small == large);
}

TEST_CASE("a complement keeps the count type, however narrow") {
    // int16 counts subtract as int: the complement came out a cohort of int counts.
    const cohort<industrial, std::int16_t> all{7'681, 6'480};
    const cohort<above_designated_size, std::int16_t> large{1'331, 1'265};
    const auto small = all - large;
    CHECK(std::is_same_v<decltype(small), const cohort<below_designated_size, std::int16_t>>);
    CHECK(small == cohort<below_designated_size, std::int16_t>{6'350, 5'215});
    const cohort<industrial, std::int8_t> few{100, 90};
    const cohort<above_designated_size, std::int8_t> some{10, 9};
    CHECK(std::is_same_v<decltype(few - some), cohort<below_designated_size, std::int8_t>>);
}

TEST_CASE("a sub-scope without a declared complement leaves the rest of its parent") {
    const cohort<above_designated_size> large{1'331, 1'265};
    const cohort<auto_parts> parts{200, 190};
    const auto rest = large - parts;
    CHECK(std::is_same_v<decltype(rest), const cohort<rest_of<auto_parts>>>);
    CHECK(rest.in_scope() == 1'131);
    CHECK(rest.resumed() == 1'075);
    CHECK(large - rest == parts);
}

TEST_CASE("cohorts of one scope pool by adding counts") {
    const cohort<industrial> north{100, 90};
    const cohort<industrial> south{1'000, 500};
    const auto city = north + south;
    CHECK(city.in_scope() == 1'100);
    CHECK(city.resumed() == 590);
}

TEST_CASE("a running total starts empty and pools with +=, as + does") {
    constexpr cohort<industrial> empty;
    static_assert(empty.in_scope() == 0 && empty.resumed() == 0);
    std::map<std::string, cohort<industrial>> by_district;
    by_district["Chaoyang"] += cohort<industrial>{100, 90};
    by_district["Chaoyang"] += cohort<industrial>{1'000, 500};
    by_district["Nanguan"] = by_district["Nanguan"] + cohort<industrial>{7, 7};
    CHECK(by_district["Chaoyang"] == cohort<industrial>{1'100, 590});
    CHECK(by_district["Nanguan"] == cohort<industrial>{7, 7});
    CHECK_THROWS_AS(cohort<industrial>{}.work_rate(), std::domain_error);
}

TEST_CASE("+= and + agree with the sums of the counts, and a refused += changes nothing") {
    std::mt19937_64 random(13);
    cohort<industrial, std::int16_t> total;
    std::int64_t in_scope = 0;
    std::int64_t resumed = 0;
    for (int i = 0; i < 100'000; ++i) {
        const auto n = static_cast<std::int16_t>(random() % 200);
        const auto k = static_cast<std::int16_t>(random() % static_cast<unsigned>(n + 1));
        const cohort<industrial, std::int16_t> part{n, k};
        const cohort<industrial, std::int16_t> before = total;
        if (in_scope + n > std::numeric_limits<std::int16_t>::max()) {
            CHECK_THROWS_AS(total += part, std::overflow_error);
            CHECK_THROWS_AS(total + part, std::overflow_error);
            REQUIRE(total == before);
            total = {};
            in_scope = 0;
            resumed = 0;
            continue;
        }
        const auto sum = total + part;
        total += part;
        REQUIRE(total == sum);
        in_scope += n;
        resumed += k;
        REQUIRE(total.in_scope() == in_scope);
        REQUIRE(total.resumed() == resumed);
    }
}

TEST_CASE("resumed beyond the enterprises in scope is rejected with both figures") {
    CHECK_THROWS_WITH_AS((cohort<above_designated_size>{1'331, 1'400}),
                         "resumed (1,400) exceeds enterprises in scope (1,331) of industrial "
                         "enterprises above designated size",
                         std::invalid_argument);
}

TEST_CASE("negative counts are rejected") {
    CHECK_THROWS_WITH_AS((cohort<industrial>{-1, 0}),
                         "enterprises in scope cannot be negative (-1 industrial enterprises)",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS((cohort<industrial>{10, -3}),
                         "resumed cannot be negative (-3 industrial enterprises)",
                         std::invalid_argument);
}

TEST_CASE("counts that do not fit the count type are rejected, not wrapped") {
    CHECK_THROWS_WITH_AS((cohort<industrial, std::int32_t>{5'000'000'000LL, 1}),
                         "enterprises in scope (5,000,000,000 industrial enterprises) does not "
                         "fit the cohort's count type, at most 2,147,483,647",
                         std::overflow_error);
    CHECK_THROWS_AS((cohort<industrial>{std::numeric_limits<std::uint64_t>::max(), 0}),
                    std::overflow_error);
}

TEST_CASE("a sub-cohort larger than its parent is rejected") {
    const cohort<industrial> all{1'000, 900};
    CHECK_THROWS_WITH_AS((all - cohort<above_designated_size>{1'331, 800}),
                         "industrial enterprises above designated size: in scope (1,331) exceeds "
                         "that of industrial enterprises (1,000)",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS((all - cohort<above_designated_size>{950, 950}),
                         "industrial enterprises above designated size: resumed (950) exceeds "
                         "that of industrial enterprises (900)",
                         std::invalid_argument);
    // Fits in both counts, but leaves more enterprises not resumed than the parent has.
    CHECK_THROWS_WITH_AS((all - cohort<above_designated_size>{500, 350}),
                         "industrial enterprises above designated size: not resumed (150) "
                         "exceeds that of industrial enterprises (100)",
                         std::invalid_argument);
}

TEST_CASE("the work rate of an empty cohort is undefined") {
    const cohort<specialized_innovative> none{0, 0};
    CHECK(none.all_resumed());
    CHECK_THROWS_WITH_AS(none.work_rate(),
                         "the work rate of an empty cohort (0 specialized, sophisticated, "
                         "distinctive and innovative enterprises (provincial level or above) in "
                         "scope) is undefined",
                         std::domain_error);
}

TEST_CASE("pooling that would overflow the count type throws") {
    const cohort<industrial, std::int32_t> big{std::numeric_limits<std::int32_t>::max(), 1};
    CHECK_THROWS_WITH_AS(big + big,
                         "pooling cohorts: 2,147,483,647 + 2,147,483,647 overflows the count "
                         "type (at most 2,147,483,647)",
                         std::overflow_error);
}

TEST_CASE("cohorts compare equal when their counts are") {
    CHECK(cohort<industrial>{10, 5} == cohort<industrial>{10, 5});
    CHECK(cohort<industrial>{10, 5} != cohort<industrial>{10, 6});
}

TEST_CASE("a count too large for the cohort's count type is refused with the scope and the limit") {
    CHECK_THROWS_WITH_AS((cohort<industrial, std::int8_t>{200, 1}),
                         "enterprises in scope (200 industrial enterprises) does not fit the "
                         "cohort's count type, at most 127",
                         std::overflow_error);
}
