// printed_differential_test.cpp: read_figure and find_figures against a reference, on a million
// generated figures whose values are known exactly from the digits they were made of; alone and
// in running text the two must read each figure so, and both must refuse its malformed variants.
#include <restoration/printed.hpp>

#include <doctest/doctest.h>

#include "random_cases.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

using namespace restoration;

// How many figures are generated (malformed variants come on top): a tenth in sanitized and
// unoptimised builds (random_cases.hpp), which run each case ten to fifty times slower; -D sets
// any count.
#ifndef RESTORATION_DIFFERENTIAL_CASES
#define RESTORATION_DIFFERENTIAL_CASES random_cases::of(1'000'000)
#endif

namespace {

// Fixed seed: a failure is the same failure on every run and every machine. The draws use
// plain modulo rather than the library's distributions, whose output is not specified.
class draw {
public:
    std::uint64_t below(std::uint64_t n) { return engine_() % n; }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T, std::size_t N>
    const T& one_of(const std::array<T, N>& choices) {
        return choices[below(N)];
    }

private:
    std::mt19937_64 engine_{20220511};
};

struct sign_form {
    std::string_view text;
    bool negative;
    bool dash;  // also a dash: after a word or punctuation, find_figures passes the figure over
    std::string_view dash_only;  // a dash that is no hyphen-minus: both refuse, for this reason
};

constexpr std::array<sign_form, 11> signs = {{
    {"-", true, true, {}},
    {"\u2212", true, false, {}},  // −
    {"\uff0d", true, true, {}},   // －
    {"\ufe63", true, true, {}},   // ﹣
    {"+", false, false, {}},
    {"\uff0b", false, false, {}},  // ＋
    {"\ufe62", false, false, {}},  // ﹢
    {"\u2010", true, true, "a hyphen (U+2010) before digits: a minus sign or a range"},
    {"\u2011", true, true, "a non-breaking hyphen (U+2011) before digits: a minus sign or a range"},
    {"\u2012", true, true, "a figure dash (U+2012) before digits: a minus sign or a range"},
    {"\u2013", true, true, "an en dash (U+2013) before digits: a minus sign or a range"},
}};

struct suffix_form {
    std::string_view text;  // as printed, with the space before it if any
    std::string_view word;  // the scale word, or empty for a percentage
    bool percent;
    int exponent;
    bool ascii;
};

// A space before the word may be ASCII, no-break (U+00A0) or ideographic (U+3000).
constexpr std::array<suffix_form, 15> percent_forms = {{{"%", "", true, 0, false},
                                                        {" pct", "", true, 0, true},
                                                        {" PCT", "", true, 0, true},
                                                        {"-percent", "", true, 0, true},
                                                        {" %", "", true, 0, false},
                                                        {"\u00a0%", "", true, 0, false},
                                                        {"\uff05", "", true, 0, false},
                                                        {" \uff05", "", true, 0, false},
                                                        {"\u3000\uff05", "", true, 0, false},
                                                        {" percent", "", true, 0, true},
                                                        {"percent", "", true, 0, true},
                                                        {" per cent", "", true, 0, true},
                                                        {" PERCENT", "", true, 0, true},
                                                        {" Per Cent", "", true, 0, true},
                                                        {"\u00a0percent", "", true, 0, true}}};

// English scale words in any case; the word read is the one listed.
constexpr std::array<suffix_form, 37> scale_forms = {{
    {" thousand", "thousand", false, 3, true},
    {" mln", "mln", false, 6, true},
    {" Mln", "mln", false, 6, true},
    {" bln", "bln", false, 9, true},
    {"bn", "bn", false, 9, true},
    {" trln", "trln", false, 12, true},
    {"-million", "million", false, 6, true},
    {"-billion", "billion", false, 9, true},
    {" Thousand", "thousand", false, 3, true},
    {" million", "million", false, 6, true},
    {"million", "million", false, 6, true},
    {" Million", "million", false, 6, true},
    {" MILLION", "million", false, 6, true},
    {"\u00a0million", "million", false, 6, true},
    {" billion", "billion", false, 9, true},
    {"Billion", "billion", false, 9, true},
    {" BILLION", "billion", false, 9, true},
    {" trillion", "trillion", false, 12, true},
    {"\u4e07", "\u4e07", false, 4, false},                 // 万
    {" \u4e07", "\u4e07", false, 4, false},
    {"\u3000\u4e07", "\u4e07", false, 4, false},
    {"\u4ebf", "\u4ebf", false, 8, false},                 // 亿
    {" \u4ebf", "\u4ebf", false, 8, false},
    {"\u4e07\u4ebf", "\u4e07\u4ebf", false, 12, false},    // 万亿
    {" \u4e07\u4ebf", "\u4e07\u4ebf", false, 12, false},
    {"\u5341\u4e07", "\u5341\u4e07", false, 5, false},     // 十万
    {" \u5341\u4e07", "\u5341\u4e07", false, 5, false},
    {"\u767e\u4e07", "\u767e\u4e07", false, 6, false},     // 百万
    {"\u00a0\u767e\u4e07", "\u767e\u4e07", false, 6, false},
    {"\u5343\u4e07", "\u5343\u4e07", false, 7, false},     // 千万
    {"\u3000\u5343\u4e07", "\u5343\u4e07", false, 7, false},
    {"\u5341\u4ebf", "\u5341\u4ebf", false, 9, false},     // 十亿
    {" \u5341\u4ebf", "\u5341\u4ebf", false, 9, false},
    {"\u767e\u4ebf", "\u767e\u4ebf", false, 10, false},    // 百亿
    {" \u767e\u4ebf", "\u767e\u4ebf", false, 10, false},
    {"\u5343\u4ebf", "\u5343\u4ebf", false, 11, false},    // 千亿
    {" \u5343\u4ebf", "\u5343\u4ebf", false, 11, false},
}};

// The spaces that may set a sign apart from its digits: "- 5", "−\u00a05", "＋\u30005".
constexpr std::array<std::string_view, 5> sign_spaces = {" ", "\u00a0", "\u3000", "  ",
                                                         " \u3000"};

struct unit_form {
    std::string_view text;
    std::string_view found;  // the unit both read: a word they know, or none
    bool ascii;
    std::size_t prose = std::string_view::npos;  // where words that are no unit begin, if any
};

constexpr std::array<unit_form, 35> unit_forms = {{
    {"tons", "tons", true},
    {"tonnes", "tonnes", true},
    {"ton", "ton", true},
    {"tonne", "tonne", true},
    {"t", "t", true},
    {"kg", "kg", true},
    {"kilograms", "kilograms", true},
    {"pieces", "pieces", true},
    {"pcs", "pcs", true},
    {"vehicle-times", "vehicle-times", true},
    {"persons", "persons", true},
    {"people", "people", true},
    {"staff", "staff", true},
    {"staffs", "staffs", true},
    {"yuan", "yuan", true},
    {"days", "days", true},
    {"\u4e2a", "\u4e2a", false},              // 个
    {"\u5428", "\u5428", false},              // 吨
    {"\u5bb6", "\u5bb6", false},              // 家
    {"\u4eba", "\u4eba", false},              // 人
    {"\u4eba\u6b21", "\u4eba\u6b21", false},  // 人次
    {"\u5143", "\u5143", false},              // 元
    {"\u8f66\u6b21", "\u8f66\u6b21", false},  // 车次
    {"\u5343\u514b", "\u5343\u514b", false},              // 千克
    {"\u5343\u74e6\u65f6", "\u5343\u74e6\u65f6", false},  // 千瓦时
    {"\u6237", "\u6237", false},              // 户
    {"\u8f86", "\u8f86", false},              // 辆
    {"\u540d", "\u540d", false},              // 名
    {"\u53ea", "\u53ea", false},              // 只: masks
    // Words neither knows: find_figures leaves them to the prose, or keeps the unit word they
    // begin with; read_figure, given them with the figure, refuses them where they begin.
    {"test kit tubes", "", true, 0},
    {"face masks", "", true, 0},
    {"tons of disinfectant", "tons", true, 5},
    {"\u9897", "", false, 0},        // 颗
    {"\u5bb6\u4f01\u4e1a", "\u5bb6", false, 3},  // 家企业
    {"\u679a", "", false, 0},        // 枚
}};

constexpr std::string_view tenths_word = "\u6210";  // 成: "7成" is 7 x 10%

// Percentage points, after the number as the percent sign is: no unit after them.
constexpr std::array<std::string_view, 8> points_forms = {
    "\u4e2a\u767e\u5206\u70b9", "\u767e\u5206\u70b9", " \u767e\u5206\u70b9",
    " percentage points", " percentage point", "-percentage-point", " pct points",
    " pct point"};

struct qualifier_form {
    std::string_view text;
    qualifier claim;
    bool each;
    bool english;
};

// Before the figure: a qualifier, 均 (each), both, or an English qualifier and a space.
// Then the bulletins' other ways: 高于 and 低于 before a level, 未满, a filler word between the
// qualifier and the figure ("约为60%", "超过了95%"), and spaces ("超过 95%").
constexpr std::array<qualifier_form, 27> qualifiers_before_forms = {{
    {"\u9ad8\u4e8e", qualifier::more_than, false, false},        // 高于
    {"\u4f4e\u4e8e", qualifier::less_than, false, false},        // 低于
    {"\u4e0d\u4f4e\u4e8e", qualifier::at_least, false, false},  // 不低于
    {"\u4e0d\u9ad8\u4e8e", qualifier::at_most, false, false},   // 不高于
    {"\u672a\u6ee1", qualifier::less_than, false, false},        // 未满
    {"\u7ea6\u4e3a", qualifier::about, false, false},            // 约为
    {"\u8d85\u8fc7\u4e86", qualifier::more_than, false, false}, // 超过了
    {"\u63a5\u8fd1\u4e8e", qualifier::nearly, false, false},    // 接近于
    {"\u8d85\u8fc7 ", qualifier::more_than, false, false},       // "超过 "
    {"\u4e0d\u8d85\u8fc7", qualifier::at_most, false, false},  // 不超过
    {"\u8d85\u8fc7", qualifier::more_than, false, false},        // 超过
    {"\u5df2\u8d85\u8fc7", qualifier::more_than, false, false},  // 已超过
    {"\u8d85", qualifier::more_than, false, false},              // 超
    {"\u903e", qualifier::more_than, false, false},              // 逾
    {"\u8fd1", qualifier::nearly, false, false},                 // 近
    {"\u63a5\u8fd1", qualifier::nearly, false, false},           // 接近
    {"\u7ea6", qualifier::about, false, false},                  // 约
    {"\u4e0d\u5230", qualifier::less_than, false, false},        // 不到
    {"\u5747", qualifier::none, true, false},                    // 均
    {"\u5747\u8d85", qualifier::more_than, true, false},         // 均超
    {"\u5747\u5728", qualifier::none, true, false},              // 均在
    {"\u5168\u90e8", qualifier::none, true, false},              // 全部
    {"more than ", qualifier::more_than, false, true},
    {"Over ", qualifier::more_than, false, true},
    {"nearly\u00a0", qualifier::nearly, false, true},
    {"at least ", qualifier::at_least, false, true},
    {"at most ", qualifier::at_most, false, true},
}};

// Inside the figure, after the digits or a Chinese scale word: 多, 余. After it: 以上, 左右.
constexpr std::array<qualifier_form, 2> qualifiers_inside_forms = {{
    {"\u591a", qualifier::odd, false, false},   // 多
    {"\u4f59", qualifier::odd, false, false}}};  // 余
constexpr std::array<qualifier_form, 8> qualifiers_after_forms = {{
    {"\u53ca\u4ee5\u4e0a", qualifier::at_least, false, false},  // 及以上
    {"\u53ca\u4ee5\u4e0b", qualifier::at_most, false, false},   // 及以下
    {"\u4e0a\u4e0b", qualifier::about, false, false},            // 上下
    {" \u4ee5\u4e0a", qualifier::at_least, false, false},        // " 以上"
    {"\u4ee5\u4e0a", qualifier::at_least, false, false},  // 以上
    {"\u4ee5\u4e0b", qualifier::at_most, false, false},   // 以下
    {"\u4ee5\u5185", qualifier::at_most, false, false},   // 以内
    {"\u5de6\u53f3", qualifier::about, false, false}}};   // 左右

// A figure as generated: its text, and what it must be read as. The generator makes the
// constructs of Chinese bulletins too: a qualifier before the figure ("超过95%", "more than
// 95%"), inside it ("9000多家", "1.5万多辆") or after it ("90%以上"), 均 ("均超90%"),
// percentage points ("3.2个百分点"), tenths ("7成") and full-width digits ("８４．３％").
struct made_figure {
    std::string text;
    std::string before;  // the words before the figure: a qualifier, 均
    std::string number_text;  // the sign and the number, as printed
    std::string found_text;   // what find_figures takes as the figure's text
    std::string digits;       // every digit, for the reference value
    std::string sign;  // with the spaces after it, if any
    bool set_apart = false;  // spaces between the sign and the digits: both refuse the figure
    bool negative = false;
    bool dash = false;
    std::string_view dash_only;  // why both refuse the figure, when its sign is such a dash
    decimal number;
    int exponent = 0;
    bool percent = false;
    bool decimal_comma = false;
    std::string_view scale_word;
    std::string unit;  // the unit word both read, or none
    std::string_view found_unit;
    std::size_t prose_at = std::string::npos;  // where words that are no unit begin, if any
    bool glued_word = false;  // a percent, scale or unit word joined to the digits
    bool points = false;
    qualifier claim = qualifier::none;
    bool each = false;
    bool full_width = false;  // digits printed full-width: "８４．３"
    bool in_words = false;    // tenths in a Chinese numeral: "九成"
    std::size_t integer_digits = 0;
    std::size_t fraction_digits = 0;
};

std::string random_digits(draw& random, std::size_t n, bool leading_zero_allowed) {
    std::string digits;
    for (std::size_t i = 0; i < n; ++i) {
        const bool first = i == 0 && !leading_zero_allowed;
        digits += static_cast<char>('0' + (first ? 1 + random.below(9) : random.below(10)));
    }
    return digits;
}

std::string grouped_by_thousands(std::string_view digits) {
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

// Digits printed full-width (０ to ９, and ． for the point between them); a sign, a comma and
// anything else as they are.
std::string full_width(std::string_view ascii) {
    std::string out;
    for (char c : ascii) {
        if (c >= '0' && c <= '9') {
            out += "\xEF\xBC";
            out += static_cast<char>(0x90 + (c - '0'));
        } else {
            out += c == '.' ? std::string("\uff0e") : std::string(1, c);
        }
    }
    return out;
}

// The sign and the number: digits grouped by thousands or not, a decimal point or comma.
void make_number(made_figure& m, draw& random) {
    if (random.chance(25)) {
        const sign_form& sign = random.one_of(signs);
        m.sign = std::string(sign.text);
        if (sign.dash_only.empty() && random.chance(20)) {
            m.sign += random.one_of(sign_spaces);
            m.set_apart = true;
        }
        m.negative = sign.negative;
        m.dash = sign.dash;
        m.dash_only = sign.dash_only;
    }
    // Mostly bulletin-sized figures; some up to the 18 digits a figure may have.
    const std::size_t most = random.chance(5) ? 18 : 15;
    m.integer_digits = random.chance(60) ? 1 + random.below(4) : 1 + random.below(most);
    if (random.chance(50) && m.integer_digits < most) {
        m.fraction_digits = 1 + random.below(std::min<std::size_t>(6, most - m.integer_digits));
    }
    const std::string integer = random_digits(random, m.integer_digits, m.integer_digits == 1);
    const std::string fraction = random_digits(random, m.fraction_digits, true);
    m.digits = integer + fraction;

    const bool grouped = m.integer_digits > 3 && random.chance(50);
    m.decimal_comma = !grouped && m.fraction_digits != 0 && m.fraction_digits != 3 &&
                      random.chance(10);
    std::string number = grouped ? grouped_by_thousands(integer) : integer;
    if (m.fraction_digits != 0) {
        number += (m.decimal_comma ? ',' : '.') + fraction;
    }
    m.full_width = random.chance(5);
    m.number_text = m.sign + (m.full_width ? full_width(number) : number);

    std::int64_t units = 0;
    for (char c : m.digits) {
        units = units * 10 + (c - '0');
    }
    m.number = {m.negative ? -units : units, static_cast<int>(m.fraction_digits)};
}

// A qualifier or 均 before the figure, only where its sign is no dash: after a word a hyphen may
// be a range's, and the figure is passed over, which check_in_context tests without words.
void make_words_before(made_figure& m, draw& random) {
    if (m.dash || !m.dash_only.empty() || m.set_apart || !random.chance(20)) {
        return;
    }
    const qualifier_form& form = random.one_of(qualifiers_before_forms);
    m.before = std::string(form.text);
    m.claim = form.claim;
    m.each = form.each;
}

// The suffix: a percent, a scale word, percentage points or tenths (成), or none; and 多 or 余
// inside the figure, after the digits or a Chinese scale word.
bool make_suffix(made_figure& m, draw& random, std::string& suffix) {
    const std::uint64_t kind = random.below(12);
    if (kind >= 4 && kind < 9) {
        const suffix_form& form =
            kind < 6 ? random.one_of(percent_forms) : random.one_of(scale_forms);
        suffix = std::string(form.text);
        m.percent = form.percent;
        m.exponent = form.exponent;
        m.scale_word = form.word;
        m.glued_word = detail::space_at(form.text, 0) == 0;
    } else if (kind == 9) {
        suffix = std::string(random.one_of(points_forms));
        m.points = true;
        m.glued_word = detail::space_at(suffix, 0) == 0;
    } else if (kind == 10) {
        suffix = tenths_word;
        m.percent = true;
        m.exponent = 1;
        m.scale_word = tenths_word;
        m.glued_word = true;
    }
    const bool ascii_scale = kind >= 6 && kind < 9 && detail::is_ascii_letter(suffix.back());
    const bool chinese_scale = kind >= 6 && kind < 9 && !ascii_scale;
    if (m.claim == qualifier::none && (suffix.empty() || chinese_scale) && random.chance(10)) {
        const qualifier_form& form = random.one_of(qualifiers_inside_forms);
        const std::string inside(form.text);
        m.claim = form.claim;
        // "9000多家", "1.5万多辆"; after a scale set apart by a space, only after the scale.
        const bool after_scale = chinese_scale && (random.chance(50) || suffix[0] == ' ' ||
                                                   detail::space_at(suffix, 0) != 0);
        suffix = after_scale ? suffix + inside : inside + suffix;
    }
    return ascii_scale;
}

// The unit word after the figure, or words that are no unit.
void make_unit(made_figure& m, draw& random, bool ascii_scale) {
    const unit_form& unit = random.one_of(unit_forms);
    // An English word is joined only to digits or a Chinese scale word ("5kg", "5万tons"),
    // and only a word find_figures knows ("5th" is no figure); a Chinese one to anything.
    const bool may_join =
        unit.ascii ? !ascii_scale && !unit.found.empty() && unit.found == unit.text : true;
    const bool joined = may_join && random.chance(50);
    const std::string space = joined ? "" : " ";
    m.glued_word = m.glued_word || (joined && m.found_text == m.before + m.number_text);
    if (unit.prose != std::string_view::npos) {
        m.prose_at = m.text.size() + space.size() + unit.prose;
    }
    m.text += space + std::string(unit.text);
    m.unit = std::string(unit.found);
    m.found_unit = unit.found;
    if (!unit.found.empty()) {
        m.found_text += space + std::string(unit.found);
    }
}

// Tenths in a Chinese numeral ("九成", "两成", "十成"), unsigned: the numeral is the number.
constexpr std::array<std::pair<std::string_view, int>, 11> tenths_numerals = {{
    {"\u4e00", 1}, {"\u4e8c", 2}, {"\u4e24", 2}, {"\u4e09", 3}, {"\u56db", 4}, {"\u4e94", 5},
    {"\u516d", 6}, {"\u4e03", 7}, {"\u516b", 8}, {"\u4e5d", 9}, {"\u5341", 10}}};

void make_tenths_in_words(made_figure& m, draw& random) {
    const auto& [word, value] = random.one_of(tenths_numerals);
    m = made_figure{};
    m.in_words = true;
    m.number_text = std::string(word);
    m.digits = std::to_string(value);
    m.integer_digits = m.digits.size();
    m.number = {value, 0};
}

made_figure make_figure(draw& random) {
    made_figure m;
    make_number(m, random);
    if (random.chance(2)) {
        make_tenths_in_words(m, random);
    }
    make_words_before(m, random);
    std::string suffix;
    const bool ascii_scale = m.in_words ? false : make_suffix(m, random, suffix);
    if (m.in_words) {
        suffix = tenths_word;
        m.percent = true;
        m.exponent = 1;
        m.scale_word = tenths_word;
    }
    m.found_text = m.before + m.number_text + suffix;
    m.text = m.found_text;
    if (!m.percent && !m.points && random.chance(40)) {
        make_unit(m, random, ascii_scale);
    }
    if (m.claim == qualifier::none && m.prose_at == std::string::npos && random.chance(10)) {
        const qualifier_form& after = random.one_of(qualifiers_after_forms);
        m.claim = after.claim;
        m.text += after.text;
        m.found_text += after.text;
    }
    return m;
}

// The value the digits make, computed by the C library from a decimal text: the double nearest
// the figure, whatever the digits.
double reference_value(const made_figure& m) {
    const std::string exact = (m.negative ? "-" : "") + m.digits + "e" +
                              std::to_string(m.exponent - static_cast<int>(m.fraction_digits));
    return std::strtod(exact.c_str(), nullptr);
}

// The figure as a whole count, or nothing when it is not whole or does not fit 64 bits.
std::optional<std::int64_t> reference_count(const made_figure& m) {
    std::int64_t units = m.number.units;
    for (int e = m.number.decimals; e > m.exponent; --e) {
        if (units % 10 != 0) {
            return std::nullopt;
        }
        units /= 10;
    }
    for (int e = m.number.decimals; e < m.exponent; ++e) {
        if (units > std::numeric_limits<std::int64_t>::max() / 10 ||
            units < std::numeric_limits<std::int64_t>::min() / 10) {
            return std::nullopt;
        }
        units *= 10;
    }
    return units;
}

// Running text around a figure: after a Chinese word, after punctuation, in an English
// sentence, on a line of its own.
struct context {
    std::string_view before;
    std::string_view after;
    bool dash_ambiguous;  // a dash before the figure is then a minus or a range: passed over
    bool quotes = false;  // digits alone in quotation marks name something: passed over
};

// Whether the text is digits alone, ASCII or full-width ("618", "６１８").
bool bare_digits(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] >= '0' && text[i] <= '9') {
            ++i;
        } else if (text.substr(i, 2) == "\xef\xbc" && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 2]) >= 0x90 &&
                   static_cast<unsigned char>(text[i + 2]) <= 0x99) {
            i += 3;
        } else {
            return false;
        }
    }
    return !text.empty();
}

