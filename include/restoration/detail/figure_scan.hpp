// detail/figure_scan.hpp: the scanning under read_figure and find_figures: digits and their
// separators, percent and scale words, and the unit words a figure takes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

#include <restoration/rounding.hpp>

namespace restoration::detail {

struct scale_word {
    std::string_view word;
    int exponent;
};

// Longest first, so that "percent" is not read as "per" and a word is matched whole: 万亿
// (a trillion, 10^12) before 万, or "5万亿" would be 5万 of a unit called 亿.
inline constexpr std::array<scale_word, 6> scale_words = {{
    {"thousand", 3}, {"million", 6}, {"billion", 9},
    {"\u4e07\u4ebf", 12},  // 万亿
    {"\u4e07", 4},         // 万
    {"\u4ebf", 8},         // 亿
}};

inline constexpr std::array<std::string_view, 4> percent_words = {"percent", "per cent", "%",
                                                                  "\uff05" /* ％ */};

// Unit words that find_figures attaches to a figure; other words after a figure are prose.
inline constexpr std::array<std::string_view, 20> unit_words = {
    "tons",   "tonnes", "t",      "kg",    "kilograms", "pieces", "pcs",
    "vehicle-times",    "persons", "people", "staff",   "staffs", "yuan",
    "days",   "\u4e2a" /* 个 */,  "\u5428" /* 吨 */,     "\u5bb6" /* 家 */,
    "\u4eba" /* 人 */,   "\u5143" /* 元 */,  "\u8f66\u6b21" /* 车次 */};

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Bytes of a word: ASCII letters, hyphens, and any byte of a multi-byte UTF-8 character.
constexpr bool is_word_byte(char c) {
    return is_ascii_letter(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

constexpr bool digit_at(std::string_view text, std::size_t at) {
    return at < text.size() && is_digit(text[at]);
}

// Whether `word` stands at `at`, ending there (not running on into more letters).
constexpr bool word_at(std::string_view text, std::size_t at, std::string_view word) {
    if (text.substr(at, word.size()) != word) {
        return false;
    }
    const std::size_t end = at + word.size();
    const bool ascii_word = is_ascii_letter(word.back());
    return !ascii_word || end == text.size() || !is_ascii_letter(text[end]);
}

// The number at `at`: digits, thousands separators, and a decimal point or decimal comma.
// `strict` (read_figure) treats a separator with no digit after it as an error; in running
// text (find_figures) it is punctuation that ends the number.
struct number_scan {
    decimal number;
    bool decimal_comma = false;
    std::size_t end = 0;
    std::string error;  // empty when the number was read
    std::size_t error_at = 0;
};

inline number_scan scan_number(std::string_view text, std::size_t at, bool strict) {
    number_scan scan;
    const auto fail = [&](std::size_t where, std::string why) {
        scan.error = std::move(why);
        scan.error_at = where;
        return scan;
    };
    std::int64_t units = 0;
    int significant = 0;
    const auto take_digits = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            if (units > (std::numeric_limits<std::int64_t>::max() - 9) / 10) {
                return false;
            }
            units = units * 10 + (text[i] - '0');
            significant += units != 0 ? 1 : 0;
        }
        return true;
    };
    const auto digits_from = [&](std::size_t from) {
        std::size_t to = from;
        while (digit_at(text, to)) {
            ++to;
        }
        return to;
    };

    std::size_t i = digits_from(at);
    const std::size_t leading = i - at;
    if (!take_digits(at, i)) {
        return fail(at, "too many digits");
    }
    bool grouped = false;  // a thousands separator was read
    int decimals = 0;
    while (i < text.size() && text[i] == ',') {
        const std::size_t group_end = digits_from(i + 1);
        const std::size_t group = group_end - (i + 1);
        if (group == 0) {
            if (strict) {
                return fail(i, "a comma with no digit after it");
            }
            break;  // punctuation in running text: "6,480, and"
        }
        const bool separator_follows =
            group_end < text.size() && (text[group_end] == ',' || text[group_end] == '.') &&
            digit_at(text, group_end + 1);
        if (group == 3 && leading <= 3) {
            grouped = true;
            if (!take_digits(i + 1, group_end)) {
                return fail(at, "too many digits");
            }
            i = group_end;
            continue;
        }
        if (group == 3 || grouped || separator_follows) {
            return fail(i, "digits grouped irregularly");
        }
        // A single comma followed by other than three digits: a decimal comma ("28,92").
        if (!take_digits(i + 1, group_end)) {
            return fail(at, "too many digits");
        }
        decimals = static_cast<int>(group);
        scan.decimal_comma = true;
        i = group_end;
        break;
    }
    if (!scan.decimal_comma && i < text.size() && text[i] == '.') {
        if (digit_at(text, i + 1)) {
            const std::size_t fraction_end = digits_from(i + 1);
            if (!take_digits(i + 1, fraction_end)) {
                return fail(at, "too many digits");
            }
            decimals = static_cast<int>(fraction_end - (i + 1));
            i = fraction_end;
        } else if (strict) {
            return fail(i, "a decimal point with no digit after it");
        }
    }
    if (i < text.size() && (text[i] == '.' || text[i] == ',') && digit_at(text, i + 1)) {
        return fail(i, text[i] == '.' ? "a second decimal point" : "a comma after the decimals");
    }
    if (decimals > 18 || significant > 18) {
        return fail(at, "too many digits");
    }
    scan.number = {units, decimals};
    scan.end = i;
    return scan;
}

inline std::size_t skip_spaces(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] == ' ') {
        ++at;
    }
    return at;
}

// What may follow a number: a percent sign or word, or a scale word; `end` is the position
// after it, or where the number ended when there is none.
struct suffix_scan {
    std::size_t end = 0;
    bool percent = false;
    int exponent = 0;
    std::string_view scale_word;
};

inline suffix_scan read_suffix(std::string_view text, std::size_t at) {
    const std::size_t word = skip_spaces(text, at);
    for (std::string_view p : percent_words) {
        // A percent sign may stand apart ("84.3 %") as a word may ("72.7 percent").
        if (word_at(text, word, p)) {
            return {word + p.size(), true, 0, {}};
        }
    }
    for (const scale_word& s : scale_words) {
        if (word_at(text, word, s.word)) {
            return {word + s.word.size(), false, s.exponent, s.word};
        }
    }
    return {at, false, 0, {}};
}

inline std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace restoration::detail
