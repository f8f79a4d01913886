// series.hpp: a cohort followed through dated snapshots, the pace between two of them, and when
// full resumption would be reached at that pace.
//
//   series<above_designated_size> large;
//   large.add(2022y / April / 18, {1'331, 930});
//   large.add(2022y / May / 5, {1'331, 1'265});
//   large.last_pace().resumed_per_day()      // 335 in 17 days: 19.7 a day
//   large.full_resumption().date             // 2022-05-09, 4 days on at that pace
#pragma once

#include <algorithm>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <restoration/cohort.hpp>
#include <restoration/detail/checked.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>

namespace restoration {

// A date as bulletins and ISO 8601 write it: "2022-05-05", the year in at least four digits
// ("0999-05-05", "-0001-01-01").
inline std::string iso_date(std::chrono::year_month_day date) {
    const int year = static_cast<int>(date.year());
    const unsigned month = static_cast<unsigned>(date.month());
    const unsigned day = static_cast<unsigned>(date.day());
    std::string digits = std::to_string(year < 0 ? -year : year);
    digits.insert(0, digits.size() < 4 ? 4 - digits.size() : 0, '0');
    return (year < 0 ? "-" : "") + digits + (month < 10 ? "-0" : "-") + std::to_string(month) +
           (day < 10 ? "-0" : "-") + std::to_string(day);
}

// A cohort's counts on a date. The date is a day count, so that a snapshot cannot hold a day
// that is not in the calendar. A re-basing's reason is kept by the series (series::rebased),
// since few snapshots have one.
template <class Scope, class Count = std::int64_t>
struct snapshot {
    std::chrono::sys_days date;
    cohort<Scope, Count> counts;
};

template <class Scope, class Count = std::int64_t>
class pace;

template <class Scope, class Count = std::int64_t>
class series;

// The pace from one snapshot to a later one of the same denominator.
template <class Scope, class Count>
pace<Scope, Count> pace_between(const snapshot<Scope, Count>& from,
                                const snapshot<Scope, Count>& to);

namespace detail {

// The refusals of series, paces and projections, out of line and cold: their messages are built
// only when one is made, so that the checks stay small enough to be inlined where series are
// built and paced by the thousand.

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_pace_backwards(
    std::chrono::sys_days from, std::chrono::sys_days to) {
    throw std::invalid_argument("a pace runs from an earlier snapshot to a later one, not from " +
                                iso_date(from) + " to " + iso_date(to));
}

template <class Count>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_pace_across_rebasing(
    Count from_in_scope, std::chrono::sys_days from, Count to_in_scope, std::chrono::sys_days to) {
    throw std::invalid_argument("the denominator changed from " + grouped(from_in_scope) +
                                " on " + iso_date(from) + " to " + grouped(to_in_scope) + " on " +
                                iso_date(to) + ": a pace across a re-basing is not like for like");
}

// A re-basing between two snapshots of a series, whatever the numbers in scope either side.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_pace_across_rebasing_between(
    std::chrono::sys_days from, std::chrono::sys_days to, std::chrono::sys_days rebased,
    std::string_view reason) {
    throw std::invalid_argument("the denominator was re-based on " + iso_date(rebased) + " (" +
                                std::string(reason) + "), between " + iso_date(from) + " and " +
                                iso_date(to) + ": a pace across a re-basing is not like for like");
}

// A re-basing that kept the number in scope ("registry replaced: other enterprises, as many")
// changed the denominator all the same.
template <class Count>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_pace_across_stated_rebasing(
    Count in_scope, std::chrono::sys_days from, std::chrono::sys_days to, std::string_view reason) {
    throw std::invalid_argument("the denominator was re-based on " + iso_date(to) + " (" +
                                std::string(reason) + "), " + grouped(in_scope) +
                                " in scope on " + iso_date(from) + " and after: a pace across "
                                "a re-basing is not like for like");
}

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_pace_of(std::size_t snapshots) {
    throw std::domain_error("a pace needs two snapshots; the series has " +
                            std::to_string(snapshots));
}

[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_points_of_empty(
    std::string_view scope_name) {
    throw std::domain_error("the work rate of an empty cohort (0 " + std::string(scope_name) +
                            " in scope) is undefined");
}

// The projection at a pace refused, for no progress, a fall, a product too large for 64 bits or
// full resumption past the year 9999: the reason is found again here, off the path of
// projections made.
template <class Count>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_projection(
    std::chrono::sys_days from, std::chrono::sys_days to, Count in_scope, Count resumed_before,
    Count resumed_after) {
    const Count left = in_scope - resumed_after;
    const Count change = resumed_after - resumed_before;
    const std::int64_t days = (to - from).count();
    if (change <= 0) {
        throw std::domain_error("no projection: resumed went from " + grouped(resumed_before) +
                                " on " + iso_date(from) + " to " + grouped(resumed_after) +
                                " on " + iso_date(to) + ", and " + grouped(left) + " are left: " +
                                (change == 0 ? "at no progress" : "at a fall") +
                                " full resumption is never reached");
    }
    const std::int64_t scaled = checked_mul<std::int64_t>(left, days, "projecting");
    const std::int64_t needed = scaled / change + (scaled % change != 0 ? 1 : 0);
    const auto in_days = [](std::int64_t n) { return grouped(n) + (n == 1 ? " day" : " days"); };
    throw std::domain_error("at " + grouped(change) + " resumed in " + in_days(days) + ", the " +
                            grouped(left) + " left would take " + in_days(needed) +
                            ": full resumption lies past the year 9999");
}

// The whole days `left` enterprises take to resume at `change` in `days`, a part of a day
// counted as a day (left / (change / days), rounded up, exact in integers), or false when there
// is no progress or left * days passes 64 bits. One refusal then says which. (In 128 bits the
// product would not pass, but the path every projection takes would cost 2 to 6 instructions
// more, past the 1.10 times a raw loop that the benchmarks hold it to; counts so large that
// enterprises left times days pass 9.2 x 10^18 are refused, naming the product.)
inline bool days_to_resume(std::int64_t left, std::int64_t change, std::int64_t days,
                           std::int64_t& needed) {
    if (change <= 0) {
        return false;
    }
    std::int64_t scaled = 0;
#if RESTORATION_OVERFLOW_BUILTINS
    if (__builtin_mul_overflow(left, days, &scaled)) {
        return false;
    }
#else
    if (left > std::numeric_limits<std::int64_t>::max() / days) {  // both are positive here
        return false;
    }
    scaled = left * days;
#endif
    needed = scaled / change + (scaled % change != 0 ? 1 : 0);
    return true;
}

}  // namespace detail

// The change between two snapshots of one denominator. Only pace_between and a series'
// last_pace make one, so that every pace runs forward in time over at least a day and compares
// like with like; it keeps the two dates and the three counts, not the snapshots.
template <class Scope, class Count>
class pace {
public:
    std::chrono::sys_days from() const { return from_; }
    std::chrono::sys_days to() const { return to_; }
    Count in_scope() const { return in_scope_; }
    Count resumed_before() const { return resumed_before_; }
    Count resumed_after() const { return resumed_after_; }
    // The enterprises still to resume at the later date.
    Count not_yet_resumed() const { return in_scope_ - resumed_after_; }

