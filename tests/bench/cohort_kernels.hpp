// cohort_kernels.hpp: cohorts built from the integer counts a registry or a bulletin gives,
// pooled by district with + and with +=, ranked by their rates, and split into complements.
#pragma once

#include "kernel.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace kernels {

inline constexpr std::size_t districts = 9;

// Counts as they arrive, one row per enterprise group: a district and two integers.
struct district_counts {
    std::size_t district;
    std::int64_t in_scope;
    std::int64_t resumed;
};

inline std::vector<district_counts> make_district_counts(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::vector<district_counts> made;
    made.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto in_scope = static_cast<std::int64_t>(random() % 2'000);
        const auto resumed =
            static_cast<std::int64_t>(random() % (static_cast<std::uint64_t>(in_scope) + 1));
        made.push_back({static_cast<std::size_t>(random() % districts), in_scope, resumed});
    }
    return made;
}

// The raw loops' checks, as a careful hand-written loop makes them and with messages as good.
[[noreturn]] inline void refuse_raw_counts(std::int64_t in_scope, std::int64_t resumed) {
    throw std::invalid_argument("bad counts: " + std::to_string(resumed) + " of " +
                                std::to_string(in_scope));
}

[[noreturn]] inline void refuse_raw_sum(std::int64_t a, std::int64_t b) {
    throw std::overflow_error("pooling overflows: " + std::to_string(a) + " + " +
                              std::to_string(b));
}

struct raw_pool {
    std::int64_t in_scope = 0;
    std::int64_t resumed = 0;
};

template <class Pools>
std::uint64_t digest_of_raw_pools(const Pools& pools) {
    std::uint64_t digest = 0;
    for (const raw_pool& pool : pools) {
        digest = fold(digest, static_cast<std::uint64_t>(pool.in_scope));
        digest = fold(digest, static_cast<std::uint64_t>(pool.resumed));
    }
    return digest;
}

inline std::int64_t raw_add(std::int64_t a, std::int64_t b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) {
        refuse_raw_sum(a, b);
    }
    return sum;
}

template <class Pools>
std::uint64_t digest_of_pools(const Pools& pools) {
    std::uint64_t digest = 0;
    for (const auto& pool : pools) {
        digest = fold(digest, static_cast<std::uint64_t>(pool.in_scope()));
        digest = fold(digest, static_cast<std::uint64_t>(pool.resumed()));
    }
    return digest;
}

// Counts arrive as integers; each becomes a cohort<industrial>, pooled into its district with +.
struct cohorts_built_and_pooled {
    static constexpr std::string_view name = "cohorts_built_and_pooled";
    using data = std::vector<district_counts>;
    static data make(std::size_t n) { return make_district_counts(n, 20220505); }

    BENCH_KERNEL static std::uint64_t typed(const data& rows) {
        using namespace restoration;
        std::array<cohort<industrial>, districts> pools;
        pools.fill({0, 0});
        for (const district_counts& row : rows) {
            pools[row.district] = pools[row.district] + cohort<industrial>{row.in_scope, row.resumed};
        }
        return digest_of_pools(pools);
    }

    BENCH_KERNEL static std::uint64_t raw(const data& rows) {
        std::array<raw_pool, districts> pools{};
        for (const district_counts& row : rows) {
            if (row.in_scope < 0 || row.resumed < 0 || row.resumed > row.in_scope) {
                refuse_raw_counts(row.in_scope, row.resumed);
            }
            raw_pool& pool = pools[row.district];
            pool.in_scope = raw_add(pool.in_scope, row.in_scope);
            pool.resumed = raw_add(pool.resumed, row.resumed);
        }
        return digest_of_raw_pools(pools);
    }
};

// Cohorts already built (checked once, when they were made) pooled into their districts with +=.
struct cohorts_pooled {
    static constexpr std::string_view name = "cohorts_pooled";
    struct data {
        std::vector<std::size_t> district;
        std::vector<restoration::cohort<restoration::industrial>> cohorts;
        std::vector<raw_pool> counts;  // the same counts, for the raw loop
    };
    static data make(std::size_t n) {
        data made;
        for (const district_counts& row : make_district_counts(n, 7681)) {
            made.district.push_back(row.district);
            made.cohorts.push_back({row.in_scope, row.resumed});
            made.counts.push_back({row.in_scope, row.resumed});
        }
        return made;
    }

    BENCH_KERNEL static std::uint64_t typed(const data& d) {
        using namespace restoration;
        std::array<cohort<industrial>, districts> pools;
        pools.fill({0, 0});
        for (std::size_t i = 0; i < d.cohorts.size(); ++i) {
            pools[d.district[i]] += d.cohorts[i];
        }
        return digest_of_pools(pools);
    }

