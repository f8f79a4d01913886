// detail/figure_scan.hpp: the scanning under read_figure and find_figures: signs, digits and
// their separators, percent and scale words, and the unit words a figure takes.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

#include <restoration/decimal.hpp>
#include <restoration/detail/bulletin_words.hpp>
#include <restoration/detail/numerals.hpp>

namespace restoration::detail {

struct scale_word {
    std::string_view word;
    int exponent;
};

// Among the Chinese words, longest first, so that a word is matched whole: 万亿 (a trillion, 10^12) before 万, or "5万亿"
// would be 5万 of a unit called 亿; 千万 (10^7) before 万, or "5千万" would be 5 of a unit 千万.
// The English words are matched in any case ("MILLION", "Million"), with the wire services'
// abbreviations ("1.2 bln yuan", "350 mln", "1.2bn") and the financial press's ("3.5 mn tonnes",
// "$1.2tn", "2 trn yuan"): read without them, a figure would be a thousand millionth of itself.
inline constexpr std::array<scale_word, 20> scale_words = {{
    {"thousand", 3},
    {"million", 6},
    {"billion", 9},
    {"trillion", 12},
    {"mln", 6},
    {"bln", 9},
    {"bn", 9},
    {"trln", 12},
    {"mn", 6},
    {"tn", 12},
    {"trn", 12},
    {"\u4e07\u4ebf", 12},  // 万亿
    {"\u5343\u4ebf", 11},  // 千亿
    {"\u767e\u4ebf", 10},  // 百亿
    {"\u5341\u4ebf", 9},   // 十亿
    {"\u5343\u4e07", 7},   // 千万
    {"\u767e\u4e07", 6},   // 百万
    {"\u5341\u4e07", 5},   // 十万
    {"\u4e07", 4},         // 万
    {"\u4ebf", 8},         // 亿
}};

inline constexpr std::array<std::string_view, 6> percent_words = {
    "percent", "per cent", "per-cent", "pct", "%", "\uff05" /* ％ */};

// Words after the digits that would change the figure but that the reader does not take: the
// figure is refused, or passed over, with the reason, never read without them.
struct refused_word {
    std::string_view word;
    std::string_view reason;
};

inline constexpr std::string_view multiple_word = "\u500d";  // 倍
inline constexpr std::string_view basis_points_reason =
    "basis points (\u57fa\u70b9), hundredths of a percentage point: not read";
inline constexpr std::string_view half_after_reason =
    "a half in words after the figure (\u4e24\u4e2a\u534a\u767e\u5206\u70b9, \u4e03\u6210"
    "\u534a): not read";

inline constexpr std::array<refused_word, 24> refused_words = {{
    // "2 mil yuan", "2 bil": million and billion cut short, or a thousandth of an inch; whole
    // words only ("3 military bases" is 3).
    {"mil", "mil: a million cut short, or a thousandth of an inch, not read"},
    {"bil", "bil: a billion cut short, not read"},
    // Hundredths of a point: the figure is none without its word.
    {"basis points", "basis points, hundredths of a percentage point: not read"},
    {"basis point", "basis points, hundredths of a percentage point: not read"},
    {"bps", "basis points, hundredths of a percentage point: not read"},
    {"\u4e2a\u57fa\u70b9", basis_points_reason},  // 个基点
    {"\u57fa\u70b9", basis_points_reason},          // 基点
    // "两个半百分点", 2.5 points: a half in words after the figure, not read (never 2 个).
    {"\u4e2a\u534a\u767e\u5206\u70b9", half_after_reason},
    // "提高3个点": colloquial for percentage points, or points of a list; not read as 3个.
    {"\u4e2a\u70b9", "points (\u4e2a\u70b9), not said to be percentage points"},
    {"\u2030", "per mille is not a percent"},               // ‰
    {"\u2031", "per ten thousand is not a percent"},        // ‱
    {"\u5343", "\"\u5343\" (a thousand) is no scale word"},  // 千, but for 千克 and other units
    {"\u767e", "\"\u767e\" (a hundred) is no scale word"},   // 百, but for 百分点
    {"\u5341", "\"\u5341\" (ten) is no scale word"},         // 十
    {multiple_word, "a multiple (\u500d) is no count and no percent"},  // "1.5倍"
    {"times", "a multiple (times) is no count and no percent"},      // "1.5 times that of"
    {"fold", "a multiple (fold) is no count and no percent"},        // "a 1.5-fold rise"
    // "20 pc": the British press's per cent, and traders' pieces.
    {"pc", "pc: per cent or pieces, not said which"},
    // "3.2 points" without "percentage": percentage points or points of an index, not read.
    {"points", "points, not said to be percentage points"},
    {"point", "points, not said to be percentage points"},
    {"pts", "points, not said to be percentage points"},
    {"pt", "points, not said to be percentage points"},
    {"ppt", "ppt: percentage points or parts per trillion, not said which"},
    {"pp", "pp: percentage points or pages, not said which"},
}};

// Unit words that find_figures attaches to a figure; other words after a figure are prose.
// read_figure reads the same words, and refuses others after a figure. Longest first where one
// begins another: ton-kilometres before ton, 人次 before 人, 千瓦时 and 千瓦·时 before 千瓦, and
// 千 of a metric unit (千克, 千瓦). A scale and a unit make "28.38万人" (万, 人) and "3320亿元"
// (亿, 元).
inline constexpr std::array<std::string_view, 87> unit_words = {
    "ton-kilometres", "ton-kilometers", "tonne-kilometres", "tonne-kilometers", "kWh",
    "tons",   "tonnes", "ton",    "tonne", "t",      "kg",    "kilograms", "pieces", "pcs",
    "vehicle-times",    "persons", "people", "staff",   "staffs", "yuan",
    "days",   "\u4e2a\u6b21" /* 个次 */, "\u4e2a" /* 个 */,  "\u5428\u516c\u91cc" /* 吨公里 */, "\u5428" /* 吨 */,
    "\u5bb6\u6b21" /* 家次 */, "\u5bb6" /* 家 */,
    "\u4eba\u6b21" /* 人次 */, "\u4eba\u5929" /* 人天: person-days */,   "\u4eba\u516c\u91cc" /* 人公里 */,
    "\u4eba\u6c11\u5e01" /* 人民币: yuan, not persons */, "\u4eba" /* 人 */,
    "\u7f8e\u5143" /* 美元 */, "\u6e2f\u5143" /* 港元 */, "\u6b27\u5143" /* 欧元 */,
    "\u516c\u65a4" /* 公斤 */, "\u4ef6\u6b21" /* 件次 */, "\u5217\u6b21" /* 列次 */, "\u5217" /* 列: trains */,
    "\u8d9f" /* 趟 */, "\u73ed\u6b21" /* 班次 */, "\u73ed" /* 班 */, "\u6b21" /* 次 */,
    "\u5143" /* 元 */,
    "\u8f66\u6b21" /* 车次 */,   "\u6237\u6b21" /* 户次 */, "\u6237" /* 户 */,   "\u8f86\u6b21" /* 辆次 */,
    "\u8f86" /* 辆 */, "\u540d" /* 名 */,   "\u53f0\u5957" /* 台套 */,
    "\u53f0\u6b21" /* 台次 */, "\u53f0" /* 台 */,   "\u4ef6" /* 件 */,
    "\u9879" /* 项 */,   "\u5957" /* 套 */,   "\u4ea9" /* 亩 */,   "\u5ea7" /* 座 */,
    "\u53ea" /* 只: masks */, "\u5f20" /* 张 */, "\u5242" /* 剂 */, "\u4f8b" /* 例 */,
    "\u7bb1" /* 箱 */, "\u7ba1" /* 管 */, "\u5ea6" /* 度: kWh */,
    "\u5e73\u65b9\u7c73" /* 平方米 */, "\u516c\u91cc" /* 公里 */,
    "\u5343\u74e6\u65f6" /* 千瓦时 */, "\u5343\u74e6\u00b7\u65f6" /* 千瓦·时 */,
    "\u67b6\u6b21" /* 架次: flights */, "\u8258\u6b21" /* 艘次: ships */, "\u8258" /* 艘 */,
    "\u6279\u6b21" /* 批次 */, "\u6807\u51c6\u7bb1" /* 标准箱: TEU */,
    "\u6807\u7bb1" /* 标箱 */, "\u7acb\u65b9\u7c73" /* 立方米 */,
    "\u5e73\u65b9\u516c\u91cc" /* 平方公里 */, "\u516c\u9877" /* 公顷 */,
    "\u5343\u514b" /* 千克 */, "\u5343\u7c73" /* 千米 */, "\u5343\u74e6" /* 千瓦 */,
    "\u5343\u4f0f" /* 千伏 */, "\u5343\u5e15" /* 千帕 */, "\u5343\u5361" /* 千卡 */,
    "\u5343\u7126" /* 千焦 */, "\u5343\u8d6b" /* 千赫 */, "\u5343\u5347" /* 千升 */};
// A size larger than the words would leave empty words at the end, which match anywhere.
static_assert(
    [] {
        for (const std::string_view unit : unit_words) {
            if (unit.empty()) {
                return false;
            }
        }
        return true;
    }(),
    "unit_words: every entry is a word");

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Bytes of a word: ASCII letters, hyphens, and any byte of a multi-byte UTF-8 character.
constexpr bool is_word_byte(char c) {
    return is_ascii_letter(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80;
}

constexpr bool digit_at(std::string_view text, std::size_t at) {
    return at < text.size() && is_digit(text[at]);
}

// The signs a figure is printed with, directly before its digits. A hyphen-minus, ASCII,
// full-width or small, is also a dash, which Chinese text prints between the ends of a range
// ("3月1日-27日", "1－2月"); a minus sign or a plus sign is never one. A hyphen, a figure dash or
// an en dash is a dash that some print for a minus: before digits it is either, never read.
enum class mark_kind { sign, sign_or_dash, dash };

struct sign_mark {
    std::string_view text;
    bool negative;
    mark_kind kind;
    std::string_view dash_reason;  // for a dash: why a figure after it is not read
};

inline constexpr std::array<sign_mark, 11> sign_marks = {{
    {"-", true, mark_kind::sign_or_dash, {}},
    {"\u2212", true, mark_kind::sign, {}},          // − MINUS SIGN
    {"\uff0d", true, mark_kind::sign_or_dash, {}},  // － FULLWIDTH HYPHEN-MINUS
    {"\ufe63", true, mark_kind::sign_or_dash, {}},  // ﹣ SMALL HYPHEN-MINUS
    {"+", false, mark_kind::sign, {}},
    {"\uff0b", false, mark_kind::sign, {}},  // ＋ FULLWIDTH PLUS SIGN
    {"\ufe62", false, mark_kind::sign, {}},  // ﹢ SMALL PLUS SIGN
    {"\u2010", true, mark_kind::dash, "a hyphen (U+2010) before digits: a minus sign or a range"},
    {"\u2011", true, mark_kind::dash,
     "a non-breaking hyphen (U+2011) before digits: a minus sign or a range"},
    {"\u2012", true, mark_kind::dash,
     "a figure dash (U+2012) before digits: a minus sign or a range"},
    {"\u2013", true, mark_kind::dash, "an en dash (U+2013) before digits: a minus sign or a range"},
}};

// The sign that stands at `at`, or nothing.
constexpr const sign_mark* sign_at(std::string_view text, std::size_t at) {
    for (const sign_mark& sign : sign_marks) {
        if (word_is_at(text, at, sign.text)) {
            return &sign;
        }
    }
    return nullptr;
}

// What the character that ends at `at` is, as far as a sign after it is concerned: the start of
// the text, a space, an opening bracket, quote or a colon, a digit (ASCII or full-width), an
// ASCII letter, another letter (Chinese, kana, accented), or other punctuation or a symbol
// ("%", ")", "。", "，"). Bytes that are not UTF-8 count as a letter, so that a hyphen after
// them is never simply taken for a sign.
enum class character_kind { start, space, opening, digit, ascii_letter, other_letter, punctuation };

constexpr character_kind character_before(std::string_view text, std::size_t at) {
    if (at == 0) {
        return character_kind::start;
    }
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const char last = text[at - 1];
    if (byte(at - 1) < 0x80) {
        switch (last) {
        case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
            return character_kind::space;
        case '(': case '[': case '{': case ':':
            return character_kind::opening;
        default:
            return is_digit(last)          ? character_kind::digit
                   : is_ascii_letter(last) ? character_kind::ascii_letter
                                           : character_kind::punctuation;
        }
    }
    std::size_t lead = at - 1;
    while (lead > 0 && at - lead < 4 && (byte(lead) & 0xC0) == 0x80) {
        --lead;
    }
    const std::size_t length = at - lead;
    const unsigned char first = byte(lead);
    const std::size_t expected = (first & 0xE0) == 0xC0   ? 2
                                 : (first & 0xF0) == 0xE0 ? 3
                                 : (first & 0xF8) == 0xF0 ? 4
                                                          : 0;
    if (length != expected) {
        return character_kind::other_letter;
    }
    char32_t code = first & (0x7F >> length);
    for (std::size_t i = lead + 1; i < at; ++i) {
        code = (code << 6) | (byte(i) & 0x3F);
    }
    const auto in = [&](char32_t from, char32_t to) { return code >= from && code <= to; };
    if (in(0xFF10, 0xFF19)) {  // full-width digits
        return character_kind::digit;
    }
    if (code == 0xA0 || in(0x2000, 0x200A) || code == 0x202F || code == 0x205F ||
        code == 0x3000) {
        return character_kind::space;
    }
    // « ‘ “, 〈《「『【〔〖〘〚, （ ： ［ ｛: nothing stands before a sign after these but the figure.
    if (code == 0xAB || code == 0x2018 || code == 0x201C || code == 0x3008 || code == 0x300A ||
        code == 0x300C || code == 0x300E || code == 0x3010 || code == 0x3014 || code == 0x3016 ||
        code == 0x3018 || code == 0x301A || code == 0xFF08 || code == 0xFF1A || code == 0xFF3B ||
        code == 0xFF5B) {
        return character_kind::opening;
    }
    // Latin-1 punctuation, general punctuation and symbols (dashes, quotes, arrows, operators),
    // CJK punctuation (、。」), and the full-width and small forms of ASCII punctuation.
    const bool punctuation =
        code < 0xC0 || code == 0xD7 || code == 0xF7 || in(0x2000, 0x2BFF) || in(0x3000, 0x303F) ||
        in(0xFE10, 0xFE1F) || in(0xFE30, 0xFE6F) || in(0xFF00, 0xFF0F) || in(0xFF1A, 0xFF20) ||
        in(0xFF3B, 0xFF40) || in(0xFF5B, 0xFF65) || in(0xFFE0, 0xFFEF);
    return punctuation ? character_kind::punctuation : character_kind::other_letter;
}

// The sign of digits at `digits_at` in running text. A sign directly before the digits joins
// them to what stands before when that is a digit or an ASCII letter ("1-2", "5−3",
// "COVID-19"): the digits are read unsigned. Otherwise a minus or plus sign is a sign. A hyphen
// is one at the start, after a space, or after an opening bracket, quote or colon ("(-3.2%)",
// "增速：-3.2%"); after a word or other punctuation it may be a minus ("增长-3.2%") or the dash of
// a range ("3月1日-27日", "5%-10%", "(3.2)-5"): that is ambiguous, and the figure is passed over.
// So is a figure after a dash that is no hyphen-minus ("–3.2%", an en dash), wherever it stands.
struct sign_before_digits {
    std::size_t start = 0;  // where the figure begins: at its sign, or at its digits
    bool negative = false;
    std::string_view ambiguous;  // why the sign may be a dash, or empty
};

constexpr sign_before_digits sign_before(std::string_view text, std::size_t digits_at) {
    for (const sign_mark& sign : sign_marks) {
        const std::size_t length = sign.text.size();
        if (digits_at < length || !word_is_at(text, digits_at - length, sign.text)) {
            continue;
        }
        const std::size_t start = digits_at - length;
        const character_kind before = character_before(text, start);
        if (before == character_kind::digit || before == character_kind::ascii_letter) {
            return {digits_at, false, {}};
        }
        if (sign.kind == mark_kind::dash) {
            return {start, sign.negative, sign.dash_reason};
        }
        if (sign.kind == mark_kind::sign_or_dash) {
            if (before == character_kind::other_letter) {
                return {start, sign.negative,
                        "a dash between a word and digits: a minus sign or a range"};
            }
            if (before == character_kind::punctuation) {
                return {start, sign.negative,
                        "a dash after punctuation, before digits: a minus sign or a range"};
            }
        }
        return {start, sign.negative, {}};
    }
    return {digits_at, false, {}};
}

inline constexpr std::string_view sign_set_apart_reason = "a sign set apart from its digits";

// A sign set apart from the digits at `digits_at` by spaces (ASCII, no-break, ideographic):
// "- 5", "+ 3.2%", "−\u00a05". A hyphen-minus, a minus or a plus sign that no digit or ASCII
// letter stands directly before makes the figure one to pass over, as read_figure refuses it:
// it may be the figure's sign, or a range's dash or an operator ("5 - 3"), and is never dropped.
// A dash that is no hyphen-minus ("1 – 2") is left to the prose, and so is a list's mark: "-",
// "+" or "*" first on a line that follows a line break, where a list stands: after a blank
// line, a line that ends in a colon, or another item ("Figures:\n- 930 out of 1,331 ...", as
// bulletins put in Markdown print their figures). After a line of prose ("output fell\n- 3.2
// percent") it may be a minus carried over, and is passed over as a sign set apart.
constexpr std::size_t line_start(std::string_view text, std::size_t at) {
    while (at > 0 && text[at - 1] != '\n') {
        --at;
    }
    return at;
}

constexpr bool list_mark_at(std::string_view text, std::size_t at) {
    const auto mark = [&](std::size_t k) {
        while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) {
            ++k;
        }
        return k + 1 < text.size() && (text[k] == '-' || text[k] == '+' || text[k] == '*') &&
               text[k + 1] == ' ';
    };
    const std::size_t line = line_start(text, at);
    if (!mark(line) || at != text.find_first_not_of(" \t", line)) {
        return false;
    }
    if (line == 0) {  // the text's first line: a list when the next line is an item too
        const std::size_t next = text.find('\n');
        return next != std::string_view::npos && mark(next + 1);
    }
    std::size_t previous = line_start(text, line - 1);
    // An item's text wrapped onto indented lines: the item they continue stands before them.
    while (previous > 0 && previous < line - 1 &&
           (text[previous] == ' ' || text[previous] == '\t') && !mark(previous)) {
        previous = line_start(text, previous - 1);
    }
    if (previous != line_start(text, line - 1)) {
        return mark(previous);
    }
    std::size_t last = line - 1;  // the previous line's last character, spaces aside
    while (last > previous && (text[last - 1] == ' ' || text[last - 1] == '\t' ||
                               text[last - 1] == '\r')) {
        --last;
    }
    return last == previous || text[last - 1] == ':' || text.substr(0, last).ends_with("\uff1a") ||
           mark(previous);
}

constexpr sign_before_digits sign_set_apart_before(std::string_view text, std::size_t digits_at) {
    const std::size_t spaces_start = skip_spaces_back(text, digits_at);
    if (spaces_start == digits_at) {
        return {digits_at, false, {}};
    }
    for (const sign_mark& sign : sign_marks) {
        const std::size_t length = sign.text.size();
        if (sign.kind == mark_kind::dash || spaces_start < length ||
            !word_is_at(text, spaces_start - length, sign.text)) {
            continue;
        }
        const std::size_t start = spaces_start - length;
        const character_kind before = character_before(text, start);
        if (before == character_kind::digit || before == character_kind::ascii_letter ||
            (length == 1 && list_mark_at(text, start))) {
            return {digits_at, false, {}};
        }
        return {start, sign.negative, sign_set_apart_reason};
    }
    return {digits_at, false, {}};
}

// Whether `word` stands at `at`, ending there: an English word does not run on into more
// letters or a hyphen ("t" is not the start of "tea" or "t-shirts"); a Chinese one may.
constexpr bool word_at(std::string_view text, std::size_t at, std::string_view word) {
    if (!word_is_at(text, at, word)) {
        return false;
    }
    const std::size_t end = at + word.size();
    const bool ascii_word = is_ascii_letter(word.back());
    return !ascii_word || end == text.size() || !(is_ascii_letter(text[end]) || text[end] == '-');
}

// Whether the English word stands whole at `at`, in any case: "to", not the start of "tons" nor
// the end of "into".
constexpr bool english_word_at(std::string_view text, std::size_t at, std::string_view word) {
    const std::size_t end = at + word.size();
    return folded_prefix_at(text, at, word) && (at == 0 || !is_ascii_letter(text[at - 1])) &&
           (end == text.size() || !is_ascii_letter(text[end]));
}

// Whether a percent or scale word stands at `at`, ending there: an English one in any case, and
// not running on into more letters ("millions"), though a hyphen may follow it ("1.5
// million-2 million", "5 percent-10 percent"); a Chinese one or a sign as it is.
// Whether a hyphen at `at` joins an English word to what stands before it ("1.5-billion-yuan").
constexpr bool english_compound_at(std::string_view text, std::size_t at) {
    return at + 1 < text.size() && text[at] == '-' && is_ascii_letter(text[at + 1]);
}

constexpr bool figure_word_at(std::string_view text, std::size_t at, std::string_view word) {
    if (!folded_prefix_at(text, at, word)) {
        return false;
    }
    const std::size_t end = at + word.size();
    return !is_ascii_letter(word.back()) || end == text.size() || !is_ascii_letter(text[end]);
}

// The unit word that stands at `at`, or an empty view.
// A unit word at `at`, or a price or rate of two, as printed ("3200元/吨": 元 a tonne, not 元).
// Words that begin with a unit's character and are none: "120万户籍人口" (registered
// residents, not households), "1200台资企业" (Taiwan-funded, not machines), 家庭 (families).
inline constexpr std::array<std::string_view, 3> not_unit_words = {
    "\u6237\u7c4d" /* 户籍 */, "\u53f0\u8d44" /* 台资 */, "\u5bb6\u5ead" /* 家庭 */};

constexpr std::string_view unit_word_at(std::string_view text, std::size_t at) {
    for (std::string_view word : not_unit_words) {
        if (word_at(text, at, word)) {
            return {};
        }
    }
    for (std::string_view unit : unit_words) {
        if (!word_at(text, at, unit)) {
            continue;
        }
        const std::size_t slash = at + unit.size();
        if (!is_ascii_letter(unit[0]) && slash < text.size() && text[slash] == '/') {
            for (std::string_view per : unit_words) {
                if (!is_ascii_letter(per[0]) && word_at(text, slash + 1, per)) {
                    return text.substr(at, unit.size() + 1 + per.size());
                }
            }
        }
        return unit;
    }
    return {};
}

// The word the reader refuses that stands at `at` (per mille; 千, 百 or 十 that begins no scale
// word and no unit), or nothing.
constexpr const refused_word* refused_word_at(std::string_view text, std::size_t at) {
    for (const refused_word& refused : refused_words) {
        if (!word_at(text, at, refused.word)) {
            continue;
        }
        for (std::string_view unit : multiple_words_that_are_units) {
            if (word_at(text, at, unit)) {
                return nullptr;
            }
        }
        return &refused;
    }
    return nullptr;
}

// Whether 成 (tenths) stands at `at`, and not as the start of another word ("成本", "成员").
// "九成员工" is 90% of the staff (成, then 员工), not 九 and 成员.
constexpr bool tenths_word_at(std::string_view text, std::size_t at) {
    const std::size_t after = at + tenths_word.size();
    return word_at(text, at, tenths_word) &&
           (word_starting_at(text, after, not_tenths_after).empty() ||
            word_at(text, after, "\u5458\u5de5" /* 员工 */));
}

// A qualifier word among `words` that stands at `at`, or nullptr.
template <std::size_t N>
constexpr const qualifier_word* qualifier_at(std::string_view text, std::size_t at,
                                             const std::array<qualifier_word, N>& words) {
    for (const qualifier_word& q : words) {
        if (word_is_at(text, at, q.word)) {
            return &q;
        }
    }
    return nullptr;
}

// Whether a percent sign or word, a scale word, a unit word, or a word the reader refuses
// stands at `at`.
constexpr bool suffix_word_at(std::string_view text, std::size_t at) {
    for (std::string_view p : percent_words) {
        if (figure_word_at(text, at, p)) {
            return true;
        }
    }
    for (const scale_word& s : scale_words) {
        if (figure_word_at(text, at, s.word)) {
            return true;
        }
    }
    for (std::string_view p : points_words) {
        if (figure_word_at(text, at, p)) {
            return true;
        }
    }
    return !unit_word_at(text, at).empty() || refused_word_at(text, at) != nullptr ||
           tenths_word_at(text, at) || qualifier_at(text, at, qualifiers_inside) != nullptr;
}

// The number at `at`: digits, thousands separators, and a decimal point or decimal comma, read
// to the end of `text`. A separator that no digit follows is an error: in running text the
// caller ends `text` before a separator that is punctuation (see running_number_end).
struct number_scan {
    decimal number;
    bool decimal_comma = false;
    std::size_t end = 0;
    std::string error;  // empty when the number was read
    std::size_t error_at = 0;
};

inline number_scan scan_number(std::string_view text, std::size_t at) {
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
            return fail(i, "a comma with no digit after it");
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
        if (!digit_at(text, i + 1)) {
            return fail(i, "a decimal point with no digit after it");
        }
        const std::size_t fraction_end = digits_from(i + 1);
        if (!take_digits(i + 1, fraction_end)) {
            return fail(at, "too many digits");
        }
        decimals = static_cast<int>(fraction_end - (i + 1));
        i = fraction_end;
    }
    // Only decimals can be followed by a separator here: a comma after whole digits has been
    // read as a group or refused above, and a point as the decimal point.
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        return fail(i, text[i] == '.' ? "a second decimal point" : "a comma after the decimals");
    }
    if (decimals > 18 || significant > 18) {
        return fail(at, "too many digits");
    }
    scan.number = {units, decimals};
    scan.end = i;
    return scan;
}

