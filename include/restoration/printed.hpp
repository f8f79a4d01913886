// printed.hpp: figures as bulletins print them ("7,681", "84.3%", "28.92 million", "2,892万个"),
// read into their digits, precision, scale and unit word, alone or found in a whole text.
//
//   read_figure("84.3%").as_percent()          // printed_percent{{843, 1}}
//   read_figure("28,92 million")               // 28.92 million, flagged: a decimal comma
//   find_figures(bulletin_text).figures        // each figure with its position
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// One figure as printed. Its value is number x 10^exponent, exactly as the digits say.
struct printed_figure {
    std::string text;          // as printed: "28,92 million"
    std::size_t position = 0;  // byte offset of `text` in what was read
    decimal number;            // the digits and their precision: "28,92" is {2892, 2}
    int exponent = 0;          // the scale word: 3 thousand, 4 万, 6 million, 8 亿, 9 billion
    std::string scale_word;    // "million", "万", or empty
    bool percent = false;      // "%", "％", "percent" or "per cent"
    std::string unit;          // the unit word that follows: "tons", "vehicle-times", "个"
    bool decimal_comma = false;  // a comma read as a decimal point ("28,92"): always flagged

    // The value as a floating-point number: 28'920'000.0 for "28.92 million".
    double value() const {
        return static_cast<double>(number.units) * std::pow(10.0, exponent - number.decimals);
    }

    // The figure as a whole count: "7,681" is 7'681, "28.92 million" is 28'920'000.
    std::int64_t count() const {
        if (percent) {
            throw std::invalid_argument("\"" + text + "\" is a percentage, not a count");
        }
        std::int64_t units = number.units;
        for (int e = number.decimals; e > exponent; --e) {
            if (units % 10 != 0) {
                throw std::invalid_argument("\"" + text + "\" is not a whole count");
            }
            units /= 10;
        }
        for (int e = number.decimals; e < exponent; ++e) {
            if (units > std::numeric_limits<std::int64_t>::max() / 10) {
                throw std::overflow_error("\"" + text + "\" is too large a count");
            }
            units *= 10;
        }
        return units;
    }

    // The figure as a printed percentage, its precision kept: "95.0%" is {950, 1}.
    printed_percent as_percent() const {
        if (!percent || exponent != 0) {
            throw std::invalid_argument("\"" + text + "\" is not a percentage");
        }
        return {number};
    }
};

// A stretch of text that looked like a figure and was passed over, with the reason.
struct passed_over {
    std::string text;
    std::size_t position = 0;
    std::string reason;  // "a date", "an ordinal", or what made it unreadable
};

// Every figure in a text, in order, and what was passed over.
struct found_figures {
    std::vector<printed_figure> figures;
    std::vector<passed_over> passed;
};

