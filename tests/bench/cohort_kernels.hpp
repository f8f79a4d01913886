// cohort_kernels.hpp: cohorts built from the integer counts a registry or a bulletin gives, and
// pooled by district with + and with +=.
#pragma once

#include "kernel.hpp"

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
        std::uint64_t digest = 0;
        for (const raw_pool& pool : pools) {
            digest = fold(digest, static_cast<std::uint64_t>(pool.in_scope));
            digest = fold(digest, static_cast<std::uint64_t>(pool.resumed));
        }
        return digest;
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
        std::uint64_t digest = 0;
        for (const raw_pool& pool : pools) {
            digest = fold(digest, static_cast<std::uint64_t>(pool.in_scope));
            digest = fold(digest, static_cast<std::uint64_t>(pool.resumed));
        }
        return digest;
    }
};

}  // namespace kernels