constexpr std::array<context, 11> contexts = {{
    {"\u5171", "\uff0c", true},              // 共…，
    {"\u589e\u957f", "\u3002", true},        // 增长…。
    {"\uff08", "\uff09", false},             // （…）
    {"output was ", ", then", false},
    {"\n", ".\n", false},
    // 同比增长5%，…。: a dash after punctuation may be a range's. (Directly after a figure, a dash
    // before digits makes a range, whose ends are both passed over: printed_test.cpp.)
    {"\u540c\u6bd4\u589e\u957f5%\uff0c", "\u3002", true},
    {"(3.2)", " then", true},
    {"\u3002", "\uff1b", true},              // 。…；
    {"\u589e\u901f\uff1a", "\uff0c", false}, // 增速：…，
    {"\u589e\u957f\u3000", "\u3002", false}, // 增长　…。 (an ideographic space)
    {"\u201c", "\u201d", false, true},       // “…”
}};

class failures {
public:
    template <class... Parts>
    void report(std::string_view text, const Parts&... what) {
        ++count_;
        if (count_ <= 20) {
            std::ostringstream message;
            message.precision(17);
            message << "\"" << text << "\": ";
            (message << ... << what);
            FAIL_CHECK(message.str());
        }
    }
    long count() const { return count_; }

private:
    long count_ = 0;
};

