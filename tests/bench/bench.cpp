// bench.cpp: what restoration's types cost in time, on the paths users write, against
// hand-written loops over plain integers and doubles that make the same checks and compute the
// same results, on the same data in the same binary (the kernels are in *_kernels.hpp; their
// instructions are counted by instructions.cpp). After the runs it prints typed/raw for each
// kernel, from the medians of the repetitions.
#include "all_kernels.hpp"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

template <class Kernel>
void register_kernel(std::size_t size) {
    // The data is made on first use, by whichever of the pair runs first, and kept.
    static const typename Kernel::data* data = nullptr;
    const auto run = [size](benchmark::State& state, auto function) {
        if (data == nullptr) {
            data = new typename Kernel::data(Kernel::make(size));
            if (Kernel::typed(*data) != Kernel::raw(*data)) {
                throw std::logic_error(std::string(Kernel::name) + ": typed and raw disagree");
            }
        }
        for (auto _ : state) {
            benchmark::DoNotOptimize(function(*data));
        }
        state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                                static_cast<std::int64_t>(size));
    };
    const std::string name(Kernel::name);
    benchmark::RegisterBenchmark((name + "_typed").c_str(),
                                 [run](benchmark::State& state) { run(state, &Kernel::typed); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    benchmark::RegisterBenchmark((name + "_raw").c_str(),
                                 [run](benchmark::State& state) { run(state, &Kernel::raw); })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
}

// Keeps the median of each benchmark's repetitions, to print typed/raw at the end.
class median_reporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median") {
                medians_[run.run_name.function_name] = {
                    run.GetAdjustedRealTime(),
                    run.counters.count("items_per_second")
                        ? double(run.counters.at("items_per_second"))
                        : 0.0};
            }
        }
    }

    void print_table(const std::vector<std::string>& names) const {
        std::printf("\n%-26s %12s %12s %9s %16s\n", "kernel", "typed (ms)", "raw (ms)",
                    "typed/raw", "typed items/s");
        for (const std::string& name : names) {
            const auto typed = medians_.find(name + "_typed");
            const auto raw = medians_.find(name + "_raw");
            if (typed == medians_.end() || raw == medians_.end()) {
                continue;
            }
            std::printf("%-26s %12.2f %12.2f %9.3f %16.3g\n", name.c_str(), typed->second.time,
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
    std::vector<std::string> names;
    kernels::for_each_kernel([&](auto sized) {
        using kernel = typename decltype(sized)::kernel;
        register_kernel<kernel>(sized.timed);
        names.emplace_back(kernel::name);
    });
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    median_reporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.print_table(names);
    benchmark::Shutdown();
    return 0;
}
