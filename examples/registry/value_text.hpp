// value_text.hpp: the registry tool's reading of an output value column, the double that
// std::from_chars reads from the text, taking the short way for the texts registries write.
#pragma once

#include <charconv>
#include <cstdint>
#include <string_view>
#include <system_error>

namespace registry {

// The digits from `at` on into `digits`, `at` left at the first character that is not one. Only
// the position is kept in the loop; the counts are differences of positions after it.
[[gnu::always_inline]] inline void read_digits(const char*& at, std::uint64_t& digits) {
    for (unsigned digit = 0; (digit = static_cast<unsigned char>(*at) - 48U) < 10; ++at) {
        digits = digits * 10 + digit;
    }
}

// Whole yuan or a few decimals ("1250", "1000.10"): the digits m and the decimals k, read
// straight from the text. With at most 15 digits, m is below 2^53 and k at most 15, so m and
// 10^k are doubles exactly and m / 10^k, one correctly rounded division, is the double nearest
// the text: the one std::from_chars gives. Anything else (a sign, an exponent, more digits, a
// stray character, nothing at all) is left to std::from_chars. Says whether it read the text.
// (Out-parameters, not std::optional<double>, which g++ 12 passes through the stack in pieces.)
// Always inlined, as what it calls: g++ would otherwise call them for each value.
[[gnu::always_inline]] inline bool read_short_decimal(const char* text, double& value) {
    static constexpr double powers_of_ten[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
                                               1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    // Past 15 digits the sum may wrap (unsigned, so defined), and the text is refused anyway.
    std::uint64_t digits = 0;
    const char* at = text;
    read_digits(at, digits);
    const auto whole = at - text;
    if (*at == '\0') {  // a whole number, as registries mostly write: no division
        if (whole == 0 || whole > 15) {
            return false;
        }
        value = static_cast<double>(digits);
        return true;
    }
    if (*at != '.') {
        return false;
    }
    const char* const first_decimal = ++at;
    read_digits(at, digits);
    const auto decimals = at - first_decimal;
    if (whole == 0 || decimals == 0 || *at != '\0' || whole + decimals > 15) {
        return false;
    }
    value = static_cast<double>(digits) / powers_of_ten[decimals];
    return true;
}

// The double std::from_chars reads from the whole text. Says whether it read it all. Out of
// line: registries seldom come here.
[[gnu::noinline]] inline bool read_by_from_chars(const char* text, double& value) {
    const std::string_view whole = text;
    const auto [end, error] = std::from_chars(whole.data(), whole.data() + whole.size(), value);
    return error == std::errc{} && end == whole.data() + whole.size();
}

// The double std::from_chars reads from the whole text, the short way when it can. Says whether
// it read it all. Always inlined, with the short way, where a value is read for each row.
[[gnu::always_inline]] inline bool read_value(const char* text, double& value) {
    return read_short_decimal(text, value) || read_by_from_chars(text, value);
}

}  // namespace registry
