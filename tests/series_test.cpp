// series_test.cpp: snapshots in date order, re-basing by name, pace and projection.
#include <restoration/series.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <stdexcept>
#include <type_traits>
#include <utility>

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
                         "and 30 are left: at a fall full resumption is never reached",
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
    CHECK(s.rebased(2022y / May / 5) == "31 seasonal enterprises left out");
    CHECK(s.rebased(2022y / April / 18).empty());
    CHECK(s.rebased(2022y / May / 6).empty());  // no snapshot that day
    // The pace across it would compare different denominators.
    CHECK_THROWS_WITH_AS(s.last_pace(),
                         "the denominator changed from 1,331 on 2022-04-18 to 1,300 on "
                         "2022-05-05: a pace across a re-basing is not like for like",
                         std::invalid_argument);
    s.add(2022y / May / 9, {1'300, 1'290});
    CHECK(s.last_pace().resumed_change() == 25);
}

TEST_CASE("a re-basing that kept the number in scope still stops a pace across it") {
    // Other enterprises, as many: the counts alone cannot tell, the stated re-basing does.
    series<industrial> s;
    s.add(2022y / May / 1, {100, 10});
    s.rebase(2022y / May / 2, {100, 60}, "registry replaced: other enterprises, same number");
    CHECK_THROWS_WITH_AS(s.last_pace(),
                         "the denominator was re-based on 2022-05-02 (registry replaced: other "
                         "enterprises, same number), 100 in scope on 2022-05-01 and after: a "
                         "pace across a re-basing is not like for like",
                         std::invalid_argument);
    CHECK_THROWS_AS(s.full_resumption(), std::invalid_argument);
    s.add(2022y / May / 3, {100, 70});
    CHECK(s.last_pace().resumed_change() == 10);  // after it, like for like again
    // Past the snapshots kept in the series itself too.
    series<industrial> long_one;
    for (unsigned day = 1; day <= 10; ++day) {
        long_one.add(2022y / May / std::chrono::day{day}, {100, static_cast<std::int64_t>(day)});
    }
    long_one.rebase(2022y / May / 11, {100, 50}, "other enterprises");
    CHECK_THROWS_AS(long_one.last_pace(), std::invalid_argument);
}

TEST_CASE("a pace runs forward in time") {
    const snapshot<industrial> early{2022y / May / 1, {10, 5}};
    const snapshot<industrial> late{2022y / May / 3, {10, 7}};
    CHECK(pace_between(early, late).days() == 2);
    CHECK_THROWS_WITH_AS(pace_between(late, early),
                         "a pace runs from an earlier snapshot to a later one, not from "
                         "2022-05-03 to 2022-05-01",
                         std::invalid_argument);
}