std::string refusal(std::string_view text) {
    try {
        read_figure(text);
    } catch (const std::invalid_argument& error) {
        return error.what();
    }
    return {};
}

bool same_reading(const printed_figure& a, const printed_figure& b) {
    return a.number == b.number && a.exponent == b.exponent && a.percent == b.percent &&
           a.decimal_comma == b.decimal_comma && a.scale_word == b.scale_word &&
           a.unit == b.unit && a.text == b.text && a.points == b.points && a.claim == b.claim &&
           a.each == b.each;
}

// find_figures on the figure in running text finds it where it stands, with its sign; or, after
// a Chinese word, passes it over when its sign is a dash.
void check_in_context(const made_figure& m, const printed_figure* read, const context& around,
                      failures& failed) {
    const std::string text = std::string(around.before) + m.text + std::string(around.after);
    found_figures found = find_figures(text);
    // The figures of the context itself ("5%", "3.2") come first.
    const std::size_t before = find_figures(around.before).figures.size();
    if (found.figures.size() < before) {
        failed.report(text, "the context's own figures were not found");
        return;
    }
    found.figures.erase(found.figures.begin(),
                        found.figures.begin() + static_cast<std::ptrdiff_t>(before));
    if (m.set_apart && around.before.ends_with('\n') && (m.text[0] == '-' || m.text[0] == '+') &&
        m.text[1] == ' ') {
        // First on a line after a blank one, "- " or "+ " is a list's mark, no sign: what follows
        // is read unsigned.
        const bool signed_figure = std::any_of(
            found.figures.begin(), found.figures.end(),
            [](const printed_figure& figure) { return figure.number.units < 0; });
        const bool passed_as_set_apart = std::any_of(
            found.passed.begin(), found.passed.end(), [](const passed_over& passed) {
                return passed.reason == detail::sign_set_apart_reason;
            });
        if (found.figures.size() + found.passed.size() != 1 || signed_figure ||
            passed_as_set_apart) {
            failed.report(text, "a list's mark was taken for a sign");
        }
        return;
    }
    if (m.set_apart) {
        if (!found.figures.empty() || found.passed.size() != 1 ||
            found.passed[0].position != around.before.size() ||
            found.passed[0].text != m.found_text ||
            found.passed[0].reason != detail::sign_set_apart_reason) {
            failed.report(text, "a sign set apart from its digits was not passed over with them");
        }
        return;
    }
    if (!m.dash_only.empty() || (around.dash_ambiguous && m.dash)) {
        if (!found.figures.empty() || found.passed.size() != 1 ||
            found.passed[0].position != around.before.size() ||
            found.passed[0].text != m.found_text) {
            failed.report(text, "a dash that may be a range's was not passed over with the figure");
        }
        return;
    }
    // "pct" after Chinese is percentage points as often as percent: passed over, not told.
    const std::size_t context_end = detail::skip_spaces_back(around.before, around.before.size());
    const bool after_chinese =
        context_end > 0 && static_cast<unsigned char>(around.before[context_end - 1]) >= 0x80;
    std::string lower_text = m.found_text;
    for (char& c : lower_text) {
        c = detail::ascii_lower(c);
    }
    if (after_chinese && (lower_text.ends_with("pct") || lower_text.ends_with("pcts"))) {
        if (!found.figures.empty() || found.passed.size() != 1 ||
            found.passed[0].reason.find("\"pct\" in Chinese text") != 0) {
            failed.report(text, "pct after Chinese was not passed over as not told");
        }
        return;
    }
    if (around.quotes && bare_digits(m.text)) {
        if (!found.figures.empty() || found.passed.size() != 1) {
            failed.report(text, "digits alone in quotation marks were not passed over as a name");
        }
        return;
    }
    if (found.figures.size() != 1 || !found.passed.empty() || read == nullptr) {
        failed.report(text, found.figures.size(), " figures found and ", found.passed.size(),
                      " passed over in running text, not 1 and 0");
        return;
    }
    const printed_figure& figure = found.figures[0];
    if (!same_reading(figure, *read) || figure.position != around.before.size() ||
        figure.text != m.found_text || figure.unit != m.found_unit) {
        failed.report(text, "found in running text as \"", figure.text, "\" at ",
                      figure.position, ", not as read alone");
    }
}

