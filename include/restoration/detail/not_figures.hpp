// detail/not_figures.hpp: numbers in bulletin text that are no figures, told by the words and
// marks around them, so that the reader passes them over with the reason rather than report a
// count that was never stated: list indexes ("1、", "2. ", "（3）"), codes and years in
// brackets ("(0431)", "国发〔2020〕5号"), telephone numbers, hotlines and post codes ("拨打12345",
// "96345服务热线", "邮编130000"), names ("102国道", "3.0版", "双11", "Article 5", "Line 2"),
// numbers joined by × ("7×24小时", round the clock), digits joined by a middle dot that is
// no date ("84·3%": a decimal point, or not), ages and generations ("60岁以上", "80后"); and
// numerals that state no one figure ("数百家", "十几家", "七八成", "三分之二", "半数以上").
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include <restoration/detail/bulletin_words.hpp>
#include <restoration/detail/date_scan.hpp>
#include <restoration/detail/figure_scan.hpp>
#include <restoration/detail/numerals.hpp>

namespace restoration::detail {

// What is passed over, and why; `reason` empty when the number may be a figure.
struct not_a_figure {
    std::size_t start = 0;
    std::size_t end = 0;
    std::string_view reason;
};

// After the number: a road, a version, a building's unit, a hotline. (号, as in "45号" and
// "1号线", is the reader's own ordinal case.)
inline constexpr std::array<std::string_view, 10> name_words_after = {
    "\u56fd\u9053" /* 国道 */, "\u7701\u9053" /* 省道 */, "\u53bf\u9053" /* 县道 */,
    "\u7248" /* 版 */, "\u5355\u5143" /* 单元 */, "\u5f3a" /* 强: "世界500强", a ranking */,
    "\u7ea7" /* 级: a level or a class, "3级响应", "7级地震", "2020级" */,
    "\u5c4a" /* 届: a class or a session, "2020届毕业生" */,
    "\u670d\u52a1\u70ed\u7ebf" /* 服务热线 */, "\u70ed\u7ebf" /* 热线 */};

// A rank: 前 before the number and 位 or 名 after it ("前10位", the top ten), or 排名 before 前
// (ranked_words: "排名前10"); 位 and 名 alone count persons ("10名员工").
inline constexpr std::string_view first_word = "\u524d";  // 前
inline constexpr std::array<std::string_view, 2> rank_words_after = {"\u4f4d" /* 位 */,
                                                                     "\u540d" /* 名 */};

// Before the number, a colon or spaces between: what is dialled or addressed, not counted
// (unless a unit, scale or percent follows: "咨询电话1200个" counts calls).
inline constexpr std::array<std::string_view, 7> code_words_before = {
    "\u8054\u7cfb\u7535\u8bdd" /* 联系电话 */, "\u7535\u8bdd" /* 电话 */,
    "\u624b\u673a" /* 手机: a mobile's number */,
    "\u62e8\u6253" /* 拨打 */, "\u70ed\u7ebf" /* 热线 */, "\u90ae\u7f16" /* 邮编 */,
    "\u4f20\u771f" /* 传真 */};

// English words that number what follows them ("Article 5", "Line 2", "Phase 3").
inline constexpr std::array<std::string_view, 13> english_name_words = {
    "article", "line", "no.", "phase", "room", "route", "section", "chapter",
    "item", "level", "building", "gate", "top" /* a rank: "top 10 automakers" */};
// Capitalized only, as names are ("Model 3", "Terminal 3", "Double 11", "Boeing 737"; not "the
// terminal 5 percent fee", "the double 10 percent cut").
inline constexpr std::array<std::string_view, 19> capitalized_name_words = {
    "Model",    "Terminal", "Double",  "Boeing",  "Airbus", "Plant", "Tier",  "Highway",
    "Document", "Proposal", "Fortune", "Windows", "iPhone", "Mate",  "COVID", "Group of",
    "Kirin",    "Class",    "Forever"};
// Before a hotline of five digits or more: "Call 12345", "dial 12315" (not "Call 2020 a lost
// year").
inline constexpr std::array<std::string_view, 4> hotline_words = {"Call", "call", "Dial", "dial"};

// Brackets a list index or a code stands alone in: "(1)", "（2）", "〔2020〕", "[3]", "【4】".
struct bracket_pair {
    std::string_view open;
    std::string_view close;
};
inline constexpr std::array<bracket_pair, 5> brackets = {{{"(", ")"},
                                                         {"\uff08", "\uff09"},
                                                         {"\u3014", "\u3015"},
                                                         {"[", "]"},
                                                         {"\u3010", "\u3011"}}};

// Marks after which a list item begins: the start of a line, a colon, a full stop, a semicolon.
inline constexpr std::array<std::string_view, 6> item_starts = {
    "\n", "\uff1a" /* ： */, ":", "\u3002" /* 。 */, "\uff1b" /* ； */, ";"};

// Between a code word and its number: "电话：", "拨打 ", "(0431)".
inline constexpr std::array<std::string_view, 4> code_openings = {"\uff1a", ":", "\uff08", "("};

// After a list index: "1、", "2．", "3. ".
inline constexpr std::array<std::string_view, 5> index_marks = {"\u3001", "\uff0e", ".", ")",
                                                                 "\uff09" /* ） */};

// A note's number after what it annotates: "96.5%<sup>1</sup>", "5.8%[1]", "（注1）"; and the
// number of an attachment or a schedule: "附件2", "附表3".
// 注 only after a bracket or first on a line: "重点关注10家企业" focuses on 10 enterprises.
inline constexpr std::array<std::string_view, 5> note_words_before = {
    "\uff08\u6ce8" /* （注 */, "(\u6ce8" /* (注 */, "\n\u6ce8" /* 注, first on a line */,
    "\u9644\u4ef6" /* 附件 */, "\u9644\u8868" /* 附表 */};

// An age ("60岁以上老人", those aged 60 and over) and a generation ("80后员工", staff born in the
// 1980s) qualify who is counted; the count is another figure.
inline constexpr std::string_view age_word = "\u5c81";         // 岁
inline constexpr std::string_view generation_word = "\u540e";  // 后
inline constexpr std::array<std::string_view, 4> age_bounds = {
    "\u53ca\u4ee5\u4e0a" /* 及以上 */, "\u4ee5\u4e0a" /* 以上 */, "\u4ee5\u4e0b" /* 以下 */,
    "\u53ca\u4ee5\u4e0b" /* 及以下 */};
// "The 27-year-old worker": an age, who is counted.
inline constexpr std::string_view english_age_words = "-year-old";

// Words a rank stands after, with a place between or not: "排名全省前10", "位居全国前5".
inline constexpr std::array<std::string_view, 5> ranked_words = {
    "\u6392\u540d" /* 排名 */, "\u4f4d\u5c45" /* 位居 */, "\u4f4d\u5217" /* 位列 */,
    "\u8dfb\u8eab" /* 跻身 */, "\u6392\u5728" /* 排在 */};
inline constexpr std::array<std::string_view, 4> rank_scopes = {
    "\u5168\u56fd" /* 全国 */, "\u5168\u7701" /* 全省 */, "\u5168\u5e02" /* 全市 */,
    "\u5168\u533a" /* 全区 */};

// "5.1假期", "10.1黄金周": a holiday named by its date in digits.
inline constexpr std::array<std::string_view, 5> holiday_words = {
    "\u5c0f\u957f\u5047" /* 小长假 */, "\u957f\u5047" /* 长假 */, "\u5047\u671f" /* 假期 */,
    "\u9ec4\u91d1\u5468" /* 黄金周 */, "\u671f\u95f4" /* 期间 */};
inline constexpr std::string_view hotline_word = "\u70ed\u7ebf";  // 热线
// Words after which a date follows: "截至20200301", "as of 20200301".
inline constexpr std::array<std::string_view, 6> words_before_a_date = {
    "\u622a\u81f3" /* 截至 */, "\u622a\u6b62" /* 截止 */, "\u65e5\u671f" /* 日期 */,
    "\u4e8e" /* 于 */, "as of", "As of"};

inline constexpr std::string_view times_sign = "\u00d7";  // ×

inline constexpr std::string_view words_proportion_reason =
    "a proportion (\"nine in 10\", \"eight out of 10\"), not a figure";

// The numbers a proportion is written with in words: "nine in 10".
inline constexpr std::array<std::string_view, 10> english_small_numbers = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
inline constexpr std::string_view double_word = "\u53cc";  // 双: "双11", "双12"

constexpr bool only_digits(std::string_view text, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
        if (!is_digit(text[k])) {
            return false;
        }
    }
    return from < to;
}