// What may follow a number: a percent sign or word, percentage points ("3.2个百分点"), tenths
// ("7成": a percent of exponent 1, 7 x 10%), or a scale word; `end` is the position after it,
// or where the number ended when there is none. `scale_word` is the word as listed ("million"
// for "MILLION", "成" for tenths).
struct suffix_scan {
    std::size_t end = 0;
    bool percent = false;
    bool points = false;
    int exponent = 0;
    std::string_view scale_word;
};

inline suffix_scan read_suffix(std::string_view text, std::size_t at) {
    // "a 1.5-billion-yuan fund", "a 5-percent rise": as an English compound modifier, the word
    // joined to the number by a hyphen. Only English words are so joined.
    const bool compound = english_compound_at(text, at);
    const std::size_t word = compound ? at + 1 : skip_spaces(text, at);
    const auto taken = [&](std::string_view w) {
        return (!compound || is_ascii_letter(w[0])) && figure_word_at(text, word, w);
    };
    // Points first: "pct points" begins with a percent word.
    for (std::string_view p : points_words) {
        if (taken(p)) {
            return {word + p.size(), false, true, 0, {}};
        }
    }
    for (std::string_view p : percent_words) {
        // A percent sign may stand apart ("84.3 %") as a word may ("72.7 percent").
        if (taken(p)) {
            return {word + p.size(), true, false, 0, {}};
        }
    }
    // "9成", and set apart as "84.3 %" may be: "近 9 成"
    if (!compound && tenths_word_at(text, word)) {
        return {word + tenths_word.size(), true, false, 1, tenths_word};
    }
    for (const scale_word& s : scale_words) {
        if (taken(s.word)) {
            return {word + s.word.size(), false, false, s.exponent, s.word};
        }
    }
    return {at, false, false, 0, {}};
}

