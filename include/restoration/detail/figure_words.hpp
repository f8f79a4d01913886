// detail/figure_words.hpp: the words around a figure that the readers keep with it: a qualifier
// and 均 before it ("均超过80%"), read forward by read_figure and looked for backward from the
// digits by find_figures, the same tables both ways; a qualifier after it ("90%以上"); and, in
// running text only, the change it states ("比21日提高3.2个百分点").
#pragma once

#include <algorithm>
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
// 有 after a qualifier ("约有3000家"), and how many Chinese characters a noun between it and the
// figure may have ("约有规上工业企业3000家").
inline constexpr std::string_view have_word = "\u6709";  // 有
inline constexpr std::size_t noun_reach = 8;

// Whether a Chinese character of a word (no punctuation) stands at `at`.
constexpr bool chinese_word_character_at(std::string_view text, std::size_t at) {
    const auto lead = at < text.size() ? static_cast<unsigned char>(text[at]) : 0;
    return at + 3 <= text.size() && lead >= 0xE4 && lead <= 0xE9 &&
           word_ending_at(text, at + 3, clause_marks).empty();
}

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
        const std::string_view filler = word_starting_at(text, spaced, qualifier_fillers);
        found.at = skip_spaces(text, !filler.empty() ? spaced + filler.size() : found.at);
        if (filler == have_word) {
            // "约有企业3000家": a noun between 有 and the figure.
            std::size_t noun_end = found.at;
            for (std::size_t n = 0; n < noun_reach && !digit_at(text, noun_end) &&
                                    chinese_word_character_at(text, noun_end);
                 ++n) {
                noun_end += 3;
            }
            found.at = digit_at(text, noun_end) ? noun_end : found.at;
        }
        return found;
    }
    if (!found.each) {
        found.at = english_qualifier_at(text, found.at, found);
    }
    return found;
}

// "The above 12 measures" (上述): after "the", above and below name what was said before.
constexpr bool after_the(std::string_view text, std::size_t start, const qualifier_word& q) {
    if (q.word != "above" && q.word != "below") {
        return false;
    }
    const std::size_t end = skip_spaces_back(text, start);
    return end != start && end >= 3 && folded_prefix_at(text, end - 3, "the") &&
           (end == 3 || !is_ascii_letter(text[end - 4]));
}

// "from 85 percent up to 92 percent", "from 1,200 up to 1,500": "up to" after "from" and a
// figure is where a change or a range goes, not a bound claimed of the figure after it. After
// any other figure ("In 2022 up to 60% of output", "5 up to 10 members") it is the bound.
constexpr bool after_from_a_figure(std::string_view text, std::size_t start,
                                   const qualifier_word& q) {
    if (q.word != "up to") {
        return false;
    }
    std::size_t end = skip_spaces_back(text, start);
    if (end == start) {
        return false;
    }
    if (end > 0 && text[end - 1] == '%') {
        --end;
    } else {
        for (const std::string_view word : percent_words) {
            if (end >= word.size() && folded_prefix_at(text, end - word.size(), word)) {
                end = skip_spaces_back(text, end - word.size());
                break;
            }
        }
    }
    const std::size_t digits_end = end;
    while (end > 0 && (is_digit(text[end - 1]) || text[end - 1] == ',' || text[end - 1] == '.')) {
        --end;
    }
    if (end == digits_end || !is_digit(text[digits_end - 1])) {
        return false;
    }
    const std::size_t word_end = skip_spaces_back(text, end);
    return word_end != end && word_end >= 4 && english_word_at(text, word_end - 4, "from");
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
        if (same_word_folded(word, w.word) && (rate || !w.of_rates_only)) {
            return &w;
        }
    }
    return nullptr;
}