    BENCH_KERNEL static std::uint64_t raw(const data& d) {
        std::array<raw_pool, districts> pools{};
        for (std::size_t i = 0; i < d.counts.size(); ++i) {
            raw_pool& pool = pools[d.district[i]];
            pool.in_scope = raw_add(pool.in_scope, d.counts[i].in_scope);
            pool.resumed = raw_add(pool.resumed, d.counts[i].resumed);
        }
        return digest_of_raw_pools(pools);
    }
};

// Built cohorts (those in scope above zero), the same counts for the raw loops.
struct built_cohorts {
    std::vector<restoration::cohort<restoration::industrial>> cohorts;
    std::vector<raw_pool> counts;
};

inline built_cohorts make_built_cohorts(std::size_t n, std::uint64_t seed) {
    built_cohorts made;
    for (const district_counts& row : make_district_counts(n, seed)) {
        const std::int64_t in_scope = row.in_scope + 1;
        made.cohorts.push_back({in_scope, row.resumed});
        made.counts.push_back({in_scope, row.resumed});
    }
    return made;
}

// Cohorts sorted by their work rates, as a table ranks districts: each comparison exact.
struct cohorts_ranked {
    static constexpr std::string_view name = "cohorts_ranked";
    using data = built_cohorts;
    static data make(std::size_t n) { return make_built_cohorts(n, 84'364); }

    BENCH_KERNEL static std::uint64_t typed(const data& d) {
        using namespace restoration;
        std::vector<cohort<industrial>> ranked = d.cohorts;
        std::sort(ranked.begin(), ranked.end(),
                  [](const auto& a, const auto& b) { return a.work_rate() < b.work_rate(); });
        return digest_of_pools(ranked);
    }

    BENCH_KERNEL static std::uint64_t raw(const data& d) {
        std::vector<raw_pool> ranked = d.counts;
        std::sort(ranked.begin(), ranked.end(), [](const raw_pool& a, const raw_pool& b) {
            if (a.in_scope == 0 || b.in_scope == 0) {  // no rate, as work_rate() refuses it
                refuse_raw_counts(0, 0);
            }
            __extension__ using wide = __int128;
            return static_cast<wide>(a.resumed) * b.in_scope <
                   static_cast<wide>(b.resumed) * a.in_scope;
        });
        return digest_of_raw_pools(ranked);
    }
};

// all - large for each record: the enterprises below designated size, checked to fit inside.
struct complements {
    static constexpr std::string_view name = "complements";
    struct data {
        std::vector<restoration::cohort<restoration::industrial>> all;
        std::vector<restoration::cohort<restoration::above_designated_size>> large;
        std::vector<raw_pool> all_counts;
        std::vector<raw_pool> large_counts;
    };
    static data make(std::size_t n) {
        data made;
        std::mt19937_64 random(6'350);
        for (const district_counts& row : make_district_counts(n, 1'331)) {
            const std::int64_t large_in_scope =
                static_cast<std::int64_t>(random() % (static_cast<std::uint64_t>(row.in_scope) + 1));
            const std::int64_t not_resumed = row.in_scope - row.resumed;
            // At most as many resumed, and as many not resumed, as the whole has.
            const std::int64_t large_resumed = std::min(row.resumed, large_in_scope);
            const std::int64_t large_left = std::min(not_resumed, large_in_scope - large_resumed);
            made.all.push_back({row.in_scope, row.resumed});
            made.large.push_back({large_resumed + large_left, large_resumed});
            made.all_counts.push_back({row.in_scope, row.resumed});
            made.large_counts.push_back({large_resumed + large_left, large_resumed});
        }
        return made;
    }

    BENCH_KERNEL static std::uint64_t typed(const data& d) {
        std::uint64_t digest = 0;
        for (std::size_t i = 0; i < d.all.size(); ++i) {
            const auto small = d.all[i] - d.large[i];
            digest = fold(digest, static_cast<std::uint64_t>(small.in_scope()));
            digest = fold(digest, static_cast<std::uint64_t>(small.resumed()));
        }
        return digest;
    }

    BENCH_KERNEL static std::uint64_t raw(const data& d) {
        std::uint64_t digest = 0;
        for (std::size_t i = 0; i < d.all_counts.size(); ++i) {
            const raw_pool& all = d.all_counts[i];
            const raw_pool& large = d.large_counts[i];
            if (large.in_scope > all.in_scope || large.resumed > all.resumed ||
                large.in_scope - large.resumed > all.in_scope - all.resumed) {
                refuse_raw_counts(large.in_scope, large.resumed);
            }
            digest = fold(digest, static_cast<std::uint64_t>(all.in_scope - large.in_scope));
            digest = fold(digest, static_cast<std::uint64_t>(all.resumed - large.resumed));
        }
        return digest;
    }
};

}  // namespace kernels
