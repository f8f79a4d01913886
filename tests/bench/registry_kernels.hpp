// registry_kernels.hpp: the registry tool's aggregation as a benchmark kernel, typed and raw on
// the same records: records grouped by their region label, every figure checked, counts and
// staff summed with overflow checks, output values summed exactly, groups handed back in label
// order. Each kernel returns a checksum of its groups, equal for both, so that neither is
// optimised away and a test can see that they agree.
#pragma once

#include "kernel.hpp"

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace registry_kernels {

__extension__ typedef unsigned __int128 uint128;  // NOLINT: the raw loop's exact sums (GCC, Clang)

// Records as the registry tool makes them from make_registry's file: labels viewing a buffer
// of their own (as a reader's row buffer), whole-yuan values, one in six above designated size.
struct registry {
    std::string labels;
    std::vector<restoration::enterprise_record> records;
};

inline registry made_up_registry(std::size_t count) {
    constexpr std::array<std::string_view, 9> regions = {"Chaoyang", "Nanguan", "Kuancheng",
                                                          "Erdao",    "Lvyuan",  "Shuangyang",
                                                          "Jiutai",   "Dehui",   "Yushu"};
    registry made;
    made.labels.reserve(count * 10);
    std::vector<std::size_t> starts;
    std::mt19937_64 random(20220505);
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint64_t pick = random();
        const bool large = pick % 6 == 0;
        starts.push_back(made.labels.size());
        made.labels += regions[(pick >> 4) % regions.size()];
        const std::uint64_t baseline = (pick >> 32) % (large ? 500'000'000 : 20'000'000) + 1;
        made.records.push_back(
            {{}, "food",
             large ? restoration::size_class::above_designated_size
                   : restoration::size_class::below_designated_size,
             (pick >> 16) % 100 < 84, static_cast<std::int64_t>((pick >> 24) % (large ? 2'000 : 200)),
             static_cast<double>(baseline * (60 + (pick >> 12) % 61) / 100),
             static_cast<double>(baseline)});
    }
    starts.push_back(made.labels.size());
    const std::string_view all = made.labels;
    for (std::size_t i = 0; i < count; ++i) {
        made.records[i].region = all.substr(starts[i], starts[i + 1] - starts[i]);
    }
    return made;
}

// What both kernels hand back, summed over the groups in order: enough that a group missed,
// merged or misordered shows.
inline std::uint64_t checksum_step(std::uint64_t sum, std::string_view label, std::int64_t in_scope,
                                   std::int64_t resumed, std::int64_t staff, double value_now,
                                   double value_baseline) {
    sum = sum * 31 + std::hash<std::string_view>{}(label);
    sum = sum * 31 + static_cast<std::uint64_t>(in_scope);
    sum = sum * 31 + static_cast<std::uint64_t>(resumed);
    sum = sum * 31 + static_cast<std::uint64_t>(staff);
    sum = sum * 31 + static_cast<std::uint64_t>(value_now);
    return sum * 31 + static_cast<std::uint64_t>(value_baseline);
}

// The library, as a user writes it.
inline std::uint64_t by_region_typed(const std::vector<restoration::enterprise_record>& records) {
    const auto groups = restoration::aggregate<restoration::industrial>(
        records, [](const restoration::enterprise_record& r) { return r.region; });
    std::uint64_t sum = 0;
    for (const auto& [label, totals] : groups) {
        sum = checksum_step(sum, label, totals.counts().in_scope(), totals.counts().resumed(),
                            totals.staff().value(), totals.value_now(), totals.value_baseline());
    }
    return sum;
}

// A careful hand-written loop: the same checks, a hash map by label, whole-yuan values summed
// exactly in 128 bits (anything else refused, where the library would sum its decimals), and
// the groups put in label order once at the end.
inline std::uint64_t by_region_raw(const std::vector<restoration::enterprise_record>& records) {
    struct totals {
        std::int64_t in_scope = 0;
        std::int64_t resumed = 0;
        std::int64_t staff = 0;
        uint128 value_now = 0;  // below 2^53 a record: no sum of fewer than 2^75 passes 2^128
        uint128 value_baseline = 0;
    };
    struct label_hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view label) const {
            return std::hash<std::string_view>{}(label);
        }
    };
    const auto whole = [](double value) {
        if (!(value >= 0 && value < 9007199254740992.0) ||
            static_cast<double>(static_cast<std::uint64_t>(value)) != value) {
            throw std::invalid_argument("not a whole number of yuan below 2^53");
        }
        return static_cast<std::uint64_t>(value);
    };
    std::unordered_map<std::string, totals, label_hash, std::equal_to<>> groups;
    for (const restoration::enterprise_record& r : records) {
        if ((r.size != restoration::size_class::above_designated_size &&
             r.size != restoration::size_class::below_designated_size) ||
            r.staff < 0 || !std::isfinite(r.value_now) || r.value_now < 0 ||
            !std::isfinite(r.value_baseline) || r.value_baseline < 0) {
            throw std::invalid_argument("bad record");
        }
        auto found = groups.find(r.region);
        if (found == groups.end()) {
            found = groups.emplace(std::string(r.region), totals{}).first;
        }
        totals& t = found->second;
        if (__builtin_add_overflow(t.in_scope, 1, &t.in_scope) ||
            __builtin_add_overflow(t.resumed, r.resumed ? 1 : 0, &t.resumed) ||
            __builtin_add_overflow(t.staff, r.staff, &t.staff)) {
            throw std::overflow_error("a count overflows");
        }
        t.value_now += whole(r.value_now);
        t.value_baseline += whole(r.value_baseline);
    }
    const std::map<std::string_view, const totals*> in_order = [&] {
        std::map<std::string_view, const totals*> sorted;
        for (const auto& [label, t] : groups) {
            sorted.emplace(label, &t);
        }
        return sorted;
    }();
    std::uint64_t sum = 0;
    for (const auto& [label, t] : in_order) {
        sum = checksum_step(sum, label, t->in_scope, t->resumed, t->staff,
                            static_cast<double>(t->value_now),
                            static_cast<double>(t->value_baseline));
    }
    return sum;
}

}  // namespace registry_kernels

namespace kernels {

// The registry tool's step as a kernel of the benchmark and the instruction counts.
struct registry_by_region {
    static constexpr std::string_view name = "registry_by_region";
    using data = registry_kernels::registry;  // the records view its labels
    static data make(std::size_t n) { return registry_kernels::made_up_registry(n); }
    BENCH_KERNEL static std::uint64_t typed(const data& d) {
        return registry_kernels::by_region_typed(d.records);
    }
    BENCH_KERNEL static std::uint64_t raw(const data& d) {
        return registry_kernels::by_region_raw(d.records);
    }
};

}  // namespace kernels