// A figure after a dash that is no hyphen-minus ("–3.2%"): read_figure refuses it, and
// find_figures passes it over, for that reason, alone and in running text.
void check_dash_only(const made_figure& m, std::size_t index, failures& failed) {
    const std::string refused = refusal(m.text);
    const std::string expected = "cannot read \"" + m.text + "\" as a figure: " +
                                 std::string(m.dash_only) + " at position 0";
    if (refused != expected) {
        failed.report(m.text, "refused as \"", refused, "\", not \"", expected, "\"");
    }
    const found_figures alone = find_figures(m.text);
    if (!alone.figures.empty() || alone.passed.size() != 1 ||
        alone.passed[0].reason != m.dash_only || alone.passed[0].text != m.found_text) {
        failed.report(m.text, alone.figures.size(), " figures found and ", alone.passed.size(),
                      " passed over alone, not 0 and 1 for the dash");
    }
    check_in_context(m, nullptr, contexts[index % contexts.size()], failed);
}

void check_figure(const made_figure& m, std::size_t index, failures& failed);

// A sign set apart from its digits ("- 5", "+\u00a03.2%"): read_figure refuses the figure at
// the sign, and find_figures passes it over from the sign, for that reason, alone and in
// running text; never read unsigned.
void check_set_apart(const made_figure& m, std::size_t index, failures& failed) {
    const std::string expected = "cannot read \"" + m.text + "\" as a figure: " +
                                 std::string(detail::sign_set_apart_reason) + " at position 0";
    if (const std::string refused = refusal(m.text); refused != expected) {
        failed.report(m.text, "refused as \"", refused, "\", not \"", expected, "\"");
    }
    const found_figures alone = find_figures(m.text);
    if (!alone.figures.empty() || alone.passed.size() != 1 ||
        alone.passed[0].reason != detail::sign_set_apart_reason ||
        alone.passed[0].position != 0 || alone.passed[0].text != m.found_text) {
        failed.report(m.text, alone.figures.size(), " figures found and ", alone.passed.size(),
                      " passed over alone, not 0 and 1 for the sign set apart");
    }
    check_in_context(m, nullptr, contexts[index % contexts.size()], failed);
}