// Where a telephone number that begins at `at` ends: digits, brackets around an area code and
// hyphens between groups ("(0431)88888888", "0431-88888888").
constexpr std::size_t telephone_end(std::string_view text, std::size_t at) {
    std::size_t end = at;
    for (;;) {
        if (digit_at(text, end)) {
            ++end;
            continue;
        }
        const std::string_view mark = word_starting_at(
            text, end, std::array<std::string_view, 5>{"-", "(", ")", "\uff08", "\uff09"});
        if (mark.empty() || !digit_at(text, end + mark.size())) {
            return end;
        }
        end += mark.size();
    }
}

// A web address or a file's path or name around digits ("content_35732573.htm",
// "news/nation/2204194575", "hebei-2020-02-24.md", as sources are cited): its digits are no
// figures. An address has a letter and "://", "www.", two slashes or a file's ending; "km/h" and
// "2022/5/11" are none.
inline constexpr std::array<std::string_view, 11> file_endings = {
    ".html", ".htm", ".shtml", ".md", ".pdf", ".txt", ".docx", ".doc", ".xlsx", ".xls", ".csv"};

constexpr bool address_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' ||
           c == '.' || c == '/' || c == ':' || c == '-' || c == '?' || c == '=' || c == '&' ||
           c == '#' || c == '~';
}