// A Chinese numeral and 成 at `at` ("九成", "两成"), not after another numeral ("十九成" is no
// tenths of 九): the numeral's value, or 0.
struct numeral_scan {
    int value = 0;
    std::size_t end = 0;
};

constexpr numeral_scan tenths_in_words_at(std::string_view text, std::size_t at) {
    // Every numeral is one character of three bytes: 成 first, the numerals only then.
    if (!tenths_word_at(text, at + 3)) {
        return {};
    }
    for (const numeral& n : tenths_numerals) {
        if (word_starting_at(text, at, std::array{n.word}).empty() ||
            !tenths_word_at(text, at + n.word.size())) {
            continue;
        }
        for (const numeral& before : tenths_numerals) {
            if (!word_ending_at(text, at, std::array{before.word}).empty()) {
                return {};
            }
        }
        return {n.value, at + n.word.size()};
    }
    return {};
}

// A figure from its first digit: the number (read no further than `number_end`, negated when
// `negative`), then a percent or scale word. Letters joined to the digits that are no such
// word and no unit word make an ordinal or a code ("5th", "3D"), not a figure: an error whose
// stretch runs to the word's end. So is a word after the number that would change it but that
// is not read: per mille ("5‰"), 千, 百 or 十 that begins no scale word ("5千人"), an English
// scale word run on into letters ("5 millions"), and a Chinese scale word run on into another
// ("5千万亿"). read_figure and find_figures both read figures with this, so that they agree.
struct figure_scan {
    decimal number;
    bool decimal_comma = false;
    suffix_scan suffix;      // suffix.end is where the figure ends, before any unit word
    qualifier claim = qualifier::none;  // 多 or 余 inside the figure: "9000多家", "20余万人"
    std::string error;       // empty when the figure was read
    std::size_t error_at = 0;
    std::size_t error_end = 0;    // where the stretch in error ends, when past the number
    bool joined_letters = false;  // the error is letters joined to the digits
};

