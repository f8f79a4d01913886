// first_steps.cpp: declaring a scope and a good of one's own, and the mistakes that do not compile.
#include <restoration/restoration.hpp>

#include <iostream>
#include <string_view>

// A scope is a name, and the scope it is part of. Auto parts makers are a part of the industrial
// enterprises above designated size; the rest of those is then a scope too (rest_of<...>).
struct auto_parts {
    using parent = restoration::above_designated_size;
    static constexpr std::string_view name = "auto parts makers above designated size";
};

// A good is a name and its usual unit, which fixes its dimension (pieces, tonnes, ...).
struct ventilator {
    using unit = restoration::piece_unit;
    static constexpr std::string_view name = "ventilators";
};

int main() {
    using namespace restoration;

    // Made-up figures for a made-up district.
    const cohort<above_designated_size> large{120, 111};
    const cohort<auto_parts> parts{30, 24};
    const auto others = large - parts;  // cohort<rest_of<auto_parts>>

    std::cout << parts.resumed() << " of " << parts.in_scope() << " " << auto_parts::name
              << " resumed: " << percent(parts.work_rate(), 1, rounding::half_up) << "\n";
    using others_scope = decltype(others)::scope_type;  // rest_of<auto_parts>
    std::cout << others.resumed() << " of " << others.in_scope() << " " << others_scope::name
              << " resumed: " << percent(others.work_rate(), 1, rounding::half_up) << "\n";
    std::cout << "gap: " << points(others.work_rate() - parts.work_rate(), 1, rounding::half_up)
              << "\n";

    // Two districts pool by their counts; the pooled rate is not the mean of the two rates.
    const cohort<auto_parts> other_district{10, 1};
    const auto pooled = parts + other_district;
    std::cout << "pooled with a second district: " << pooled.resumed() << " of "
              << pooled.in_scope() << ", " << percent(pooled.work_rate(), 1, rounding::half_up)
              << "\n";

    const output<ventilator> made = 1'200.0 * pieces;
    const output<ventilator> baseline = 1'500.0 * pieces;
    std::cout << figure(made, 0, rounding::half_up) << " of " << ventilator::name << " against "
              << figure(baseline, 0, rounding::half_up) << " before: production restored to "
              << percent(made / baseline, 1, rounding::half_up) << "\n";
    std::cout << "over 30 days: " << figure((made / (30.0 * days)).per_day(), 0, rounding::half_up)
              << " a day\n";

    // Each line below fails to compile; the first line of the error says why.
    //
    // made + output<face_mask>(5.0 * pieces);
    //     static assertion failed: restoration: outputs of different goods cannot be added,
    //     subtracted or compared, even in the same unit
    // output<ventilator> wrong = 3.0 * tonnes;
    //     static assertion failed: restoration: this quantity is not of the good's dimension
    // parts + large;
    //     static assertion failed: restoration: cohorts of different scopes cannot be pooled
    // cohort<industrial>{7'681, 6'480} - parts;
    //     static assertion failed: restoration: a cohort can only be subtracted from a cohort
    //     of its parent scope
    // parts.work_rate() + others.work_rate();
    //     static assertion failed: restoration: rates do not add; pool the counts
    // parts.work_rate() < made / baseline;
    //     static assertion failed: restoration: rates of different kinds cannot be compared
    // double share = parts.work_rate();
    //     static assertion failed: restoration: a rate does not convert implicitly to a number
    // cohort<auto_parts>{30.0, 24.0};
    //     static assertion failed: restoration: counts of enterprises are integers
}
