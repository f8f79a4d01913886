// pooling_kernels.hpp: records of a registry pooled into cohorts by region x sector x size
// class with aggregate(), against a hand-written map of totals.
#pragma once

#include "kernel.hpp"

#include <array>
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>

namespace kernels {

constexpr std::array<std::string_view, 9> region_names = {
    "Chaoyang", "Nanguan", "Kuancheng", "Erdao", "Lvyuan", "Shuangyang", "Jiutai", "Dehui",
    "Yushu"};
constexpr std::array<std::string_view, 6> sector_names = {
    "automotive", "food", "pharmaceutical", "equipment", "materials", "energy"};

struct pooling {
    static constexpr std::string_view name = "pooling";
    using data = std::vector<restoration::enterprise_record>;
    static data make(std::size_t n) {
        using namespace restoration;
        std::mt19937_64 random(20220505);
        data made;
        made.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const auto pick = random();
            const bool large = pick % 6 == 0;
            made.push_back({region_names[pick % region_names.size()],
                            sector_names[(pick >> 8) % sector_names.size()],
                            large ? size_class::above_designated_size
                                  : size_class::below_designated_size,
                            (pick >> 16) % 100 < 84, static_cast<std::int64_t>((pick >> 24) % 500),
                            static_cast<double>((pick >> 32) % 1'000'000),
                            static_cast<double>((pick >> 40) % 1'000'000 + 1)});
        }
        return made;
    }

    BENCH_KERNEL static std::uint64_t typed(const data& records) {
        using namespace restoration;
        const auto groups = aggregate<industrial>(records, [](const enterprise_record& r) {
            return std::tuple{r.region, r.sector, r.size};
        });
        std::uint64_t digest = 0;
        for (const auto& [key, totals] : groups) {
            digest = fold(digest, static_cast<std::uint64_t>(totals.counts().in_scope()));
            digest = fold(digest, static_cast<std::uint64_t>(totals.counts().resumed()));
            digest = fold(digest, static_cast<std::uint64_t>(totals.staff().value()));
            digest = fold(digest, static_cast<std::uint64_t>(totals.value_now()));
            digest = fold(digest, static_cast<std::uint64_t>(totals.value_baseline()));
        }
        return digest;
    }

    // The values are summed exactly too, as whole yuan in 64-bit integers, checked to be whole.
    struct raw_totals {
        std::int64_t in_scope = 0;
        std::int64_t resumed = 0;
        std::int64_t staff = 0;
        std::uint64_t value_now = 0;
        std::uint64_t value_baseline = 0;
    };

    static std::uint64_t raw_value(double value, std::size_t row) {
        if (!(value >= 0 && value < 9007199254740992.0) ||
            static_cast<double>(static_cast<std::uint64_t>(value)) != value) {
            throw std::invalid_argument("bad value in record " + std::to_string(row));
        }
        return static_cast<std::uint64_t>(value);
    }

    // Orders the owned keys and finds them by views of the record's labels.
    struct key_order {
        using is_transparent = void;
        template <class A, class B>
        bool operator()(const A& a, const B& b) const {
            const auto view = [](const auto& key) {
                return std::tuple<std::string_view, std::string_view, restoration::size_class>{
                    std::get<0>(key), std::get<1>(key), std::get<2>(key)};
            };
            return view(a) < view(b);
        }
    };

    BENCH_KERNEL static std::uint64_t raw(const data& records) {
        using restoration::size_class;
        std::map<std::tuple<std::string, std::string, size_class>, raw_totals, key_order> groups;
        for (std::size_t i = 0; i < records.size(); ++i) {
            const restoration::enterprise_record& r = records[i];
            if (r.staff < 0) {
                throw std::invalid_argument("bad record " + std::to_string(i));
            }
            const std::uint64_t now = raw_value(r.value_now, i);
            const std::uint64_t baseline = raw_value(r.value_baseline, i);
            auto found = groups.find(std::tuple{r.region, r.sector, r.size});
            if (found == groups.end()) {
                found = groups.try_emplace({std::string(r.region), std::string(r.sector), r.size})
                            .first;
            }
            raw_totals& t = found->second;
            t.in_scope += 1;
            t.resumed += r.resumed ? 1 : 0;
            if (__builtin_add_overflow(t.staff, r.staff, &t.staff) ||
                __builtin_add_overflow(t.value_now, now, &t.value_now) ||
                __builtin_add_overflow(t.value_baseline, baseline, &t.value_baseline)) {
                throw std::overflow_error("a sum overflows at record " + std::to_string(i));
            }
        }
        std::uint64_t digest = 0;
        for (const auto& [key, t] : groups) {
            digest = fold(digest, static_cast<std::uint64_t>(t.in_scope));
            digest = fold(digest, static_cast<std::uint64_t>(t.resumed));
            digest = fold(digest, static_cast<std::uint64_t>(t.staff));
            digest = fold(digest, t.value_now);
            digest = fold(digest, t.value_baseline);
        }
        return digest;
    }
};

}  // namespace kernels