constexpr not_a_figure address_around(std::string_view text, std::size_t at,
                                      std::size_t number_end) {
    std::size_t start = at;
    while (start > 0 && address_character(text[start - 1])) {
        --start;
    }
    std::size_t end = number_end;
    while (end < text.size() && address_character(text[end])) {
        ++end;
    }
    while (end > number_end && (text[end - 1] == '.' || text[end - 1] == ':')) {
        --end;  // the sentence's full stop or colon after it
    }
    const std::string_view token = text.substr(start, end - start);
    bool letter = false;
    int slashes = 0;
    for (const char c : token) {
        letter = letter || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        slashes += c == '/' ? 1 : 0;
    }
    bool file = false;
    for (const std::string_view ending : file_endings) {
        file = file || token.ends_with(ending);
    }
    const bool address = token.find("://") != std::string_view::npos ||
                         token.find("www.") != std::string_view::npos || slashes >= 2 || file;
    if (!letter || !address) {
        return {};
    }
    return {start, end, "part of a web address or a file's name, not a figure"};
}

// The number whose digits are [at, number_end), read from the words and marks around it.
constexpr not_a_figure number_not_a_figure(std::string_view text, std::size_t at,
                                           std::size_t number_end) {
    // "84·3%": not a month and day, so a decimal point or a mark between two numbers.
    if (const std::string_view dot = word_starting_at(text, number_end, middle_dots);
        !dot.empty() && digit_at(text, number_end + dot.size())) {
        return {at, running_number_end(text, number_end + dot.size()),
                "digits joined by a middle dot (\"84\u00b73\"): a decimal point or two numbers, "
                "not told"};
    }
    if (word_is_at(text, number_end, times_sign) &&
        digit_at(text, number_end + times_sign.size())) {
        return {at, running_number_end(text, number_end + times_sign.size()),
                "numbers joined by \u00d7 (\"7\u00d724\u5c0f\u65f6\", round the clock): not read "
                "as figures"};
    }
    // An age with a bound says who is counted ("60岁以上"); without one it may be the figure
    // itself ("人均预期寿命达到79岁", "平均年龄38岁").
    if (word_is_at(text, number_end, age_word) && only_digits(text, at, number_end)) {
        const std::size_t age_end = number_end + age_word.size();
        if (const std::string_view bound = word_starting_at(text, age_end, age_bounds);
            !bound.empty()) {
            return {at, age_end + bound.size(),
                    "an age (\"60\u5c81\u4ee5\u4e0a\"), who is counted, not a figure"};
        }
    }
    // "19岁至35岁员工": a range of ages, who is counted.
    if (word_is_at(text, number_end, age_word) && only_digits(text, at, number_end)) {
        const std::size_t mark = number_end + age_word.size();
        if (const std::string_view range = word_starting_at(text, mark, range_marks);
            !range.empty() && digit_at(text, mark + range.size())) {
            const std::size_t upper = running_number_end(text, mark + range.size());
            if (word_is_at(text, upper, age_word)) {
                return {at, upper + age_word.size(),
                        "a range of ages (\"19\u5c81\u81f335\u5c81\"), who is counted, not a "
                        "figure"};
            }
        }
    }
    if (word_is_at(text, number_end, english_age_words) && only_digits(text, at, number_end)) {
        return {at, number_end + english_age_words.size(),
                "an age (\"27-year-old\"), not a figure"};
    }
    // "5.1假期": May Day's holiday.
    if (const std::string_view holiday = word_starting_at(text, number_end, holiday_words);
        !holiday.empty() && number_end - at <= 5 && text.substr(at, number_end - at).find('.') !=
                                                        std::string_view::npos) {
        return {at, number_end + holiday.size(),
                "a holiday named by its date (\"5.1\u5047\u671f\"), not a figure"};
    }
    // "截至20200301": a date in eight digits after a word that says one follows, with nothing
    // after it that makes it an amount.
    if (number_end - at == 8 && only_digits(text, at, number_end) &&
        !word_ending_at(text, skip_spaces_back(text, at), words_before_a_date).empty() &&
        !suffix_word_at(text, skip_spaces(text, number_end))) {
        const auto two = [&](std::size_t k) { return (text[k] - '0') * 10 + (text[k + 1] - '0'); };
        const int year = two(at) * 100 + two(at + 2);
        if (year >= 1900 && year <= 2099 && two(at + 4) >= 1 && two(at + 4) <= 12 &&
            two(at + 6) >= 1 && two(at + 6) <= 31) {
            return {at, number_end, "a date in eight digits (\"20200301\"), not a figure"};
        }
    }
    // "12345政务服务便民热线": a hotline named after its number, words between.
    if (number_end - at >= 5 && only_digits(text, at, number_end)) {
        for (std::size_t k = number_end; k < text.size() && k <= number_end + 30; k += 3) {
            if (static_cast<unsigned char>(text[k]) < 0xE0 ||
                !word_ending_at(text, k + 3, clause_marks).empty()) {
                break;
            }
            if (word_is_at(text, k, hotline_word)) {
                return {at, k + hotline_word.size(),
                        "a telephone number, hotline or post code (\"\u62e8\u625312345\"), not "
                        "a figure"};
            }
        }
    }
    if (word_is_at(text, number_end, generation_word) && number_end == at + 2 &&
        only_digits(text, at, number_end) && (at == 0 || !is_digit(text[at - 1]))) {
        return {at, number_end + generation_word.size(),
                "a generation (\"80\u540e\", born in the 1980s), not a figure"};
    }
    if (const std::string_view name = word_starting_at(text, number_end, name_words_after);
        !name.empty()) {
        return {at, number_end + name.size(),
                "a name, ranking, level, version or hotline (\"102\u56fd\u9053\", "
                "\"500\u5f3a\", \"3\u7ea7\", \"3.0\u7248\", "
                "\"96345\u670d\u52a1\u70ed\u7ebf\"), not a figure"};
    }
    if (!word_ending_at(text, at, std::array{first_word}).empty() &&
        only_digits(text, at, number_end)) {
        const std::string_view rank = word_starting_at(text, number_end, rank_words_after);
        const std::size_t scope_end = at - first_word.size();
        const std::size_t ranked_end = scope_end - word_ending_at(text, scope_end, rank_scopes).size();
        if (!rank.empty() || !word_ending_at(text, ranked_end, ranked_words).empty()) {
            return {at - first_word.size(), number_end + rank.size(),
                    "a rank (\"\u524d10\u4f4d\", the top ten), not a figure"};
        }
    }
    std::size_t before = skip_spaces_back(text, at);
    for (int marks = 0; marks < 2; ++marks) {  // "电话：(0431)": a colon, then a bracket
        const std::string_view opening = word_ending_at(text, before, code_openings);
        before = skip_spaces_back(text, before - opening.size());
    }
    if (!word_ending_at(text, before, code_words_before).empty() &&
        !suffix_word_at(text, skip_spaces(text, number_end))) {
        return {at, telephone_end(text, at),
                "a telephone number, hotline or post code (\"\u62e8\u625312345\"), not a "
                "figure"};
    }
    // "9 in 10 enterprises", "nine in 10 firms": a proportion (90%), neither number a count.
    // Only of a whole to 1,000 that is more than its part: "up 3 in 2022" is 3, in a year.
    const auto small_whole = [&](std::size_t from, std::size_t to, long part) {
        long whole = 0;
        for (std::size_t k = from; k < to; ++k) {
            if (!is_digit(text[k]) || (whole = whole * 10 + (text[k] - '0')) > 1000) {
                return false;
            }
        }
        return from < to && whole > part;
    };
    const auto part_value = [&] {
        long part = 0;
        for (std::size_t k = at; k < number_end && part <= 1000; ++k) {
            part = is_digit(text[k]) ? part * 10 + (text[k] - '0') : 1001;
        }
        return part;
    };
    // "9 in 10"; but "65 out of 100 enterprises" are two counts, as "930 out of 1,331" are: only
    // a number in words before "out of" ("eight out of 10") makes a proportion.
    for (const std::string_view link : {std::string_view{" in "}, std::string_view{" out of "}}) {
        const std::size_t whole = number_end + link.size();
        if (link == " in " && text.substr(number_end, link.size()) == link &&
            digit_at(text, whole) &&
            small_whole(whole, running_number_end(text, whole), part_value())) {
            return {at, running_number_end(text, whole),
                    "a proportion (\"9 in 10\", \"8 out of 10\"), not two figures"};
        }
        if (at < link.size() || text.substr(at - link.size(), link.size()) != link ||
            !small_whole(at, number_end, 0)) {
            continue;
        }
        for (const std::string_view word : english_small_numbers) {
            if (at - link.size() < word.size()) {
                continue;
            }
            const std::size_t start = at - link.size() - word.size();
            if (folded_prefix_at(text, start, word) &&
                (start == 0 || !is_ascii_letter(text[start - 1]))) {
                return {start, number_end, words_proportion_reason};
            }
        }
    }
    // "“618”年中促销": bare digits alone in quotation marks name something (a shopping festival,
    // a policy, a day), as "双11" does; a figure in quotes keeps its unit or percent ("“95%”").
    if (!word_ending_at(text, at, std::array{std::string_view{"\u201c"}}).empty() &&
        word_is_at(text, number_end, "\u201d") && only_digits(text, at, number_end)) {
        return {at - 3, number_end + 3, "digits alone in quotation marks (\"\u201c618\u201d\"), "
                                        "a name, not a figure"};
    }
    if (!word_ending_at(text, at, std::array{double_word}).empty() && number_end == at + 2 &&
        (text.substr(at, 2) == "11" || text.substr(at, 2) == "12")) {
        return {at, number_end, "a named day (\"\u53cc11\", 11 November), not a figure"};
    }
    if (only_digits(text, at, number_end) && number_end - at <= 2) {
        const bool sup = !word_ending_at(text, at, std::array{std::string_view{"<sup>"}}).empty() &&
                         word_is_at(text, number_end, "</sup>");
        const bool joined_bracket = at >= 2 && text[at - 1] == '[' && text[at - 2] != ' ' &&
                                    text[at - 2] != '\n' && word_is_at(text, number_end, "]");
        const bool first_note = at == 3 && word_is_at(text, 0, "\u6ce8");  // 注1 opening a text
        if (sup || joined_bracket || first_note ||
            !word_ending_at(text, at, note_words_before).empty()) {
            return {at, number_end,
                    "a note's or an attachment's number (\"5.8%[1]\", \"\u6ce8" "1\", "
                    "\"\u9644\u4ef6" "2\"), not a figure"};
        }
    }
    // Where an item of a list begins: "1、", "2. ", "（3）" there are its index when the item
    // follows them ("3." ending a line is a figure and its full stop).
    const bool item_start = skip_spaces_back(text, at) == 0 ||
                            !word_ending_at(text, skip_spaces_back(text, at), item_starts).empty();
    const bool small = only_digits(text, at, number_end) && number_end - at <= 2;
    const std::string_view index_mark = word_starting_at(text, number_end, index_marks);
    const std::size_t item = number_end + index_mark.size();
    const bool item_follows =
        item < text.size() &&
        (index_mark == index_marks[0] ? !digit_at(text, item)
                                      : space_at(text, item) != 0 ||
                                            static_cast<unsigned char>(text[item]) >= 0xE0);
    if (item_start && small && !index_mark.empty() && item_follows) {
        return {at, number_end, "a list index (\"1\u3001\", \"2. \", \"1) \"), not a figure"};
    }
    for (const bracket_pair& b : brackets) {
        if (word_ending_at(text, at, std::array{b.open}).empty() ||
            !word_is_at(text, number_end, b.close) || !only_digits(text, at, number_end)) {
            continue;
        }
        const std::size_t open = at - b.open.size();
        const std::size_t close = number_end + b.close.size();
        const bool index = small && close < text.size() && !word_is_at(text, close, "\n") &&
                           (skip_spaces_back(text, open) == 0 ||
                            !word_ending_at(text, skip_spaces_back(text, open), item_starts)
                                 .empty());
        const bool year = b.open != brackets[0].open && b.open != brackets[1].open &&
                          number_end - at == 4 && (text[at] == '1' || text[at] == '2');
        if (index || year) {  // "（1）全市…", "国发〔2020〕5号"
            return {open, close,
                    "a list index or a document's year in brackets (\"\uff081\uff09\", "
                    "\"\u3014" "2020\u3015\"), not a figure"};
        }
    }
    // "Article 5", "Line 2": a whole English word and one space before the digits.
    if (at >= 2 && text[at - 1] == ' ') {
        const std::size_t end = at - 1;
        const auto word_before = [&](std::string_view word, bool folded) {
            return end >= word.size() &&
                   (folded ? folded_prefix_at(text, end - word.size(), word)
                           : text.substr(end - word.size(), word.size()) == word) &&
                   (end == word.size() || !is_ascii_letter(text[end - word.size() - 1]));
        };
        const auto names = [&](std::string_view word) {
            return not_a_figure{end - word.size(), number_end,
                                "a number that names (\"Article 5\", \"Line 2\"), not a figure"};
        };
        for (const std::string_view word : english_name_words) {
            if (word_before(word, true)) {
                return names(word);
            }
        }
        for (const std::string_view word : capitalized_name_words) {
            if (word_before(word, false)) {
                return names(word);
            }
        }
        for (const std::string_view word : hotline_words) {
            if (word_before(word, false) && number_end - at >= 5 &&
                only_digits(text, at, number_end)) {
                return names(word);
            }
        }
    }
    return {at, number_end, {}};
}