// What may follow "九成五" for its 五 to be a digit of the tenths (95%), not the start of a word
// ("九成一线员工": 90% of the front-line staff): the end, punctuation or a space, or these.
inline constexpr std::array<std::string_view, 9> after_tenths_digit = {
    "\u7684" /* 的 */, "\u4ee5\u4e0a" /* 以上 */, "\u4ee5\u4e0b" /* 以下 */,
    "\u4ee5\u5185" /* 以内 */, "\u5de6\u53f3" /* 左右 */, "\u4e0a\u4e0b" /* 上下 */,
    "\u53ca" /* 及 */, "\u591a" /* 多 */, "\u4f59" /* 余 */};

// Whether what stands at `at` ends a word: the end, an ASCII byte that is no letter or digit,
// punctuation or a space, or one of after_tenths_digit.
constexpr bool word_ends_at(std::string_view text, std::size_t at) {
    if (at >= text.size()) {
        return true;
    }
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) {
        return !is_digit(text[at]) && !is_ascii_letter(text[at]);
    }
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    const character_kind kind = character_before(text, std::min(at + length, text.size()));
    return kind == character_kind::punctuation || kind == character_kind::space ||
           kind == character_kind::opening || !word_starting_at(text, at, after_tenths_digit).empty();
}

// Tenths in words ("九成") at `at`: {9, 0} percent of exponent 1. A numeral after 成 is a tenth
// of a tenth: "九成五" is 9.5 tenths, {95, 1} percent of exponent 1 (95% to the percent), never
// 九成 with the 五 dropped. Where a word goes on after that numeral ("九成一线员工": 九成 of the
// 一线, front-line, staff, or 九成一 of 线?) it cannot be told which: an error.
inline figure_scan scan_tenths_in_words(std::string_view text, std::size_t at, bool negative) {
    const numeral_scan n = tenths_in_words_at(text, at);
    figure_scan figure;
    figure.number = {negative ? -n.value : n.value, 0};
    figure.suffix = {n.end + tenths_word.size(), true, false, 1, tenths_word};
    const std::size_t after = figure.suffix.end;
    if (word_at(text, after, half_word)) {  // "七成半", 75%: never 70%
        figure.error = std::string(half_after_reason);
        figure.error_at = at;
        figure.error_end = after + 3;
        return figure;
    }
    for (const numeral& tenth : tenths_numerals) {
        if (tenth.value >= 10 || tenth.word == "\u4e24" /* 两 */ ||
            word_starting_at(text, after, std::array{tenth.word}).empty()) {
            continue;
        }
        const std::size_t end = after + tenth.word.size();
        if (!word_ends_at(text, end)) {
            figure.error = "a numeral after tenths that may begin a word (\u4e5d\u6210\u4e00"
                           "\u7ebf): not read";
            figure.error_at = after;
            figure.error_end = end;
            return figure;
        }
        const std::int64_t units = n.value * 10 + tenth.value;
        figure.number = {negative ? -units : units, 1};
        figure.suffix.end = end;
        return figure;
    }
    return figure;
}