// Words that are no unit after a figure: prose to find_figures, which finds the figure before
// them alone and in running text; read_figure, given them, refuses them where they begin.
void check_prose_after(const made_figure& m, std::size_t index, failures& failed) {
    const std::string expected =
        "cannot read \"" + m.text +
        "\" as a figure: words after a figure that are not a unit it knows at position " +
        std::to_string(m.prose_at);
    if (const std::string refused = refusal(m.text); refused != expected) {
        failed.report(m.text, "refused as \"", refused, "\", not \"", expected, "\"");
    }
    // What find_figures finds is what read_figure reads of the text without the prose.
    std::size_t figure_end = m.prose_at;
    while (const std::size_t space = detail::space_before(m.text, figure_end)) {
        figure_end -= space;
    }
    const std::string figure_text = m.text.substr(0, figure_end);
    made_figure without = m;
    without.text = figure_text;
    without.prose_at = std::string::npos;
    check_figure(without, index, failed);
    printed_figure read;
    try {
        read = read_figure(figure_text);
    } catch (const std::invalid_argument&) {
        return;  // reported by check_figure
    }
    const found_figures alone = find_figures(m.text);
    if (alone.figures.size() != 1 || !alone.passed.empty() ||
        !same_reading(alone.figures[0], read) || alone.figures[0].position != 0) {
        failed.report(m.text, "not found alone, before the prose, as \"", figure_text, "\"");
    }
    check_in_context(m, &read, contexts[index % contexts.size()], failed);
}

