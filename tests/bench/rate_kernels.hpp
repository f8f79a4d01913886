// rate_kernels.hpp: count-based rates formatted as percents, and printed percents checked
// against their counts, the way an audit of a registry does it record by record.
#pragma once

#include "cohort_kernels.hpp"

#include <string>

namespace kernels {

struct counts {
    std::int64_t resumed;
    std::int64_t in_scope;
};

inline std::vector<counts> make_counts(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::vector<counts> made;
    made.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto in_scope = static_cast<std::int64_t>(random() % 20'000) + 1;
        made.push_back(
            {static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(in_scope + 1)),
             in_scope});
    }
    return made;
}

// resumed x 10^scale / in_scope, cut toward zero, and what was cut off against a half: what a
// careful hand-written loop computes, in 64 bits while the product fits and in 128 when not.
struct raw_quotient {
    std::int64_t kept;
    int versus_half;  // -1 below a half, 0 a half, +1 above
    bool exact;
};

inline raw_quotient raw_divide(std::int64_t resumed, std::int64_t in_scope, std::int64_t scale) {
    std::int64_t scaled = 0;
    if (!__builtin_mul_overflow(resumed, scale, &scaled)) [[likely]] {
        const std::int64_t left = scaled % in_scope;
        const std::int64_t other = in_scope - left;
        return {scaled / in_scope, (left > other) - (left < other), left == 0};
    }
    __extension__ using wide = __int128;
    const wide product = static_cast<wide>(resumed) * scale;
    const wide left = product % in_scope;
    const wide other = in_scope - left;
    return {static_cast<std::int64_t>(product / in_scope), (left > other) - (left < other),
            left == 0};
}

// Every check the typed code makes of counts for a work rate: none negative, resumed within
// scope, a scope that is not empty.
inline void check_raw_rate(std::int64_t resumed, std::int64_t in_scope) {
    if (resumed < 0 || in_scope <= 0 || resumed > in_scope) {
        refuse_raw_counts(in_scope, resumed);
    }
}

// ---- Formatting count-based rates as percents, half up, one decimal ------------------------