TEST_CASE("a pace over no time at all is refused, not infinite") {
    const snapshot<industrial> morning{2022y / May / 1, {10, 5}};
    const snapshot<industrial> evening{2022y / May / 1, {10, 7}};
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
// A snapshot is its date and its counts, with no string beside them: a re-basing's reason is
// kept by the series.
static_assert(sizeof(snapshot<industrial>) == sizeof(sys_days) + sizeof(cohort<industrial>));

TEST_CASE("a projection past the year 9999 is refused, not wrapped into a wrong date") {
    series<industrial> slow;
    slow.add(std::chrono::year{2022} / 1 / 1, {1'000'000'000, 0});
    slow.add(std::chrono::year{2022} / 1 / 2, {1'000'000'000, 1});
    CHECK_THROWS_WITH_AS(slow.full_resumption(),
                         "at 1 resumed in 1 day, the 999,999,999 left would take 999,999,999 "
                         "days: full resumption lies past the year 9999",
                         std::domain_error);
    // One day left, on the last day there is: "1 day", not "1 days".
    series<industrial> at_the_end;
    at_the_end.add(std::chrono::year{9999} / 12 / 30, {10, 8});
    at_the_end.add(std::chrono::year{9999} / 12 / 31, {10, 9});
    CHECK_THROWS_WITH_AS(at_the_end.full_resumption(),
                         "at 1 resumed in 1 day, the 1 left would take 1 day: full resumption "
                         "lies past the year 9999",
                         std::domain_error);
}

TEST_CASE("a series' pace between two dates is refused across any re-basing between them") {
    series<industrial> s;
    s.add(2022y / May / 1, {100, 60});
    s.add(2022y / May / 2, {100, 70});
    s.rebase(2022y / May / 3, {100, 55}, "registry replaced: other enterprises, as many");
    s.add(2022y / May / 4, {100, 65});
    CHECK(s.pace_between(2022y / May / 1, 2022y / May / 2).resumed_change() == 10);
    CHECK(s.pace_between(2022y / May / 3, 2022y / May / 4).resumed_change() == 10);
    CHECK_THROWS_WITH_AS(s.pace_between(2022y / May / 2, 2022y / May / 3),
                         "the denominator was re-based on 2022-05-03 (registry replaced: other "
                         "enterprises, as many), between 2022-05-02 and 2022-05-03: a pace across "
                         "a re-basing is not like for like",
                         std::invalid_argument);
    CHECK_THROWS_AS(s.pace_between(2022y / May / 1, 2022y / May / 4), std::invalid_argument);
    // Re-based to 120 and back to 100: the first and last snapshots have one number in scope.
    series<industrial> back;
    back.add(2022y / May / 1, {100, 60});
    back.rebase(2022y / May / 2, {120, 70}, "merged district");
    back.rebase(2022y / May / 3, {100, 75}, "split again");
    CHECK_THROWS_AS(back.pace_between(2022y / May / 1, 2022y / May / 3), std::invalid_argument);
    CHECK_THROWS_WITH_AS(back.pace_between(2022y / May / 1, 2022y / May / 9),
                         "the series has no snapshot on 2022-05-09", std::invalid_argument);
    CHECK_THROWS_AS(back.pace_between(2022y / May / 3, 2022y / May / 1), std::invalid_argument);
}

TEST_CASE("dates are written with a four-digit year, as ISO 8601 does") {
    CHECK(iso_date(std::chrono::year{999} / 5 / 5) == "0999-05-05");
    CHECK(iso_date(std::chrono::year{2022} / 5 / 5) == "2022-05-05");
    CHECK(iso_date(std::chrono::year{-1} / 1 / 1) == "-0001-01-01");
    CHECK(iso_date(std::chrono::year{12345} / 12 / 31) == "12345-12-31");
}

TEST_CASE("a refused snapshot names what is wrong with it, date first") {
    series<industrial> s;
    CHECK_THROWS_WITH_AS(s.add(2022y / February / 30, {100, 90}),
                         "not a calendar date: 2022-02-30", std::invalid_argument);
    s.add(2022y / May / 5, {100, 80});
    // A date out of order is said before a changed denominator, and before a missing reason.
    CHECK_THROWS_WITH_AS(s.add(2022y / May / 4, {90, 80}),
                         "snapshots are kept in date order: 2022-05-04 does not come after "
                         "2022-05-05",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(s.rebase(2022y / May / 4, {90, 80}, ""),
                         "snapshots are kept in date order: 2022-05-04 does not come after "
                         "2022-05-05",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(s.rebase(2022y / February / 30, {90, 80}, ""),
                         "not a calendar date: 2022-02-30", std::invalid_argument);
    CHECK_THROWS_WITH_AS(s.rebase(2022y / May / 6, {90, 80}, ""),
                         "a re-basing on 2022-05-06 needs its reason", std::invalid_argument);
    CHECK(s.snapshots().size() == 1);
    CHECK(s.rebased(2022y / May / 6).empty());
}

TEST_CASE("the points of a pace are those of the difference of its two rates") {
    series<industrial> s;
    s.add(2022y / May / 1, {7, 0});
    s.add(2022y / May / 8, {7, 7});
    const auto pace = s.last_pace();
    CHECK(pace.points_change() == rate<work_resumption>{7, 7} - rate<work_resumption>{0, 7});
    CHECK(pace.points_change().to_double() == doctest::Approx(100.0));
    CHECK(pace.points_per_day() == doctest::Approx(100.0 / 7.0));
}

TEST_CASE("an empty cohort has a pace but no points: its work rate is undefined") {
    series<industrial> s;
    s.add(2022y / May / 1, {0, 0});
    s.add(2022y / May / 2, {0, 0});
    const auto pace = s.last_pace();
    CHECK(pace.resumed_change() == 0);
    CHECK(project_full_resumption(pace).days == 0);  // nothing is left to resume
    CHECK_THROWS_WITH_AS(pace.points_change(),
                         "the work rate of an empty cohort (0 industrial enterprises in scope) "
                         "is undefined",
                         std::domain_error);
    // The same words as the cohort's own refusal.
    CHECK_THROWS_WITH_AS(static_cast<void>(cohort<industrial>(0, 0).work_rate()),
                         "the work rate of an empty cohort (0 industrial enterprises in scope) "
                         "is undefined",
                         std::domain_error);
}

TEST_CASE("a projection whose product of days and enterprises left passes 64 bits is refused") {
    constexpr std::int64_t half = std::numeric_limits<std::int64_t>::max() / 2;  // 4.6 x 10^18
    series<industrial> s;
    s.add(2022y / May / 1, {half, 0});
    s.add(2022y / May / 4, {half, 1});  // half - 1 left, times 3 days
    CHECK_THROWS_WITH_AS(s.full_resumption(),
                         "projecting: 4,611,686,018,427,387,902 * 3 overflows the count type (at "
                         "most 9,223,372,036,854,775,807)",
                         std::overflow_error);
}

namespace {

// Whether the series holds its snapshots inside itself rather than on the heap.
template <class Series>
bool kept_inside(const Series& s) {
    const auto* begin = reinterpret_cast<const std::byte*>(&s);
    const auto* data = reinterpret_cast<const std::byte*>(s.snapshots().data());
    return !std::less<>{}(data, begin) && std::less<>{}(data, begin + sizeof s);
}

// Day i of May 2022 (i from 1), with i * 10 of 1,000 resumed.
series<industrial> may(int days) {
    series<industrial> s;
    for (int i = 1; i <= days; ++i) {
        s.add(2022y / May / day(static_cast<unsigned>(i)), {1'000, i * 10});
    }
    return s;
}

}  // namespace

TEST_CASE("a handful of snapshots are kept in the series itself, more on the heap, in order") {
    CHECK(kept_inside(may(1)));
    CHECK(kept_inside(may(8)));
    for (const int days : {9, 16, 17, 31}) {
        CAPTURE(days);
        const series<industrial> s = may(days);
        CHECK_FALSE(kept_inside(s));
        REQUIRE(s.snapshots().size() == static_cast<std::size_t>(days));
        for (int i = 0; i < days; ++i) {
            CHECK(s.snapshots()[static_cast<std::size_t>(i)].date ==
                  sys_days{2022y / May / day(static_cast<unsigned>(i + 1))});
            CHECK(s.snapshots()[static_cast<std::size_t>(i)].counts.resumed() == (i + 1) * 10);
        }
        CHECK(s.last_pace().from() == sys_days{2022y / May / day(static_cast<unsigned>(days - 1))});
        CHECK(s.last_pace().resumed_change() == 10);
    }
}

TEST_CASE("checks go on past the snapshots kept in the series itself") {
    series<industrial> s = may(12);
    CHECK_THROWS_WITH_AS(s.add(2022y / May / 12, {1'000, 130}),
                         "snapshots are kept in date order: 2022-05-12 does not come after "
                         "2022-05-12",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(s.add(2022y / May / 13, {999, 130}),
                         "the denominator changed from 1,000 to 999 on 2022-05-13: state it with "
                         "rebase(date, counts, reason)",
                         std::invalid_argument);
    s.rebase(2022y / May / 13, {999, 130}, "one closed for good");
    CHECK(s.rebased(2022y / May / 13) == "one closed for good");
    CHECK(s.snapshots().size() == 13);
}

TEST_CASE("a copied series is its own, whether its snapshots are inside it or on the heap") {
    for (const int days : {3, 12}) {
        CAPTURE(days);
        series<industrial> original = may(days);
        original.rebase(2022y / May / day(static_cast<unsigned>(days + 1)), {900, 500},
                        "a district left out");
        series<industrial> copy = original;
        series<industrial> assigned;
        assigned.add(2021y / January / 1, {5, 5});
        assigned = original;
        original.add(2022y / June / 1, {900, 600});
        for (const series<industrial>* s : {&copy, &assigned}) {
            REQUIRE(s->snapshots().size() == static_cast<std::size_t>(days + 1));
            CHECK(s->snapshots().back().counts == cohort<industrial>{900, 500});
            CHECK(s->snapshots().data() != original.snapshots().data());
            CHECK(s->rebased(2022y / May / day(static_cast<unsigned>(days + 1))) ==
                  "a district left out");
            CHECK(kept_inside(*s) == (days < 8));
        }
        CHECK(original.snapshots().size() == static_cast<std::size_t>(days + 2));
    }
}

TEST_CASE("a moved series takes the snapshots, and the one moved from is empty") {
    for (const int days : {3, 12}) {
        CAPTURE(days);
        series<industrial> from = may(days);
        from.rebase(2022y / May / day(static_cast<unsigned>(days + 1)), {900, 500}, "merged");
        series<industrial> to = std::move(from);
        CHECK(to.snapshots().size() == static_cast<std::size_t>(days + 1));
        CHECK(to.rebased(2022y / May / day(static_cast<unsigned>(days + 1))) == "merged");
        CHECK(kept_inside(to) == (days < 8));
        CHECK(from.snapshots().empty());  // NOLINT(bugprone-use-after-move): what is tested
        CHECK(from.rebased(2022y / May / day(static_cast<unsigned>(days + 1))).empty());
        from.add(2021y / January / 1, {5, 5});  // and usable again
        CHECK(from.snapshots().size() == 1);

        series<industrial> assigned = may(2);
        assigned = std::move(to);
        CHECK(assigned.snapshots().size() == static_cast<std::size_t>(days + 1));
        CHECK(assigned.snapshots().back().counts.in_scope() == 900);
        CHECK(to.snapshots().empty());  // NOLINT(bugprone-use-after-move)
    }
}

TEST_CASE("a series of narrower counts keeps and paces them the same way") {
    series<industrial, std::int32_t> s;
    for (int i = 1; i <= 10; ++i) {
        s.add(2022y / May / day(static_cast<unsigned>(i)), {1'000, i * 50});
    }
    CHECK(s.last_pace().resumed_change() == 50);
    CHECK(s.full_resumption().days == 10);  // 500 left at 50 a day
    CHECK(s.full_resumption().date == 2022y / May / 20);
}

TEST_CASE("an empty series copies and moves, and the copy takes snapshots") {
    // Built under -Werror: copying the unused slots of an empty series once read bytes never
    // written, which g++ flags.
    series<industrial> empty;
    series<industrial> copied = empty;
    series<industrial> moved = std::move(empty);
    moved = series<industrial>{};
    copied.add(2022y / May / 5, {7'681, 6'480});
    CHECK(copied.snapshots().size() == 1);
    CHECK(moved.snapshots().empty());
}