void check_figure(const made_figure& m, std::size_t index, failures& failed) {
    if (!m.dash_only.empty()) {
        check_dash_only(m, index, failed);
        return;
    }
    if (m.set_apart) {
        check_set_apart(m, index, failed);
        return;
    }
    if (m.prose_at != std::string::npos) {
        check_prose_after(m, index, failed);
        return;
    }
    printed_figure read;
    try {
        read = read_figure(m.text);
    } catch (const std::invalid_argument& error) {
        failed.report(m.text, "refused: ", error.what());
        return;
    }
    if (read.number != m.number || read.exponent != m.exponent || read.percent != m.percent ||
        read.decimal_comma != m.decimal_comma || read.scale_word != m.scale_word ||
        read.unit != m.unit || read.text != m.text || read.text != m.found_text ||
        read.position != 0 || read.points != m.points || read.claim != m.claim ||
        read.each != m.each) {
        failed.report(m.text, "read as ", to_string(read.number), " x 10^", read.exponent,
                      read.percent ? " percent" : "", " unit \"", read.unit, "\", not ",
                      to_string(m.number), " x 10^", m.exponent, m.percent ? " percent" : "",
                      " unit \"", m.unit, "\"");
    }
    // Up to 15 digits the value is the nearest double; beyond, within the rounding of the digits.
    const double value = read.value();
    const double expected = reference_value(m);
    if (m.digits.size() <= 15 ? value != expected
                              : std::abs(value - expected) > std::abs(expected) * 1e-15) {
        failed.report(m.text, "value ", value, ", not ", expected);
    }
    if (const std::optional<std::int64_t> whole = reference_count(m);
        whole && !m.percent && !m.points) {
        try {
            if (read.count() != *whole) {
                failed.report(m.text, "count ", read.count(), ", not ", *whole);
            }
        } catch (const std::exception& error) {
            failed.report(m.text, "no count: ", error.what(), ", not ", *whole);
        }
    }

    const found_figures alone = find_figures(m.text);
    if (alone.figures.size() != 1 || !alone.passed.empty()) {
        failed.report(m.text, alone.figures.size(), " figures found and ", alone.passed.size(),
                      " passed over alone, not 1 and 0");
    } else if (const printed_figure& figure = alone.figures[0];
               !same_reading(figure, read) || figure.position != 0 ||
               figure.text != m.found_text || figure.unit != m.found_unit) {
        failed.report(m.text, "found alone as \"", figure.text, "\" unit \"", figure.unit,
                      "\", not \"", m.found_text, "\" unit \"", m.found_unit, "\"");
    }
    check_in_context(m, &read, contexts[index % contexts.size()], failed);

    // A comma or point after a figure is punctuation to find_figures, which finds the figure
    // before it; read_figure, given only that, refuses it.
    if (index % 8 == 0) {
        const std::string punctuated = m.text + (index % 16 == 0 ? "," : ".");
        const found_figures found = find_figures(punctuated);
        if (refusal(punctuated).empty() || found.figures.size() != 1 || !found.passed.empty() ||
            found.figures[0].text != m.found_text) {
            failed.report(punctuated, "punctuation after the figure not read as punctuation");
        }
    }
}

