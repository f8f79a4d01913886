// detail/figure_words.hpp: the words around a figure that the readers keep with it: a qualifier
// and 均 before it ("均超过80%"), read forward by read_figure and looked for backward from the
// digits by find_figures, the same tables both ways; a qualifier after it ("90%以上"); and, in
// running text only, the change it states ("比21日提高3.2个百分点").
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include <restoration/detail/bulletin_words.hpp>
#include <restoration/detail/figure_scan.hpp>

namespace restoration::detail {

// An English qualifier ("more than", "Over") at `at`, followed by spaces: where the spaces end.
constexpr std::size_t english_qualifier_at(std::string_view text, std::size_t at,
                                           words_before& found) {
    for (const qualifier_word& q : english_qualifiers_before) {
        const std::size_t end = at + q.word.size();
        if (folded_prefix_at(text, at, q.word) && space_at(text, end) != 0) {
            found.claim = q.claim;
            return skip_spaces(text, end);
        }
    }
    return at;
}

// read_figure: 均 (or 均在, 全部, ...) then a qualifier, at the start of the figure's text.
constexpr words_before read_words_before(std::string_view text, std::size_t at) {
    words_before found{at};
    if (const std::string_view each = word_starting_at(text, at, each_words); !each.empty()) {
        found.each = true;
        found.at = skip_spaces(text, found.at + each.size());  // "均为 95%"
    }
    // "未超过5%": a negation before a qualifier turns its claim over.
    const std::string_view negation = word_starting_at(text, found.at, negation_words);
    const qualifier_word* negated_word =
        negation.empty() ? nullptr : qualifier_at(text, found.at + negation.size(), qualifiers_before);
    if (negated_word != nullptr && qualifier_at(text, found.at, qualifiers_before) == nullptr) {
        found.claim = negated(negated_word->claim);
        found.at += negation.size() + negated_word->word.size();
        const std::size_t spaced = skip_spaces(text, found.at);
        const std::size_t filler = word_starting_at(text, spaced, qualifier_fillers).size();
        found.at = skip_spaces(text, filler != 0 ? spaced + filler : found.at);
        return found;
    }
    if (const qualifier_word* q = qualifier_at(text, found.at, qualifiers_before)) {
        found.claim = q->claim;
        found.at += q->word.size();
        // "约为60%", "超过 95%", "超过 了 95%": spaces, a filler word and spaces between the
        // qualifier and the figure.
        const std::size_t spaced = skip_spaces(text, found.at);
        const std::size_t filler = word_starting_at(text, spaced, qualifier_fillers).size();
        found.at = skip_spaces(text, filler != 0 ? spaced + filler : found.at);
        return found;
    }
    if (!found.each) {
        found.at = english_qualifier_at(text, found.at, found);
    }
    return found;
}

// An English qualifier that ends in spaces at `at`, as a whole word: where it begins.
constexpr std::size_t english_qualifier_before(std::string_view text, std::size_t at,
                                               words_before& found) {
    const std::size_t end = skip_spaces_back(text, at);
    if (end == at) {
        return at;
    }
    for (const qualifier_word& q : english_qualifiers_before) {
        const std::size_t start = end - std::min(end, q.word.size());
        const bool whole = start == 0 || !(is_ascii_letter(text[start - 1]) ||
                                           is_digit(text[start - 1]) || text[start - 1] == '-');
        if (end >= q.word.size() && whole && folded_prefix_at(text, start, q.word) &&
            skip_spaces(text, start + q.word.size()) == at) {
            found.claim = q.claim;
            return start;
        }
    }
    return at;
}

// find_figures: the same words, ending at `at` (where the sign or the digits begin). 均 after
// 平, 人, 日 ... is an average ("平均"), and 近 in 最近, 约 in 签约 claim nothing. Between the
// qualifier and the figure may stand spaces and one filler word ("约为60%", "超过了 95%"), as
// read_words_before reads them: the qualifier is kept, never dropped.
constexpr words_before find_words_before(std::string_view text, std::size_t at) {
    const std::size_t words_end = skip_spaces_back(text, at);
    words_before found = chinese_qualifier_before(text, words_end);
    if (found.claim == qualifier::none) {
        const std::string_view filler = word_ending_at(text, words_end, qualifier_fillers);
        if (!filler.empty()) {
            found = chinese_qualifier_before(text, skip_spaces_back(text, words_end - filler.size()));
        }
    }
    if (found.claim == qualifier::none) {
        found = {at};  // spaces or a filler with no qualifier before them belong to the prose
    }
    if (found.at == at) {
        found.at = english_qualifier_before(text, at, found);
        if (found.at != at) {
            return found;
        }
    }
    const std::size_t each_end = skip_spaces_back(text, found.at);  // "均为 95%"
    const std::string_view each = word_ending_at(text, each_end, each_words);
    if (!each.empty() &&
        word_ending_at(text, each_end - each.size(), average_before_each).empty()) {
        found.each = true;
        found.at = each_end - each.size();
    }
    return found;
}

// What the change a figure states is, from the words of its clause before it.
struct change_words {
    direction way = direction::none;
    std::string_view against;
};

// Where the clause that `at` is in begins, no earlier than `floor`.
constexpr std::size_t clause_start(std::string_view text, std::size_t floor, std::size_t at) {
    for (std::size_t p = at; p > floor; --p) {
        const auto last = static_cast<unsigned char>(text[p - 1]);
        const bool ends_mark =
            last < 0x80 ? ascii_clause_marks.find(text[p - 1]) != std::string_view::npos
                        : p >= 3 && (text[p - 3] == '\xE3' || text[p - 3] == '\xEF') &&
                              !word_ending_at(text, p, clause_marks).empty();
        if (ends_mark) {
            return p;
        }
    }
    return floor;
}

// Whether 的 after a direction word (an adverb such as 较快 between) makes it describe a noun:
// "增长的企业", "增长较快的企业"; not "增长的幅度", the rate of the growth itself.
constexpr bool describes_a_noun(std::string_view text, std::size_t after_word) {
    const std::size_t mark =
        after_word + word_starting_at(text, after_word, attribute_adverbs).size();
    return text.substr(mark, attribute_mark.size()) == attribute_mark &&
           word_starting_at(text, mark + attribute_mark.size(), rate_after_attribute).empty();
}

// The last direction word in [from, to) that is one, and where it stands (or to). A direction
// word in a name ("稳增长") is none; one before 的 ("增长的企业") describes a noun, and then the
// clause states no change up to it.
constexpr std::size_t last_direction_word(std::string_view text, std::size_t from,
                                          std::size_t to, const direction_word*& found) {
    for (std::size_t p = to; p-- > from;) {
        for (const direction_word& d : direction_words) {
            if (p + d.word.size() <= to && text.substr(p, d.word.size()) == d.word &&
                word_starting_at(text, p, not_direction_words).empty() &&
                (word_ending_at(text, p, std::array{steady_word}).empty() ||
                 !word_ending_at(text, p, std::array{steadily_word}).empty())) {
                if (describes_a_noun(text, p + d.word.size())) {
                    return to;
                }
                found = &d;
                return p;
            }
        }
    }
    return to;
}

// What the change is against, in [from, to) before the direction word: 同比, 环比, the words
// from the last 比 or 较 ("比21日", "较上一天"), or from 与 (和, 同, 跟) to 相比 ("与上周相比").
constexpr std::string_view against_before(std::string_view text, std::size_t from,
                                          std::size_t to) {
    for (std::size_t p = to; p-- > from;) {
        const std::string_view start = word_starting_at(text, p, against_starts);
        if (start.empty() || !word_ending_at(text, p, not_against_before).empty() ||
            !word_starting_at(text, p, not_against_words).empty()) {
            continue;  // 占比 (a share), 比重 (a proportion): nothing compared
        }
        if (p >= from + 3 && text.substr(p - 3, compared_with_word.size()) == compared_with_word) {
            for (std::size_t q = p - 3; q-- > from;) {
                if (!word_starting_at(text, q, compared_with_openers).empty() &&
                    word_starting_at(text, q, not_compared_with_openers).empty()) {
                    return text.substr(q, to - q);  // "与上周相比"
                }
            }
            return text.substr(p - 3, to - (p - 3));  // "相比上周"
        }
        const std::string_view whole = word_ending_at(text, p + start.size(), against_whole);
        if (!whole.empty() && p + start.size() >= from + whole.size()) {
            return text.substr(p + start.size() - whole.size(), whole.size());
        }
        return text.substr(p, to - p);
    }
    return {};
}

// The last rate of change (增幅, 降幅, ...) in [from, to), and where it stands (or to). Found
// by where it ends, the longest first, so that 下降幅度 is taken whole, not its 降幅.
constexpr std::size_t last_rate_of_change(std::string_view text, std::size_t from,
                                          std::size_t to, const direction_word*& found) {
    for (std::size_t end = to; end > from; --end) {
        for (const direction_word& rate : rates_of_change) {
            if (end - from >= rate.word.size() &&
                text.substr(end - rate.word.size(), rate.word.size()) == rate.word) {
                found = &rate;
                return end - rate.word.size();
            }
        }
    }
    return to;
}

// "降幅比1-2月收窄3.2个百分点": a rate of change in the clause and, directly before the figure
// (了 and spaces aside), a verb saying how it changed; what it is against stands between the two
// ("比1-2月") or before the rate ("同比增速加快"). Nothing when the figure follows no such verb.
constexpr std::optional<change_words> rate_of_change_before(std::string_view text,
                                                            std::size_t from, std::size_t at) {
    std::size_t verb_end = skip_spaces_back(text, at);
    if (!word_ending_at(text, verb_end, std::array{std::string_view{"\u4e86"}}).empty()) {
        verb_end -= 3;  // 了
    }
    for (const rate_of_change_verb& verb : rate_of_change_verbs) {
        if (word_ending_at(text, verb_end, std::array{verb.word}).empty()) {
            continue;
        }
        const std::size_t verb_at = verb_end - verb.word.size();
        const direction_word* rate = nullptr;
        if (const std::size_t p = last_rate_of_change(text, from, verb_at, rate); rate != nullptr) {
            const std::size_t rate_end = p + rate->word.size();
            const std::string_view between = against_before(text, rate_end, verb_at);
            if (rate_end != verb_at && between.data() != text.data() + rate_end) {
                // "降幅收窄的同时复工率提高3个百分点": the rate is another's; only what a change
                // is against ("比1-2月") may stand between a rate and its verb.
                return std::nullopt;
            }
            const direction way = !verb.narrows              ? rate->way
                                  : rate->way == direction::up ? direction::down
                                                               : direction::up;
            return change_words{way, between.empty() ? against_before(text, from, p) : between};
        }
        // "同比增长5.8%，比1-2月份加快2.1个百分点": the rate named in the clause before; quickening
        // and slowing say the way, after what they are against.
        const std::string_view against = against_before(text, from, verb_at);
        if (!against.empty() && verb.quickens_or_slows) {
            return change_words{verb.narrows ? direction::down : direction::up, against};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

// The ASCII letters that end at `end`, no earlier than `from`: the English word there, or empty.
constexpr std::string_view english_word_ending_at(std::string_view text, std::size_t from,
                                                  std::size_t end) {
    std::size_t start = end;
    while (start > from && is_ascii_letter(text[start - 1])) {
        --start;
    }
    return text.substr(start, end - start);
}

template <std::size_t N>
constexpr const english_direction_word* english_direction_in(
    std::string_view word, const std::array<english_direction_word, N>& words, bool rate) {
    for (const english_direction_word& w : words) {
        if (word.size() == w.word.size() && folded_prefix_at(word, 0, w.word) &&
            (rate || !w.of_rates_only)) {
            return &w;
        }
    }
    return nullptr;
}

// The change an English word states directly before the figure at `at` ("rose 5.8 percent",
// "fell by 120", "a rise of 3.2 percent"), in [from, at); `rate` when the figure is a percent or
// points. What it is against follows the figure in English ("from a year earlier") and is not
// read: `against` stays empty.
constexpr direction english_change_before(std::string_view text, std::size_t from,
                                          std::size_t at, bool rate) {
    std::size_t end = skip_spaces_back(text, at);
    if (end == at || end <= from) {
        return direction::none;  // a space parts the word from the figure
    }
    std::string_view word = english_word_ending_at(text, from, end);
    const auto previous = [&] {
        const std::size_t before = skip_spaces_back(text, end - word.size());
        if (before == end - word.size()) {
            return std::string_view{};
        }
        end = before;
        return english_word_ending_at(text, from, end);
    };
    if (word.size() == 2 && folded_prefix_at(word, 0, "by")) {
        word = previous();
    }
    const english_direction_word* found = nullptr;
    if (word.size() == 2 && folded_prefix_at(word, 0, "of")) {
        found = english_direction_in(previous(), english_direction_nouns, rate);
    } else {
        found = english_direction_in(word, english_direction_verbs, rate);
    }
    if (found == nullptr || (end > word.size() && end - word.size() > from &&
                             text[end - word.size() - 1] == '-')) {
        return direction::none;  // "a follow-up 30": the end of a hyphenated word is no verb
    }
    return found->way;
}

// What a change whose clause names nothing it is against (its direction word at `p`, the clause
// from `from`, the previous figure's end `floor`) is against, said just outside the clause: the
// 比 of the figure before it ("比上周的65.2%提高13.2个百分点"), a bracketed figure's ("较2月20日
// (65%)提高20个百分点": "较2月20日"), or a clause of its own ("与上周相比，复工企业增加231家").
// It looks back at most `outside_reach` bytes (80 Chinese characters) for it, so that a long text
// with no punctuation is still read in time proportional to its length.
inline constexpr std::size_t outside_reach = 240;

constexpr std::string_view against_outside(std::string_view text, std::size_t floor,
                                           std::size_t from, std::size_t p) {
    constexpr std::array<std::string_view, 2> closing = {")", "\uff09"};
    constexpr std::array<std::string_view, 2> opening = {"(", "\uff08"};
    constexpr std::array<std::string_view, 2> commas = {",", "\uff0c"};
    const auto clause_start_before = [&](std::size_t to) {
        return clause_start(text, to > outside_reach ? to - outside_reach : 0, to);
    };
    const bool adjoins = skip_spaces(text, from) == p;  // nothing between clause and word
    if (from == floor && floor > 0 && adjoins) {
        return against_before(text, clause_start_before(floor), p);
    }
    const std::size_t end = skip_spaces_back(text, from);
    if (const std::string_view bracket = word_ending_at(text, end, closing);
        !bracket.empty() && adjoins) {
        // The bracket opens where the clause inside it begins, or the aside is not one.
        const std::size_t aside = clause_start_before(end - bracket.size());
        const std::string_view open = word_ending_at(text, aside, opening);
        if (open.empty()) {
            return {};
        }
        const std::size_t before = skip_spaces_back(text, aside - open.size());
        return against_before(text, clause_start_before(before), before);
    }
    if (const std::string_view comma = word_ending_at(text, end, commas); !comma.empty()) {
        const std::size_t before = skip_spaces_back(text, end - comma.size());
        if (!word_ending_at(text, before, std::array{compared_with_word}).empty()) {
            return against_before(text, clause_start_before(before), before);
        }
    }
    return {};
}

// The change stated in the clause before `at`, no earlier than `floor` (the previous figure's
// end). A direction word followed by 到 or 至 makes a level ("提高到95%"), not a change.
constexpr change_words change_before(std::string_view text, std::size_t floor, std::size_t at) {
    const std::size_t from = clause_start(text, floor, at);
    if (const std::optional<change_words> rate = rate_of_change_before(text, from, at)) {
        return *rate;
    }
    const direction_word* word = nullptr;
    const std::size_t p = last_direction_word(text, from, at, word);
    if (word == nullptr || p + word->word.size() != at) {
        // "比21日多431家": 多 or 少 directly before the figure (spaces aside), or before a verb
        // that is ("比上月多复工120家"), after what it is against.
        std::size_t words_end = skip_spaces_back(text, at);
        words_end -= word_ending_at(text, words_end, compared_verbs).size();
        for (const direction_word& compared : compared_directions) {
            if (word_ending_at(text, words_end, std::array{compared.word}).empty()) {
                continue;
            }
            const std::string_view against = against_before(
                text, from, skip_spaces_back(text, words_end - compared.word.size()));
            if (against.size() > word_starting_at(against, 0, against_starts).size()) {
                return {compared.way, against};
            }
        }
    }
    if (word == nullptr) {
        return {};
    }
    const std::size_t end = p + word->word.size();
    if (!word_starting_at(text, end, level_after_direction).empty()) {
        // "增速回落至4.2%": the level a rate of change came to is still that rate, a growth of
        // 4.2%; "下降为65%" is a level and no change.
        const direction_word* rate = nullptr;
        const std::size_t q = last_rate_of_change(text, from, p, rate);
        return rate == nullptr ? change_words{}
                               : change_words{rate->way, against_before(text, from, q)};
    }
    switch (word->against) {
    case against_kind::itself: return {word->way, text.substr(p, word->word.size())};
    case against_kind::after:
        if (end < at) {
            return {word->way, text.substr(end, at - end)};
        }
        break;
    case against_kind::before: break;
    }
    if (const std::string_view against = against_before(text, from, p); !against.empty()) {
        return {word->way, against};
    }
    return {word->way, against_outside(text, floor, from, p)};
}

}  // namespace restoration::detail