// Numerals that state no one figure: some tens, hundreds or thousands ("数百家", "几十家",
// "上万家", "十几家"), a range ("七八成", "三五家"), 万 with a qualifier and no numeral ("近万家"),
// a fraction in words ("三分之二"), half ("半数以上") and doubling ("翻一番"). They are passed
// over, so that none goes missing unseen.
inline constexpr std::array<std::string_view, 3> some_words = {
    "\u6570" /* 数 */, "\u51e0" /* 几 */, "\u4e0a" /* 上 */};
inline constexpr std::string_view few_word = "\u51e0";           // 几
inline constexpr std::string_view round_about_word = "\u6765";  // 来, as in 十来家
inline constexpr std::string_view range_in_numerals_reason =
    "a range in numerals (\"\u4e03\u516b\u6210\", \"\u4e8c\u4e09\u5341\u5bb6\"): no one "
    "figure";
inline constexpr std::string_view parts_word = "\u5206\u4e4b";   // 分之
inline constexpr std::array<std::string_view, 2> half_words = {"\u534a\u6570" /* 半数 */,
                                                             "\u4e00\u534a" /* 一半 */};
inline constexpr std::string_view turn_over_word = "\u7ffb";  // 翻, of 翻一番
inline constexpr std::string_view times_word = "\u756a";      // 番
inline constexpr std::array<std::string_view, 4> half_bounds = {
    "\u4ee5\u4e0a" /* 以上 */, "\u4ee5\u4e0b" /* 以下 */, "\u5de6\u53f3" /* 左右 */,
    "\u4ee5\u5185" /* 以内 */};

