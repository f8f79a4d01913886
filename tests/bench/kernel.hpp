// kernel.hpp: what every benchmark kernel shares. A kernel is a struct with a name, its data
// (made once, from a fixed seed) and two functions over that data: `typed`, the code a user
// writes with restoration's types, and `raw`, a hand-written loop over plain integers and doubles
// that makes the same checks of its input and computes the same results. Both return a digest
// of their results, which must be equal: a raw loop that skipped work, or a typed one that got a
// different answer, is caught by the harness before anything is measured.
//
// bench.cpp times each kernel (Google Benchmark); instructions.cpp counts each kernel's
// instructions under callgrind. Both call these same functions, out of line, so that the code
// measured is the code compiled for a user.
#pragma once

#include <restoration/restoration.hpp>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

#if defined(__GNUC__) || defined(__clang__)
#define BENCH_KERNEL [[gnu::noinline]]
#else
#define BENCH_KERNEL
#endif

namespace kernels {

// Folds one result into a digest; typed and raw fold the same results in the same order.
constexpr std::uint64_t fold(std::uint64_t digest, std::uint64_t value) {
    return (digest ^ value) * 0x100000001b3U;
}

}  // namespace kernels