// A malformed variant of a figure, and whether one could be made from it.
std::optional<std::string> malform(const made_figure& m, draw& random) {
    if (m.in_words) {
        return std::nullopt;  // no digits to malform
    }
    const std::string_view number(m.number_text);
    const std::string rest = m.text.substr(m.before.size() + number.size());
    const std::size_t sign = m.sign.size();
    const std::size_t point = number.find('.');
    switch (random.below(10)) {
    case 0:  // a double point: "84..3"
        if (point == std::string_view::npos) {
            return std::nullopt;
        }
        return std::string(number.substr(0, point)) + "." + std::string(number.substr(point)) +
               rest;
    case 1:  // a second decimal point: "1.5.3"
        if (m.fraction_digits == 0) {
            return std::nullopt;
        }
        return std::string(number) + "." + random_digits(random, 1 + random.below(3), true) +
               rest;
    case 2:  // a comma after the decimals: "1.5,3"
        if (point == std::string_view::npos) {
            return std::nullopt;
        }
        return std::string(number) + "," + random_digits(random, 1 + random.below(3), true) +
               rest;
    case 3: {  // a separator with a percent, scale or unit word joined to it: "84.%", "5,万"
        constexpr std::array<std::string_view, 8> words = {
            "%", "\uff05", "\u4e07", "\u4e07\u4ebf", "\u4ebf", "\u4e2a", "kg", "million"};
        return std::string(number) + (random.chance(50) ? "." : ",") +
               std::string(random.one_of(words));
    }
    case 4: {  // a doubled thousands separator: "1,,234"
        const std::size_t comma = number.find(',');
        if (comma == std::string_view::npos || m.decimal_comma) {
            return std::nullopt;
        }
        return std::string(number.substr(0, comma)) + "," + std::string(number.substr(comma)) +
               rest;
    }
    case 5: {  // digits grouped irregularly: "12,34,5", "1234,567"
        const std::string digits = random_digits(random, 5 + random.below(4), false);
        const std::string irregular = random.chance(50)
                                          ? digits.substr(0, 2) + "," + digits.substr(2, 2) +
                                                "," + digits.substr(4)
                                          : digits + "," + random_digits(random, 3, true);
        return std::string(m.sign) + irregular + rest;
    }
    case 6:  // too many digits
        return std::string(m.sign) + random_digits(random, 19 + random.below(3), false) + rest;
    case 7: {  // letters joined to the digits: an ordinal or a code, no figure
        constexpr std::array<std::string_view, 6> letters = {"th", "D", "x", "millions", "kgs",
                                                             "percents"};
        return std::string(number) + std::string(random.one_of(letters));
    }
    case 8: {  // a word that would change the figure but is not read: "5‰", "5千人", "5 millions"
        constexpr std::array<std::string_view, 10> words = {
            "\u2030",       " \u2030",       "\u00a0\u2031", "\u5343\u4eba", " \u5343",
            "\u767e\u5bb6", "\u5341",         " millions",     " Thousands",
            "\u5343\u4e07\u4ebf"};
        return std::string(number) + std::string(random.one_of(words));
    }
    default:  // a point with no digit before it: ".5"
        return std::string(m.sign) + "." + std::string(number.substr(sign)) + rest;
    }
}