constexpr bool numeral_place_at(std::string_view text, std::size_t at) {
    return numeral_value_at(text, at, numeral_places) > 0 || word_is_at(text, at, ten_thousand) ||
           word_is_at(text, at, hundred_million);
}

constexpr bool numeral_at(std::string_view text, std::size_t at) {
    return numeral_value_at(text, at, numeral_digits) >= 0 || numeral_place_at(text, at);
}

// Where the unit after `at` ends, 多 or 余 before it allowed ("上万余家"), or 0 when none does.
constexpr std::size_t chinese_unit_end(std::string_view text, std::size_t at) {
    if (const qualifier_word* odd = qualifier_at(text, at, qualifiers_inside)) {
        at += odd->word.size();
    }
    const std::string_view unit = unit_word_at(text, at);
    return unit.empty() || is_ascii_letter(unit[0]) ? 0 : at + unit.size();
}

constexpr not_a_figure vague_numerals_at(std::string_view text, std::size_t at) {
    const auto places_end = [&](std::size_t from) {
        while (numeral_place_at(text, from)) {
            from += 3;
        }
        return from;
    };
    // 数百家, 几十家, 上万家: some, then places and a unit.
    // After a count's name, 数 may be its last character or "some": "企业数十家" is some tens of
    // enterprises or a count of ten, "员工人数百人以上" a staff of 100 or more or some hundreds;
    // not told, so passed over as well.
    if (const std::string_view some = word_starting_at(text, at, some_words); !some.empty()) {
        const bool count_name =
            !word_ending_at(text, at + some.size(), words_ending_in_some).empty();
        const std::size_t places = places_end(at + some.size());
        const bool scale = places >= at + some.size() + 3 &&
                           (word_is_at(text, places - 3, ten_thousand) ||
                            word_is_at(text, places - 3, hundred_million));
        const std::size_t end = chinese_unit_end(text, places);
        if (places != at + some.size() && (end != 0 || scale) &&
            (!count_name || some == some_words[0])) {
            return {at, end != 0 ? end : places,
                    count_name ? "\u6570 after a count's name (\"\u4f01\u4e1a\u6570\u5341\u5bb6\"): "
                                 "some tens or hundreds, or a count of ten or a hundred, not told"
                               : "some tens, hundreds or thousands (\"\u6570\u767e\u5bb6\", "
                                 "\"\u4e0a\u4e07\u5bb6\"): no one figure"};
        }
    }
    // 近万家, 万余家, 超万家: 万 or 亿 with no numeral, after a qualifier or before 余 or 多.
    // (万家灯火, with neither, is no count.)
    const std::size_t before_words = skip_spaces_back(text, at);
    if ((word_is_at(text, at, ten_thousand) || word_is_at(text, at, hundred_million)) &&
        (at < 3 || !numeral_at(text, at - 3)) &&
        (before_words == 0 || !is_digit(text[before_words - 1]))) {  // "8 万余名": 8's scale
        const bool odd = qualifier_at(text, at + 3, qualifiers_inside) != nullptr;
        const std::size_t end = chinese_unit_end(text, at + 3);
        const words_before before = chinese_qualifier_before(text, at);
        if (end != 0 && (odd || before.claim != qualifier::none)) {
            return {before.at, end,
                    "ten thousand or a hundred million in words with no numeral (\"\u8fd1"
                    "\u4e07\u5bb6\", \"\u4e07\u4f59\u5bb6\"): not read"};
        }
    }
    // 翻一番 (doubled), 翻了两番 (quadrupled), 翻番: a multiple in words, as "增长一倍" is.
    if (word_at(text, at, turn_over_word)) {
        std::size_t end = at + turn_over_word.size();
        constexpr std::string_view done = "\u4e86";  // 了: 翻了一番
        end += word_at(text, end, done) ? done.size() : 0;
        while (numeral_at(text, end)) {
            end += 3;
        }
        if (word_at(text, end, times_word)) {
            end += times_word.size();
            if (const qualifier_word* odd = qualifier_at(text, end, qualifiers_inside)) {
                end += odd->word.size();  // 翻了一番多
            }
            return {at, end,
                    "a doubling in words (\"\u7ffb\u4e00\u756a\", \"\u7ffb\u4e24\u756a\"): "
                    "a multiple, no count and no percent"};
        }
    }
    if (const std::string_view half = word_starting_at(text, at, half_words); !half.empty()) {
        // 半数以上, 不到一半: the qualifier before it is passed over with it.
        const std::size_t end = at + half.size();
        return {chinese_qualifier_before(text, at).at,
                end + word_starting_at(text, end, half_bounds).size(),
                "half (\"\u534a\u6570\u4ee5\u4e0a\", \"\u4e0d\u5230\u4e00\u534a\"): no one "
                "figure"};
    }
    if (!numeral_at(text, at) || (at >= 3 && numeral_at(text, at - 3))) {
        return {at, at, {}};
    }
    std::size_t numerals_end = at;
    while (numeral_at(text, numerals_end)) {
        numerals_end += 3;
    }
    // 十几家, 二十几万人: numerals, 几, places and a unit; 十来家, 十来万人 (about ten) the same
    // with 来 after a place (not "一来人手不足", firstly).
    for (const std::string_view some : {few_word, round_about_word}) {
        if (!word_is_at(text, numerals_end, some) ||
            (some == round_about_word && !numeral_place_at(text, numerals_end - 3))) {
            continue;
        }
        if (const std::size_t end = chinese_unit_end(text, places_end(numerals_end + some.size()));
            end != 0) {
            return {at, end,
                    "some tens (\"\u5341\u51e0\u5bb6\", \"\u5341\u6765\u5bb6\"): no one figure"};
        }
    }
    // 十一二月份: November and December, a range of months after 十.
    if (word_is_at(text, at, "\u5341" /* 十 */)) {
        const int eleventh = numeral_value_at(text, at + 3, numeral_digits);
        if (eleventh > 0 && numeral_value_at(text, at + 6, numeral_digits) == eleventh + 1 &&
            word_is_at(text, at + 9, month_word)) {
            return {at, at + 12,
                    range_in_numerals_reason};
        }
    }
    // 七八成, 七八人, 二三十家, 三五家: two numerals, the second more, places, then tenths or a
    // unit. (Two digits in a row are no number in numerals but a year's, "二〇二二年".)
    const int first = numeral_value_at(text, at, numeral_digits);
    if (first > 0 && numeral_value_at(text, at + 3, numeral_digits) > first) {
        const std::size_t places = places_end(at + 6);
        // 二三月份: February and March.
        const std::size_t end = tenths_word_at(text, places) ? places + tenths_word.size()
                                : word_is_at(text, places, month_word)
                                    ? places + 3
                                    : chinese_unit_end(text, places);
        if (end != 0) {
            return {at, end,
                    range_in_numerals_reason};
        }
    }
    // 三分之二: numerals, 分之, numerals (百分之 and 千分之 are a percent and per mille).
    const std::string_view before_parts = text.substr(at, numerals_end - at);
    if (word_is_at(text, numerals_end, parts_word) && before_parts != "\u767e" &&
        before_parts != "\u5343" && numeral_at(text, numerals_end + parts_word.size())) {
        std::size_t end = numerals_end + parts_word.size();
        while (numeral_at(text, end)) {
            end += 3;
        }
        return {at, end, "a fraction in words (\"\u4e09\u5206\u4e4b\u4e8c\"): not read"};
    }
    return {at, at, {}};
}