// A hand-written formatter: the percent to one decimal, half up, in integers, with separators.
inline std::string raw_percent(std::int64_t resumed, std::int64_t in_scope) {
    check_raw_rate(resumed, in_scope);
    const raw_quotient q = raw_divide(resumed, in_scope, 1000);
    std::int64_t tenths = q.kept + (q.versus_half >= 0 ? 1 : 0);
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

struct formatting {
    static constexpr std::string_view name = "formatting";
    using data = std::vector<counts>;
    static data make(std::size_t n) { return make_counts(n, 7681); }

    BENCH_KERNEL static std::uint64_t typed(const data& rows) {
        using namespace restoration;
        std::uint64_t digest = 0;
        for (const counts& c : rows) {
            const std::string text =
                percent(rate<work_resumption>{c.resumed, c.in_scope}, 1, rounding::half_up);
            digest = fold(digest, text.size() * 256 + static_cast<unsigned char>(text[text.size() - 2]));
        }
        return digest;
    }

    BENCH_KERNEL static std::uint64_t raw(const data& rows) {
        std::uint64_t digest = 0;
        for (const counts& c : rows) {
            const std::string text = raw_percent(c.resumed, c.in_scope);
            digest = fold(digest, text.size() * 256 + static_cast<unsigned char>(text[text.size() - 2]));
        }
        return digest;
    }
};

// ---- Printed percents against their counts ---------------------------------------------------

struct printed_case {
    restoration::decimal printed;  // the percent as printed, one decimal
    std::int64_t resumed;
    std::int64_t in_scope;
};

inline std::vector<printed_case> make_printed_cases(std::size_t n) {
    std::mt19937_64 random(843);
    std::vector<printed_case> made;
    made.reserve(n);
    for (const counts& c : make_counts(n, 7681)) {
        // Mostly what truncation prints, sometimes one tenth off.
        const std::int64_t tenths =
            c.resumed * 1000 / c.in_scope + static_cast<std::int64_t>(random() % 3) - 1;
        made.push_back({{tenths < 0 ? 0 : tenths, 1}, c.resumed, c.in_scope});
    }
    return made;
}

// The printed figure's checks in the raw loops: as many decimals as the library takes.
inline std::int64_t raw_scale_of(restoration::decimal printed) {
    static constexpr std::int64_t scales[] = {100, 1'000, 10'000, 100'000, 1'000'000, 10'000'000,
                                              100'000'000};
    if (printed.decimals < 0 || printed.decimals > 6) {
        throw std::invalid_argument("bad precision " + std::to_string(printed.decimals));
    }
    return scales[printed.decimals];
}

// Under every rule at once, from one division: the audit of a whole bulletin.
struct checking {
    static constexpr std::string_view name = "checking";
    using data = std::vector<printed_case>;
    static data make(std::size_t n) { return make_printed_cases(n); }

    BENCH_KERNEL static std::uint64_t typed(const data& rows) {
        using namespace restoration;
        std::uint64_t fits = 0;
        for (const printed_case& p : rows) {
            const percent_check check = check_printed({p.printed}, p.resumed, p.in_scope);
            for (const rule_verdict& v : check.verdicts()) {
                fits += v.fits ? 1 : 0;
            }
        }
        return fits;
    }

    BENCH_KERNEL static std::uint64_t raw(const data& rows) {
        std::uint64_t fits = 0;
        for (const printed_case& p : rows) {
            if (p.resumed < 0 || p.in_scope <= 0) {
                refuse_raw_counts(p.in_scope, p.resumed);
            }
            const raw_quotient q = raw_divide(p.resumed, p.in_scope, raw_scale_of(p.printed));
            const bool half = q.versus_half == 0;
            const bool above = q.versus_half > 0;
            const std::int64_t half_up = q.kept + ((half || above) ? 1 : 0);
            const std::int64_t half_even = q.kept + ((above || (half && q.kept % 2 != 0)) ? 1 : 0);
            const std::int64_t half_down = q.kept + (above ? 1 : 0);
            const std::int64_t away = q.kept + (q.exact ? 0 : 1);
            const std::int64_t printed = p.printed.units;
            fits += static_cast<std::uint64_t>((half_up == printed) + (half_even == printed) +
                                               (half_down == printed) + (q.kept == printed) +
                                               (away == printed));
        }
        return fits;
    }
};

// One stated rule per record, from a cohort's work rate: check_printed(...).fits(rule).
struct printed_fits {
    static constexpr std::string_view name = "printed_fits";
    using data = std::vector<printed_case>;
    static data make(std::size_t n) { return make_printed_cases(n); }

    BENCH_KERNEL static std::uint64_t typed(const data& rows) {
        using namespace restoration;
        std::uint64_t fits = 0;
        for (const printed_case& p : rows) {
            const cohort<industrial> c{p.in_scope, p.resumed};
            fits += check_printed({p.printed}, c.work_rate()).fits(rounding::half_up) ? 1U : 0U;
        }
        return fits;
    }

    BENCH_KERNEL static std::uint64_t raw(const data& rows) {
        std::uint64_t fits = 0;
        for (const printed_case& p : rows) {
            check_raw_rate(p.resumed, p.in_scope);
            const raw_quotient q = raw_divide(p.resumed, p.in_scope, raw_scale_of(p.printed));
            fits += q.kept + (q.versus_half >= 0 ? 1 : 0) == p.printed.units ? 1 : 0;
        }
        return fits;
    }
};

// The same, as rounded_percent(...) == printed.
struct printed_equals {
    static constexpr std::string_view name = "printed_equals";
    using data = std::vector<printed_case>;
    static data make(std::size_t n) { return make_printed_cases(n); }

    BENCH_KERNEL static std::uint64_t typed(const data& rows) {
        using namespace restoration;
        std::uint64_t fits = 0;
        for (const printed_case& p : rows) {
            const cohort<industrial> c{p.in_scope, p.resumed};
            fits += rounded_percent(c.work_rate(), 1, rounding::half_up) == p.printed ? 1U : 0U;
        }
        return fits;
    }

    BENCH_KERNEL static std::uint64_t raw(const data& rows) {
        std::uint64_t fits = 0;
        for (const printed_case& p : rows) {
            check_raw_rate(p.resumed, p.in_scope);
            const raw_quotient q = raw_divide(p.resumed, p.in_scope, 1000);
            const std::int64_t tenths = q.kept + (q.versus_half >= 0 ? 1 : 0);
            fits += tenths == p.printed.units && p.printed.decimals == 1 ? 1 : 0;
        }
        return fits;
    }
};

}  // namespace kernels