// Both refuse a malformed figure: read_figure with its reason and position, find_figures by
// passing it over with the same reason, alone and in running text.
void check_malformed(const std::string& text, std::size_t index, failures& failed) {
    const std::string refused = refusal(text);
    if (refused.empty()) {
        failed.report(text, "read, though malformed");
        return;
    }
    const found_figures alone = find_figures(text);
    if (!alone.figures.empty() || alone.passed.size() != 1) {
        failed.report(text, alone.figures.size(), " figures found and ", alone.passed.size(),
                      " passed over alone, not 0 and 1");
    } else if (const std::string prefix = "cannot read \"" + text + "\" as a figure: ";
               refused.rfind(prefix + alone.passed[0].reason, 0) != 0) {
        failed.report(text, "passed over for \"", alone.passed[0].reason,
                      "\" but refused with \"", refused, "\"");
    }
    const context& around = contexts[index % contexts.size()];
    const std::string running = std::string(around.before) + text + std::string(around.after);
    const found_figures found = find_figures(running);
    if (found.figures.size() != find_figures(around.before).figures.size() ||
        found.passed.size() != 1) {
        failed.report(running, found.figures.size(), " figures found and ", found.passed.size(),
                      " passed over in running text, not 0 and 1");
    }
}

}  // namespace

TEST_CASE("read_figure and find_figures read a million generated figures as generated") {
    draw random;
    failures failed;
    long malformed = 0;
    long set_apart = 0;  // signs set apart from their digits
    long prose = 0;      // words that are no unit after the figure
    // The bulletins' own constructs: qualified, in points, in tenths, each, full-width digits.
    std::array<long, 6> bulletin = {};
    for (long i = 0; i < RESTORATION_DIFFERENTIAL_CASES; ++i) {
        const made_figure m = make_figure(random);
        check_figure(m, static_cast<std::size_t>(i), failed);
        set_apart += m.set_apart ? 1 : 0;
        prose += m.prose_at != std::string::npos ? 1 : 0;
        bulletin[0] += m.claim != qualifier::none ? 1 : 0;
        bulletin[1] += m.points ? 1 : 0;
        bulletin[2] += m.scale_word == tenths_word ? 1 : 0;
        bulletin[3] += m.each ? 1 : 0;
        bulletin[4] += m.full_width ? 1 : 0;
        bulletin[5] += m.in_words ? 1 : 0;
        if (random.chance(30)) {
            if (const std::optional<std::string> bad = malform(m, random)) {
                check_malformed(*bad, static_cast<std::size_t>(i), failed);
                ++malformed;
            }
        }
    }
    CHECK(failed.count() == 0);
    CHECK(malformed > RESTORATION_DIFFERENTIAL_CASES / 10);
    CHECK(set_apart > RESTORATION_DIFFERENTIAL_CASES / 100);
    CHECK(prose > RESTORATION_DIFFERENTIAL_CASES / 100);
    for (const long made : bulletin) {
        CHECK(made > RESTORATION_DIFFERENTIAL_CASES / 200);
    }
}