    std::int64_t days() const { return (to_ - from_).count(); }
    Count resumed_change() const { return resumed_after_ - resumed_before_; }
    double resumed_per_day() const {
        return static_cast<double>(resumed_change()) / static_cast<double>(days());
    }
    // The change of the work rate, exact; per day as a floating-point number.
    percentage_points<work_resumption, Count> points_change() const {
        // The counts came from cohorts, so 0 <= resumed <= in scope: both are valid work rates
        // unless the cohort is empty, and this is what rate - rate would make, without checking
        // again what the cohorts did (written <= 0 rather than == 0, so that the compiler sees
        // the difference's own check of its denominators pass).
        if (in_scope_ <= 0) {
            detail::refuse_points_of_empty(Scope::name);
        }
        return {fraction<Count>{resumed_after_, in_scope_},
                fraction<Count>{resumed_before_, in_scope_}};
    }
    double points_per_day() const {
        return points_change().to_double() / static_cast<double>(days());
    }

private:
    // The counts are of one denominator and from < to: pace_between or the series has checked
    // both.
    pace(std::chrono::sys_days from, std::chrono::sys_days to, Count in_scope,
         Count resumed_before, Count resumed_after)
        : from_(from),
          to_(to),
          in_scope_(in_scope),
          resumed_before_(resumed_before),
          resumed_after_(resumed_after) {}

