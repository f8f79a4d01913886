// output_kernels.hpp: outputs of one good summed, as bulletins total them: pieces, kilograms into
// tonnes, and a mixture of tonnes and kilograms; then, record by record, outputs in tonnes
// converted into kilograms, and the change from one period's output to the next.
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

// Outputs in tonnes to the kilogram, built, and the same amounts as doubles for the raw loops.
struct tonnes_kept {
    std::vector<restoration::output<restoration::disinfectant>> outputs;
    std::vector<double> amounts;
};

inline tonnes_kept make_tonnes(std::size_t n, std::uint64_t seed) {
    using namespace restoration;
    std::mt19937_64 random(seed);
    tonnes_kept made;
    for (std::size_t i = 0; i < n; ++i) {
        const double amount = static_cast<double>(random() % 100'000'000) / 1e3;
        made.outputs.push_back(amount * tonnes);
        made.amounts.push_back(amount);
    }
    return made;
}

// Whole kilograms in an amount of tonnes, as a careful loop finds them: the nearest whole
// number to amount x 1,000, checked to read back as the amount.
inline std::int64_t raw_kilograms(double tonnes) {
    if (!(tonnes >= 0 && tonnes < 1e12)) {
        refuse_raw_amount(tonnes);
    }
    const auto kilograms = static_cast<std::int64_t>(tonnes * 1e3 + 0.5);
    if (static_cast<double>(kilograms) / 1e3 != tonnes) {
        refuse_raw_amount(tonnes);
    }
    return kilograms;
}

// Each output in kilograms, as a table prints them: d.in(kilograms).
struct outputs_converted {
    static constexpr std::string_view name = "outputs_converted";
    using data = tonnes_kept;
    static data make(std::size_t n) { return make_tonnes(n, 1'529); }

    BENCH_KERNEL static std::uint64_t typed(const data& d) {
        using namespace restoration;
        std::uint64_t digest = 0;
        for (const output<disinfectant>& o : d.outputs) {
            digest = fold(digest, std::bit_cast<std::uint64_t>(o.in(kilograms).value()));
        }
        return digest;
    }

    BENCH_KERNEL static std::uint64_t raw(const data& d) {
        std::uint64_t digest = 0;
        for (const double t : d.amounts) {
            digest = fold(digest, std::bit_cast<std::uint64_t>(static_cast<double>(raw_kilograms(t))));
        }
        return digest;
    }
};

// The change from one record's output to the next: now - before where output did not fall,
// and a count of the falls.
struct output_changes {
    static constexpr std::string_view name = "output_changes";
    using data = tonnes_kept;
    static data make(std::size_t n) { return make_tonnes(n, 2'892); }

    BENCH_KERNEL static std::uint64_t typed(const data& d) {
        std::uint64_t digest = 0;
        std::uint64_t falls = 0;
        for (std::size_t i = 1; i < d.outputs.size(); ++i) {
            if (d.outputs[i] < d.outputs[i - 1]) {
                ++falls;
            } else {
                const double rise = (d.outputs[i] - d.outputs[i - 1]).value();
                digest = fold(digest, std::bit_cast<std::uint64_t>(rise));
            }
        }
        return fold(digest, falls);
    }

    BENCH_KERNEL static std::uint64_t raw(const data& d) {
        std::uint64_t digest = 0;
        std::uint64_t falls = 0;
        for (std::size_t i = 1; i < d.amounts.size(); ++i) {
            const std::int64_t now = raw_kilograms(d.amounts[i]);
            const std::int64_t before = raw_kilograms(d.amounts[i - 1]);
            if (now < before) {
                ++falls;
            } else {
                const double rise = static_cast<double>(now - before) / 1e3;
                digest = fold(digest, std::bit_cast<std::uint64_t>(rise));
            }
        }
        return fold(digest, falls);
    }
};

}  // namespace kernels