// 多 or 余 after the digits or after a Chinese scale word ("9000多家", "1.5万多辆"), not both.
inline std::size_t inside_qualifier(std::string_view text, std::size_t at, figure_scan& figure) {
    if (figure.claim != qualifier::none) {
        return at;
    }
    if (const qualifier_word* q = qualifier_at(text, at, qualifiers_inside)) {
        figure.claim = q->claim;
        return at + q->word.size();
    }
    return at;
}

// Whether 百 or 千 may lead numerals at `at`, as one hundred or one thousand: before 余 or 多
// ("百余家", "千多人"), after a qualifier ("近百家", "超千家") or before a unit and a qualifier
// ("员工人数百人以上"), where no other reading stands. Elsewhere a leading place is vague
// ("上百家", "数千家": hundreds, thousands) or a word ("千家万户").
inline bool place_leads_numerals(std::string_view text, std::size_t at) {
    const int place = numeral_value_at(text, at, numeral_places);
    if (place != 100 && place != 1000) {
        return false;
    }
    const std::string_view unit = unit_word_at(text, at + 3);
    return qualifier_at(text, at + 3, qualifiers_inside) != nullptr ||
           chinese_qualifier_before(text, at).claim != qualifier::none ||
           (!unit.empty() && !is_ascii_letter(unit[0]) &&
            qualifier_at(text, at + 3 + unit.size(), qualifiers_after) != nullptr &&
            word_starting_at(text, at + 3 + unit.size(), not_qualifiers_after).empty());
}

