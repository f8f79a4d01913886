// bench.cpp: what restoration's types cost, measured against hand-written loops over plain
// integers and doubles on the same data, in the same binary. Each raw loop does the work the
// typed code does, including the same checks of its input, as a careful hand-written loop would.
// After the runs it prints typed/raw for each case, from the medians of the repetitions.
#include <restoration/restoration.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using namespace restoration;

namespace {

constexpr std::size_t records_count = 10'000'000;
constexpr std::size_t outputs_count = 10'000'000;
constexpr std::size_t rates_count = 1'000'000;

// ---- 1. Pooling records into cohorts by region x sector x size class ----------------------

constexpr std::array<std::string_view, 9> region_names = {
    "Chaoyang", "Nanguan", "Kuancheng", "Erdao", "Lvyuan", "Shuangyang", "Jiutai", "Dehui",
    "Yushu"};
constexpr std::array<std::string_view, 6> sector_names = {
    "automotive", "food", "pharmaceutical", "equipment", "materials", "energy"};

const std::vector<enterprise_record>& records() {
    static const std::vector<enterprise_record> data = [] {
        std::mt19937_64 random(20220505);
        std::vector<enterprise_record> made;
        made.reserve(records_count);
        for (std::size_t i = 0; i < records_count; ++i) {
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
    }();
    return data;
}

void pooling_typed(benchmark::State& state) {
    const auto& data = records();
    for (auto _ : state) {
        auto groups = aggregate<industrial>(data, [](const enterprise_record& r) {
            return std::tuple{r.region, r.sector, r.size};
        });
        benchmark::DoNotOptimize(groups);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

struct raw_totals {
    std::int64_t in_scope = 0;
    std::int64_t resumed = 0;
    std::int64_t staff = 0;
    double value_now = 0;
    double value_baseline = 0;
};

void pooling_raw(benchmark::State& state) {
    const auto& data = records();
    for (auto _ : state) {
        std::map<std::tuple<std::string_view, std::string_view, size_class>, raw_totals,
                 std::less<>>
            groups;
        for (std::size_t i = 0; i < data.size(); ++i) {
            const enterprise_record& r = data[i];
            if (r.staff < 0 || !std::isfinite(r.value_now) || r.value_now < 0 ||
                !std::isfinite(r.value_baseline) || r.value_baseline < 0) {
                throw std::invalid_argument("bad record " + std::to_string(i));
            }
            raw_totals& t = groups.try_emplace(std::tuple{r.region, r.sector, r.size}).first->second;
            ++t.in_scope;
            t.resumed += r.resumed ? 1 : 0;
            t.staff += r.staff;
            t.value_now += r.value_now;
            t.value_baseline += r.value_baseline;
        }
        benchmark::DoNotOptimize(groups);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

// ---- 2. Summing one good's output given in tonnes and in kilograms ------------------------

struct stated_amount {
    double value;
    bool in_kilograms;
};

const std::vector<stated_amount>& amounts() {
    static const std::vector<stated_amount> data = [] {
        std::mt19937_64 random(1529);
        std::vector<stated_amount> made;
        made.reserve(outputs_count);
        for (std::size_t i = 0; i < outputs_count; ++i) {
            const auto pick = random();
            const bool kg = pick % 2 == 0;
            const double value = static_cast<double>((pick >> 8) % 100'000) / 10.0;
            made.push_back({kg ? value * 1000.0 : value, kg});
        }
        return made;
    }();
    return data;
}

void mixed_units_typed(benchmark::State& state) {
    const auto& data = amounts();
    for (auto _ : state) {
        output<disinfectant> total = 0.0 * tonnes;
        for (const stated_amount& a : data) {
            total = total + (a.in_kilograms ? output<disinfectant>(a.value * kilograms)
                                            : output<disinfectant>(a.value * tonnes));
        }
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

void mixed_units_raw(benchmark::State& state) {
    const auto& data = amounts();
    for (auto _ : state) {
        double total = 0.0;  // tonnes
        for (const stated_amount& a : data) {
            const double t = a.in_kilograms ? a.value / 1000.0 : a.value;
            if (!std::isfinite(t) || t < 0) {
                throw std::invalid_argument("bad amount");
            }
            total += t;
            if (!std::isfinite(total)) {
                throw std::invalid_argument("total overflows");
            }
        }
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

// ---- 3. Formatting count-based rates as percents, half up, one decimal -------------------

struct counts {
    std::int64_t resumed;
    std::int64_t in_scope;
};

const std::vector<counts>& rate_counts() {
    static const std::vector<counts> data = [] {
        std::mt19937_64 random(7681);
        std::vector<counts> made;
        made.reserve(rates_count);
        for (std::size_t i = 0; i < rates_count; ++i) {
            const std::int64_t in_scope = static_cast<std::int64_t>(random() % 20'000) + 1;
            made.push_back({static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(in_scope + 1)), in_scope});
        }
        return made;
    }();
    return data;
}

void formatting_typed(benchmark::State& state) {
    const auto& data = rate_counts();
    for (auto _ : state) {
        std::size_t length = 0;
        for (const counts& c : data) {
            length += percent(rate<work_resumption>{c.resumed, c.in_scope}, 1, rounding::half_up).size();
        }
        benchmark::DoNotOptimize(length);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

// A hand-written formatter: the percent to one decimal, half up, in integers, with separators.
std::string raw_percent(std::int64_t resumed, std::int64_t in_scope) {
    if (resumed < 0 || in_scope <= 0) {
        throw std::invalid_argument("bad counts");
    }
    const std::int64_t scaled = resumed * 1000;
    std::int64_t tenths = scaled / in_scope;
    const std::int64_t left = scaled % in_scope;
    if (left >= in_scope - left) {
        ++tenths;
    }
    char buffer[32];
    char* const end = buffer + sizeof buffer;
    char* at = end;
    *--at = '%';
    *--at = static_cast<char>('0' + tenths % 10);
    *--at = '.';
    std::int64_t whole = tenths / 10;
    int in_group = 0;
    do {
        if (in_group == 3) {
            *--at = ',';
            in_group = 0;
        }
        *--at = static_cast<char>('0' + whole % 10);
        whole /= 10;
        ++in_group;
    } while (whole != 0);
    return std::string(at, end);
}

void formatting_raw(benchmark::State& state) {
    const auto& data = rate_counts();
    for (auto _ : state) {
        std::size_t length = 0;
        for (const counts& c : data) {
            length += raw_percent(c.resumed, c.in_scope).size();
        }
        benchmark::DoNotOptimize(length);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

// ---- 4. Checking printed rates against their counts, under every rule --------------------

struct printed_case {
    decimal printed;  // the percent as printed, one decimal
    std::int64_t resumed;
    std::int64_t in_scope;
};

const std::vector<printed_case>& printed_cases() {
    static const std::vector<printed_case> data = [] {
        std::mt19937_64 random(843);
        std::vector<printed_case> made;
        made.reserve(rates_count);
        for (const counts& c : rate_counts()) {
            // Mostly what truncation prints, sometimes one tenth off.
            const std::int64_t tenths = c.resumed * 1000 / c.in_scope + static_cast<std::int64_t>(random() % 3) - 1;
            made.push_back({{tenths < 0 ? 0 : tenths, 1}, c.resumed, c.in_scope});
        }
        return made;
    }();
    return data;
}

void checking_typed(benchmark::State& state) {
    const auto& data = printed_cases();
    for (auto _ : state) {
        std::size_t fits = 0;
        for (const printed_case& p : data) {
            const percent_check check = check_printed({p.printed}, p.resumed, p.in_scope);
            for (const rule_verdict& v : check.verdicts()) {
                fits += v.fits ? 1 : 0;
            }
        }
        benchmark::DoNotOptimize(fits);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

void checking_raw(benchmark::State& state) {
    const auto& data = printed_cases();
    for (auto _ : state) {
        std::size_t fits = 0;
        for (const printed_case& p : data) {
            if (p.resumed < 0 || p.in_scope <= 0) {
                throw std::invalid_argument("bad counts");
            }
            const std::int64_t scaled = p.resumed * 1000;  // percent to one decimal
            const std::int64_t kept = scaled / p.in_scope;
            const std::int64_t left = scaled % p.in_scope;
            const std::int64_t other = p.in_scope - left;
            const bool half = left == other;
            const bool above = left > other;
            const std::int64_t half_up = kept + ((half || above) ? 1 : 0);
            const std::int64_t half_even = kept + ((above || (half && kept % 2 != 0)) ? 1 : 0);
            const std::int64_t half_down = kept + (above ? 1 : 0);
            const std::int64_t away = kept + (left != 0 ? 1 : 0);
            const std::int64_t printed = p.printed.units;
            fits += (half_up == printed) + (half_even == printed) + (half_down == printed) +
                    (kept == printed) + (away == printed);
        }
        benchmark::DoNotOptimize(fits);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}

BENCHMARK(pooling_typed)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(pooling_raw)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(mixed_units_typed)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(mixed_units_raw)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(formatting_typed)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(formatting_raw)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(checking_typed)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(checking_raw)->Unit(benchmark::kMillisecond)->UseRealTime();

// Keeps the median of each benchmark's repetitions, to print typed/raw at the end.
class median_reporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median") {
                medians_[run.run_name.function_name] = {run.GetAdjustedRealTime(),
                                                        run.counters.count("items_per_second")
                                                            ? double(run.counters.at("items_per_second"))
                                                            : 0.0};
            }
        }
    }

    void print_table() const {
        std::printf("\n%-12s %12s %12s %8s %16s\n", "case", "typed (ms)", "raw (ms)",
                    "typed/raw", "typed items/s");
        for (const char* name : {"pooling", "mixed_units", "formatting", "checking"}) {
            const auto typed = medians_.find(std::string(name) + "_typed");
            const auto raw = medians_.find(std::string(name) + "_raw");
            if (typed == medians_.end() || raw == medians_.end()) {
                continue;
            }
            std::printf("%-12s %12.1f %12.1f %8.3f %16.3g\n", name, typed->second.time,
                        raw->second.time, typed->second.time / raw->second.time,
                        typed->second.items_per_second);
        }
    }

private:
    struct median {
        double time;
        double items_per_second;
    };
    std::map<std::string, median> medians_;
};

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    median_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.print_table();
    benchmark::Shutdown();
    return 0;
}
