// detail/text.hpp: digits grouped by thousands, as bulletins print counts ("7,681").
#pragma once

#include <charconv>
#include <concepts>
#include <string>
#include <string_view>

namespace restoration::detail {

// Inserts a comma every three digits of the integer part of a plain decimal text
// ("-1234567.25" becomes "-1,234,567.25"). Only the digits before any point, exponent or word
// are grouped: "-1e+300", "inf" and "nan" are left as they are.
inline std::string group_thousands(std::string_view plain) {
    std::string_view sign = plain.substr(0, plain.starts_with('-') ? 1 : 0);
    std::string_view rest = plain.substr(sign.size());
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') {
        ++digits;
    }
    std::string_view integer = rest.substr(0, digits);
    std::string_view after = rest.substr(integer.size());  // ".25", "e+300", "inf"

    std::string out(sign);
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i != 0 && (integer.size() - i) % 3 == 0) {
            out += ',';
        }
        out += integer[i];
    }
    out += after;
    return out;
}

template <std::integral Int>
std::string grouped(Int value) {
    char buffer[32];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return group_thousands(std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
}

// A figure as it appears in an error message: counts grouped, floating point in its shortest
// form ("1,400", "-2.5", "1e+06", "nan"), grouped only before its point, never in an exponent.
template <class Number>
std::string plain(Number value) {
    if constexpr (std::integral<Number>) {
        return grouped(value);
    } else {
        char buffer[400];
        auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        return group_thousands(
            std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
    }
}

}  // namespace restoration::detail
