// The first include is the header under test.
#include <restoration/share.hpp>

#include <restoration/audit.hpp>
#include <restoration/cohort.hpp>
#include <restoration/format.hpp>
#include <restoration/scope.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <stdexcept>
#include <type_traits>

using namespace restoration;

namespace {

// A share is a rate of a kind of its own: not a work rate, and not another whole's share.
static_assert(!std::is_convertible_v<share<whole::resumed>, rate<work_resumption>>);
static_assert(!std::is_convertible_v<share<whole::resumed>, share<whole::in_scope>>);
static_assert(!std::is_convertible_v<share<whole::in_scope>, share<whole::in_scope, by_value>>);
static_assert(sizeof(share<whole::resumed>) == 2 * sizeof(std::int64_t));

}  // namespace

TEST_CASE("a share names its whole and what it counts") {
    CHECK(share_of<whole::resumed>::name == "share of those resumed, by count");
    CHECK(share_of<whole::in_scope, by_value>::name == "share of those in scope, by output value");
}

TEST_CASE("a share of a cohort's resumed enterprises, or of those in scope") {
    const cohort<above_designated_size> large{1'331, 1'265};
    const auto staffed = share_of_resumed(large, 1'200);  // staff back above 90%, say
    CHECK(staffed.numerator() == 1'200);
    CHECK(staffed.denominator() == 1'265);
    CHECK(percent(staffed, 1, rounding::half_up) == "94.9%");
    const auto of_all = share_of_in_scope(large, 1'200);
    CHECK(of_all.denominator() == 1'331);
    CHECK(of_all < share_of_in_scope(large, 1'201));
    // The whole itself is a share of 100%, and none a share of 0%.
    CHECK(percent(share_of_resumed(large, 1'265), 0, rounding::half_up) == "100%");
    CHECK(percent(share_of_resumed(large, 0), 0, rounding::half_up) == "0%");
}

TEST_CASE("a part that is not a part of its whole is refused, naming both") {
    const cohort<above_designated_size> large{1'331, 1'265};
    CHECK_THROWS_WITH_AS(share_of_resumed(large, 1'266),
                         "a share of those resumed of industrial enterprises above designated "
                         "size: 1,266 meet the condition, but the whole is 1,265",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(share_of_resumed(large, -1),
                         "a share of those resumed of industrial enterprises above designated "
                         "size: -1 meet the condition, and a count cannot be negative",
                         std::invalid_argument);
    CHECK_NOTHROW(share_of_in_scope(large, 1'331));
    CHECK_THROWS_AS(share_of_in_scope(large, 1'332), std::invalid_argument);
    const cohort<above_designated_size> none_back{10, 0};
    CHECK_THROWS_WITH_AS(share_of_resumed(none_back, 0),
                         "a share of those resumed of industrial enterprises above designated "
                         "size: the whole is 0, so no share of it is defined",
                         std::domain_error);
    // A part wider than the cohort's counts is compared as it is, not wrapped.
    CHECK_THROWS_AS(share_of_resumed(large, std::uint64_t{1} << 63), std::invalid_argument);
}

TEST_CASE("Ningde: the resumed enterprises' 2019 output value, 99.1% of the city's") {
    // 约3320亿元,占全市的99.1%: the city's total is not printed; these are figures that fit.
    const auto value = share_of_value(3'320e8 * yuan, 3'350e8 * yuan);
    CHECK(check_printed(99.1_percent, value).fits(rounding::half_up));
    CHECK(check_printed(99.1_percent, value).fits(rounding::toward_zero));
    // At the exact boundary: 99.05% prints 99.1% half up, 99.0% toward zero.
    const auto edge = share_of_value(9'905.0 * yuan, 10'000.0 * yuan);
    CHECK(check_printed(99.1_percent, edge).fits(rounding::half_up));
    CHECK_FALSE(check_printed(99.1_percent, edge).fits(rounding::toward_zero));
    CHECK_THROWS_AS(share_of_value(2.0 * yuan, 1.0 * yuan), std::invalid_argument);
    CHECK_THROWS_AS(share_of_value(1.0 * yuan, 0.0 * yuan), std::domain_error);
}

TEST_CASE("every share of small counts prints as its exact fraction rounds") {
    // Brute force against integer arithmetic: n/d to one decimal, half up, for all d <= 300.
    for (std::int64_t d = 1; d <= 300; ++d) {
        const cohort<industrial> counts{d + 5, d};
        for (std::int64_t n = 0; n <= d; ++n) {
            const std::int64_t tenths_times_2 = (2'000 * n + d) / (2 * d);  // floor(1000n/d + 1/2)
            const decimal expected{tenths_times_2, 1};
            REQUIRE(rounded_percent(share_of_resumed(counts, n), 1, rounding::half_up) ==
                    expected);
        }
    }
}