namespace detail {

struct scale_word {
    std::string_view word;
    int exponent;
};

// Longest first, so that "percent" is not read as "per" and a word is matched whole.
inline constexpr std::array<scale_word, 5> scale_words = {{
    {"thousand", 3}, {"million", 6}, {"billion", 9},
    {"\u4e07", 4},  // 万
    {"\u4ebf", 8},  // 亿
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

// Reads what may follow a number: a percent sign or word, or a scale word.
// Returns the position after it, or `at` when there is none.
inline std::size_t read_suffix(std::string_view text, std::size_t at, printed_figure& figure) {
    const std::size_t word = skip_spaces(text, at);
    for (std::string_view p : percent_words) {
        // A percent sign may stand apart ("84.3 %") as a word may ("72.7 percent").
        if (word_at(text, word, p)) {
            figure.percent = true;
            return word + p.size();
        }
    }
    for (const scale_word& s : scale_words) {
        if (word_at(text, word, s.word)) {
            figure.exponent = s.exponent;
            figure.scale_word = std::string(s.word);
            return word + s.word.size();
        }
    }
    return at;
}

inline std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace detail

// Reads one figure that is the whole of `text` (spaces around it aside). A malformed figure
// throws std::invalid_argument naming the text and the byte position (from 0) of the fault.
inline printed_figure read_figure(std::string_view text) {
    const auto fail = [&](std::size_t at, std::string_view why) {
        throw std::invalid_argument("cannot read " + detail::quoted(text) + " as a figure: " +
                                    std::string(why) + " at position " + std::to_string(at));
    };
    const std::size_t start = detail::skip_spaces(text, 0);
    if (start == text.size()) {
        fail(start, "no figure");
    }
    if (!detail::is_digit(text[start])) {
        fail(start, "no digit");
    }
    const detail::number_scan scan = detail::scan_number(text, start, true);
    if (!scan.error.empty()) {
        fail(scan.error_at, scan.error);
    }
    printed_figure figure;
    figure.number = scan.number;
    figure.decimal_comma = scan.decimal_comma;
    figure.position = start;

    std::size_t at = detail::read_suffix(text, scan.end, figure);
    // Whatever words remain are the unit ("tons", "vehicle-times", "个"); they hold no digit.
    const std::size_t unit_start = detail::skip_spaces(text, at);
    std::size_t end = text.size();
    while (end > unit_start && text[end - 1] == ' ') {
        --end;
    }
    for (std::size_t i = unit_start; i < end; ++i) {
        if (!detail::is_word_byte(text[i]) && text[i] != ' ') {
            fail(i, "unexpected " + detail::quoted(text.substr(i, 1)));
        }
    }
    if (unit_start < end && figure.percent) {
        fail(unit_start, "words after a percentage");
    }
    figure.unit = std::string(text.substr(unit_start, end - unit_start));
    figure.text = std::string(text.substr(start, end - start));
    return figure;
}

// Finds every figure in running text, with its position, precision, scale, percent sign or
// unit word. Dates (2022-05-11) and ordinals (5th) are passed over as not figures; a figure that
// cannot be read ("1.529.4") is passed over with the reason. Any bytes may be given.
inline found_figures find_figures(std::string_view text) {
    found_figures found;
    std::size_t i = 0;
    while (i < text.size()) {
        const bool starts = detail::is_digit(text[i]) &&
                            (i == 0 || (!detail::is_digit(text[i - 1]) &&
                                        !detail::is_ascii_letter(text[i - 1]) &&
                                        text[i - 1] != '.' && text[i - 1] != ','));
        if (!starts) {
            ++i;
            continue;
        }
        // An ISO date: four digits, then -dd-dd.
        const auto digits = [&](std::size_t from, std::size_t n) {
            for (std::size_t k = from; k < from + n; ++k) {
                if (!detail::digit_at(text, k)) {
                    return false;
                }
            }
            return true;
        };
        if (digits(i, 4) && text.substr(i + 4, 1) == "-" && digits(i + 5, 2) &&
            text.substr(i + 7, 1) == "-" && digits(i + 8, 2)) {
            found.passed.push_back({std::string(text.substr(i, 10)), i, "a date"});
            i += 10;
            continue;
        }
        const detail::number_scan scan = detail::scan_number(text, i, false);
        if (!scan.error.empty()) {
            std::size_t end = i;
            while (end < text.size() && (detail::is_digit(text[end]) || text[end] == ',' ||
                                         text[end] == '.')) {
                ++end;
            }
            found.passed.push_back({std::string(text.substr(i, end - i)), i,
                                    scan.error + " at position " + std::to_string(scan.error_at)});
            i = end;
            continue;
        }
        std::size_t end = scan.end;
        // Letters straight after the digits make an ordinal or a code ("5th", "3D"), not a figure.
        if (end < text.size() && detail::is_ascii_letter(text[end])) {
            std::size_t word_end = end;
            while (word_end < text.size() && detail::is_word_byte(text[word_end])) {
                ++word_end;
            }
            found.passed.push_back(
                {std::string(text.substr(i, word_end - i)), i, "digits joined to letters"});
            i = word_end;
            continue;
        }
        printed_figure figure;
        figure.number = scan.number;
        figure.decimal_comma = scan.decimal_comma;
        figure.position = i;
        end = detail::read_suffix(text, end, figure);
        if (!figure.percent) {
            const std::size_t word = detail::skip_spaces(text, end);
            for (std::string_view unit : detail::unit_words) {
                if (detail::word_at(text, word, unit)) {
                    figure.unit = std::string(unit);
                    end = word + unit.size();
                    break;
                }
            }
        }
        figure.text = std::string(text.substr(i, end - i));
        found.figures.push_back(std::move(figure));
        i = end;
    }
    return found;
}

}  // namespace restoration
