// random_cases.hpp: how many random cases a differential test runs. Sanitized and unoptimised
// builds (the sanitize preset, g++ in C++23 mode; clang-cxx23, whose question is the language
// mode's) run the same cases, a tenth of them: the instrumented or unoptimised core is ten to
// twenty times slower, and the optimised builds of the gcc and clang presets run them all.
#pragma once

namespace random_cases {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
inline constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(undefined_behavior_sanitizer)
inline constexpr bool sanitized = true;
#else
inline constexpr bool sanitized = false;
#endif
#else
inline constexpr bool sanitized = false;
#endif

#ifdef __OPTIMIZE__
inline constexpr bool optimised = true;
#else
inline constexpr bool optimised = false;
#endif

// Whether this build runs a reduced share of the random cases.
inline constexpr bool reduced = sanitized || !optimised;

constexpr int of(int full) {
    return reduced ? full / 10 : full;
}

}  // namespace random_cases
