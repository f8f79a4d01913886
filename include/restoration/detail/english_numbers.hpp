// detail/english_numbers.hpp: numbers written in English words, which the reader does not read
// but passes over with the reason, where what follows them shows that they state a figure:
// "Ninety percent of firms" (English style spells out a figure that opens a sentence), "one
// million masks", "two-thirds", "one in five", "dozens of", "more than half". A number word
// before any other word ("five districts", "one of the measures", "the first half of 2022") is
// prose, and nothing is made of it.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include <restoration/detail/bulletin_words.hpp>
#include <restoration/detail/figure_scan.hpp>
#include <restoration/detail/not_figures.hpp>

namespace restoration::detail {

inline constexpr std::array<std::string_view, 29> english_number_words = {
    "zero",     "one",      "two",       "three",    "four",     "five",    "six",
    "seven",    "eight",    "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen",  "sixteen",   "seventeen", "eighteen", "nineteen", "twenty",
    "thirty",   "forty",    "fifty",     "sixty",    "seventy",  "eighty",  "ninety",
    "hundred"};

// The parts a fraction in words is of, singular and plural: "two-thirds", "a quarter of".
inline constexpr std::array<std::string_view, 18> english_fraction_words = {
    "halves", "half",    "thirds", "third",   "quarters", "quarter", "fifths", "fifth",
    "sixths", "sixth",   "sevenths", "seventh", "eighths", "eighth", "ninths",  "ninth",
    "tenths", "tenth"};

// Plurals that say "many" with no one figure: "dozens of", "hundreds of", "tens of thousands of".
inline constexpr std::array<std::string_view, 6> english_vague_numbers = {
    "dozens", "hundreds", "thousands", "millions", "billions", "tens"};

// Words before "half" that make it a figure's claim ("more than half"), as 以上 and 不到 make
// 一半 one; after other words ("the first half of 2022") half is a span of time.
inline constexpr std::array<std::string_view, 10> english_half_qualifiers = {
    "more than", "less than", "at least", "over", "under", "nearly", "almost", "about", "around",
    "roughly"};

inline constexpr std::string_view english_number_reason =
    "a number in words (\"ninety percent\", \"one million\"): not read";
inline constexpr std::string_view english_fraction_reason =
    "a fraction in words (\"two-thirds\", \"one in five\", \"more than half\"): not read";
inline constexpr std::string_view english_vague_reason =
    "a vague number in words (\"dozens of\", \"thousands of\"): no one figure";

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

// Where number words joined by hyphens, spaces or "and" end ("twenty-five", "one hundred and
// twenty"), or 0 when none stands at `at`.
constexpr std::size_t english_number_end(std::string_view text, std::size_t at) {
    std::size_t end = english_word_end(text, at, english_number_words);
    if (end == 0 || english_word_at(text, at, "hundred")) {
        return 0;  // "hundred" only after a number: "hundreds of" is vague, "a hundred" rare
    }
    for (;;) {
        const bool hyphen = end < text.size() && text[end] == '-';
        std::size_t next = hyphen ? end + 1 : skip_spaces(text, end);
        if (!hyphen && next != end && english_word_at(text, next, "and")) {
            next = skip_spaces(text, next + 3);
        }
        const std::size_t word_end = english_word_end(text, next, english_number_words);
        if (next == end || word_end == 0) {
            return end;
        }
        end = word_end;
    }
}

// Where a fraction's part stands whole at `at` ("thirds"), not joined on to a word by a hyphen
// ("third-party"): its end, or 0.
constexpr std::size_t english_fraction_end(std::string_view text, std::size_t at) {
    const std::size_t end = english_word_end(text, at, english_fraction_words);
    return end != 0 && !english_compound_at(text, end) ? end : 0;
}

// What a kind of figure after the number words makes of them: a percent, percentage points, a
// scale or a unit word say a figure; a fraction's part or "in" and a number a proportion.
constexpr not_a_figure english_number_kind(std::string_view text, std::size_t start,
                                           std::size_t end) {
    if (end < text.size() && text[end] == '-') {
        if (const std::size_t part = english_fraction_end(text, end + 1)) {
            return {start, part, english_fraction_reason};  // "two-thirds"
        }
    }
    const std::size_t next = skip_spaces(text, end);
    if (next == end) {
        return {};
    }
    if (const std::size_t part = english_fraction_end(text, next)) {
        return {start, part, english_fraction_reason};  // "two thirds"
    }
    if (english_word_at(text, next, "in")) {
        const std::size_t whole = skip_spaces(text, next + 2);
        if (const std::size_t whole_end = english_number_end(text, whole); whole_end != 0) {
            return {start, whole_end, english_fraction_reason};  // "one in five"
        }
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
    for (const std::string_view unit : unit_words) {
        if (is_ascii_letter(unit[0]) && unit.size() > 2 && english_word_at(text, next, unit)) {
            return {start, next + unit.size(), english_number_reason};  // "five tons"
        }
    }
    return {};
}

// A number in English words at `at`, the start of a word, that states a figure: where it begins
// and ends and why it is passed over; no reason when there is none, or it is prose.
constexpr not_a_figure english_number_at(std::string_view text, std::size_t at) {
    if (const std::size_t end = english_number_end(text, at); end != 0) {
        return english_number_kind(text, at, end);
    }
    if (const std::size_t end = english_word_end(text, at, english_vague_numbers); end != 0) {
        std::size_t next = skip_spaces(text, end);
        if (english_word_at(text, at, "tens") && english_word_at(text, next, "of")) {
            next = skip_spaces(text, next + 2);  // "tens of thousands of"
            const std::size_t many = english_word_end(text, next, english_vague_numbers);
            next = many == 0 ? next : skip_spaces(text, many);
            if (many == 0) {
                return {};
            }
        }
        if (next != end && english_word_at(text, next, "of")) {
            return {at, next + 2, english_vague_reason};
        }
        return {};
    }
    if (english_word_at(text, at, "a")) {  // "a third of", "a quarter of"
        const std::size_t part = skip_spaces(text, at + 1);
        const std::size_t part_end = english_fraction_end(text, part);
        const std::size_t of = skip_spaces(text, part_end);
        if (part != at + 1 && part_end != 0 && !english_word_at(text, part, "half") &&
            of != part_end && english_word_at(text, of, "of")) {
            return {at, of + 2, english_fraction_reason};
        }
        return {};
    }
    if (english_word_at(text, at, "half")) {  // "Half of the firms", opening a clause
        const std::size_t of = skip_spaces(text, at + 4);
        const std::size_t before = skip_spaces_back(text, at);
        if (of != at + 4 && english_word_at(text, of, "of") &&
            (before == 0 || !is_ascii_letter(text[before - 1]))) {
            return {at, of + 2, english_fraction_reason};
        }
        return {};
    }
    for (const std::string_view qualifier : english_half_qualifiers) {
        if (english_word_at(text, at, qualifier)) {  // "more than half"
            const std::size_t half = skip_spaces(text, at + qualifier.size());
            if (half != at + qualifier.size() && english_word_at(text, half, "half")) {
                return {at, half + 4, english_fraction_reason};
            }
        }
    }
    return {};
}

}  // namespace restoration::detail