    friend pace pace_between<Scope, Count>(const snapshot<Scope, Count>&,
                                           const snapshot<Scope, Count>&);
    friend class series<Scope, Count>;

    std::chrono::sys_days from_;
    std::chrono::sys_days to_;
    Count in_scope_;
    Count resumed_before_;
    Count resumed_after_;
};

// When every enterprise of the cohort would have resumed, at a pace, counted in whole days
// after the last snapshot (a part of a day counts as a day).
struct projection {
    std::int64_t days = 0;
    std::chrono::year_month_day date;
};

template <class Scope, class Count>
pace<Scope, Count> pace_between(const snapshot<Scope, Count>& from,
                                const snapshot<Scope, Count>& to) {
    if (to.date <= from.date) {
        detail::refuse_pace_backwards(from.date, to.date);
    }
    if (to.counts.in_scope() != from.counts.in_scope()) {
        detail::refuse_pace_across_rebasing(from.counts.in_scope(), from.date,
                                            to.counts.in_scope(), to.date);
    }
    return {from.date, to.date, to.counts.in_scope(), from.counts.resumed(),
            to.counts.resumed()};
}

// Full resumption at this pace: the enterprises left over the enterprises resumed per day.
// Declared inline because clang then allows it the larger budget for inlining (325 rather than
// 225 at -O2) that its size needs.
template <class Scope, class Count>
inline projection project_full_resumption(const pace<Scope, Count>& at) {
    const Count left = at.not_yet_resumed();
    std::int64_t days_left = 0;
    if (left != 0) {
        // Past the year 9999 no calendar date is printed; std::chrono's years would wrap at
        // 32767.
        constexpr std::chrono::sys_days last_printed{std::chrono::year{9999} / 12 / 31};
        if (!detail::days_to_resume(left, at.resumed_change(), at.days(), days_left) ||
            days_left > (last_printed - at.to()).count()) {
            detail::refuse_projection(at.from(), at.to(), at.in_scope(), at.resumed_before(),
                                      at.resumed_after());
        }
    }
    return {days_left, std::chrono::year_month_day{at.to() + std::chrono::days{days_left}}};
}

// Snapshots of one cohort in date order, all of one denominator unless it is re-based by name.
template <class Scope, class Count>
class series {
public:
    using snapshot_type = snapshot<Scope, Count>;

    // A copy or a move points at its own first snapshots, which live inside it. A series moved
    // from is empty: the snapshots it kept on the heap went with the move.
    series() = default;
    series(const series& other)
        : more_(other.more_ ? std::make_unique<beyond_first>(*other.more_) : nullptr) {
        copy_first(other);
        point_at(other.size());
    }
    series(series&& other) noexcept : more_(std::move(other.more_)) {
        copy_first(other);
        point_at(other.size());
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
            more_ = std::move(other.more_);
            copy_first(other);
            point_at(other.size());
            other.clear();
        }
        return *this;
    }
    ~series() = default;