// Spans of time after a figure with no unit are a period, not a figure: "近5年来" (the last five
// years), "连续14天" (fourteen days running), "3个月", "Over 24 hours".
inline constexpr std::string_view span_of_time_reason =
    "a span of time (\"\u8fd15\u5e74\", the last five years; \"\u8fde\u7eed14\u5929\"; "
    "\"3\u4e2a\u6708\"; \"over 24 hours\"): not a figure";
inline constexpr std::array<std::string_view, 8> spans_of_time = {
    "\u5e74" /* 年 */, "\u5929" /* 天 */, "\u65e5" /* 日 */, "\u5468" /* 周 */,
    "\u5c0f\u65f6" /* 小时 */, "\u5b63\u5ea6" /* 季度 */, "\u5de5\u4f5c\u65e5" /* 工作日 */,
    "\u6708" /* 月, after 个 */};
// Between 个 and the span: "两个半月" (two and a half months), "3个多月" (over three months).
inline constexpr std::array<std::string_view, 2> part_of_span = {"\u534a" /* 半 */,
                                                                 "\u591a" /* 多 */};
inline constexpr std::array<std::string_view, 10> english_spans_of_time = {
    "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year"};
// Between the figure and the span in English: "for 14 consecutive days".
inline constexpr std::array<std::string_view, 3> english_span_adjectives = {
    "consecutive ", "straight ", "working "};