inline figure_scan scan_figure(std::string_view text, std::size_t at, std::size_t number_end,
                               bool negative) {
    if (tenths_in_words_at(text, at).value != 0) {
        return scan_tenths_in_words(text, at, negative);
    }
    figure_scan figure;
    std::size_t number_read_end = at;
    if (!digit_at(text, at)) {
        // In numerals ("三千多家", "百分之八十五"): numerals_figure_at has said one stands here.
        for (const std::string_view fraction : fraction_words) {
            if (word_at(text, at, fraction)) {
                const numerals_scan n = numerals_at(text, at + fraction.size(), true);
                figure.number = {negative ? -n.units : n.units, n.decimals};
                figure.suffix = {n.end, true, false, 0, {}};
                if (fraction != fraction_words[0]) {
                    figure.error = "per mille in words (\u5343\u5206\u4e4b\u4e09): not a percent";
                    figure.error_at = at;
                    figure.error_end = n.end;
                }
                return figure;
            }
        }
        const numerals_scan n = numerals_at(text, at, place_leads_numerals(text, at));
        figure.number = {negative ? -n.units : n.units, n.decimals};
        number_read_end = n.end;
    } else {
        number_scan number = scan_number(text.substr(0, number_end), at);
        if (!number.error.empty()) {
            figure.error = std::move(number.error);
            figure.error_at = number.error_at;
            return figure;
        }
        figure.number = number.number;
        if (negative) {
            figure.number.units = -figure.number.units;  // at most 18 digits: never overflows
        }
        figure.decimal_comma = number.decimal_comma;
        number_read_end = number.end;
    }
    const std::size_t digits_end = inside_qualifier(text, number_read_end, figure);
    figure.suffix = read_suffix(text, digits_end);
    if (figure.suffix.points && figure.claim == qualifier::none &&
        word_at(text, skip_spaces(text, digits_end), points_words[0])) {
        figure.claim = qualifier::odd;  // "5个多百分点": 多 inside the points word
    }
    const auto fail = [&](std::string why, std::size_t from, std::size_t to) {
        figure.error = std::move(why);
        figure.error_at = from;
        figure.error_end = to;
    };
    // The letters' word ends where they do: "4S店恢复营业" passes over "4S", not the Chinese
    // text after it.
    const auto word_end = [&](std::size_t from) {
        while (from < text.size() && (is_ascii_letter(text[from]) || text[from] == '-')) {
            ++from;
        }
        return from;
    };
    if (figure.suffix.end != digits_end) {
        // 万 or 亿 directly after a Chinese scale word: "5千万亿" is no 5千万 of a unit 亿.
        const std::size_t after = figure.suffix.end;
        if (figure.suffix.scale_word == tenths_word && digit_at(text, after)) {
            // "9成5": 95% as "九成五" is, or 9成 and a figure 5; never 9成 with the 5 dropped.
            std::size_t end = after;
            while (digit_at(text, end)) {
                ++end;
            }
            fail("a digit after tenths (9\u62105): not read", after, end);
            return figure;
        }
        if (figure.suffix.scale_word == tenths_word && word_at(text, after, half_word)) {
            fail(std::string(half_after_reason), after, after + 3);  // "7成半": never 70%
            return figure;
        }
        const bool chinese_scale = !figure.suffix.scale_word.empty() &&
                                   !is_ascii_letter(figure.suffix.scale_word[0]);
        if (chinese_scale && !figure.suffix.percent &&
            (word_at(text, after, "\u4e07") || word_at(text, after, "\u4ebf"))) {
            fail("scale words run together", after, after + 3);
        } else if (chinese_scale && !figure.suffix.percent) {
            figure.suffix.end = inside_qualifier(text, after, figure);
        }
        return figure;
    }
    if (digits_end < text.size() && is_ascii_letter(text[digits_end])) {
        if (unit_word_at(text, digits_end).empty()) {
            fail("digits joined to letters", digits_end, word_end(digits_end));
            figure.joined_letters = true;
        }
        return figure;
    }
    // "a 1.5-fold rise": a refused word may be joined on as an English compound is.
    const std::size_t word = english_compound_at(text, digits_end) ? digits_end + 1
                                                                   : skip_spaces(text, digits_end);
    if (const refused_word* refused = refused_word_at(text, word)) {
        fail(std::string(refused->reason), word, word + refused->word.size());
        return figure;
    }
    for (const scale_word& s : scale_words) {
        if (is_ascii_letter(s.word.back()) && folded_prefix_at(text, word, s.word)) {
            fail("a scale word run on into letters", word, word_end(word));
            return figure;
        }
    }
    return figure;
}

