// series_kernels.hpp: a short series built and its pace and projection taken, with restoration's
// types and by a hand-written loop on plain integers that makes the same checks, for the
// benchmark and the instruction-count test. Each pair returns the same digest of its results, so
// that a raw loop that skipped work would be caught.
#pragma once

#include "kernel.hpp"

#include <array>
#include <bit>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string_view>
#include <vector>

// One cohort seen on four dates, as a user has it before any of restoration's types: the dates
// as std::chrono dates, the counts as integers.
struct series_observation {
    std::chrono::year_month_day date;
    std::int64_t in_scope;
    std::int64_t resumed;
};

using series_history = std::array<series_observation, 4>;

// Four dates a few days apart from 2020 on, one denominator, resumed never falling and rising
// at the last snapshot unless everything had resumed already, so that every projection exists
// and falls well within the year 9999 (at most 20,000 left at 1 a day over 30 days).
inline std::vector<series_history> make_series_histories(std::size_t n, std::uint64_t seed) {
    using namespace std::chrono;
    std::mt19937_64 random(seed);
    const auto below = [&](std::int64_t bound) {  // 0 to bound - 1
        return static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(bound));
    };
    std::vector<series_history> made(n);
    for (series_history& history : made) {
        sys_days day = sys_days{year{2020} / January / 1} + days{below(1'000)};
        const std::int64_t in_scope = 1 + below(20'000);
        std::int64_t resumed = below(in_scope / 2 + 1);
        for (std::size_t i = 0; i < history.size(); ++i) {
            if (i > 0) {
                day += days{1 + below(30)};
                const std::int64_t left = in_scope - resumed;
                if (i + 1 < history.size()) {
                    resumed += below(left + 1);
                } else if (left > 0) {
                    resumed += 1 + below(left);
                }
            }
            history[i] = {year_month_day{day}, in_scope, resumed};
        }
    }
    return made;
}

// The figures both ways of working report for a pace and its projection, folded into one
// number: the floating-point ones by their bits, so that they must agree exactly.
struct series_digest {
    std::uint64_t value = 0;

    void add(std::int64_t days, std::int64_t resumed_change, double resumed_per_day,
             double points_per_day, std::int64_t days_to_full, std::chrono::year_month_day full) {
        value = value * 31 + static_cast<std::uint64_t>(days);
        value = value * 31 + static_cast<std::uint64_t>(resumed_change);
        value ^= std::bit_cast<std::uint64_t>(resumed_per_day);
        value += std::bit_cast<std::uint64_t>(points_per_day);
        value = value * 31 + static_cast<std::uint64_t>(days_to_full);
        value = value * 31 + static_cast<std::uint64_t>(static_cast<int>(full.year()) * 10'000 +
                                                        static_cast<int>(static_cast<unsigned>(
                                                            full.month())) *
                                                            100 +
                                                        static_cast<int>(static_cast<unsigned>(
                                                            full.day())));
    }
};

// The hand-written pace and projection from the last two of a cohort's snapshots, given as day
// counts and counts already checked (non-negative, resumed within scope, dates increasing): the
// checks that remain are those a careful loop makes before dividing, taking a rate, multiplying
// and printing a date.
struct series_raw_pace {
    [[noreturn]] [[gnu::cold]] [[gnu::noinline]] static void refuse(const char* why) {
        throw std::domain_error(why);
    }

    // Inlined always, as if written out in each loop: clang would otherwise call it, and the
    // raw loops would pay a call the typed code does not.
    [[gnu::always_inline]] static void add(series_digest& digest, std::int64_t day_before,
                                           std::int64_t day_after,
                    std::int64_t in_scope_before, std::int64_t in_scope,
                    std::int64_t resumed_before, std::int64_t resumed_after) {
        using namespace std::chrono;
        if (in_scope_before != in_scope) {
            refuse("a pace across a re-basing");
        }
        if (in_scope == 0) {
            refuse("the work rate of an empty cohort");
        }
        const std::int64_t days = day_after - day_before;
        const std::int64_t change = resumed_after - resumed_before;
        const double per_day = static_cast<double>(change) / static_cast<double>(days);
        const double points =
            100.0 * (static_cast<double>(resumed_after) / static_cast<double>(in_scope) -
                     static_cast<double>(resumed_before) / static_cast<double>(in_scope));
        const double points_per_day = points / static_cast<double>(days);
        const std::int64_t left = in_scope - resumed_after;
        std::int64_t days_to_full = 0;
        if (left != 0) {
            if (change <= 0) {
                refuse("no progress");
            }
            std::int64_t scaled = 0;
            if (__builtin_mul_overflow(left, days, &scaled)) {
                refuse("overflow");
            }
            days_to_full = scaled / change + (scaled % change != 0 ? 1 : 0);
            const std::int64_t to_year_9999 =
                sys_days{year{9999} / 12 / 31}.time_since_epoch().count() - day_after;
            if (days_to_full > to_year_9999) {
                refuse("past the year 9999");
            }
        }
        digest.add(days, change, per_day, points_per_day, days_to_full,
                   year_month_day{sys_days{std::chrono::days{day_after + days_to_full}}});
    }
};

// Build a four-snapshot series per cohort from its dates and integer counts, then take its last
// pace and the projection at that pace.
struct series_build {
    static constexpr std::string_view name = "series_build";

    struct data {
        std::vector<series_history> histories;
    };

    static data make(std::size_t n) { return {make_series_histories(n, 20220418)}; }

    BENCH_KERNEL static std::uint64_t typed(const data& d) {
        using namespace restoration;
        series_digest digest;
        for (const series_history& history : d.histories) {
            series<above_designated_size> large;
            for (const series_observation& seen : history) {
                large.add(seen.date, {seen.in_scope, seen.resumed});
            }
            const auto pace = large.last_pace();
            const projection full = large.full_resumption();
            digest.add(pace.days(), pace.resumed_change(), pace.resumed_per_day(),
                       pace.points_per_day(), full.days, full.date);
        }
        return digest.value;
    }

    BENCH_KERNEL static std::uint64_t raw(const data& d) {
        series_digest digest;
        for (const series_history& history : d.histories) {
            std::array<std::int64_t, 4> day{};
            std::int64_t in_scope = 0;
            std::array<std::int64_t, 4> resumed{};
            for (std::size_t i = 0; i < history.size(); ++i) {
                const series_observation& seen = history[i];
                if (!seen.date.ok()) {
                    series_raw_pace::refuse("not a date");
                }
                day[i] = std::chrono::sys_days{seen.date}.time_since_epoch().count();
                if (i > 0 && day[i] <= day[i - 1]) {
                    series_raw_pace::refuse("dates out of order");
                }
                if (seen.in_scope < 0 || seen.resumed < 0 || seen.resumed > seen.in_scope) {
                    series_raw_pace::refuse("bad counts");
                }
                if (i > 0 && seen.in_scope != in_scope) {
                    series_raw_pace::refuse("the denominator changed");
                }
                in_scope = seen.in_scope;
                resumed[i] = seen.resumed;
            }
            series_raw_pace::add(digest, day[2], day[3], in_scope, in_scope, resumed[2],
                                 resumed[3]);
        }
        return digest.value;
    }
};

// The pace and projection of series already built: the series in restoration's type, and the
// same snapshots as rows of plain integers.
struct series_pace {
    static constexpr std::string_view name = "series_pace";

    struct raw_row {
        std::int64_t day;  // since 1970-01-01
        std::int64_t in_scope;
        std::int64_t resumed;
    };
    struct raw_series {
        std::array<raw_row, 4> rows;
        std::size_t size;
    };

    struct data {
        std::vector<restoration::series<restoration::above_designated_size>> built;
        std::vector<raw_series> rows;
    };

    static data make(std::size_t n) {
        data made;
        made.built.reserve(n);
        made.rows.reserve(n);
        for (const series_history& history : make_series_histories(n, 20220505)) {
            auto& large = made.built.emplace_back();
            raw_series& rows = made.rows.emplace_back();
            rows.size = history.size();
            for (std::size_t i = 0; i < history.size(); ++i) {
                const series_observation& seen = history[i];
                large.add(seen.date, {seen.in_scope, seen.resumed});
                rows.rows[i] = {std::chrono::sys_days{seen.date}.time_since_epoch().count(),
                                seen.in_scope, seen.resumed};
            }
        }
        return made;
    }

    BENCH_KERNEL static std::uint64_t typed(const data& d) {
        using namespace restoration;
        series_digest digest;
        for (const auto& large : d.built) {
            const auto pace = large.last_pace();
            const projection full = large.full_resumption();
            digest.add(pace.days(), pace.resumed_change(), pace.resumed_per_day(),
                       pace.points_per_day(), full.days, full.date);
        }
        return digest.value;
    }

    BENCH_KERNEL static std::uint64_t raw(const data& d) {
        series_digest digest;
        for (const raw_series& rows : d.rows) {
            if (rows.size < 2) {
                series_raw_pace::refuse("one snapshot");
            }
            const raw_row& before = rows.rows[rows.size - 2];
            const raw_row& after = rows.rows[rows.size - 1];
            series_raw_pace::add(digest, before.day, after.day, before.in_scope, after.in_scope,
                                 before.resumed, after.resumed);
        }
        return digest.value;
    }
};
