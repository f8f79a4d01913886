// What a fragment's comment shows, checked: a line of the README such as
//   check.fits(rounding::half_up);                 // false: 84.4%
//   fmt::format("{:.1 half_up}", all.work_rate())  // "84.4%"
// is generated as a call of shown(), which reports a difference on stderr; the fragment's main
// then returns status(), so that the test fails and names every line that differs.
#pragma once

#include <iostream>
#include <string_view>
#include <type_traits>

namespace restoration_readme {

inline int differences = 0;

template <class Actual, class Shown>
void shown(int line, std::string_view code, const Actual& actual, const Shown& expected) {
    if constexpr (std::is_same_v<Shown, bool>) {
        static_assert(std::is_same_v<Actual, bool>,
                      "the README shows true or false for an expression that is not a bool");
        if (actual != expected) {
            std::cerr << "README.md:" << line << ": " << code << " is "
                      << (actual ? "true" : "false") << "; the README shows "
                      << (expected ? "true" : "false") << "\n";
            ++differences;
        }
    } else {
        static_assert(std::is_convertible_v<const Actual&, std::string_view>,
                      "the README shows a string for an expression that is not one");
        const std::string_view got = actual;
        const std::string_view want = expected;
        if (got != want) {
            std::cerr << "README.md:" << line << ": " << code << " is \"" << got
                      << "\"; the README shows \"" << want << "\"\n";
            ++differences;
        }
    }
}

inline int status() { return differences == 0 ? 0 : 1; }

}  // namespace restoration_readme