// The words that make a count of days after them a span: "closed for 10 days", "within 3 days",
// "over the past 14 days", "in the next 5 days"; without one, "9.5 days" is a figure in days.
// Not "over": it claims more than ("over 10 days" is a figure, as read_figure reads it).
inline constexpr std::array<std::string_view, 12> english_span_openers = {
    "for", "within", "past", "last", "next", "after", "in", "lasted", "lasting", "took", "takes",
    "taking"};
// Words of a qualifier that may stand between the opener and the figure: "took more than 70
// days", "lasted nearly 80 days".
inline constexpr std::array<std::string_view, 10> english_span_qualifier_words = {
    "more", "than", "less", "nearly", "almost", "about", "around", "some", "roughly", "over"};

constexpr bool english_span_opener_before(std::string_view text, std::size_t at) {
    std::size_t end = skip_spaces_back(text, at);
    for (int words = 0; end != at && words <= 2; ++words) {
        for (const std::string_view word : english_span_openers) {
            if (end >= word.size() && english_word_at(text, end - word.size(), word)) {
                return true;
            }
        }
        const auto qualifier = std::find_if(
            english_span_qualifier_words.begin(), english_span_qualifier_words.end(),
            [&](std::string_view word) {
                return end >= word.size() && english_word_at(text, end - word.size(), word);
            });
        if (qualifier == english_span_qualifier_words.end()) {
            return false;
        }
        const std::size_t word_start = end - qualifier->size();
        end = skip_spaces_back(text, word_start);
        if (end == word_start) {
            return false;
        }
    }
    return false;
}