// Whether a figure in Chinese numerals begins at `at`, to be read as digits are: numerals, then
// 多 or 余, a scale word, and a unit word ("四家", "三千多家", "两万余人", "一千万元"), or a
// percent or points ("八十%", "三个百分点"); or 百分之 or 千分之 and numerals ("百分之八十").
// Not: a lone 一 that no scale word or decimals follow (the article as often as a count: "一个
// 重要", "一家企业"); numerals after 第 (an ordinal), after 数 or 几 ("数十家": some tens),
// after another numeral (a number seen from inside, or "二三十家", a range), or after digits
// (then they are its scale word: "5十万元"); and numerals alone, with no unit ("十四五").
inline bool numerals_figure_at(std::string_view text, std::size_t at) {
    for (const std::string_view fraction : fraction_words) {
        if (word_at(text, at, fraction)) {
            return numerals_at(text, at + fraction.size(), true).end != at + fraction.size();
        }
    }
    const numerals_scan n = numerals_at(text, at, place_leads_numerals(text, at));
    if (n.end == at) {
        return false;
    }
    std::size_t before = skip_spaces_back(text, at);
    for (const qualifier_word& q : qualifiers_inside) {  // "180多十亿千克"
        if (!word_ending_at(text, before, std::array{q.word}).empty()) {
            before -= q.word.size();
            break;
        }
    }
    before = skip_spaces_back(text, before);
    if ((before > 0 && is_digit(text[before - 1])) ||
        (!word_ending_at(text, at, not_before_numerals).empty() &&
         word_ending_at(text, at, words_ending_in_some).empty()) ||
        (at >= 3 && (numeral_value_at(text, at - 3, numeral_digits) >= 0 ||
                     numeral_value_at(text, at - 3, numeral_places) >= 0))) {
        return false;
    }
    const figure_scan scan = scan_figure(text, at, at, false);
    if (!scan.error.empty()) {
        // "增长一倍", "增长两倍多", "两个半百分点": a word the reader refuses, passed over with
        // its reason as after digits ("1.5倍"), not left as prose; other numerals that cannot be
        // read are no figure.
        std::size_t after = skip_spaces(text, n.end);
        if (const qualifier_word* odd = qualifier_at(text, after, qualifiers_inside)) {
            after += odd->word.size();
        }
        return refused_word_at(text, after) != nullptr;
    }
    if (scan.suffix.scale_word == tenths_word) {
        return false;  // "十九成": tenths are of one numeral ("九成"), read as such
    }
    if (scan.suffix.percent || scan.suffix.points) {
        return true;
    }
    const bool lone_one = n.end == at + 3 && n.units == 1 && n.decimals == 0 &&
                          scan.suffix.exponent == 0;
    const std::string_view unit = unit_word_at(text, skip_spaces(text, scan.suffix.end));
    // A scale word says it is a number as a unit does: "返岗员工达三十万", "总投资三千万"; not
    // after numerals that have a group of their own ("一万一万": no number).
    const std::string_view numerals_text = text.substr(at, n.end - at);
    const bool chinese_scale =
        !scan.suffix.scale_word.empty() && !is_ascii_letter(scan.suffix.scale_word[0]) &&
        numerals_text.find(ten_thousand) == std::string_view::npos &&
        numerals_text.find(hundred_million) == std::string_view::npos;
    return !lone_one && ((!unit.empty() && !is_ascii_letter(unit[0])) || chinese_scale);
}

