// output_kernels.hpp: outputs of one good summed, as bulletins total them: pieces, kilograms into
// tonnes, and a mixture of tonnes and kilograms.
//
// The typed sums are exact as written (1,234.5 t + 0.1 t is 1,234.6 t, not the double nearest a
// sum of doubles), so the raw loops compute the same exact sums the way a careful hand-written
// loop does: in whole kilograms or whole pieces, in 64-bit integers, checking that every amount
// is one, converting once at the end.
#pragma once

#include "kernel.hpp"

#include <bit>
#include <cmath>
#include <stdexcept>
#include <string>

namespace kernels {

struct stated_amount {
    double value;
    bool in_kilograms;
};

[[noreturn]] inline void refuse_raw_amount(double value) {
    throw std::invalid_argument("bad amount: " + std::to_string(value));
}

// A whole amount (whole kilograms, whole pieces) as an integer, or a refusal.
inline std::uint64_t raw_whole(double value) {
    if (!(value >= 0 && value < 9007199254740992.0)) {  // finite, not negative, below 2^53
        refuse_raw_amount(value);
    }
    const auto whole = static_cast<std::uint64_t>(value);
    if (static_cast<double>(whole) != value) {
        refuse_raw_amount(value);
    }
    return whole;
}

inline std::uint64_t raw_add(std::uint64_t a, std::uint64_t b) {
    std::uint64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum) || sum >= (std::uint64_t{1} << 53)) {
        throw std::overflow_error("the sum passes 2^53");
    }
    return sum;
}

// Tonnes to one decimal, or whole kilograms (a tenth of a tonne is 100 kg).
inline std::vector<stated_amount> make_amounts(std::size_t n, std::uint64_t seed, bool mixed) {
    std::mt19937_64 random(seed);
    std::vector<stated_amount> made;
    made.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto pick = random();
        const bool kg = !mixed || pick % 2 == 0;
        const auto tenths = static_cast<double>((pick >> 8) % 100'000);
        made.push_back({kg ? tenths * 100.0 + static_cast<double>((pick >> 40) % 100) : tenths / 10.0,
                        kg});
    }
    return made;
}

// ---- Tonnes and kilograms, mixed, into tonnes ------------------------------------------------

struct mixed_units {
    static constexpr std::string_view name = "mixed_units";
    using data = std::vector<stated_amount>;
    static data make(std::size_t n) { return make_amounts(n, 1529, true); }

    BENCH_KERNEL static std::uint64_t typed(const data& amounts) {
        using namespace restoration;
        output<disinfectant> total = 0.0 * tonnes;
        for (const stated_amount& a : amounts) {
            total = total + (a.in_kilograms ? output<disinfectant>(a.value * kilograms)
                                            : output<disinfectant>(a.value * tonnes));
        }
        return std::bit_cast<std::uint64_t>(total.value());
    }

    BENCH_KERNEL static std::uint64_t raw(const data& amounts) {
        std::uint64_t kilograms = 0;
        for (const stated_amount& a : amounts) {
            if (a.in_kilograms) {
                kilograms = raw_add(kilograms, raw_whole(a.value));
            } else {  // tenths of a tonne, checked to be exactly that
                const double tenths = std::round(a.value * 10);
                if (!(tenths / 10 == a.value)) {
                    refuse_raw_amount(a.value);
                }
                kilograms = raw_add(kilograms, raw_whole(tenths) * 100);
            }
        }
        return std::bit_cast<std::uint64_t>(static_cast<double>(kilograms) / 1000.0);
    }
};

// ---- Kilograms into tonnes, with += ----------------------------------------------------------

struct outputs_in_kilograms {
    static constexpr std::string_view name = "outputs_in_kilograms";
    using data = std::vector<stated_amount>;
    static data make(std::size_t n) { return make_amounts(n, 1531, false); }

    BENCH_KERNEL static std::uint64_t typed(const data& amounts) {
        using namespace restoration;
        output<disinfectant> total = 0.0 * tonnes;
        for (const stated_amount& a : amounts) {
            total += output<disinfectant>(a.value * kilograms);
        }
        return std::bit_cast<std::uint64_t>(total.value());
    }

    BENCH_KERNEL static std::uint64_t raw(const data& amounts) {
        std::uint64_t kilograms = 0;
        for (const stated_amount& a : amounts) {
            kilograms = raw_add(kilograms, raw_whole(a.value));
        }
        return std::bit_cast<std::uint64_t>(static_cast<double>(kilograms) / 1000.0);
    }
};

// ---- Pieces, with += -------------------------------------------------------------------------

struct outputs_in_pieces {
    static constexpr std::string_view name = "outputs_in_pieces";
    using data = std::vector<double>;
    static data make(std::size_t n) {
        std::mt19937_64 random(2892);
        data made;
        made.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            made.push_back(static_cast<double>(random() % 1'000'000));
        }
        return made;
    }

    BENCH_KERNEL static std::uint64_t typed(const data& amounts) {
        using namespace restoration;
        output<face_mask> total = 0.0 * pieces;
        for (const double amount : amounts) {
            total += output<face_mask>(amount * pieces);
        }
        return std::bit_cast<std::uint64_t>(total.value());
    }

    BENCH_KERNEL static std::uint64_t raw(const data& amounts) {
        std::uint64_t total = 0;
        for (const double amount : amounts) {
            total = raw_add(total, raw_whole(amount));
        }
        return std::bit_cast<std::uint64_t>(static_cast<double>(total));
    }
};

}  // namespace kernels