// Where the span of time that follows a figure ending at `end` ends, or 0: directly after the
// digits ("近5年", "14天"), after 个 ("近一个月", "前两个月", "3个季度") or after a space or a
// hyphen in English ("24 hours", "a 10-day closure"). A count of days is one in English only
// after a word that makes it a span ("closed for 10 days": english_span_opener_before).
constexpr std::size_t span_of_time_end(std::string_view text, std::size_t end,
                                       std::string_view unit) {
    if (unit.empty() || unit == "\u4e2a" /* 个 */) {
        const std::size_t from =
            unit.empty() ? end : end + word_starting_at(text, end, part_of_span).size();
        if (const std::string_view span = word_starting_at(text, from, spans_of_time);
            !span.empty() && (span != spans_of_time.back() || !unit.empty())) {
            return from + span.size();
        }
    }
    if (unit.empty() && end < text.size() && (text[end] == ' ' || text[end] == '-')) {
        std::size_t from = end + 1;
        for (const std::string_view adjective : english_span_adjectives) {
            if (text[end] == ' ' && folded_prefix_at(text, from, adjective)) {
                from += adjective.size();
                break;
            }
        }
        for (const std::string_view span : english_spans_of_time) {
            // Not "day-care": a hyphen after the span joins it to another word.
            const std::size_t after = from + span.size();
            if (folded_prefix_at(text, from, span) &&
                (after == text.size() || !(is_ascii_letter(text[after]) || text[after] == '-'))) {
                return after;
            }
        }
    }
    return 0;
}

// Words before digits and 日 that make them a span of days, not a day of the month: "近7日"
// (the last seven days), "连续14日", "过去3日", "未来5日", "前10日"; and 内 after ("3日内",
// within three days).
inline constexpr std::array<std::string_view, 6> days_span_openers = {
    "\u6700\u8fd1" /* 最近 */, "\u8fd1" /* 近 */, "\u8fc7\u53bb" /* 过去 */,
    "\u8fde\u7eed" /* 连续 */, "\u672a\u6765" /* 未来 */, "\u524d" /* 前 */};

// "近7日" at the digits [at, number_end): the span from its opening word to 日, or nothing.
constexpr not_a_figure span_of_days_at(std::string_view text, std::size_t at,
                                       std::size_t number_end) {
    constexpr std::string_view day = spans_of_time[2];  // 日
    const std::string_view opener = word_ending_at(text, at, days_span_openers);
    const bool within = word_is_at(text, number_end + day.size(), "\u5185" /* 内 */);
    if ((opener.empty() && !within) || !only_digits(text, at, number_end) ||
        !word_is_at(text, number_end, day)) {
        return {};
    }
    return {at - opener.size(), number_end + day.size(), span_of_time_reason};
}

}  // namespace restoration::detail
