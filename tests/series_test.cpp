// series_test.cpp: snapshots in date order, re-basing by name, pace and projection.
#include <restoration/series.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <concepts>
#include <cstdint>
#include <stdexcept>
#include <type_traits>

using namespace restoration;
using namespace std::chrono;

namespace {

series<above_designated_size> changchun_large() {
    series<above_designated_size> large;
    large.add(2022y / April / 18, {1'331, 930});
    large.add(2022y / May / 5, {1'331, 1'265});
    return large;
}

}  // namespace

TEST_CASE("the pace between two snapshots: 335 enterprises in 17 days") {
    const auto pace = changchun_large().last_pace();
    CHECK(pace.days() == 17);
    CHECK(pace.resumed_change() == 335);
    CHECK(pace.resumed_per_day() == doctest::Approx(335.0 / 17.0));
    CHECK(pace.points_change() ==
          rate<work_resumption>{1'265, 1'331} - rate<work_resumption>{930, 1'331});
    CHECK(pace.points_per_day() == doctest::Approx(100.0 * 335.0 / 1'331.0 / 17.0));
}

TEST_CASE("at that pace the 66 left resume within 4 days: 2022-05-09") {
    // 66 / (335 / 17) = 3.35 days, and a part of a day counts as a day.
    const projection full = changchun_large().full_resumption();
    CHECK(full.days == 4);
    CHECK(full.date == 2022y / May / 9);
}

TEST_CASE("a projection lands exactly when the days divide evenly") {
    series<industrial> s;
    s.add(2022y / May / 1, {100, 80});
    s.add(2022y / May / 3, {100, 90});  // 5 a day; 10 left: 2 days
    CHECK(s.full_resumption().days == 2);
    CHECK(s.full_resumption().date == 2022y / May / 5);
}

TEST_CASE("a cohort already fully resumed is projected at its last snapshot") {
    series<industrial> s;
    s.add(2022y / May / 1, {10, 8});
    s.add(2022y / May / 2, {10, 10});
    CHECK(s.full_resumption().days == 0);
    CHECK(s.full_resumption().date == 2022y / May / 2);
}

TEST_CASE("no projection from one snapshot") {
    series<industrial> s;
    s.add(2022y / May / 1, {10, 8});
    CHECK_THROWS_WITH_AS(s.full_resumption(), "a pace needs two snapshots; the series has 1",
                         std::domain_error);
}

TEST_CASE("no projection when nothing resumed or resumption fell") {
    series<industrial> s;
    s.add(2022y / May / 1, {100, 80});
    s.add(2022y / May / 3, {100, 70});
    CHECK(s.last_pace().resumed_change() == -10);
    CHECK_THROWS_WITH_AS(s.full_resumption(),
                         "no projection: resumed went from 80 on 2022-05-01 to 70 on 2022-05-03, "
                         "and 30 are left: at no progress full resumption is never reached",
                         std::domain_error);
}

TEST_CASE("snapshots out of order or on the same date are refused") {
    series<industrial> s;
    s.add(2022y / May / 5, {100, 80});
    CHECK_THROWS_WITH_AS(s.add(2022y / May / 5, {100, 81}),
                         "snapshots are kept in date order: 2022-05-05 does not come after "
                         "2022-05-05",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(s.add(2022y / April / 18, {100, 70}),
                         "snapshots are kept in date order: 2022-04-18 does not come after "
                         "2022-05-05",
                         std::invalid_argument);
    CHECK_THROWS_AS(s.add(2022y / February / 30, {100, 90}), std::invalid_argument);
    CHECK(s.snapshots().size() == 1);
}

TEST_CASE("a changed denominator is refused unless re-based with its reason") {
    series<industrial> s;
    s.add(2022y / April / 18, {1'331, 930});
    CHECK_THROWS_WITH_AS(s.add(2022y / May / 5, {1'300, 1'265}),
                         "the denominator changed from 1,331 to 1,300 on 2022-05-05: state it "
                         "with rebase(date, counts, reason)",
                         std::invalid_argument);
    CHECK_THROWS_AS(s.rebase(2022y / May / 5, {1'300, 1'265}, ""), std::invalid_argument);
    s.rebase(2022y / May / 5, {1'300, 1'265}, "31 seasonal enterprises left out");
    REQUIRE(s.snapshots().size() == 2);
    CHECK(s.snapshots()[1].rebased == "31 seasonal enterprises left out");
    CHECK(s.snapshots()[0].rebased.empty());
    // The pace across it would compare different denominators.
    CHECK_THROWS_WITH_AS(s.last_pace(),
                         "the denominator changed from 1,331 on 2022-04-18 to 1,300 on "
                         "2022-05-05: a pace across a re-basing is not like for like",
                         std::invalid_argument);
    s.add(2022y / May / 9, {1'300, 1'290});
    CHECK(s.last_pace().resumed_change() == 25);
}

TEST_CASE("a pace runs forward in time") {
    const snapshot<industrial> early{2022y / May / 1, {10, 5}, {}};
    const snapshot<industrial> late{2022y / May / 3, {10, 7}, {}};
    CHECK(pace_between(early, late).days() == 2);
    CHECK_THROWS_WITH_AS(pace_between(late, early),
                         "a pace runs from an earlier snapshot to a later one, not from "
                         "2022-05-03 to 2022-05-01",
                         std::invalid_argument);
}

TEST_CASE("a pace over no time at all is refused, not infinite") {
    const snapshot<industrial> morning{2022y / May / 1, {10, 5}, {}};
    const snapshot<industrial> evening{2022y / May / 1, {10, 7}, {}};
    CHECK_THROWS_WITH_AS(pace_between(morning, evening),
                         "a pace runs from an earlier snapshot to a later one, not from "
                         "2022-05-01 to 2022-05-01",
                         std::invalid_argument);
}

TEST_CASE("a pace keeps its dates and counts, and says what is left") {
    const auto pace = changchun_large().last_pace();
    CHECK(pace.from() == sys_days{2022y / April / 18});
    CHECK(pace.to() == sys_days{2022y / May / 5});
    CHECK(pace.in_scope() == 1'331);
    CHECK(pace.resumed_before() == 930);
    CHECK(pace.resumed_after() == 1'265);
    CHECK(pace.not_yet_resumed() == 66);
}

TEST_CASE("a pace outlives the series it was taken from") {
    const auto pace = changchun_large().last_pace();  // the series is gone
    CHECK(project_full_resumption(pace).date == 2022y / May / 9);
}

// The only ways to a pace are pace_between and last_pace, which check it: it is no aggregate a
// user could fill with dates in the wrong order, nor built from snapshots or figures directly.
static_assert(!std::is_aggregate_v<pace<industrial>>);
static_assert(!std::is_default_constructible_v<pace<industrial>>);
static_assert(
    !std::is_constructible_v<pace<industrial>, snapshot<industrial>, snapshot<industrial>>);
static_assert(!std::is_constructible_v<pace<industrial>, sys_days, sys_days, std::int64_t,
                                       std::int64_t, std::int64_t>);
// It holds two dates and three counts, not two snapshots with their strings.
static_assert(sizeof(pace<industrial>) == 2 * sizeof(sys_days) + 3 * sizeof(std::int64_t));
// A snapshot's date is a day, which is always a day of the calendar.
static_assert(std::same_as<decltype(snapshot<industrial>::date), sys_days>);

TEST_CASE("a projection past the year 9999 is refused, not wrapped into a wrong date") {
    series<industrial> slow;
    slow.add(std::chrono::year{2022} / 1 / 1, {1'000'000'000, 0});
    slow.add(std::chrono::year{2022} / 1 / 2, {1'000'000'000, 1});
    CHECK_THROWS_WITH_AS(slow.full_resumption(),
                         "at 1 resumed in 1 days, the 999,999,999 left would take 999,999,999 "
                         "days: full resumption lies past the year 9999",
                         std::domain_error);
}
