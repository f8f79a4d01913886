// qualifier.hpp: what a word printed beside a figure claims about the value it stands for.
// Bulletins seldom print a bare figure: "9000多家" (9,000-odd), "超过95%" (more than 95%),
// "近九成" (nearly 90%), "约3320亿元" (about 332 billion yuan), "90%以上" (90% or more). The
// reader keeps the word's claim with the figure, and the intervals of interval.hpp follow it.
//
//   read_figure("9000多家").claim           // qualifier::odd: 9,000 to 9,999
//   read_figure("超过95%").claim            // qualifier::more_than: above 95%
#pragma once

#include <array>
#include <string_view>

namespace restoration {

enum class qualifier {
    none,       // the figure as printed, within its rounding: "84.3%", "28.38万"
    odd,        // 多 余 after the digits: they are the leading ones ("9000多" is 9,000 to 9,999)
    more_than,  // 超过 已超过 超 逾 ("more than", "over"): above it, with no upper end
    at_least,   // 以上 ("at least"): it or above
    at_most,    // 以下 以内 不超过 ("at most"): it or below
    nearly,     // 近 接近 将近 ("almost"): below it, by at most a stated margin
    about,      // 约 大约 左右 ("about", "around", "approximately"): within a margin either side
    less_than,  // 不到 不足 ("less than", "fewer than", "under"): below it
};

inline constexpr std::array<qualifier, 8> all_qualifiers = {
    qualifier::none,    qualifier::odd,   qualifier::more_than, qualifier::at_least,
    qualifier::at_most, qualifier::nearly, qualifier::about,    qualifier::less_than};

constexpr std::string_view to_string(qualifier q) {
    switch (q) {
    case qualifier::none: return "as printed";
    case qualifier::odd: return "odd";
    case qualifier::more_than: return "more than";
    case qualifier::at_least: return "at least";
    case qualifier::at_most: return "at most";
    case qualifier::nearly: return "nearly";
    case qualifier::about: return "about";
    case qualifier::less_than: return "less than";
    }
    return "unknown qualifier";
}

}  // namespace restoration