// "brought the total up to 3,000", "ticked up to 5.2%", "climbed up to 3,000": after a total, a
// number or a count, or a verb of moving, "up to" goes to the level it came to; it claims no
// bound of the figure.
constexpr bool up_to_a_level(std::string_view text, std::size_t start, const qualifier_word& q) {
    if (q.word != "up to") {
        return false;
    }
    const std::size_t end = skip_spaces_back(text, start);
    const std::string_view before = english_word_ending_at(text, 0, end);
    if (end == start || before.empty()) {
        return false;
    }
    const auto is = [&](std::string_view w) { return same_word_folded(before, w); };
    // Not after a form of "be": "capacity is up to 92 percent" is at most 92 percent.
    const bool be = is("is") || is("was") || is("are") || is("were") || is("be") || is("been") ||
                    is("being");
    return (!be && std::any_of(english_before_up_or_down.begin(), english_before_up_or_down.end(),
                               is)) ||
           english_direction_in(before, english_direction_verbs, true) != nullptr ||
           is("total") || is("number") || is("count") || is("tally") || is("back");
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
            skip_spaces(text, start + q.word.size()) == at && !after_the(text, start, q) &&
            !after_from_a_figure(text, start, q) && !up_to_a_level(text, start, q)) {
            found.claim = q.claim;
            found.of_a_level = q.of_a_level;
            return start;
        }
    }
    return at;
}

// "约占全市规上工业企业总数的35%": a qualifier before 占 (accounts for) claims its figure of the
// share that 的 ends, the whole it is a share of standing between them. Only in the clause, and
// not across digits (another figure, the qualifier's if anyone's) nor past 20 characters of
// words. Other qualifiers than 占's are not carried so: in "高于全国的5.1%" the 5.1% is the
// nation's, and what is higher is something else.
inline constexpr std::size_t share_whole_reach = 60;  // bytes: 20 Chinese characters

constexpr qualifier share_qualifier_before(std::string_view text, std::size_t words_end) {
    constexpr std::string_view accounts = "\u5360";  // 占
    if (word_ending_at(text, words_end, std::array{attribute_mark}).empty()) {
        return qualifier::none;
    }
    const std::size_t whole_end = words_end - attribute_mark.size();
    const std::size_t floor = whole_end > share_whole_reach ? whole_end - share_whole_reach : 0;
    for (std::size_t p = whole_end; p > floor; --p) {
        const char c = text[p - 1];
        if (is_digit(c) || ascii_clause_marks.find(c) != std::string_view::npos ||
            !word_ending_at(text, p, clause_marks).empty()) {
            return qualifier::none;
        }
        if (!word_ending_at(text, p, std::array{accounts}).empty()) {
            if (p == whole_end) {
                return qualifier::none;  // "占的": no whole between
            }
            const std::size_t before = skip_spaces_back(text, p - accounts.size());
            return chinese_qualifier_before(text, before).claim;
        }
    }
    return qualifier::none;
}

