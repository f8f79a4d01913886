// series.hpp: a cohort followed through dated snapshots, the pace between two of them, and when
// full resumption would be reached at that pace.
//
//   series<above_designated_size> large;
//   large.add(2022y / April / 18, {1'331, 930});
//   large.add(2022y / May / 5, {1'331, 1'265});
//   large.last_pace().resumed_per_day()      // 335 in 17 days: 19.7 a day
//   large.full_resumption().date             // 2022-05-09, 4 days on at that pace
#pragma once

#include <chrono>
#include <concepts>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <restoration/cohort.hpp>
#include <restoration/detail/checked.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>

namespace restoration {

// A date as bulletins and ISO 8601 write it: "2022-05-05".
inline std::string iso_date(std::chrono::year_month_day date) {
    const int year = static_cast<int>(date.year());
    const unsigned month = static_cast<unsigned>(date.month());
    const unsigned day = static_cast<unsigned>(date.day());
    return std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month) +
           (day < 10 ? "-0" : "-") + std::to_string(day);
}

// A cohort's counts on a date. `rebased` holds the reason when its denominator was re-based.
// The date is a day count, so that a snapshot cannot hold a day that is not in the calendar.
template <class Scope, class Count = std::int64_t>
struct snapshot {
    std::chrono::sys_days date;
    cohort<Scope, Count> counts;
    std::string rebased;  // empty unless this snapshot re-based the denominator
};

template <class Scope, class Count = std::int64_t>
class pace;

// The pace from one snapshot to a later one of the same denominator.
template <class Scope, class Count>
pace<Scope, Count> pace_between(const snapshot<Scope, Count>& from,
                                const snapshot<Scope, Count>& to);

// The change between two snapshots of one denominator. Only pace_between (and a series'
// last_pace) makes one, so that every pace runs forward in time over at least a day and
// compares like with like; it keeps the two dates and the three counts, not the snapshots.
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
        return cohort<Scope, Count>{in_scope_, resumed_after_}.work_rate() -
               cohort<Scope, Count>{in_scope_, resumed_before_}.work_rate();
    }
    double points_per_day() const {
        return points_change().to_double() / static_cast<double>(days());
    }

private:
    // The counts are of one denominator and from < to: pace_between has checked both.
    pace(std::chrono::sys_days from, std::chrono::sys_days to, Count in_scope,
         Count resumed_before, Count resumed_after)
        : from_(from),
          to_(to),
          in_scope_(in_scope),
          resumed_before_(resumed_before),
          resumed_after_(resumed_after) {}

    friend pace pace_between<Scope, Count>(const snapshot<Scope, Count>&,
                                           const snapshot<Scope, Count>&);

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
        throw std::invalid_argument(
            "a pace runs from an earlier snapshot to a later one, not from " +
            iso_date(from.date) + " to " + iso_date(to.date));
    }
    if (to.counts.in_scope() != from.counts.in_scope()) {
        throw std::invalid_argument(
            "the denominator changed from " + detail::grouped(from.counts.in_scope()) + " on " +
            iso_date(from.date) + " to " + detail::grouped(to.counts.in_scope()) + " on " +
            iso_date(to.date) + ": a pace across a re-basing is not like for like");
    }
    return {from.date, to.date, to.counts.in_scope(), from.counts.resumed(),
            to.counts.resumed()};
}

// Full resumption at this pace: the enterprises left over the enterprises resumed per day.
template <class Scope, class Count>
projection project_full_resumption(const pace<Scope, Count>& at) {
    const Count left = at.not_yet_resumed();
    if (left == 0) {
        return {0, at.to()};
    }
    if (at.resumed_change() <= 0) {
        throw std::domain_error(
            "no projection: resumed went from " + detail::grouped(at.resumed_before()) + " on " +
            iso_date(at.from()) + " to " + detail::grouped(at.resumed_after()) + " on " +
            iso_date(at.to()) + ", and " + detail::grouped(left) +
            " are left: at no progress full resumption is never reached");
    }
    // left / (change / days), rounded up: exact in integers.
    const std::int64_t scaled = detail::checked_mul<std::int64_t>(left, at.days(), "projecting");
    const std::int64_t change = at.resumed_change();
    const std::int64_t days = scaled / change + (scaled % change != 0 ? 1 : 0);
    // Past the year 9999 no calendar date is printed; std::chrono's years would wrap at 32767.
    const std::int64_t to_year_9999 =
        (std::chrono::sys_days{std::chrono::year{9999} / 12 / 31} - at.to()).count();
    if (days > to_year_9999) {
        throw std::domain_error("at " + detail::grouped(at.resumed_change()) + " resumed in " +
                                detail::grouped(at.days()) + " days, the " +
                                detail::grouped(left) + " left would take " +
                                detail::grouped(days) +
                                " days: full resumption lies past the year 9999");
    }
    return {days, std::chrono::year_month_day{at.to() + std::chrono::days{days}}};
}

// Snapshots of one cohort in date order, all of one denominator unless it is re-based by name.
template <class Scope, class Count = std::int64_t>
class series {
public:
    using snapshot_type = snapshot<Scope, Count>;

    // A later snapshot of the same denominator.
    void add(std::chrono::year_month_day date, const cohort<Scope, Count>& counts) {
        check_date(date);
        if (!snapshots_.empty() && counts.in_scope() != snapshots_.back().counts.in_scope()) {
            throw std::invalid_argument(
                "the denominator changed from " +
                detail::grouped(snapshots_.back().counts.in_scope()) + " to " +
                detail::grouped(counts.in_scope()) + " on " + iso_date(date) +
                ": state it with rebase(date, counts, reason)");
        }
        snapshots_.push_back({std::chrono::sys_days{date}, counts, {}});
    }

    // A later snapshot whose denominator changed, with the reason, which the series keeps.
    void rebase(std::chrono::year_month_day date, const cohort<Scope, Count>& counts,
                std::string reason) {
        check_date(date);
        if (reason.empty()) {
            throw std::invalid_argument("a re-basing on " + iso_date(date) +
                                        " needs its reason");
        }
        snapshots_.push_back({std::chrono::sys_days{date}, counts, std::move(reason)});
    }

    // Exists only to name the mistake: a series follows one scope.
    template <class OtherScope>
    auto add(std::chrono::year_month_day, const cohort<OtherScope, Count>&) {
        static_assert(std::same_as<OtherScope, Scope>,
                      "restoration: a series follows one scope; a snapshot of another scope "
                      "belongs in a series of its own");
    }

    std::span<const snapshot_type> snapshots() const { return snapshots_; }

    // The pace between the last two snapshots; never from one snapshot alone.
    pace<Scope, Count> last_pace() const {
        if (snapshots_.size() < 2) {
            throw std::domain_error("a pace needs two snapshots; the series has " +
                                    std::to_string(snapshots_.size()));
        }
        return pace_between(snapshots_[snapshots_.size() - 2], snapshots_.back());
    }

    // When every enterprise would have resumed at the last pace.
    projection full_resumption() const { return project_full_resumption(last_pace()); }

private:
    void check_date(std::chrono::year_month_day date) const {
        if (!date.ok()) {
            throw std::invalid_argument("not a calendar date: " + iso_date(date));
        }
        if (!snapshots_.empty() && std::chrono::sys_days{date} <= snapshots_.back().date) {
            throw std::invalid_argument("snapshots are kept in date order: " +
                                        iso_date(date) + " does not come after " +
                                        iso_date(snapshots_.back().date));
        }
    }

    std::vector<snapshot_type> snapshots_;
};

}  // namespace restoration
