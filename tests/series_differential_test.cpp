// series_differential_test.cpp: a series as it now keeps its snapshots (pointers to the next
// slot and to the end of its room) against the series as main kept them (a count), on random
// sequences of snapshots, re-basings, copies and moves: the same snapshots, re-basings, paces,
// projections and refusals, message for message.
#include <restoration/series.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "random_cases.hpp"

namespace series_on_main {

using namespace restoration;

// main's series (9c3a23b), as it was but for last_pace, whose pace it builds through
// pace_between, and which refuses a stated re-basing of the same number in scope (see there).
// Snapshots of one cohort in date order, all of one denominator unless it is re-based by name.
template <class Scope, class Count = std::int64_t>
class series {
public:
    using snapshot_type = snapshot<Scope, Count>;

    // A copy or a move points at its own first snapshots, which live inside it. A series moved
    // from is empty: the snapshots it kept on the heap went with the move.
    series() = default;
    series(const series& other)
        : size_(other.size_),
          more_(other.more_ ? std::make_unique<beyond_first>(*other.more_) : nullptr) {
        copy_first(other);
        point_data();
    }
    series(series&& other) noexcept : size_(other.size_), more_(std::move(other.more_)) {
        copy_first(other);
        point_data();
        other.clear();
    }
    series& operator=(const series& other) {
        if (this != &other) {
            *this = series(other);
        }
        return *this;
    }
    series& operator=(series&& other) noexcept {
        if (this != &other) {
            size_ = other.size_;
            more_ = std::move(other.more_);
            copy_first(other);
            point_data();
            other.clear();
        }
        return *this;
    }
    ~series() = default;

    // A later snapshot of the same denominator. Always inlined: the check and conversion of the
    // date alone pass clang's budget for inlining at -O2, and a call for each snapshot would cost
    // more than the checks.
    [[gnu::always_inline]] void add(std::chrono::year_month_day date,
                                    const cohort<Scope, Count>& counts) {
        const std::chrono::sys_days day{date};  // a day only if date.ok(), checked first
        const std::size_t size = size_;
        if (size >= first_capacity) [[unlikely]] {
            add_beyond_first(date, counts);
            return;
        }
        // The last snapshot, if any, and the next slot are in the series itself: found without
        // going through data_.
        snapshot_type* const next = first_.snapshots + size;
        if (!date.ok() || (size != 0 && (day <= next[-1].date ||
                                         counts.in_scope() != next[-1].counts.in_scope()))) {
            refuse_snapshot(date, counts.in_scope(), false);
        }
        *next = {day, counts};
        size_ = size + 1;
    }

    // A later snapshot whose denominator changed, with the reason, which the series keeps.
    void rebase(std::chrono::year_month_day date, const cohort<Scope, Count>& counts,
                std::string reason) {
        const std::chrono::sys_days day{date};
        if (!date.ok() || (size_ != 0 && day <= last().date) || reason.empty()) {
            refuse_snapshot(date, counts.in_scope(), true);
        }
        // Room for the reason first, so that a failed allocation leaves the series as it was.
        std::vector<rebasing>& rebasings = heap().rebasings;
        rebasings.reserve(rebasings.size() + 1);
        keep(day, counts);
        rebasings.push_back({day, std::move(reason)});
    }

    // Exists only to name the mistake: a series follows one scope.
    template <class OtherScope>
    auto add(std::chrono::year_month_day, const cohort<OtherScope, Count>&) {
        static_assert(std::same_as<OtherScope, Scope>,
                      "restoration: a series follows one scope; a snapshot of another scope "
                      "belongs in a series of its own");
    }

    // In date order, contiguous.
    std::span<const snapshot_type> snapshots() const { return {data_, size_}; }

    // Why the denominator was re-based on that date; empty when it was not.
    std::string_view rebased(std::chrono::sys_days date) const {
        if (more_) {
            for (const rebasing& r : more_->rebasings) {
                if (r.date == date) {
                    return r.reason;
                }
            }
        }
        return {};
    }

