// all_kernels.hpp: every kernel, in the order the tables print them, with the size each runs at
// when timed and when its instructions are counted.
#pragma once

#include "cohort_kernels.hpp"
#include "output_kernels.hpp"
#include "pooling_kernels.hpp"
#include "rate_kernels.hpp"
#include "registry_kernels.hpp"
#include "series_kernels.hpp"

namespace kernels {

template <class Kernel>
struct sized {
    using kernel = Kernel;
    std::size_t timed;    // elements when timed by bench.cpp
    std::size_t counted;  // elements under callgrind, whose instructions per element are steady
};

// Calls visit(sized<Kernel>{...}) for each kernel.
template <class Visit>
void for_each_kernel(Visit visit) {
    visit(sized<pooling>{10'000'000, 200'000});
    visit(sized<registry_by_region>{10'000'000, 200'000});
    visit(sized<cohorts_built_and_pooled>{10'000'000, 200'000});
    visit(sized<cohorts_pooled>{10'000'000, 200'000});
    visit(sized<cohorts_ranked>{1'000'000, 100'000});
    visit(sized<complements>{10'000'000, 200'000});
    visit(sized<mixed_units>{10'000'000, 200'000});
    visit(sized<outputs_in_kilograms>{10'000'000, 200'000});
    visit(sized<outputs_in_pieces>{10'000'000, 200'000});
    visit(sized<outputs_converted>{10'000'000, 200'000});
    visit(sized<output_changes>{10'000'000, 200'000});
    visit(sized<formatting>{1'000'000, 100'000});
    visit(sized<checking>{1'000'000, 100'000});
    visit(sized<printed_fits>{1'000'000, 100'000});
    visit(sized<printed_equals>{1'000'000, 100'000});
    visit(sized<series_build>{1'000'000, 20'000});
    visit(sized<series_pace>{1'000'000, 20'000});
}

}  // namespace kernels
