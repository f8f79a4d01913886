// detail/text.hpp: digits grouped by thousands, as bulletins print counts ("7,681").
#pragma once

#include <charconv>
#include <concepts>
#include <cstdint>
#include <stdexcept>
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


// Writes a decimal figure (units x 10^-decimals) with its thousands grouped and `suffix` after
// it, from the last character back into one buffer, since bulletins print figures by the million.
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] inline void refuse_decimal_text(
    int decimals, std::string_view suffix) {
    throw std::invalid_argument("a decimal figure has 0 to 18 decimals and a suffix of 8 "
                                "characters at most, not " + std::to_string(decimals) +
                                " decimals and \"" + std::string(suffix) + "\"");
}

// Always inlined, so that a caller's constant precision and suffix (percent(r, 1, rule)'s 1 and
// "%") fold into the loops: clang would otherwise call it, and copy the suffix with memcpy.
[[gnu::always_inline]] inline std::string decimal_text(std::int64_t units, int decimals,
                                                       std::string_view suffix) {
    if (decimals < 0 || decimals > 18 || suffix.size() > 8) {
        refuse_decimal_text(decimals, suffix);
    }
    char buffer[56];  // 19 digits, 6 commas, 18 decimals, a point, a sign and the suffix
    char* const end = buffer + sizeof buffer;
    char* at = end;
    for (std::size_t i = suffix.size(); i > 0; --i) {  // a character or two: no call to memcpy
        *--at = suffix[i - 1];
    }
    const auto magnitude = static_cast<std::uint64_t>(units);
    std::uint64_t left = units < 0 ? 0 - magnitude : magnitude;
    for (int i = 0; i < decimals; ++i) {
        *--at = static_cast<char>('0' + left % 10);
        left /= 10;
    }
    if (decimals > 0) {
        *--at = '.';
    }
    int in_group = 0;
    do {
        if (in_group == 3) {
            *--at = ',';
            in_group = 0;
        }
        *--at = static_cast<char>('0' + left % 10);
        left /= 10;
        ++in_group;
    } while (left != 0);
    if (units < 0) {
        *--at = '-';
    }
    return std::string(at, end);
}

// A count with its thousands grouped ("7,681"), written back to front into one buffer.
template <std::integral Int>
std::string grouped(Int value) {
    if constexpr (std::signed_integral<Int> && sizeof(Int) <= sizeof(std::int64_t)) {
        return decimal_text(value, 0, {});
    } else {
        char buffer[32];
        auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        return group_thousands(
            std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
    }
}

// A figure as it is printed without a rule and in messages: counts grouped, floating point in
// the fewest digits that read back as it ("1,400", "-2.5", "28,000,000", "0.0003", "nan"),
// grouped only before its point. Between 10^-7 and 10^21 the digits are written out, as bulletins
// print them ("28,000,000 pcs", never "2.8e+07"); beyond, with an exponent ("1e+300"), which is
// never grouped.
template <class Number>
std::string plain(Number value) {
    if constexpr (std::integral<Number>) {
        return grouped(value);
    } else if constexpr (std::same_as<Number, float>) {
        // A float is its shortest form, as everywhere in restoration: 100,000,008.0f, whose
        // shortest form is 1.0000001e8, prints as 100,000,010, as figure() rounds it; its value's
        // own digits would be 100,000,008. The digits of the scientific form, written out.
        const float size = value < 0 ? -value : value;
        char buffer[64];
        if (!(size == 0 || (size >= 1e-7f && size < 1e21f))) {  // NaN and infinity too
            const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
            return std::string(buffer, result.ptr);
        }
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                          std::chars_format::scientific);
        const std::string_view form(buffer, static_cast<std::size_t>(result.ptr - buffer));
        const std::size_t e = form.find('e');
        int exponent = 0;
        std::from_chars(form.data() + e + (form[e + 1] == '+' ? 2 : 1), form.data() + form.size(),
                        exponent);
        std::string digits;
        for (const char c : form.substr(0, e)) {
            if (c >= '0' && c <= '9') {
                digits += c;
            }
        }
        const int before_point = exponent + 1;  // digits before the point, may be none or fewer
        const auto count = static_cast<int>(digits.size());
        std::string written = form.front() == '-' ? "-" : "";  // -0.0f too, as -0.0 prints
        if (before_point >= count) {
            written += digits + std::string(static_cast<std::size_t>(before_point - count), '0');
        } else if (before_point > 0) {
            written += digits.substr(0, static_cast<std::size_t>(before_point)) + "." +
                       digits.substr(static_cast<std::size_t>(before_point));
        } else {
            written += "0." + std::string(static_cast<std::size_t>(-before_point), '0') + digits;
        }
        return group_thousands(written);
    } else {
        char buffer[400];
        const Number size = value < 0 ? -value : value;
        const bool written_out = size == 0 || (size >= Number(1e-7) && size < Number(1e21));
        auto result = written_out
                          ? std::to_chars(buffer, buffer + sizeof buffer, value,
                                          std::chars_format::fixed)
                          : std::to_chars(buffer, buffer + sizeof buffer, value);
        return group_thousands(
            std::string_view(buffer, static_cast<std::size_t>(result.ptr - buffer)));
    }
}

}  // namespace restoration::detail