    // The pace between the last two snapshots; never from one snapshot alone. (On main, built
    // with pace's private constructor after the same rebasing check; pace_between makes that
    // check, with the same message, and one of date order that a series always passes.)
    //
    // Since main, a re-basing stated with the same number in scope stops the pace too: the
    // reference checks it after pace_between, by the reason the series keeps for that date.
    pace<Scope, Count> last_pace() const {
        if (size_ < 2) {
            detail::refuse_pace_of(size_);
        }
        const pace<Scope, Count> across = pace_between(data_[size_ - 2], data_[size_ - 1]);
        if (const std::string_view reason = rebased(data_[size_ - 1].date); !reason.empty()) {
            detail::refuse_pace_across_stated_rebasing(data_[size_ - 1].counts.in_scope(),
                                                       data_[size_ - 2].date,
                                                       data_[size_ - 1].date, reason);
        }
        return across;
    }

    // When every enterprise would have resumed at the last pace. Always inlined, for the reason
    // add is: so that taking last_pace() and then this costs one pace, not two and a call.
    [[gnu::always_inline]] projection full_resumption() const {
        return project_full_resumption(last_pace());
    }

private:
    // A series rarely holds more than a handful of snapshots: the first ones are kept in the
    // series itself, and adding them allocates nothing.
    static constexpr std::size_t first_capacity = 8;

    // A snapshot is a date and two counts, copied as its bytes, so a slot needs no constructing:
    // it is assigned when its snapshot is added, and copied as it is.
    static_assert(std::is_trivially_copyable_v<snapshot_type>);
    union first_snapshots {
        first_snapshots() {}
        snapshot_type snapshots[first_capacity];
    };

    // Only the slots in use: the others were never assigned, and copying them would read
    // indeterminate bytes (g++ rightly warns of it).
    void copy_first(const series& other) {
        std::copy_n(other.first_.snapshots, std::min(other.size_, first_capacity),
                    first_.snapshots);
    }

    struct rebasing {
        std::chrono::sys_days date;
        std::string reason;
    };

    // What few series need, in one allocation: all the snapshots once the first slots are full,
    // and the reasons of re-basings.
    struct beyond_first {
        std::vector<snapshot_type> snapshots;
        std::vector<rebasing> rebasings;
    };

    const snapshot_type& last() const { return data_[size_ - 1]; }

    void point_data() {
        data_ = size_ <= first_capacity ? first_.snapshots : more_->snapshots.data();
    }

    void clear() {
        size_ = 0;
        more_.reset();
        data_ = first_.snapshots;
    }

    beyond_first& heap() {
        if (!more_) {
            more_ = std::make_unique<beyond_first>();
        }
        return *more_;
    }

    void keep(std::chrono::sys_days day, const cohort<Scope, Count>& counts) {
        if (size_ < first_capacity) {
            first_.snapshots[size_] = {day, counts};
        } else {
            keep_on_heap({day, counts});
        }
        ++size_;
    }

    // add once the first slots are full: the same checks, against the last snapshot wherever
    // it is. Out of line, as keep_on_heap is; the counts by value, since a reference would make
    // every caller keep them in memory.
    [[gnu::noinline]] void add_beyond_first(std::chrono::year_month_day date,
                                            cohort<Scope, Count> counts) {
        const std::chrono::sys_days day{date};
        if (!date.ok() || day <= last().date || counts.in_scope() != last().counts.in_scope()) {
            refuse_snapshot(date, counts.in_scope(), false);
        }
        keep(day, counts);
    }

    // Past the first slots, all the snapshots move to the heap, so that they stay contiguous.
    // Out of line: few series come here, and inlined it would only make add larger.
    [[gnu::noinline]] void keep_on_heap(const snapshot_type& next) {
        std::vector<snapshot_type>& snapshots = heap().snapshots;
        if (size_ == first_capacity) {
            snapshots.reserve(2 * first_capacity);
            snapshots.assign(first_.snapshots, first_.snapshots + first_capacity);
        }
        snapshots.push_back(next);
        data_ = snapshots.data();
    }

