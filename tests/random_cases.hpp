// random_cases.hpp: how many random cases a differential test runs. Sanitized builds run the same
// cases, a tenth of them: the instrumented core is about 20 times slower.
#pragma once

namespace random_cases {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool sanitized = true;
#else
inline constexpr bool sanitized = false;
#endif
#else
inline constexpr bool sanitized = false;
#endif

constexpr int of(int full) {
    return sanitized ? full / 10 : full;
}

}  // namespace random_cases