    // A later snapshot of the same denominator. Always inlined: the check and conversion of the
    // date alone pass clang's budget for inlining at -O2, and a call for each snapshot would cost
    // more than the checks. The date by reference, so that its fields are read where they lie
    // (clang, given the value, read it whole and took it apart with shifts).
    [[gnu::always_inline]] void add(const std::chrono::year_month_day& date,
                                    const cohort<Scope, Count>& counts) {
        const std::chrono::sys_days day{date};  // a day only if date.ok(), checked first
        snapshot_type* const next = end_;
        if (next == room_) [[unlikely]] {
            add_beyond_first(date, counts);
            return;
        }
        // The next slot and the last snapshot, if any, are in the series itself, at end_.
        if (!date.ok() ||
            (next != first_.snapshots &&
             (day <= next[-1].date || counts.in_scope() != next[-1].counts.in_scope()))) {
            refuse_snapshot(date, counts.in_scope(), false);
        }
        *next = {day, counts};
        end_ = next + 1;
    }

    // A later snapshot whose denominator changed, with the reason, which the series keeps.
    void rebase(std::chrono::year_month_day date, const cohort<Scope, Count>& counts,
                std::string reason) {
        const std::chrono::sys_days day{date};
        if (!date.ok() || (size() != 0 && day <= last().date) || reason.empty()) {
            refuse_snapshot(date, counts.in_scope(), true);
        }
        // Room for the reason first, so that a failed allocation leaves the series as it was.
        std::vector<rebasing>& rebasings = heap().rebasings;
        rebasings.reserve(rebasings.size() + 1);
        keep(day, counts);
        rebasings.push_back({day, std::move(reason)});
        more_->last_rebased = day;
    }

    // Exists only to name the mistake: a series follows one scope.
    template <class OtherScope>
    auto add(std::chrono::year_month_day, const cohort<OtherScope, Count>&) {
        static_assert(std::same_as<OtherScope, Scope>,
                      "restoration: a series follows one scope; a snapshot of another scope "
                      "belongs in a series of its own");
    }

    // In date order, contiguous.
    std::span<const snapshot_type> snapshots() const { return {data_, end_}; }

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

    // The pace between the last two snapshots; never from one snapshot alone.
    pace<Scope, Count> last_pace() const {
        const snapshot_type* const end = end_;
        if (end - data_ < 2) {
            detail::refuse_pace_of(size());
        }
        const snapshot_type& from = end[-2];
        const snapshot_type& to = end[-1];
        // The series holds its snapshots in date order: only a re-basing can spoil the pace,
        // one that changed the number in scope or one stated with the same number (whose date
        // is kept on the heap with the reasons: a series never re-based loads nothing more).
        if (to.counts.in_scope() != from.counts.in_scope()) {
            detail::refuse_pace_across_rebasing(from.counts.in_scope(), from.date,
                                                to.counts.in_scope(), to.date);
        }
        if (more_ && to.date == more_->last_rebased) [[unlikely]] {
            refuse_pace_across_stated_rebasing(from, to);
        }
        return {from.date, to.date, to.counts.in_scope(), from.counts.resumed(),
                to.counts.resumed()};
    }

    // The pace between the snapshots of two dates of the series, refused across any re-basing
    // between them, even one that kept the number in scope or one undone by another (100, then
    // 120, then 100 again): the free pace_between sees only the two snapshots it is given.
    pace<Scope, Count> pace_between(std::chrono::year_month_day from,
                                    std::chrono::year_month_day to) const {
        const snapshot_type& first = at(from);
        const snapshot_type& second = at(to);
        if (second.date <= first.date) {
            detail::refuse_pace_backwards(first.date, second.date);
        }
        if (more_) {
            for (const rebasing& r : more_->rebasings) {
                if (r.date > first.date && r.date <= second.date) {
                    detail::refuse_pace_across_rebasing_between(first.date, second.date, r.date,
                                                                r.reason);
                }
            }
        }
        return restoration::pace_between(first, second);
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
        std::copy_n(other.first_.snapshots, std::min(other.size(), first_capacity),
                    first_.snapshots);
    }