    // Why a snapshot on that date cannot follow: the checks of add and rebase made again, in
    // their order, off the path of snapshots kept.
    [[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_snapshot(
        std::chrono::year_month_day date, Count in_scope, bool rebases) const {
        if (!date.ok()) {
            throw std::invalid_argument("not a calendar date: " + iso_date(date));
        }
        if (size_ != 0 && std::chrono::sys_days{date} <= last().date) {
            throw std::invalid_argument("snapshots are kept in date order: " + iso_date(date) +
                                        " does not come after " + iso_date(last().date));
        }
        if (rebases) {
            throw std::invalid_argument("a re-basing on " + iso_date(date) + " needs its reason");
        }
        throw std::invalid_argument("the denominator changed from " +
                                    detail::grouped(last().counts.in_scope()) + " to " +
                                    detail::grouped(in_scope) + " on " + iso_date(date) +
                                    ": state it with rebase(date, counts, reason)");
    }

    first_snapshots first_;
    const snapshot_type* data_ = first_.snapshots;
    std::size_t size_ = 0;
    std::unique_ptr<beyond_first> more_;
};

}  // namespace series_on_main

namespace {

using namespace std::chrono;
using restoration::above_designated_size;

// What a call gave, as text: its value, or the type and message of what it threw.
template <class Call>
std::string outcome(Call call) {
    try {
        return call();
    } catch (const std::invalid_argument& e) {
        return std::string("invalid_argument: ") + e.what();
    } catch (const std::domain_error& e) {
        return std::string("domain_error: ") + e.what();
    } catch (const std::overflow_error& e) {
        return std::string("overflow_error: ") + e.what();
    } catch (const std::exception& e) {
        return std::string("other: ") + e.what();
    }
}

template <class Series>
std::string snapshots_of(const Series& s) {
    std::string text;
    for (const auto& kept : s.snapshots()) {
        text += std::to_string(kept.date.time_since_epoch().count()) + ":" +
                std::to_string(kept.counts.in_scope()) + "/" +
                std::to_string(kept.counts.resumed()) + " ";
    }
    return text;
}

template <class Series>
std::string pace_of(const Series& s) {
    return outcome([&] {
        const auto pace = s.last_pace();
        return std::to_string(pace.from().time_since_epoch().count()) + " " +
               std::to_string(pace.to().time_since_epoch().count()) + " " +
               std::to_string(pace.in_scope()) + " " + std::to_string(pace.resumed_before()) +
               " " + std::to_string(pace.resumed_after());
    });
}

template <class Series>
std::string projection_of(const Series& s) {
    return outcome([&] {
        const restoration::projection full = s.full_resumption();
        return std::to_string(full.days) + " " + restoration::iso_date(full.date);
    });
}

template <class Series>
std::string rebasings_of(const Series& s, std::span<const sys_days> dates) {
    std::string text;
    for (const sys_days date : dates) {
        text += std::string(s.rebased(date)) + "|";
    }
    return text;
}

template <class Now, class Before>
void check_same(const Now& now, const Before& before, std::span<const sys_days> dates) {
    const std::string kept = snapshots_of(now);
    if (kept != snapshots_of(before) || now.snapshots().size() != before.snapshots().size()) {
        CHECK(kept == snapshots_of(before));
    }
    const std::string pace = pace_of(now);
    if (pace != pace_of(before)) {
        CHECK(pace == pace_of(before));
    }
    const std::string full = projection_of(now);
    if (full != projection_of(before)) {
        CHECK(full == projection_of(before));
    }
    const std::string reasons = rebasings_of(now, dates);
    if (reasons != rebasings_of(before, dates)) {
        CHECK(reasons == rebasings_of(before, dates));
    }
}

// Random snapshots near the last one: mostly a day or a few later, of the same denominator, now
// and then the same day, an earlier one, a day not in the calendar, another denominator, or a
// re-basing with or without its reason; and copies and moves between them.
template <class Count>
void compare_on_random_series(std::uint64_t seed, int cases) {
    using now_series = restoration::series<above_designated_size, Count>;
    using before_series = series_on_main::series<above_designated_size, Count>;
    std::mt19937_64 random(seed);
    const auto below = [&](std::int64_t bound) {
        return static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(bound));
    };
    std::int64_t heap_seen = 0;
    for (int c = 0; c < cases; ++c) {
        now_series now;
        before_series before;
        std::vector<sys_days> dates;
        sys_days day = sys_days{2022y / January / 1} + std::chrono::days{below(400)};
        Count in_scope = static_cast<Count>(1 + below(60));
        const int steps = 1 + static_cast<int>(below(24));
        for (int step = 0; step < steps; ++step) {
            const std::int64_t what = below(20);
            if (what < 15) {  // add or rebase
                day += std::chrono::days{below(5) - 1};
                year_month_day date{day};
                if (below(25) == 0) {
                    date = year_month_day{date.year(), February, std::chrono::day{30}};
                }
                if (below(6) == 0) {
                    in_scope = static_cast<Count>(below(61));
                }
                const Count resumed = static_cast<Count>(below(in_scope + 1));
                const restoration::cohort<above_designated_size, Count> counts{in_scope, resumed};
                if (what < 13) {
                    const std::string a = outcome([&] {
                        now.add(date, counts);
                        return std::string("kept");
                    });
                    const std::string b = outcome([&] {
                        before.add(date, counts);
                        return std::string("kept");
                    });
                    if (a != b) {
                        CHECK(a == b);
                    }
                } else {
                    const std::string reason = below(4) == 0 ? "" : "why " + std::to_string(step);
                    const std::string a = outcome([&] {
                        now.rebase(date, counts, reason);
                        return std::string("kept");
                    });
                    const std::string b = outcome([&] {
                        before.rebase(date, counts, reason);
                        return std::string("kept");
                    });
                    if (a != b) {
                        CHECK(a == b);
                    }
                }
                if (date.ok()) {
                    dates.push_back(sys_days{date});
                }
            } else if (what == 15) {  // copied
                const now_series now_copy = now;
                const before_series before_copy = before;
                check_same(now_copy, before_copy, dates);
                now = now_copy;
                before = before_copy;
            } else if (what == 16) {  // copied over a series that has snapshots of its own
                now_series now_other;
                before_series before_other;
                now_other.add(2020y / January / 1, {5, 1});
                before_other.add(2020y / January / 1, {5, 1});
                now_other = now;
                before_other = before;
                check_same(now_other, before_other, dates);
            } else if (what == 17) {  // moved out and back
                now_series now_moved = std::move(now);
                before_series before_moved = std::move(before);
                check_same(now, before, dates);  // both empty
                check_same(now_moved, before_moved, dates);
                now = std::move(now_moved);
                before = std::move(before_moved);
            } else if (what == 18) {  // assigned to itself
                const now_series& now_alias = now;
                const before_series& before_alias = before;
                now = now_alias;
                before = before_alias;
            } else {  // taken apart and kept going from a copy
                now_series now_next = std::move(now);
                before_series before_next = std::move(before);
                now = now_next;
                before = before_next;
            }
            check_same(now, before, dates);
            heap_seen += now.snapshots().size() > 8 ? 1 : 0;
        }
    }
    // Enough steps past the first eight slots, or the heap would not have been compared.
    CHECK(heap_seen > cases / 20);
}

}  // namespace

TEST_CASE("a series keeps, refuses, paces and projects as main's did, on random histories") {
    compare_on_random_series<std::int64_t>(20220505, random_cases::of(4'000));
}

TEST_CASE("a series of narrower counts does too") {
    compare_on_random_series<std::int32_t>(20220418, random_cases::of(1'500));
}
