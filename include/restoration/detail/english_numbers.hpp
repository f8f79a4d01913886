// detail/english_numbers.hpp: numbers written in English words, which the reader does not read
// but passes over with the reason, where they state a figure: "Ninety percent of firms" (English
// style spells out a figure that opens a sentence), "Twenty-three enterprises", "one million
// masks", "a million masks", "two-thirds", "one in five", "eight out of ten", "doubled",
// "dozens of", "more than half"; spans of time in words ("within two days") with the reason of a
// span. A single number word below ten before any other word ("five districts", "one of the
// measures", "the Two Sessions") and "the first half of 2022" are prose, and nothing is made of
// them.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <restoration/detail/bulletin_words.hpp>
#include <restoration/detail/figure_scan.hpp>
#include <restoration/detail/not_figures.hpp>

namespace restoration::detail {

// From "ten" on (index 10) a number word alone before a noun states a count.
inline constexpr std::array<std::string_view, 29> english_number_words = {
    "zero",     "one",      "two",       "three",    "four",     "five",    "six",
    "seven",    "eight",    "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen",  "sixteen",   "seventeen", "eighteen", "nineteen", "twenty",
    "thirty",   "forty",    "fifty",     "sixty",    "seventy",  "eighty",  "ninety",
    "hundred"};
inline constexpr std::size_t first_count_word = 10;  // "ten"

// The parts a fraction in words is of, singular and plural: "two-thirds", "a quarter of".
inline constexpr std::array<std::string_view, 18> english_fraction_words = {
    "halves", "half",    "thirds", "third",   "quarters", "quarter", "fifths", "fifth",
    "sixths", "sixth",   "sevenths", "seventh", "eighths", "eighth", "ninths",  "ninth",
    "tenths", "tenth"};

// Plurals that say "many" with no one figure: "dozens of", "hundreds of", "tens of thousands of".
inline constexpr std::array<std::string_view, 7> english_vague_numbers = {
    "dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores"};

// Scales after "a" or "several": "a million masks", "a dozen companies", "several thousand".
inline constexpr std::array<std::string_view, 6> english_scale_after_a = {
    "hundred", "thousand", "million", "billion", "trillion", "dozen"};

// A change by a multiple, in words: "output doubled", "a threefold rise".
inline constexpr std::array<std::string_view, 11> english_multiples = {
    "doubled", "tripled", "trebled", "quadrupled", "halved", "twofold", "threefold",
    "fourfold", "fivefold", "tenfold", "twelvefold"};

// Words before "half" that make it a figure's claim ("more than half"), as 以上 and 不到 make
// 一半 one, or a change ("fell by half", "cut in half"); after other words ("the first half of
// 2022") half is a span of time.
inline constexpr std::array<std::string_view, 10> english_half_qualifiers = {
    "more than", "less than", "at least", "over", "under", "nearly", "almost", "about", "around",
    "roughly"};

// Words before a part that make it a change: "fell by a third", "cut in half".
inline constexpr std::array<std::string_view, 2> english_part_openers = {"by", "in"};

inline constexpr std::string_view english_number_reason =
    "a number in words (\"ninety percent\", \"one million\", \"twenty-three firms\"): not read";
inline constexpr std::string_view english_fraction_reason =
    "a fraction in words (\"two-thirds\", \"one in five\", \"more than half\"): not read";
inline constexpr std::string_view english_vague_reason =
    "a vague number in words (\"dozens of\", \"thousands of\"): no one figure";
inline constexpr std::string_view english_multiple_reason =
    "a multiple in words (\"doubled\", \"threefold\"): not read";

// Where the English word from `words` standing whole at `at` ends, or 0.
template <std::size_t N>
constexpr std::size_t english_word_end(std::string_view text, std::size_t at,
                                       const std::array<std::string_view, N>& words) {
    for (const std::string_view word : words) {
        if (english_word_at(text, at, word)) {
            return at + word.size();
        }
    }
    return 0;
}

// The English word at `at` followed by spaces and then `word`: where `word` ends, or 0.
constexpr std::size_t english_word_then(std::string_view text, std::size_t at,
                                        std::string_view word) {
    const std::size_t next = skip_spaces(text, at);
    return next != at && english_word_at(text, next, word) ? next + word.size() : 0;
}

// A number in words: where it ends, and whether it states a count alone ("twenty-three", "one
// hundred and twenty", "sixty-eight point five", "one and a half", "ten").
struct english_number {
    std::size_t end = 0;
    bool count_alone = false;
};

constexpr english_number english_number_at(std::string_view text, std::size_t at) {
    std::size_t end = english_word_end(text, at, english_number_words);
    if (end == 0 || english_word_at(text, at, "hundred")) {
        return {};  // "hundred" only after a number: "hundreds of" is vague
    }
    bool count_alone = false;
    for (std::size_t k = first_count_word; k < english_number_words.size(); ++k) {
        count_alone = count_alone || english_word_at(text, at, english_number_words[k]);
    }
    for (;;) {
        const bool hyphen = end < text.size() && text[end] == '-';
        std::size_t next = hyphen ? end + 1 : skip_spaces(text, end);
        if (!hyphen && next != end) {
            if (const std::size_t half = english_word_then(text, next + 3, "a");
                english_word_at(text, next, "and") && half != 0 &&
                english_word_then(text, half, "half") != 0) {
                end = english_word_then(text, half, "half");  // "one and a half"
                continue;
            }
            if (english_word_at(text, next, "and")) {
                next = skip_spaces(text, next + 3);
            } else if (english_word_at(text, next, "point")) {
                next = skip_spaces(text, next + 5);  // "sixty-eight point five"
            }
        }
        const std::size_t word_end = english_word_end(text, next, english_number_words);
        if (next == end || word_end == 0) {
            return {end, count_alone};
        }
        end = word_end;
        count_alone = true;  // a compound: "twenty-three", "one hundred"
    }
}

// Where a fraction's part stands whole at `at` ("thirds"), not joined on to a word by a hyphen
// ("third-party"): its end, or 0.
constexpr std::size_t english_fraction_end(std::string_view text, std::size_t at) {
    const std::size_t end = english_word_end(text, at, english_fraction_words);
    return end != 0 && !english_compound_at(text, end) ? end : 0;
}

// "in five", "out of ten", "in every five", "out of every 10": where the whole ends, or 0.
constexpr std::size_t english_proportion_end(std::string_view text, std::size_t next) {
    std::size_t whole = 0;
    if (english_word_at(text, next, "in")) {
        whole = skip_spaces(text, next + 2);
    } else if (const std::size_t of = english_word_then(text, next + 3, "of");
               english_word_at(text, next, "out") && of != 0) {
        whole = skip_spaces(text, of);
    }
    if (whole == 0) {
        return 0;
    }
    if (english_word_at(text, whole, "every")) {
        whole = skip_spaces(text, whole + 5);
    }
    if (const english_number number = english_number_at(text, whole); number.end != 0) {
        return number.end;
    }
    // A whole in digits of at most 1,000, as in "9 in 10" (not "one in 2022", a year, nor the
    // "2" of "one in 2,000").
    std::size_t digits_end = whole;
    long value = 0;
    while (digit_at(text, digits_end) && value <= 1000) {
        value = value * 10 + (text[digits_end] - '0');
        ++digits_end;
    }
    const bool runs_on = digits_end < text.size() &&
                         (is_ascii_letter(text[digits_end]) || digit_at(text, digits_end) ||
                          ((text[digits_end] == ',' || text[digits_end] == '.') &&
                           digit_at(text, digits_end + 1)));
    return digits_end != whole && value >= 2 && value <= 1000 && !runs_on ? digits_end : 0;
}

// Whether an English word from `words` ends at `at` (spaces before `at` skipped).
template <std::size_t N>
constexpr bool english_word_before(std::string_view text, std::size_t at,
                                   const std::array<std::string_view, N>& words) {
    const std::size_t end = skip_spaces_back(text, at);
    for (const std::string_view word : words) {
        if (end != at && end >= word.size() && english_word_at(text, end - word.size(), word)) {
            return true;
        }
    }
    return false;
}

// What follows number words makes of them: a percent, percentage points, a scale or a unit word
// say a figure, a span of time a span; a fraction's part, "in" or "out of" and a number a
// proportion; "-fold" a multiple; any other word a count, if the number states one alone.
constexpr not_a_figure english_number_kind(std::string_view text, std::size_t start,
                                           const english_number& number) {
    const std::size_t end = number.end;
    if (end < text.size() && text[end] == '-') {
        if (const std::size_t part = english_fraction_end(text, end + 1)) {
            return {start, part, english_fraction_reason};  // "two-thirds"
        }
        if (english_word_at(text, end + 1, "fold")) {
            return {start, end + 5, english_multiple_reason};  // "two-fold"
        }
        // "a five-billion-yuan fund", "a five-percent rise", "a two-percentage-point increase"
        for (const std::string_view word : {std::string_view{"percentage"},
                                            std::string_view{"percent"}, std::string_view{"per"}}) {
            if (folded_prefix_at(text, end + 1, word)) {
                std::size_t word_end = end + 1;
                while (word_end < text.size() &&
                       (is_ascii_letter(text[word_end]) || text[word_end] == '-')) {
                    ++word_end;
                }
                return {start, word_end, english_number_reason};
            }
        }
        for (const scale_word& scale : scale_words) {
            if (is_ascii_letter(scale.word[0]) && english_word_at(text, end + 1, scale.word)) {
                return {start, end + 1 + scale.word.size(), english_number_reason};
            }
        }
    }
    const std::size_t next = skip_spaces(text, end);
    if (next == end || folded_prefix_at(text, next, "o'clock") ||
        folded_prefix_at(text, next, "o\u2019clock")) {
        return {};  // "ten o'clock": an hour, no count
    }
    if (const std::size_t part = english_fraction_end(text, next)) {
        return {start, part, english_fraction_reason};  // "two thirds"
    }
    if (const std::size_t whole_end = english_proportion_end(text, next)) {
        // "one in five"; "eight out of 10" as the reader says of digits after words
        return {start, whole_end,
                is_digit(text[whole_end - 1]) ? words_proportion_reason : english_fraction_reason};
    }
    for (const std::string_view word : {std::string_view{"percentage points"},
                                        std::string_view{"percentage point"}}) {
        if (english_word_at(text, next, word)) {
            return {start, next + word.size(), english_number_reason};
        }
    }
    for (const std::string_view word : percent_words) {
        if (is_ascii_letter(word[0]) && english_word_at(text, next, word)) {
            return {start, next + word.size(), english_number_reason};
        }
    }
    for (const scale_word& scale : scale_words) {
        if (is_ascii_letter(scale.word[0]) && english_word_at(text, next, scale.word)) {
            return {start, next + scale.word.size(), english_number_reason};
        }
    }
    // "within two days", "seven days a week", "ten days later": a span of time, no count.
    std::size_t span = next;
    for (const std::string_view adjective : english_span_adjectives) {
        if (folded_prefix_at(text, span, adjective)) {
            span += adjective.size();
            break;
        }
    }
    if (const std::size_t span_end = english_word_end(text, span, english_spans_of_time)) {
        return {start, span_end, span_of_time_reason};
    }
    for (const std::string_view unit : unit_words) {
        if (is_ascii_letter(unit[0]) && unit.size() > 2 && english_word_at(text, next, unit)) {
            return {start, next + unit.size(), english_number_reason};  // "five tons"
        }
    }
    if (number.count_alone && next < text.size() && is_ascii_letter(text[next])) {
        return {start, end, english_number_reason};  // "Twenty-three enterprises"
    }
    return {};
}

// Plurals of "many" joined by "of" ("hundreds of thousands of"), at `at`: where the last "of"
// ends, or 0 when no "of" follows; "thousands more", "several thousand" too.
constexpr not_a_figure english_vague_at(std::string_view text, std::size_t at) {
    std::size_t end = english_word_end(text, at, english_vague_numbers);
    if (end == 0) {
        if (const std::size_t scale = skip_spaces(text, at + 7);
            english_word_at(text, at, "several") && scale != at + 7) {
            if (const std::size_t scale_end = english_word_end(text, scale, english_scale_after_a)) {
                return {at, scale_end, english_vague_reason};  // "several thousand"
            }
        }
        return {};
    }
    if (const std::size_t more = english_word_then(text, end, "more")) {
        return {at, more, english_vague_reason};  // "thousands more"
    }
    std::size_t last_of = 0;
    for (;;) {
        const std::size_t of = english_word_then(text, end, "of");
        if (of == 0) {
            break;
        }
        last_of = of;
        const std::size_t next = skip_spaces(text, of);
        const std::size_t more = english_word_end(text, next, english_vague_numbers);
        if (more == 0) {
            break;
        }
        end = more;  // "tens of thousands of", "hundreds of thousands of"
    }
    const bool tens_alone = english_word_at(text, at, "tens") &&
                            last_of == english_word_then(text, at + 4, "of");
    if (last_of == 0 || tens_alone) {
        return {};  // "tens" alone, or "tens of" with no many after it
    }
    return {at, last_of, english_vague_reason};
}

// Half and the other parts with "a" before them: "a third of", "half a million", "fell by a
// quarter", "Half of the firms", "more than half", "cut in half".
constexpr not_a_figure english_part_at(std::string_view text, std::size_t at) {
    if (english_word_at(text, at, "a") || english_word_at(text, at, "an")) {
        const std::size_t article_end = at + (english_word_at(text, at, "a") ? 1 : 2);
        const std::size_t word = skip_spaces(text, article_end);
        if (word == article_end) {
            return {};
        }
        if (const std::size_t scale = english_word_end(text, word, english_scale_after_a)) {
            return {at, scale, english_number_reason};  // "a million masks", "a dozen firms"
        }
        const std::size_t part_end = english_fraction_end(text, word);
        if (part_end == 0 || english_word_at(text, word, "half")) {
            return {};
        }
        if (const std::size_t of = english_word_then(text, part_end, "of")) {
            return {at, of, english_fraction_reason};  // "a third of"
        }
        if (english_word_before(text, at, english_part_openers)) {
            return {at, part_end, english_fraction_reason};  // "fell by a third"
        }
        return {};
    }
    if (english_word_at(text, at, "half")) {
        if (const std::size_t a = english_word_then(text, at + 4, "a")) {
            if (const std::size_t scale = english_word_end(text, skip_spaces(text, a),
                                                           english_scale_after_a)) {
                return {at, scale, english_number_reason};  // "half a million"
            }
        }
        const std::size_t before = skip_spaces_back(text, at);
        std::size_t article = english_word_then(text, at + 4, "an");
        if (article == 0) {
            article = english_word_then(text, at + 4, "a");
        }
        if (article != 0 &&
            english_word_end(text, skip_spaces(text, article), english_spans_of_time) != 0) {
            return {};  // "in half an hour": a span of time
        }
        if (english_word_before(text, at, english_part_openers)) {
            return {at, at + 4, english_fraction_reason};  // "fell by half", "cut in half"
        }
        if (const std::size_t of = english_word_then(text, at + 4, "of");
            of != 0 && (before == 0 || !is_ascii_letter(text[before - 1]))) {
            return {at, of, english_fraction_reason};  // "Half of the firms", opening a clause
        }
        return {};
    }
    for (const std::string_view qualifier : english_half_qualifiers) {
        if (english_word_at(text, at, qualifier)) {  // "more than half"
            if (const std::size_t half = english_word_then(text, at + qualifier.size(), "half")) {
                return {at, half, english_fraction_reason};
            }
        }
    }
    return {};
}

// A number in English words at `at`, the start of a word, that states a figure: where it begins
// and ends and why it is passed over; no reason when there is none, or it is prose.
// With no reason, `end` is where number words that state nothing end ("one of the"): the reader
// goes on from there, never reading the same chain of words again from each of its words.
constexpr not_a_figure english_number_passed_at(std::string_view text, std::size_t at) {
    if (const english_number number = english_number_at(text, at); number.end != 0) {
        const not_a_figure kind = english_number_kind(text, at, number);
        return kind.reason.empty() ? not_a_figure{at, number.end, {}} : kind;
    }
    if (const not_a_figure vague = english_vague_at(text, at); !vague.reason.empty()) {
        return vague;
    }
    if (const std::size_t multiple = english_word_end(text, at, english_multiples);
        multiple != 0 && english_word_then(text, multiple, "down") == 0) {
        return {at, multiple, english_multiple_reason};  // not "doubled down", an idiom
    }
    return english_part_at(text, at);
}

}  // namespace restoration::detail
