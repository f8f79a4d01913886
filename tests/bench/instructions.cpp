// instructions.cpp: runs every kernel, typed and raw, once on its reduced data set, between
// callgrind's client requests, so that `valgrind --tool=callgrind` writes one dump per run named
// "<kernel> typed" or "<kernel> raw" whose instruction total counts that run alone (the data is
// made, and each function run once to warm its caches, before the count starts).
// instructions.sh reads the dumps and compares typed/raw with the budgets. Outside valgrind the
// requests do nothing, and the program only checks that typed and raw agree.
#include "all_kernels.hpp"

#include <valgrind/callgrind.h>

#include <cstdio>
#include <string>

int main() {
    int disagreements = 0;
    kernels::for_each_kernel([&](auto sized) {
        using kernel = typename decltype(sized)::kernel;
        const typename kernel::data data = kernel::make(sized.counted);
        const std::uint64_t typed = kernel::typed(data);
        const std::uint64_t raw = kernel::raw(data);
        if (typed != raw) {
            std::printf("%s: typed and raw disagree (%llu against %llu)\n",
                        std::string(kernel::name).c_str(), static_cast<unsigned long long>(typed),
                        static_cast<unsigned long long>(raw));
            ++disagreements;
        }
        const std::string typed_name = std::string(kernel::name) + " typed";
        const std::string raw_name = std::string(kernel::name) + " raw";
        CALLGRIND_ZERO_STATS;
        const std::uint64_t typed_again = kernel::typed(data);
        CALLGRIND_DUMP_STATS_AT(typed_name.c_str());
        const std::uint64_t raw_again = kernel::raw(data);
        CALLGRIND_DUMP_STATS_AT(raw_name.c_str());
        if (typed_again != typed || raw_again != raw) {
            std::printf("%s: a second run gave another result\n", std::string(kernel::name).c_str());
            ++disagreements;
        }
        std::printf("%s: %zu elements\n", std::string(kernel::name).c_str(), sized.counted);
    });
    return disagreements == 0 ? 0 : 1;
}
