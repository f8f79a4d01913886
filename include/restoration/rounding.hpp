// rounding.hpp: the rounding rules a printed figure may have been cut by.
//
//   percent(all.work_rate(), 1, rounding::toward_zero)   // "84.3%"
//   round_ratio(1, 8, 2, rounding::half_even)            // 0.12 (decimal.hpp): 1/8 ties at 0.125
#pragma once

#include <string_view>

namespace restoration {

// How a figure is cut to the printed precision. The "half" rules differ only on exact ties and
// are symmetric about zero, as 四舍五入 is: half_up rounds -0.5 to -1.
enum class rounding {
    half_up,         // ties away from zero: 0.125 -> 0.13
    half_even,       // ties to the even digit (banker's rounding): 0.125 -> 0.12
    half_down,       // ties toward zero: 0.125 -> 0.12
    toward_zero,     // truncation: 0.129 -> 0.12
    away_from_zero,  // any remainder rounds up in magnitude: 0.121 -> 0.13
};

inline constexpr rounding all_rounding_rules[] = {rounding::half_up, rounding::half_even,
                                                  rounding::half_down, rounding::toward_zero,
                                                  rounding::away_from_zero};

constexpr std::string_view to_string(rounding rule) {
    switch (rule) {
    case rounding::half_up: return "half up";
    case rounding::half_even: return "half even";
    case rounding::half_down: return "half down";
    case rounding::toward_zero: return "toward zero";
    case rounding::away_from_zero: return "away from zero";
    }
    return "unknown rounding rule";
}

// The most decimals a figure is rounded to; more than bulletins ever print.
inline constexpr int max_decimals = 6;

}  // namespace restoration