    std::size_t size() const { return static_cast<std::size_t>(end_ - data_); }

    struct rebasing {
        std::chrono::sys_days date;
        std::string reason;
    };

    // What few series need, in one allocation: all the snapshots once the first slots are full,
    // and the reasons of re-basings.
    struct beyond_first {
        std::vector<snapshot_type> snapshots;
        std::vector<rebasing> rebasings;
        // The last re-basing's date, so that last_pace tells one that kept the number in scope
        // with one comparison; a date no snapshot has while there is none.
        std::chrono::sys_days last_rebased = std::chrono::sys_days::min();
    };

    const snapshot_type& last() const { return end_[-1]; }

    // The snapshot of a date, or a refusal naming the date.
    const snapshot_type& at(std::chrono::year_month_day date) const {
        const std::chrono::sys_days day{date};
        const snapshot_type* const last_one = end_;
        const snapshot_type* found = std::lower_bound(
            data_, last_one, day,
            [](const snapshot_type& s, std::chrono::sys_days d) { return s.date < d; });
        if (!date.ok() || found == last_one || found->date != day) {
            throw std::invalid_argument("the series has no snapshot on " + iso_date(date));
        }
        return *found;
    }

    // At `count` snapshots: in the first slots up to first_capacity, all on the heap past it.
    void point_at(std::size_t count) {
        if (count <= first_capacity) {
            data_ = first_.snapshots;
            end_ = first_.snapshots + count;
            room_ = first_.snapshots + first_capacity;
        } else {
            snapshot_type* const heap = more_->snapshots.data();
            data_ = heap;
            end_ = heap + count;
            room_ = end_;
        }
    }

    void clear() {
        more_.reset();
        point_at(0);
    }

    beyond_first& heap() {
        if (!more_) {
            more_ = std::make_unique<beyond_first>();
        }
        return *more_;
    }

    void keep(std::chrono::sys_days day, const cohort<Scope, Count>& counts) {
        if (end_ != room_) {
            *end_ = {day, counts};
            ++end_;
        } else {
            keep_on_heap({day, counts});
        }
    }

    // add once the first slots are full (end_ has reached room_): the same checks, against the
    // last snapshot wherever it is. Out of line, as keep_on_heap is; the counts by value, since
    // a reference would make every caller keep them in memory.
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
        if (data_ == first_.snapshots) {
            snapshots.reserve(2 * first_capacity);
            snapshots.assign(first_.snapshots, first_.snapshots + first_capacity);
        }
        snapshots.push_back(next);
        point_at(snapshots.size());
    }

    [[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_pace_across_stated_rebasing(
        const snapshot_type& from, const snapshot_type& to) const {
        detail::refuse_pace_across_stated_rebasing(to.counts.in_scope(), from.date, to.date,
                                                   rebased(to.date));
    }

    // Why a snapshot on that date cannot follow: the checks of add and rebase made again, in
    // their order, off the path of snapshots kept.
    [[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_snapshot(
        std::chrono::year_month_day date, Count in_scope, bool rebases) const {
        if (!date.ok()) {
            throw std::invalid_argument("not a calendar date: " + iso_date(date));
        }
        if (size() != 0 && std::chrono::sys_days{date} <= last().date) {
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

    // The snapshots are [data_, end_): in the first slots, or past them all on the heap. add
    // writes at end_, with no call, until end_ reaches room_: the end of the first slots while
    // the snapshots are there, end_ itself once they are on the heap, so that from then on every
    // add goes through add_beyond_first. Pointers, not a count, so that add finds the next slot
    // and the last snapshot without multiplying by the size of one.
    first_snapshots first_;
    const snapshot_type* data_ = first_.snapshots;
    snapshot_type* end_ = first_.snapshots;
    const snapshot_type* room_ = first_.snapshots + first_capacity;
    std::unique_ptr<beyond_first> more_;
};

}  // namespace restoration