// Where a number that starts at `at` ends in running text: at its last digit, since a separator
// that no digit follows is punctuation ("6,480, then", "1.5."); but separators that a percent
// sign or a scale, unit or refused word is joined to ("84.%", "2,892,万个", "5.‰") belong to the
// figure, which then cannot be read, as read_figure cannot read it.
constexpr std::size_t running_number_end(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && (is_digit(text[end]) || text[end] == ',' || text[end] == '.')) {
        ++end;
    }
    std::size_t last_digit = end;
    while (last_digit > at && !is_digit(text[last_digit - 1])) {
        --last_digit;
    }
    return last_digit != end && suffix_word_at(text, end) ? end : last_digit;
}

// Currency codes that the English press joins to the amount: "RMB5 billion", "USD5bn".
inline constexpr std::array<std::string_view, 7> currency_codes = {"rmb", "cny", "usd", "hkd",
                                                                   "eur", "gbp", "jpy"};

// And the signs: "$1.2tn", "US$5 billion", "￥300万", "€2bn".
inline constexpr std::array<std::string_view, 7> currency_signs = {
    "US$", "HK$", "$", "\u00a5" /* ¥ */, "\uffe5" /* ￥ */, "\u20ac" /* € */, "\u00a3" /* £ */};

// The length of a currency code joined to the digits after it at `at` ("RMB5 billion"), or 0.
constexpr std::size_t currency_code_at(std::string_view text, std::size_t at) {
    for (const std::string_view code : currency_codes) {
        if (folded_prefix_at(text, at, code) && digit_at(text, at + code.size())) {
            return code.size();
        }
    }
    return 0;
}

// The length of a currency code or sign joined to the digits after it at `at`, or 0.
constexpr std::size_t currency_mark_at(std::string_view text, std::size_t at) {
    for (const std::string_view sign : currency_signs) {
        if (word_is_at(text, at, sign) && digit_at(text, at + sign.size())) {
            return sign.size();
        }
    }
    return currency_code_at(text, at);
}

// The length of a currency code or sign joined to the digits at `at` and ending there, or 0:
// what stands between a qualifier and the amount it claims of ("about $1.2tn").
constexpr std::size_t currency_mark_before(std::string_view text, std::size_t at) {
    if (!digit_at(text, at)) {
        return 0;
    }
    for (const std::string_view sign : currency_signs) {
        if (sign.size() <= at && word_is_at(text, at - sign.size(), sign)) {
            return sign.size();
        }
    }
    for (const std::string_view code : currency_codes) {
        if (code.size() <= at && currency_code_at(text, at - code.size()) == code.size() &&
            (at == code.size() || !is_ascii_letter(text[at - code.size() - 1]))) {
            return code.size();
        }
    }
    return 0;
}

// Whether digits at `at` continue a word or a code rather than start a figure: "A3", "H1N1",
// "No.5", "v1.5"; not a currency code's amount ("RMB5 billion"). A comma or point after anything
// else is punctuation or a stray point.
constexpr bool digits_continue_word(std::string_view text, std::size_t at) {
    const auto alphanumeric = [](char c) { return is_digit(c) || is_ascii_letter(c); };
    if (at == 0) {
        return false;
    }
    if (alphanumeric(text[at - 1])) {
        std::size_t letters = at;
        while (letters > 0 && is_ascii_letter(text[letters - 1])) {
            --letters;
        }
        const bool code = (letters == 0 || !alphanumeric(text[letters - 1])) &&
                          currency_code_at(text, letters) == at - letters;
        return !code;
    }
    // "COVID-19", "SARS-CoV-2": digits after a hyphen joined to a name end it. After a scale,
    // percent or unit word the hyphen is a range's ("1.5 million-2 million").
    if (text[at - 1] == '-' && at >= 2 && is_ascii_letter(text[at - 2])) {
        std::size_t start = at - 2;
        while (start > 0 && is_ascii_letter(text[start - 1])) {
            --start;
        }
        const std::size_t length = at - 1 - start;
        const auto is_word = [&](std::string_view word) {
            return word.size() == length && folded_prefix_at(text, start, word);
        };
        const bool figure_word =
            std::any_of(scale_words.begin(), scale_words.end(),
                        [&](const scale_word& s) { return is_word(s.word); }) ||
            std::any_of(percent_words.begin(), percent_words.end(), is_word) ||
            std::any_of(unit_words.begin(), unit_words.end(), is_word);
        return !figure_word;
    }
    return (text[at - 1] == '.' || text[at - 1] == ',') && at >= 2 && alphanumeric(text[at - 2]);
}

// Whether a fraction in words stands directly before the digits at `at`: 百分之 (per cent),
// 千分之 (per mille), 万分之: "百分之3.5" is 3.5%, which the reader does not take.
constexpr bool fraction_words_before(std::string_view text, std::size_t at) {
    constexpr std::string_view of = "\u5206\u4e4b";  // 分之
    return at >= of.size() && word_is_at(text, at - of.size(), of);
}

inline std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace restoration::detail