// find_figures: the same words, ending at `at` (where the sign or the digits begin). 均 after
// 平, 人, 日 ... is an average ("平均"), and 近 in 最近, 约 in 签约 claim nothing. Between the
// qualifier and the figure may stand spaces and one filler word ("约为60%", "超过了 95%"), as
// read_words_before reads them: the qualifier is kept, never dropped.
constexpr words_before find_words_before(std::string_view text, std::size_t at) {
    // "about $1.2tn", "超过US$5 billion": a qualifier claims of the amount past its currency;
    // with none, the mark is no part of the figure's text ("RMB5 billion" is "5 billion").
    if (const std::size_t mark = currency_mark_before(text, at); mark != 0) {
        const words_before past = find_words_before(text, at - mark);
        return past.claim != qualifier::none || past.each ? past : words_before{at};
    }
    const std::size_t words_end = skip_spaces_back(text, at);
    words_before found = chinese_qualifier_before(text, words_end);
    if (found.claim == qualifier::none) {
        const std::string_view filler = word_ending_at(text, words_end, qualifier_fillers);
        if (!filler.empty()) {
            found = chinese_qualifier_before(text, skip_spaces_back(text, words_end - filler.size()));
        }
    }
    // "全市约有企业3000家": a qualifier and 有, a noun of up to noun_reach Chinese characters,
    // then the figure: the qualifier claims of it across the noun, as read_words_before reads it.
    if (found.claim == qualifier::none && words_end == at) {
        std::size_t noun = words_end;
        for (std::size_t n = 0; n < noun_reach && noun >= 3 &&
                                chinese_word_character_at(text, noun - 3);
             ++n) {
            noun -= 3;
            if (!word_ending_at(text, noun, std::array{have_word}).empty()) {
                if (const words_before claimed =
                        chinese_qualifier_before(text, noun - have_word.size());
                    claimed.claim != qualifier::none) {
                    found = claimed;
                }
                break;
            }
        }
    }
    if (found.claim != qualifier::none) {
        // "约近3000家": two qualifiers, one before the other, that disagree: the figure is
        // refused, never one of them dropped (two that agree claim once: "<<4" is "<4").
        if (const words_before outer = chinese_qualifier_before(text, found.at);
            outer.claim != qualifier::none && outer.claim != found.claim) {
            found.stacked = outer.claim;
            found.at = outer.at;
        }
    }
    if (found.claim == qualifier::none) {
        found = {at};  // spaces or a filler with no qualifier before them belong to the prose
        found.claim = share_qualifier_before(text, words_end);
        if (found.claim != qualifier::none) {
            return found;  // the figure's text stays its own; the words are the whole's
        }
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

// How far back the words of a comparison are looked for outside the clause of the change
// (against_outside) or before a 相比 (compared_opener): at most 240 bytes (80 Chinese
// characters), so that a long text with no punctuation is still read in time proportional to its
// length.
inline constexpr std::size_t outside_reach = 240;

constexpr std::size_t clause_start_within_reach(std::string_view text, std::size_t at) {
    return clause_start(text, at > outside_reach ? at - outside_reach : 0, at);
}

// Where what is compared opens before the comparison word at `core` ("与上周相比": at 与), in
// its clause, or npos; `weak` when 和 may open it (bulletin_words.hpp says which word where).
constexpr std::size_t compared_opener(std::string_view text, std::size_t core, bool weak) {
    const std::size_t clause = clause_start_within_reach(text, core);
    for (std::size_t q = core; q-- > clause;) {
        if (!word_starting_at(text, q, compared_with_openers).empty()) {
            return q;
        }
    }
    for (std::size_t q = clause; q < core; ++q) {
        if (word_at(text, q, same_opener) &&
            word_starting_at(text, q, not_compared_with_openers).empty()) {
            return q;
        }
    }
    for (std::size_t q = core; weak && q-- > clause;) {
        if (word_at(text, q, and_opener)) {
            return q;
        }
    }
    return std::string_view::npos;
}

// The comparison whose 比 or 较 is at `p` (`start`), before a change at `to`, when it is said
// with 相比, 比较 or a bare 比 after what it compares with: "与上周相比", "与上周的65.2%相比"
// (the comparison ends at 相比, whatever follows), "与去年同期比较", "同上周比"; "相比上周" when
// nothing opens it. Nothing when the 比 or 较 is of another form ("比21日", "同比").
constexpr std::optional<std::string_view> compared_with(std::string_view text, std::size_t p,
                                                        std::string_view start, std::size_t to) {
    const std::size_t end = p + start.size();
    const bool adjoins = skip_spaces(text, end) >= to;
    const bool after_bi = start == against_starts[1] && !word_ending_at(text, p, std::array{against_starts[0]}).empty();
    const bool mutual = !word_ending_at(text, after_bi ? p - 3 : p, std::array{mutual_word}).empty();
    std::size_t core = p;
    if (after_bi) {
        core = mutual ? p - 6 : p - 3;  // 相比较, 比较
    } else if (start == against_starts[0] && mutual) {
        core = p - 3;  // 相比
    } else if (start != against_starts[0] || !adjoins ||
               !word_ending_at(text, p, against_whole_openers).empty()) {
        return std::nullopt;  // "比21日", "同比", "环比"
    }
    if (const std::size_t opener = compared_opener(text, core, adjoins);
        opener != std::string_view::npos) {
        return text.substr(opener, end - opener);
    }
    if (mutual) {
        return text.substr(core, to - core);  // "相比上周"
    }
    return std::nullopt;
}

// Whether 的 after a direction word (an adverb such as 较快 between) makes it describe a noun:
// "增长的企业", "增长较快的企业"; not "增长的幅度", the rate of the growth itself.
constexpr bool describes_a_noun(std::string_view text, std::size_t after_word) {
    const std::size_t mark =
        after_word + word_starting_at(text, after_word, attribute_adverbs).size();
    return word_is_at(text, mark, attribute_mark) &&
           word_starting_at(text, mark + attribute_mark.size(), rate_after_attribute).empty();
}

// The last direction word in [from, to) that is one, and where it stands (or to). A direction
// word in a name ("稳增长") is none; one before 的 ("增长的企业") describes a noun, and then the
// clause states no change up to it.
constexpr std::size_t last_direction_word(std::string_view text, std::size_t from,
                                          std::size_t to, const direction_word*& found) {
    for (std::size_t p = to; p-- > from;) {
        if ((static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) {
            continue;  // inside a character, where no word begins
        }
        for (const direction_word& d : direction_words) {
            if (p + d.word.size() <= to && word_is_at(text, p, d.word) &&
                word_starting_at(text, p, not_direction_words).empty() &&
                (word_ending_at(text, p, std::array{steady_word}).empty() ||
                 !word_ending_at(text, p, std::array{steadily_word}).empty())) {
                const bool before_noun =
                    std::find(intransitive_directions.begin(), intransitive_directions.end(),
                              d.word) != intransitive_directions.end() &&
                    !word_starting_at(text, p + d.word.size(), described_nouns).empty();
                if (before_noun || describes_a_noun(text, p + d.word.size())) {
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
// from the last 比 or 较 ("比21日", "较上一天"), or a comparison with 相比 ("与上周相比").
constexpr std::string_view against_before(std::string_view text, std::size_t from,
                                          std::size_t to) {
    for (std::size_t p = to; p-- > from;) {
        const std::string_view start = word_starting_at(text, p, against_starts);
        if (start.empty() || !word_ending_at(text, p, not_against_before).empty() ||
            !word_starting_at(text, p, not_against_words).empty()) {
            continue;  // 占比 (a share), 比重 (a proportion): nothing compared
        }
        if (const std::optional<std::string_view> compared = compared_with(text, p, start, to)) {
            return *compared;
        }
        const std::string_view whole = word_ending_at(text, p + start.size(), against_whole);
        if (!whole.empty() && p + start.size() >= from + whole.size()) {
            return text.substr(p + start.size() - whole.size(), whole.size());
        }
        // "比上周又增加", "比上月进一步收窄": words of how before the verb are not what it is
        // against.
        std::size_t end = skip_spaces_back(text, to);
        for (std::string_view how = word_ending_at(text, end, how_words_before_verb);
             !how.empty() && end - how.size() > p + start.size();
             how = word_ending_at(text, end, how_words_before_verb)) {
            end = skip_spaces_back(text, end - how.size());
        }
        return text.substr(p, end - p);
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
                word_is_at(text, end - rate.word.size(), rate.word)) {
                found = &rate;
                return end - rate.word.size();
            }
        }
    }
    return to;
}

// "降幅比1-2月收窄3.2个百分点": a rate of change in the clause and, directly before the figure
// (了 and spaces aside), a verb saying how it changed, maybe after a word of how ("持续收窄");
// what it is against stands between the two ("比1-2月") or before the rate ("同比增速加快").
// Nothing when the figure follows no such verb.
constexpr std::optional<change_words> rate_of_change_before(std::string_view text,
                                                            std::size_t from, std::size_t at,
                                                            direction previous_rate) {
    std::size_t verb_end = skip_spaces_back(text, at);
    if (!word_ending_at(text, verb_end, std::array{std::string_view{"\u4e86"}}).empty()) {
        verb_end -= 3;  // 了
    }
    for (const rate_of_change_verb& verb : rate_of_change_verbs) {
        if (word_ending_at(text, verb_end, std::array{verb.word}).empty()) {
            continue;
        }
        std::size_t verb_at = verb_end - verb.word.size();
        verb_at = skip_spaces_back(text, verb_at - word_ending_at(text, verb_at,
                                                                  how_words_before_verb).size());
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
        // "同比下降3.2%，比1-2月份收窄10.3个百分点": the fall of the figure before narrowed, a rise
        // of its rate; a narrowing turns that change over, a widening keeps it.
        if (!against.empty() && previous_rate != direction::none) {
            const direction flipped =
                previous_rate == direction::up ? direction::down : direction::up;
            return change_words{verb.narrows ? flipped : previous_rate, against};
        }
        return std::nullopt;
    }
    return std::nullopt;
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
    constexpr auto is = same_word_folded;
    if (is(word, "revised") || is(word, "estimated") || is(word, "annual") ||
        is(word, "annualised") || is(word, "annualized")) {
        word = previous();  // "grew by a revised 3.9 percent", "jumped an annualised 5.8 percent"
        if (is(word, "a") || is(word, "an")) {
            word = previous();
        }
    }
    const bool by = is(word, "by");
    if (by) {
        word = previous();
        const auto determiner = [&] {
            return is(word, "the") || is(word, "its") || is(word, "their");
        };
        if (std::any_of(english_objects_before_by.begin(), english_objects_before_by.end(),
                        [&](std::string_view object) { return is(word, object); })) {
            word = previous();  // "reduced rates by", "reduced the fees by"
            if (determiner()) {
                word = previous();
            }
        } else if (english_direction_in(word, english_verbs_before_by, rate) == nullptr &&
                   english_direction_in(word, english_direction_verbs, rate) == nullptr) {
            // "cut the reserve requirement ratio by 0.5 percentage point": an object of up to
            // four words after its determiner, between the verb and "by".
            const std::size_t object_end = end;
            const std::string_view last = word;
            for (int k = 0; k < 4 && !word.empty() && !determiner(); ++k) {
                word = previous();
            }
            if (determiner()) {
                word = previous();
            } else {
                end = object_end;
                word = last;
            }
        }
    }
    const english_direction_word* found =
        by ? english_direction_in(word, english_verbs_before_by, rate) : nullptr;
    if (found != nullptr) {
        return found->way;  // "was cut by"
    }
    if (is(word, "of")) {
        word = previous();
        const bool rate_of = is(word, "rate");
        if (rate_of) {
            word = previous();  // "a negative growth rate of 3.5 percent"
        }
        found = english_direction_in(word, english_direction_nouns, rate);
        if (rate_of && found != nullptr) {
            // "a growth rate of 2.1 percent" is a level of growth; only "negative" makes it a
            // fall (and "lower than" after the figure may say otherwise: not taken here).
            return is(previous(), english_negative) ? direction::down : direction::none;
        }
    } else {
        found = english_direction_in(word, english_direction_verbs, rate);
    }
    if (found == nullptr || (end > word.size() && end - word.size() > from &&
                             text[end - word.size() - 1] == '-')) {
        return direction::none;  // "a follow-up 30": the end of a hyphenated word is no verb
    }
    const bool particle = is(found->word, "up") || is(found->word, "down");
    const std::string_view before = previous();
    if (particle && !before.empty() &&
        std::none_of(english_before_up_or_down.begin(), english_before_up_or_down.end(),
                     [&](std::string_view verb) { return is(before, verb); })) {
        return direction::none;  // "made up 45 percent": the particle of another verb
    }
    if (found->way == direction::up && is(before, english_negative)) {
        return direction::down;  // "negative growth of 6.8 percent"
    }
    return found->way;
}

// Whether the figure ending at `end` ends in a points word ("1.4 percentage points").
constexpr bool points_word_ends_at(std::string_view text, std::size_t end) {
    for (const std::string_view p : points_words) {
        if (end >= p.size() && folded_prefix_at(text, end - p.size(), p)) {
            return true;
        }
    }
    return false;
}

// The change English states after a figure that ends at `end`: "a 3.2 percent decline", "2.1
// percent lower", "431 more than the day before" (bulletin_words.hpp says which words); `rate`
// when the figure is a percent or points.
// "fell 1.2 percentage points short of target": a shortfall against a target, no fall of the
// figure.
constexpr bool short_of_after(std::string_view text, std::size_t end) {
    const std::size_t word = skip_spaces(text, end);
    const std::size_t of = skip_spaces(text, word + 5);
    return word != end && english_word_at(text, word, "short") && of != word + 5 &&
           english_word_at(text, of, "of");
}

constexpr direction english_change_after(std::string_view text, std::size_t end, bool rate) {
    std::size_t at = english_compound_at(text, end) ? end + 1 : skip_spaces(text, end);
    if (at == end) {
        return direction::none;  // "5%decline": no word of its own
    }
    const auto word_end = [&](std::size_t from) {
        while (from < text.size() && (is_ascii_letter(text[from]) || text[from] == '-')) {
            ++from;
        }
        return from;
    };
    std::size_t stop = word_end(at);
    for (const std::string_view modifier : english_period_modifiers) {
        if (stop - at == modifier.size() && folded_prefix_at(text, at, modifier)) {
            at = skip_spaces(text, stop);
            stop = word_end(at);
            break;
        }
    }
    const std::string_view word = text.substr(at, stop - at);
    if (const english_direction_word* noun =
            english_direction_in(word, english_direction_nouns, true);
        noun != nullptr && rate) {
        return noun->way;
    }
    const english_direction_word* comparative =
        english_direction_in(word, english_comparatives_after, rate);
    if (comparative == nullptr) {
        return direction::none;
    }
    // What follows the comparative decides whether it compares the figure with another time:
    // "12.5% up year on year", not "92 percent up from 85 percent" (a level, up from another),
    // "90 percent up to Sunday"; "431 more than the day before", not "20 more days to go" or
    // "2,000 more or less"; "3.5 percent below last year's level", not "5 percent below the
    // poverty line" (after points, above and below always compare: "1.4 points above").
    const std::size_t next = skip_spaces(text, stop);
    const auto next_is = [&](std::string_view w) {
        return next > stop && english_word_at(text, next, w);
    };
    const auto is = [&](std::string_view w) { return same_word_folded(word, w); };
    if (is("up") || is("down")) {
        return next_is("year") || next_is("on") || next_is("yoy") || next_is("y-o-y")
                   ? comparative->way
                   : direction::none;
    }
    if (is("more") || is("fewer") || is("less")) {
        if (next_is("or")) {
            return direction::none;
        }
        // "500 more workers than last year": one noun between the comparative and "than".
        std::size_t noun_end = next;
        while (next > stop && noun_end < text.size() && is_ascii_letter(text[noun_end])) {
            ++noun_end;
        }
        const std::size_t than = skip_spaces(text, noun_end);
        const bool noun_then_than =
            noun_end > next && than > noun_end && english_word_at(text, than, "than");
        return rate || next_is("than") || noun_then_than ? comparative->way : direction::none;
    }
    if ((is("above") || is("below")) && !points_word_ends_at(text, end)) {
        return next_is("last") || next_is("that") || next_is("those") || next_is("a") ||
                       next_is("year") || next_is("pre")
                   ? comparative->way
                   : direction::none;
    }
    return comparative->way;
}

// What a change whose clause names nothing it is against (its direction word at `p`, the clause
// from `from`, the previous figure's end `floor`) is against, said just outside the clause: the
// 比 of the figure before it ("比上周的65.2%提高13.2个百分点", "较上周（2月14日）的65%提高3个
// 百分点", unless another change stands between: "比21日增加431家 复工率75.1%提高3.2个百分点"), a
// bracketed figure's ("较2月20日(65%)提高20个
// 百分点": "较2月20日"), or a clause of its own earlier in the sentence ("与上周相比，复工企业增加
// 231家，增长2.4%": both against "与上周相比"; "相比上周，"; "与上年同期比较，").
// It looks back at most `outside_reach` bytes for it.
constexpr std::string_view against_outside(std::string_view text, std::size_t floor,
                                           std::size_t from, std::size_t p) {
    constexpr std::array<std::string_view, 2> closing = {")", "\uff09"};
    constexpr std::array<std::string_view, 2> opening = {"(", "\uff08"};
    constexpr std::array<std::string_view, 2> commas = {",", "\uff0c"};
    const bool adjoins = skip_spaces(text, from) == p;  // nothing between clause and word
    if (from == floor && floor > 0 && adjoins) {
        const std::size_t clause = clause_start_within_reach(text, floor);
        std::string_view against = against_before(text, clause, p);
        const std::size_t aside_end = skip_spaces_back(text, clause);
        if (const std::string_view bracket = word_ending_at(text, aside_end, closing);
            against.empty() && !bracket.empty()) {
            // "较上周（2月14日）的65%提高": the comparison opens before an aside in brackets.
            const std::size_t aside = clause_start_within_reach(text, aside_end - bracket.size());
            const std::string_view open = word_ending_at(text, aside, opening);
            if (!open.empty()) {
                const std::size_t before = skip_spaces_back(text, aside - open.size());
                against = against_before(text, clause_start_within_reach(text, before), p);
            }
        }
        if (against.empty()) {
            return {};
        }
        const direction_word* between = nullptr;
        last_direction_word(text, static_cast<std::size_t>(against.data() - text.data()), floor,
                            between);
        return between == nullptr ? against : std::string_view{};
    }
    std::size_t end = skip_spaces_back(text, from);
    if (const std::string_view bracket = word_ending_at(text, end, closing);
        !bracket.empty() && adjoins) {
        // The bracket opens where the clause inside it begins, or the aside is not one.
        const std::size_t aside = clause_start_within_reach(text, end - bracket.size());
        const std::string_view open = word_ending_at(text, aside, opening);
        if (open.empty()) {
            return {};
        }
        const std::size_t before = skip_spaces_back(text, aside - open.size());
        return against_before(text, clause_start_within_reach(text, before), before);
    }
    // Clause by clause back over commas, within reach: one that is a comparison and nothing else.
    const std::size_t reach = from > outside_reach ? from - outside_reach : 0;
    while (end > reach) {
        const std::string_view comma = word_ending_at(text, end, commas);
        if (comma.empty()) {
            break;
        }
        std::size_t before = skip_spaces_back(text, end - comma.size());
        // "与上周相比（2月14日），": an aside in brackets at the clause's end is passed over.
        if (const std::string_view bracket = word_ending_at(text, before, closing);
            !bracket.empty()) {
            const std::size_t aside = clause_start(text, reach, before - bracket.size());
            if (const std::string_view open = word_ending_at(text, aside, opening); !open.empty()) {
                before = skip_spaces_back(text, aside - open.size());
            }
        }
        const std::size_t clause = skip_spaces(text, clause_start(text, reach, before));
        const std::string_view words = text.substr(clause, before - clause);
        const bool ends_comparing =
            !word_ending_at(words, words.size(), std::array{compared_with_word}).empty() ||
            !word_ending_at(words, words.size(), std::array{std::string_view{"\u6bd4\u8f83"}})
                 .empty();
        const bool begins_comparing =
            words.substr(0, compared_with_word.size()) == compared_with_word &&
            word_starting_at(words, compared_with_word.size(), not_compared_after).empty();
        if (ends_comparing || begins_comparing) {
            return against_before(text, clause, before);
        }
        end = skip_spaces_back(text, clause);
    }
    return {};
}

// A verb of one character joined to the figure at `at` (了 between at most), and where it
// stands, or `at`; not the end of a longer direction word ("下降3.1%" is 下降's) nor of a word
// that is none (起降, 涨跌: not_joined_direction_verbs), nor a verb after 多 or 少 ("比上年少增
// 1.2万人": less of an increase, down, as compared_directions read it).
constexpr std::size_t joined_verb_before(std::string_view text, std::size_t from, std::size_t at,
                                         const direction_word*& found) {
    const std::size_t end =
        at - word_ending_at(text, at, std::array{std::string_view{"\u4e86"}}).size();  // 了
    for (const direction_word& d : joined_direction_verbs) {
        if (end < from + d.word.size() ||
            !word_is_at(text, end - d.word.size(), d.word)) {
            continue;
        }
        for (const direction_word& longer : direction_words) {
            if (!word_ending_at(text, end, std::array{longer.word}).empty()) {
                return at;
            }
        }
        if (!word_ending_at(text, end, not_joined_direction_verbs).empty()) {
            return at;  // "起降1200架次": no fall
        }
        for (const direction_word& compared : compared_directions) {  // "少增1.2万人": 少's
            if (!word_ending_at(text, end - d.word.size(), std::array{compared.word}).empty()) {
                return at;
            }
        }
        found = &d;
        return end - d.word.size();
    }
    return at;
}

// The change stated in the clause before `at`, no earlier than `floor` (the previous figure's
// end). A direction word followed by 到 or 至 makes a level ("提高到95%"), not a change.
// `previous_rate`: the change of the percent just before, in the clause before, when the figure
// is in points (the rate a verb such as 收窄 speaks of), or none.
constexpr change_words change_before(std::string_view text, std::size_t floor, std::size_t at,
                                     direction previous_rate = direction::none) {
    const std::size_t from = clause_start(text, floor, at);
    // "同比增长：5.8%", "降幅: 3.2%": a colon between a direction word and its figure, as lists
    // and tables print them, parts no clause.
    if (from > floor && skip_spaces(text, from) == at) {
        constexpr std::array<std::string_view, 2> colons = {"\uff1a", ":"};
        if (const std::string_view colon = word_ending_at(text, from, colons); !colon.empty()) {
            const std::size_t word_end = skip_spaces_back(text, from - colon.size());
            for (const direction_word& d : direction_words) {
                if (d.word.size() <= word_end && word_end - d.word.size() >= floor &&
                    word_is_at(text, word_end - d.word.size(), d.word)) {
                    return change_before(text, floor, word_end, previous_rate);
                }
            }
        }
    }
    if (const std::optional<change_words> rate =
            rate_of_change_before(text, from, at, previous_rate)) {
        return *rate;
    }
    const direction_word* word = nullptr;
    std::size_t p = joined_verb_before(text, from, at, word);
    if (word == nullptr) {
        p = last_direction_word(text, from, at, word);
    }
    if (word == nullptr || p + word->word.size() != at) {
        // "比21日多431家": 多 or 少 directly before the figure (spaces aside), or before a verb
        // that is ("比上月多复工120家"), after what it is against.
        std::size_t words_end = skip_spaces_back(text, at);
        words_end -= word_ending_at(text, words_end, compared_verbs).size();
        for (const direction_word& compared : compared_directions) {
            if (word_ending_at(text, words_end, std::array{compared.word}).empty()) {
                continue;
            }
            const std::size_t compared_at = words_end - compared.word.size();
            if (word != nullptr && p + word->word.size() == compared_at + 3) {
                break;  // "减少了35家": 少 ends 减少, the direction word, and is no comparison
            }
            const std::string_view against =
                against_before(text, from, skip_spaces_back(text, compared_at));
            if (against.size() > word_starting_at(against, 0, against_starts).size()) {
                return {compared.way, against};
            }
            // "与上周相比，多复工231家": 多 begins its clause, the comparison is before it.
            if (const std::string_view outside =
                    against.empty() ? against_outside(text, floor, from, compared_at)
                                    : std::string_view{};
                !outside.empty()) {
                return {compared.way, outside};
            }
        }
    }
    if (word == nullptr) {
        return {};
    }
    const std::size_t end = p + word->word.size();
    if (!word_starting_at(text, end, level_after_direction).empty()) {
        // "增速回落至4.2%": the level a rate of change came to is still that rate, a growth of
        // 4.2%; "下降为65%" is a level and no change. A rate of change that is itself the word
        // ("降幅为3.2%", the fall is 3.2%) states its own way, as "降幅达3.2%" does.
        for (const direction_word& named : rates_of_change) {
            if (named.word == word->word) {
                return {named.way, against_before(text, from, p)};
            }
        }
        const direction_word* rate = nullptr;
        const std::size_t q = last_rate_of_change(text, from, p, rate);
        return rate == nullptr ? change_words{}
                               : change_words{rate->way, against_before(text, from, q)};
    }
    // 负增长 (negative growth) is a fall.
    const direction way =
        word_ending_at(text, p, std::array{negative_word}).empty() ? word->way : direction::down;
    switch (word->against) {
    case against_kind::itself: return {way, text.substr(p, word->word.size())};
    case against_kind::after:
        if (end < at) {
            // "高于全国的5.1%": 的 before the figure makes it the level compared with, the
            // nation's, no change ("高于全国5.1个百分点" is one).
            if (!word_ending_at(text, skip_spaces_back(text, at), std::array{attribute_mark})
                     .empty()) {
                return {};
            }
            return {way, text.substr(end, at - end)};
        }
        break;
    case against_kind::before: break;
    }
    if (const std::string_view against = against_before(text, from, p); !against.empty()) {
        return {way, against};
    }
    return {way, against_outside(text, floor, from, p)};
}

}  // namespace restoration::detail
