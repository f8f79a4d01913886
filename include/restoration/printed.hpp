// printed.hpp: figures as bulletins print them ("7,681", "84.3%", "28.92 million", "2,892万个",
// "-3.2%", "9000多家", "近九成", "3.2个百分点"), read into their sign, digits, precision, scale,
// unit word and qualifier, alone or found in a whole text with the dates and changes around them.
//
//   read_figure("84.3%").as_percent()          // printed_percent{{843, 1}}
//   read_figure("28,92 million")               // 28.92 million, flagged: a decimal comma
//   read_figure("9000多家").claim               // qualifier::odd (9,000 to 9,999), unit 家
//   find_figures("比21日提高3.2个百分点")        // 3.2 points, up, against "比21日"; a date 21日
//   find_figures(bulletin_text).figures        // each figure with its position
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <restoration/decimal.hpp>
#include <restoration/detail/date_scan.hpp>
#include <restoration/detail/english_numbers.hpp>
#include <restoration/detail/figure_scan.hpp>
#include <restoration/detail/figure_words.hpp>
#include <restoration/detail/plain_text.hpp>
#include <restoration/detail/not_figures.hpp>
#include <restoration/qualifier.hpp>

namespace restoration {

// One figure as printed. Its value is number x 10^exponent, exactly as the digits say.
struct printed_figure {
    std::string text;          // as printed: "28,92 million", "超过95%", "均在90%以上"
    std::size_t position = 0;  // byte offset of `text` in what was read
    decimal number;  // the digits, sign and precision: "28,92" is {2892, 2}, "-3.2" {-32, 1}
    // The scale word: 3 thousand, 4 万, 5 十万, 6 million or 百万, 7 千万, 8 亿, 9 billion or
    // 十亿, 10 百亿, 11 千亿, 12 trillion or 万亿. Tenths are a percent of exponent 1: "九成" and
    // "9成" are {9, 0} x 10^1 percent, 90% to a precision of ten percent (not {90, 0}, which
    // would claim 90% to the unit); "九成五" is {95, 1} x 10^1 percent, 95% to the percent.
    int exponent = 0;
    std::string scale_word;    // "million" (for "Million" too), "万", "千万", "万亿", "成", or empty
    bool percent = false;      // "%", "％", "percent" or "per cent", or tenths (成)
    std::string unit;          // the unit word that follows: "tons", "vehicle-times", "个"
    bool decimal_comma = false;  // a comma read as a decimal point ("28,92"): always flagged
    qualifier claim = qualifier::none;  // what a word beside it claims: "9000多" is odd
    bool points = false;  // percentage points: "3.2个百分点", "3.2 percentage points"
    bool each = false;    // said of each of a list: "均超过80%"
    // Its percent, points or unit said once for its list, after a later item, not in its own
    // text: the 3.2 of "提高3.2和2.1个百分点" is points, though "3.2" alone reads as a number.
    bool kind_from_list = false;
    // The change it states, found in running text only: "比21日增加431家" is up, against
    // "比21日". The number keeps the sign it was printed with: "下降3.2%" is {32, 1}, down, and
    // "增长-3.2%" is passed over (its dash may be a minus). `against` is as printed: "比21日",
    // "较上一天", "同比", "环比", "前三季度" (after 高于, 低于), "日增" (a daily change),
    // "与上周相比" (also as a clause of its own before), "比上周的65.2%" (a figure inside), or
    // empty.
    // In English ("rose 5.8 percent", "fell by 120", "a rise of 3.2 percent") what a change is
    // against follows the figure ("from a year earlier") and is not read: `against` is empty.
    direction change = direction::none;
    std::string against;

    // The value as a floating-point number: 28'920'000.0 for "28.92 million", and for "84.3"
    // the double nearest 84.3. The digits are divided by a power of ten, never multiplied by a
    // negative one (10^-1 has no exact double: 843 * 0.1 is 84.300000000000011); so the value
    // is the nearest double whenever the digits are at most 2^53 (15 digits always are).
    double value() const {
        // Powers of ten up to 10^22 are exact doubles; a figure's scale is at most 10^18.
        constexpr double exact_powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                           1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                           1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        constexpr int most = static_cast<int>(std::size(exact_powers)) - 1;
        const auto power = [&](int e) {
            return e <= most ? exact_powers[e] : std::pow(10.0, e);
        };
        const double units = static_cast<double>(number.units);
        const int scale = exponent - number.decimals;
        return scale >= 0 ? units * power(scale) : units / power(-scale);
    }

    // The figure as a whole count: "7,681" is 7'681, "28.92 million" is 28'920'000.
    std::int64_t count() const {
        if (percent || points) {
            throw std::invalid_argument("\"" + text + "\" is " +
                                        (percent ? "a percentage" : "percentage points") +
                                        ", not a count");
        }
        std::int64_t units = number.units;
        for (int e = number.decimals; e > exponent; --e) {
            if (units % 10 != 0) {
                throw std::invalid_argument("\"" + text + "\" is not a whole count");
            }
            units /= 10;
        }
        for (int e = number.decimals; e < exponent; ++e) {
            if (units > std::numeric_limits<std::int64_t>::max() / 10 ||
                units < std::numeric_limits<std::int64_t>::min() / 10) {
                throw std::overflow_error("\"" + text + "\" is too large a count");
            }
            units *= 10;
        }
        return units;
    }

    // The figure as a printed percentage, its precision kept: "95.0%" is {950, 1}. Tenths
    // ("九成", percent of exponent 1) are not: their precision is ten percent, which a printed
    // percent cannot state. Nor is a figure with a claim ("不到84.3%" is no 84.3% rounded: audit
    // it with its claim, check_printed(figure, counts...)) or a fall ("下降19.6%" is 19.6% with
    // its sign in a word: decline(printed_percent{figure.number}) states it): a printed percent
    // holds neither, and would drop them in silence.
    printed_percent as_percent() const {
        if (!percent || exponent != 0) {
            throw std::invalid_argument("\"" + text + "\" is not a percentage" +
                                        (percent ? " to a precision of at least 1%" : ""));
        }
        if (claim != qualifier::none) {
            throw std::invalid_argument(
                "\"" + text + "\" is qualified (" + std::string(to_string(claim)) +
                "), which a printed percent cannot hold: audit the figure itself, "
                "check_printed(figure, numerators, denominators)");
        }
        if (change == direction::down) {
            throw std::invalid_argument(
                "\"" + text + "\" is a fall, its sign in a word, which a printed percent cannot "
                "hold: state it as decline(printed_percent{figure.number})");
        }
        return {number};
    }
};

// A stretch of text that looked like a figure and was passed over, with the reason.
struct passed_over {
    std::string text;
    std::size_t position = 0;
    std::string reason;  // "digits joined to letters", "an ordinal", or what made it unreadable
};

// Every figure in a text, in order, the dates and times, and what was passed over.
struct found_figures {
    std::vector<printed_figure> figures;
    std::vector<printed_date> dates;  // "2月22日", "21日", "2019年", "下午4点", "2022-05-11"
    std::vector<passed_over> passed;
};

namespace detail {

// Where a figure's text was refused, and why; `why` is empty when it was not.
struct refusal {
    std::size_t at = 0;
    std::string why;
};

// Adds the claim of a second qualifier word: the same claim is kept, another one refused.
inline refusal add_claim(printed_figure& figure, qualifier claim, std::size_t at) {
    if (claim == qualifier::none || claim == figure.claim) {
        return {};
    }
    if (figure.claim == qualifier::none) {
        figure.claim = claim;
        return {};
    }
    return {at, "two qualifiers that disagree (" + std::string(to_string(figure.claim)) +
                    ", " + std::string(to_string(claim)) + ")"};
}

// Words after a percent that make it a clause's subject, no item of a list before it: "90
// percent have returned", "80 percent of them".
inline constexpr std::array<std::string_view, 9> clause_words_after_a_share = {
    "of", "have", "has", "had", "are", "were", "is", "was", "remain"};

// Whether English words ending at `at` go on into what follows rather than end a claim: a
// figure ("or over 5 percent"), "than" ("or more than 95 percent"), an article ("and above the
// provincial average").
inline bool english_words_go_on(std::string_view text, std::size_t at) {
    const std::size_t next = skip_spaces(text, at);
    if (next == at) {
        return false;
    }
    if (digit_at(text, next)) {
        return true;
    }
    for (const std::string_view word : {"than", "the", "a", "an"}) {
        if (english_word_at(text, next, word)) {
            return true;
        }
    }
    return false;
}

// A scanned figure's digits, scale, percent or points, and qualifier into `figure`, with the
// unit word that follows (one find_figures knows: "tons", "vehicle-times", "个", after spaces or
// none) and a qualifier after it ("90%以上", "九成多"); both readers take a figure so. Sets
// `end` to where the figure ends.
inline refusal take_figure(std::string_view text, const figure_scan& scan, printed_figure& figure,
                           std::size_t& end) {
    figure.number = scan.number;
    figure.decimal_comma = scan.decimal_comma;
    figure.percent = scan.suffix.percent;
    figure.points = scan.suffix.points;
    figure.exponent = scan.suffix.exponent;
    figure.scale_word = std::string(scan.suffix.scale_word);
    figure.claim = scan.claim;
    end = scan.suffix.end;
    if (!figure.scale_word.empty() && !is_ascii_letter(figure.scale_word[0]) &&
        digit_at(text, end)) {
        // "1万5千": the number runs on past its scale word, in digits and words mixed.
        return {end, "digits after a scale word (as in 1\u4e075\u5343): not read"};
    }
    if (!figure.percent && !figure.points) {
        // "a 1.5-billion-yuan fund", "a 300-ton shipment": an English unit joined by a hyphen.
        const bool compound = english_compound_at(text, end);
        const std::size_t word = compound ? end + 1 : skip_spaces(text, end);
        const std::string_view unit = unit_word_at(text, word);
        if (!unit.empty() && (!compound || is_ascii_letter(unit[0]))) {
            figure.unit = std::string(unit);
            end = word + unit.size();
        }
    }
    // "95% 以上": spaces may stand before a qualifier after the figure as before one.
    const std::size_t after_at = skip_spaces(text, end);
    const qualifier_word* after = qualifier_at(text, after_at, qualifiers_after);
    if (after != nullptr && !word_starting_at(text, after_at, not_qualifiers_after).empty()) {
        after = nullptr;  // 上下游: up- and downstream, no claim
    }
    if (after != nullptr && is_ascii_letter(after->word.back()) &&
        after_at + after->word.size() < text.size() &&
        is_ascii_letter(text[after_at + after->word.size()])) {
        after = nullptr;  // "20,000 plush toys": a word that begins with one
    }
    if (after != nullptr && is_ascii_letter(after->word.back()) &&
        english_words_go_on(text, after_at + after->word.size())) {
        after = nullptr;  // "3,012 or more than 95 percent": the words begin another figure's
    }
    if (after == nullptr && after_at == end && figure.percent) {
        after = qualifier_at(text, end, qualifiers_inside);  // 九成多, 95%多
    }
    if (after == nullptr) {
        return {};
    }
    end = after_at + after->word.size();
    return add_claim(figure, after->claim, after_at);
}

// Whether a figure begins at `at`: a digit, tenths in numerals ("九成"), or another figure in
// numerals ("四家", "百分之八十").
inline bool figure_starts_at(std::string_view text, std::size_t at) {
    return digit_at(text, at) || tenths_in_words_at(text, at).value != 0 ||
           numerals_figure_at(text, at);
}

// What read_figure refuses between the words before the figure (at `start`) and its digits:
// a dash that is no hyphen-minus, a sign set apart, a point with no digit before it, no digit,
// and after words ("超过-5%") a hyphen that may be a dash, as find_figures passes it over.
inline refusal sign_refusal(std::string_view text, std::size_t start, std::size_t signed_at) {
    const sign_mark* sign = sign_at(text, signed_at);
    const std::size_t digits = signed_at + (sign != nullptr ? sign->text.size() : 0);
    const bool dash = sign != nullptr && sign->kind == mark_kind::dash;
    const auto point_first = [&](std::size_t at) {
        return at < text.size() && text[at] == '.' && digit_at(text, at + 1);
    };
    if (dash && figure_starts_at(text, digits)) {
        // "–3.2%": an en dash or a hyphen printed for a minus, or the dash of a range.
        return {signed_at, std::string(sign->dash_reason)};
    }
    if (sign != nullptr && !dash && !figure_starts_at(text, digits)) {
        // "- 5", "+ 3.2%", "−\u00a05": a sign set apart from its digits by spaces is refused,
        // never read unsigned nor taken as the figure's sign; find_figures passes it over so.
        const std::size_t after = skip_spaces(text, digits);
        if (after != digits && digit_at(text, after)) {
            return {signed_at, std::string(sign_set_apart_reason)};
        }
        if (after != digits && point_first(after)) {
            return {after, "a decimal point with no digit before it"};
        }
    }
    if (!figure_starts_at(text, digits)) {
        if (point_first(digits)) {
            return {digits, "a decimal point with no digit before it"};
        }
        return {dash ? signed_at : digits,
                sign != nullptr && !dash ? "a sign with no digit after it" : "no digit"};
    }
    if (sign != nullptr && signed_at != start) {
        return {signed_at, std::string(sign_before(text, digits).ambiguous)};
    }
    return {};
}

// Nothing but spaces may follow the figure and its unit in read_figure: other words would be
// prose in running text, but there the whole text is to be the figure.
inline refusal words_after(std::string_view text, std::size_t end, bool percent) {
    const std::size_t rest = skip_spaces(text, end);
    const std::size_t rest_end = std::max(rest, skip_spaces_back(text, text.size()));
    for (std::size_t i = rest; i < rest_end; ++i) {
        if (!is_word_byte(text[i]) && text[i] != ' ') {
            return {i, "unexpected " + quoted(text.substr(i, 1))};
        }
    }
    if (rest < rest_end) {
        return {rest, percent ? "words after a percentage"
                              : "words after a figure that are not a unit it knows"};
    }
    return {};
}

// "1,000 trucks or more", "500 workers or fewer": in English one noun may stand between a count
// and the qualifier after it ("or" or "and" and a word), which claims the count, as directly after
// it ("1,000 or more trucks"); not where the words go on to another figure ("or more than 20
// percent"). Both readers take it so.
struct noun_qualifier {
    const qualifier_word* word = nullptr;
    std::size_t at = 0;
};
inline noun_qualifier qualifier_after_noun(std::string_view text, std::size_t end,
                                           const printed_figure& figure) {
    if (figure.percent || figure.points || !figure.unit.empty() || !word_is_at(text, end, " ")) {
        return {};
    }
    std::size_t noun_end = end + 1;
    while (noun_end < text.size() && text[noun_end] >= 'a' && text[noun_end] <= 'z') {
        ++noun_end;
    }
    if (noun_end == end + 1 || !word_is_at(text, noun_end, " ")) {
        return {};
    }
    const qualifier_word* word = qualifier_at(text, noun_end + 1, qualifiers_after);
    if (word == nullptr || !(word->word.starts_with("or ") || word->word.starts_with("and "))) {
        return {};
    }
    const std::size_t word_end = noun_end + 1 + word->word.size();
    const bool runs_on = word_end < text.size() && is_ascii_letter(text[word_end]);
    if (runs_on || english_words_go_on(text, word_end)) {
        return {};  // "or moreover", "or more than 20 percent"
    }
    for (const std::string_view no_noun : {"or", "and", "more", "less", "fewer"}) {
        if (english_word_at(text, end + 1, no_noun)) {
            return {};  // "1,000 or more or less", "some 2,000 more or less" (about)
        }
    }
    return {word, noun_end + 1};
}

}  // namespace detail

// Reads one figure that is the whole of `text` (spaces around it aside: ASCII, no-break and
// ideographic), with the sign it may begin with ("-", "−", "－", "﹣", "+", "＋", "﹢"). A dash
// that is no hyphen-minus ("–3.2%": an en dash, a figure dash, a hyphen) may be a minus or a
// range's dash, and is refused; so is a sign set apart from its digits by spaces ("- 5", "+ 3.2%":
// "a sign set apart from its digits"), never read unsigned. The unit is one of the unit words
// find_figures attaches (detail::unit_words: "tons", "vehicle-times", "个", "户", "千瓦时"); other
// words after the figure ("5 apples", "5 th", "5-") are refused where they begin. A malformed
// figure, or one followed by a word that would change it but that is not read ("5‰", "5千人",
// "5 millions"), throws std::invalid_argument naming the text and the byte position (from 0)
// of the fault.
//
// It reads what bulletins print with a figure: a qualifier ("9000多家", "超过95%", "近九成",
// "90%以上", "more than 95%", "高于50%", "未满50%", "90%及以上", "95%上下"; across one filler
// word and spaces: "约为60%", "超过了 95%", "95% 以上"; two that disagree are refused), 均 ("均超90%": each), percentage
// points ("3.2个百分点"), tenths ("九成", "7成": percent, exponent 1), figures in Chinese
// numerals before a unit word, a percent or points ("四家", "三千多家", "百分之八十": see
// detail::numerals_figure_at), and full-width digits
// ("８４．３％" is {843, 1} percent; its text and positions are the bytes as printed). A change
// ("增加431家") is known only from running text: find_figures reads it. Given a text that is one
// figure, find_figures finds that same figure where this reads it, and passes it over where
// this refuses it (tests/printed_differential_test.cpp checks a million of them).
inline printed_figure read_figure(std::string_view text) {
    const detail::plain_text plain(text);
    const std::string_view digits_text = plain.text();
    const auto fail = [&](const detail::refusal& refused) {
        throw std::invalid_argument("cannot read " + detail::quoted(text) + " as a figure: " +
                                    refused.why + " at position " +
                                    std::to_string(plain.printed_at(refused.at)));
    };
    // A currency code or sign joined to the amount is no part of the figure, as find_figures
    // reads it: "RMB5 billion" is "5 billion", "$1.2tn" 1.2 trillion.
    const std::size_t first = detail::skip_spaces(digits_text, 0);
    const std::size_t start = first + detail::currency_mark_at(digits_text, first);
    if (start == digits_text.size()) {
        fail({start, "no figure"});
    }
    detail::words_before before = detail::read_words_before(digits_text, start);
    before.at += detail::currency_mark_at(digits_text, before.at);  // "about $1.2tn"
    if (detail::refusal refused = detail::sign_refusal(digits_text, start, before.at);
        !refused.why.empty()) {
        fail(refused);
    }
    const detail::sign_mark* sign = detail::sign_at(digits_text, before.at);
    const std::size_t digits = before.at + (sign != nullptr ? sign->text.size() : 0);
    const detail::figure_scan scan = detail::scan_figure(digits_text, digits, digits_text.size(),
                                                         sign != nullptr && sign->negative);
    if (!scan.error.empty()) {
        fail({scan.error_at, scan.error});
    }
    printed_figure figure;
    std::size_t end = 0;
    for (const detail::refusal& refused :
         {detail::take_figure(digits_text, scan, figure, end),
          detail::add_claim(figure, before.claim, start)}) {
        if (!refused.why.empty()) {
            fail(refused);
        }
    }
    if (const detail::noun_qualifier after = detail::qualifier_after_noun(digits_text, end, figure);
        after.word != nullptr) {
        if (const detail::refusal refused = detail::add_claim(figure, after.word->claim, after.at);
            !refused.why.empty()) {
            fail(refused);
        }
        end = after.at + after.word->word.size();  // "1,000 trucks or more"
    }
    if (const detail::refusal refused = detail::words_after(digits_text, end, figure.percent);
        !refused.why.empty()) {
        fail(refused);
    }
    figure.each = before.each;
    figure.position = plain.printed_at(start);
    figure.text = std::string(plain.printed(start, end));
    return figure;
}

namespace detail {

// Whether a figure says what it is: a percent, points, a unit or a scale word ("3" alone does
// not; in "3至5成" or "from 3 to 5 percent" it is what the other end says).
inline bool says_its_kind(const printed_figure& figure) {
    return figure.percent || figure.points || !figure.unit.empty() || !figure.scale_word.empty();
}

// find_figures, step by step: a date, an ordinal, or a figure at each digit of the text (made
// ASCII), and the positions and text of each as printed.
class figure_finder {
public:
    explicit figure_finder(std::string_view printed) : plain_(printed), text_(plain_.text()) {}

    found_figures find() && {
        std::size_t i = 0;
        while (i < text_.size()) {
            i = step(i);
        }
        return std::move(found_);
    }

private:
    std::size_t step(std::size_t i) {
        const auto byte = static_cast<unsigned char>(text_[i]);
        if (is_ascii_letter(text_[i]) && (i == 0 || !is_ascii_letter(text_[i - 1]))) {
            const not_a_figure words = english_number_passed_at(text_, i);
            if (!words.reason.empty()) {
                return pass(words.start, words.end, std::string(words.reason));
            }
            return std::max(i + 1, words.end);
        }
        if (!is_digit(text_[i]) && (byte < 0xE0 || byte > 0xEF)) {
            return i + 1;  // the words of dates and tenths are Chinese, three bytes a character
        }
        if (const date_scan lunar = lunar_date_at(text_, i); lunar.end != 0) {
            return take_date(lunar);
        }
        const bool in_words = tenths_in_words_at(text_, i).value != 0;
        if (in_words || (!is_digit(text_[i]) && numerals_figure_at(text_, i))) {
            return take_number(i, i);  // "九成", "三千多家", "百分之八十": numerals
        }
        if (!is_digit(text_[i])) {
            if (const not_a_figure vague = vague_numerals_at(text_, i); !vague.reason.empty()) {
                return pass(vague.start, vague.end, std::string(vague.reason));
            }
            return i + 1;
        }
        if (digits_continue_word(text_, i)) {
            return i + 1;
        }
        if (const not_a_figure address = address_around(text_, i, running_number_end(text_, i));
            !address.reason.empty()) {
            return pass(address.start, address.end, std::string(address.reason));
        }
        if (const not_a_figure span = span_of_days_at(text_, i, running_number_end(text_, i));
            !span.reason.empty()) {
            return pass(span.start, span.end, std::string(span.reason));  // "近7日": no date
        }
        if (const date_scan date = date_at(text_, i); date.end != 0) {
            if (std::string impossible = impossible_day(date.date); !impossible.empty()) {
                return pass(date.start, date.end, std::move(impossible));
            }
            return take_date(date);
        }
        if (iso_shape_at(text_, i)) {
            return pass(i, i + 10, "not a calendar date");
        }
        const std::size_t number_end = running_number_end(text_, i);
        // Digits joined to 月 or 时 that date_at did not take ("13月", "0月", "25时") are a
        // month or an hour no calendar or clock has: a misprint, not a figure of 13 or 25.
        if (const std::string_view part = word_starting_at(text_, number_end, date_part_words);
            !part.empty()) {
            return pass(i, number_end + part.size(),
                        "not a calendar date: no " +
                            std::string(part == month_word ? "month " : "hour ") +
                            std::string(plain_.printed(i, number_end)));
        }
        if (const not_a_figure name = number_not_a_figure(text_, i, number_end);
            !name.reason.empty()) {
            return pass(name.start, name.end, std::string(name.reason));
        }
        if (const std::size_t ordinal = ordinal_start(i);
            ordinal != i || !numbered_word(number_end).empty()) {
            // "第45次", "45号", "1号线": passed over with their digits.
            return pass(ordinal, number_end + numbered_word(number_end).size(),
                        "an ordinal or a number, not a figure");
        }
        if (const std::size_t fraction = fraction_end(number_end); fraction != number_end) {
            return pass(i, fraction,
                        "a fraction or a date with no year (\"1/3\", \"5/11\"): not read as "
                        "figures");
        }
        if (const std::size_t grouped = grouped_digits_end(i, number_end); grouped != number_end) {
            return pass(i, grouped,
                        "digits in groups of three after a full-width comma or a space "
                        "(\"9\uff0c909\", \"1 265\"): one figure or two, not read");
        }
        if (i > 0 && text_[i - 1] == '.') {  // ".5", as read_figure refuses it
            return pass(i - 1, number_end,
                        "a decimal point with no digit before it at position " + at(i - 1));
        }
        return take_number(i, number_end);
    }

    // 第 before the digits ("第45次"): where the ordinal begins, or `i`. 号 after them with no
    // month ("45号") makes a number too, which begins at its digits.
    std::size_t ordinal_start(std::size_t i) const {
        constexpr std::string_view ordinal_word = "\u7b2c";  // 第
        if (!word_ending_at(text_, i, std::array{ordinal_word}).empty()) {
            return i - ordinal_word.size();
        }
        return i;
    }

    // "9，909家", "1 265家": one to three digits, then a full-width comma or a space and three
    // digits (and so on). Some print thousands so; yet "，" is also the comma between clauses
    // and a space may part two figures of a table, so which it is cannot be told, and neither
    // reading is taken. Where the groups end, or `number_end` when no group follows.
    std::size_t grouped_digits_end(std::size_t i, std::size_t number_end) const {
        constexpr std::string_view full_width_comma = "\uff0c";
        if (number_end - i > 3) {
            return number_end;
        }
        for (std::size_t k = i; k < number_end; ++k) {
            if (!is_digit(text_[k])) {
                return number_end;
            }
        }
        std::size_t end = number_end;
        for (;;) {
            const std::size_t mark = word_is_at(text_, end, full_width_comma)
                                         ? full_width_comma.size()
                                         : space_at(text_, end);
            std::size_t group_end = end + mark;
            while (mark != 0 && digit_at(text_, group_end) && group_end - (end + mark) < 4) {
                ++group_end;
            }
            if (mark == 0 || group_end - (end + mark) != 3) {
                return end;
            }
            end = group_end;
        }
    }

    // Where digits joined by slashes end ("1/3", "5/11", "1/2/3"), or `number_end` when no
    // slash and digit follow the number.
    std::size_t fraction_end(std::size_t number_end) const {
        std::size_t end = number_end;
        while (end < text_.size() && text_[end] == '/' && digit_at(text_, end + 1)) {
            end = running_number_end(text_, end + 1);
        }
        return end;
    }

    // "minus 2.1 percent", "negative 3.5 percent", "负3.2%", "零下5度": where the word begins,
    // apart from the digits at `at` (the Chinese joined to them), or `at`. "negative" only before
    // a percent or points (`rate`): "testing negative 7 days in a row", "non-negative 5 values"
    // state no sign. 负 before a direction word ("负增长3.2%") is a fall, read as one.
    std::size_t spelled_minus_start(std::size_t at, bool rate) const {
        for (const std::string_view minus : chinese_minus_words) {
            if (!word_ending_at(text_, at, std::array{minus}).empty() &&
                word_ending_at(text_, at, burden_words).empty()) {
                return at - minus.size();
            }
        }
        const std::size_t end = skip_spaces_back(text_, at);
        for (const std::string_view minus : {std::string_view{"minus"}, english_negative}) {
            if (end == at || end < minus.size() ||
                !folded_prefix_at(text_, end - minus.size(), minus) ||
                (minus == english_negative && !rate)) {
                continue;
            }
            const std::size_t start = end - minus.size();
            const bool whole = start == 0 ||
                               !(is_ascii_letter(text_[start - 1]) || text_[start - 1] == '-');
            return whole ? start : at;
        }
        return at;
    }

    std::string_view numbered_word(std::size_t at) const {
        return word_starting_at(text_, at, std::array{std::string_view("\u53f7")});  // 号
    }

    std::string at(std::size_t i) const { return std::to_string(plain_.printed_at(i)); }

    std::size_t pass(std::size_t from, std::size_t to, std::string reason) {
        found_.passed.push_back({std::string(plain_.printed(from, to)), plain_.printed_at(from),
                                 std::move(reason)});
        return to;
    }

    std::size_t take_date(date_scan scan) {
        scan.date.text = std::string(plain_.printed(scan.start, scan.end));
        scan.date.position = plain_.printed_at(scan.start);
        found_.dates.push_back(std::move(scan.date));
        return scan.end;
    }

    std::size_t take_number(std::size_t i, std::size_t number_end) {
        if (i == range_second_end_) {
            // "3-5成": 5成 is the range's upper end, not a figure of its own.
            const figure_scan scan = scan_figure(text_, i, number_end, false);
            printed_figure figure;
            std::size_t end = std::max(number_end, scan.error_end);
            if (scan.error.empty()) {
                static_cast<void>(take_figure(text_, scan, figure, end));
            }
            return pass(i, end, "the upper end of a range: a range is not read as figures");
        }
        sign_before_digits sign = sign_before(text_, i);
        if (sign.start == i) {
            // "- 5": a sign set apart from the digits is passed over with them, never dropped.
            sign = sign_set_apart_before(text_, i);
        }
        const figure_scan scan = scan_figure(text_, i, number_end, sign.negative);
        if (!scan.error.empty()) {
            const std::size_t end = std::max(number_end, scan.error_end);
            return pass(sign.start, end,
                        !sign.ambiguous.empty() ? std::string(sign.ambiguous)
                        : scan.joined_letters   ? scan.error
                                                : scan.error + " at position " + at(scan.error_at));
        }
        printed_figure figure;
        std::size_t end = 0;
        const refusal refused = take_figure(text_, scan, figure, end);
        if (!sign.ambiguous.empty()) {
            return pass(sign.start, end, std::string(sign.ambiguous));
        }
        if (const std::size_t minus = spelled_minus_start(sign.start, figure.percent || figure.points);
            minus != sign.start) {
            return pass(minus, end,
                        "a sign in words (\"minus\", \"negative\", \u8d1f, \u96f6\u4e0b): "
                        "not read");
        }
        if (fraction_words_before(text_, i)) {
            return pass(sign.start, end,
                        "a fraction in words before the digits (\u767e\u5206\u4e4b, "
                        "\u5343\u5206\u4e4b): not read");
        }
        return take_words_before(sign.start, end, refused, figure);
    }

    // The qualifier and 均 before the figure, and the change its clause states.
    std::size_t take_words_before(std::size_t start, std::size_t end, refusal refused,
                                  printed_figure& figure) {
        const words_before before = find_words_before(text_, start);
        if (refused.why.empty()) {
            refused = add_claim(figure, before.claim, before.at);
        }
        if (refused.why.empty()) {
            refused = add_claim(figure, before.stacked, before.at);
        }
        if (const noun_qualifier after = qualifier_after_noun(text_, end, figure);
            after.word != nullptr && refused.why.empty()) {
            refused = add_claim(figure, after.word->claim, after.at);
            end = after.at + after.word->word.size();
        }
        if (!refused.why.empty()) {
            return pass(before.at, end, refused.why + " at position " + at(refused.at));
        }
        // A span of days is a whole number of them ("连续14天"); "19.2天" is a measure (while
        // "4.18日" is a date, passed over as the span's word makes it).
        const bool measured_days =
            figure.number.decimals != 0 && word_is_at(text_, end, "\u5929");  // 天
        if (const std::size_t span = span_of_time_end(text_, end, figure.unit);
            span != 0 && !figure.percent && !figure.points && figure.scale_word.empty() &&
            !measured_days) {
            return pass(before.at, span, std::string(span_of_time_reason));
        }
        if (figure.unit == "days" && figure.scale_word.empty() &&
            english_span_opener_before(text_, before.at)) {
            return pass(before.at, end, std::string(span_of_time_reason));  // "for 10 days"
        }
        if (!figure.percent && !figure.points && figure.scale_word.empty() &&
            in_a_quoted_name(before.at, end, figure)) {
            return pass(before.at, end,
                        "in a name in quotation marks (\"\u4e09\u4e2a\u4e00\u6279\", \"5+2"
                        "\"): not a figure");
        }
        if (figure.percent && chinese_pct(before.at, end)) {
            return pass(before.at, end,
                        "\"pct\" in Chinese text: percentage points as often as percent "
                        "(\"\u63d0\u53473.2pct\"), not told");
        }
        figure.each = before.each;
        const bool after_a_rate = figure.points && !found_.figures.empty() &&
                                  found_.figures.back().percent && last_figure_end_ != 0;
        change_words change =
            change_before(text_, last_figure_end_, before.at,
                          after_a_rate ? found_.figures.back().change : direction::none);
        figure.change = change.way != direction::none ? change.way
                        : before.of_a_level
                            ? direction::none
                            : english_change_before(text_, last_figure_end_, before.at,
                                                    figure.percent || figure.points);
        if (figure.change == direction::none) {
            figure.change = english_change_after(text_, end, figure.percent || figure.points);
        }
        if (figure.change == direction::none && !before.of_a_level) {
            change = change_before_aside(before.at);
            figure.change = change.way;
        }
        if (short_of_after(text_, end)) {
            figure.change = direction::none;  // "fell 1.2 percentage points short of target"
            change = {};
        }
        if (figure.change == direction::down && figure.number.units < 0) {
            // "fell -5%", "同比下降：-3.2%": a fall of 5% or a change of -5%; the sign and the
            // word say it twice or contradict each other, and which is not told.
            return pass(before.at, end,
                        "a minus sign after a word of fall (\"fell -5%\"): a fall of 5% or a "
                        "change of -5%, not told");
        }
        if (!change.against.empty()) {  // a view of text_: its bytes as printed
            const auto from = static_cast<std::size_t>(change.against.data() - text_.data());
            figure.against = std::string(plain_.printed(from, from + change.against.size()));
        }
        if (const std::size_t upper = upper_end_after(before.at, end, figure);
            upper != std::string_view::npos) {
            // The lower end must say what it is: in "从3至5成" the 3 is 3成 only by the upper's
            // word, and is passed over as a range's end is.
            const bool says_what = says_its_kind(figure);
            // In English "from 5,000 to 7,500" goes from one level to another as it stands, and
            // "from 3 to 5 percent" too, the 3 taking the upper's kind (below); "from 1,950 to
            // 2,050 million yuan" may be 1,950 yuan or 1,950 million: a range.
            const bool english_from_to =
                english_from_before(before.at) &&
                english_word_at(text_, skip_spaces(text_, end), "to") &&
                (says_what || !upper_has_scale(upper));
            if (english_from_to ||
                (says_what &&
                 (from_to(before.at, end, upper) || change_to_level(figure, end, upper)))) {
                // "从65%到78%": from one level to another; "增加431家至9909家": a change and the
                // level it came to. Both stated.
                from_to_upper_ = upper;
            } else {
                // "3-5成", "5% 至 10%": neither 3 nor 5成 is stated; both ends are passed over.
                range_second_end_ = upper;
                return pass(before.at, end,
                            "the lower end of a range: a range is not read as figures");
            }
        }
        if (before.at != from_to_upper_ &&
            (after_range_mark(before.at) ||
             (!figure.scale_word.empty() && after_enumerated_numeral(before.at)))) {
            // "三至五成", "第1-3名": the lower end was no figure
            return pass(before.at, end, "the upper end of a range: a range is not read as figures");
        }
        if (before.at == from_to_upper_ && !found_.figures.empty()) {
            printed_figure& lower = found_.figures.back();
            const bool kind_to_give = figure.percent || figure.points || !figure.unit.empty();
            if (!says_its_kind(lower) && kind_to_give) {
                lower.percent = figure.percent;  // "from 3 to 5 percent": 3 percent
                lower.points = figure.points;
                lower.unit = figure.unit;
                lower.kind_from_list = true;
            }
        }
        share_with_list(before.at, end, figure);
        figure.position = plain_.printed_at(before.at);
        figure.text = std::string(plain_.printed(before.at, end));
        found_.figures.push_back(std::move(figure));
        floor_before_last_ = last_figure_end_;
        last_figure_start_ = before.at;
        last_figure_end_ = end;
        return end;
    }

    // "“三个一批”", "“两个确保”", "“5+2”产业体系", "“1+N”政策": in short quotation marks (at most
    // 10 characters between them), a figure joined by + to another term, or a count of 个 with
    // words straight after it, is part of a slogan's or a policy's name. ("“3000家企业”" stays
    // a figure.)
    bool in_a_quoted_name(std::size_t start, std::size_t end, const printed_figure& figure) const {
        constexpr std::array<std::string_view, 2> plus = {"+", "\uff0b"};  // +, ＋
        const bool joined = !word_ending_at(text_, start, plus).empty() ||
                            !word_starting_at(text_, end, plus).empty();
        const bool slogan = figure.unit == "\u4e2a" && end < text_.size() &&  // 个
                            static_cast<unsigned char>(text_[end]) >= 0xE0 &&
                            word_ending_at(text_, end + 3, clause_marks).empty();
        if (!joined && !slogan) {
            return false;
        }
        constexpr std::string_view open = "\u201c";   // “
        constexpr std::string_view close = "\u201d";  // ”
        constexpr std::size_t most = 30;              // bytes between the marks
        std::size_t from = start;
        while (from > 0 && start - from <= most && !word_at(text_, from - open.size(), open)) {
            if (word_at(text_, from - close.size(), close)) {
                return false;
            }
            --from;
        }
        if (from < open.size() || !word_at(text_, from - open.size(), open)) {
            return false;
        }
        std::size_t to = end;
        while (to < text_.size() && to - from <= most && !word_at(text_, to, close)) {
            if (word_at(text_, to, open)) {
                return false;
            }
            ++to;
        }
        return to - from <= most && word_at(text_, to, close) && (from != start || to != end);
    }

    // "高于全国平均水平（88.6%）6.5个百分点": the figure before this one, alone in brackets, is an
    // aside to the words before the brackets, whose change is this figure's: its clause, cut
    // short by the brackets, states none. Brackets with words in them are no such aside.
    change_words change_before_aside(std::size_t start) const {
        constexpr std::array<std::string_view, 2> closing = {"\uff09" /* ） */, ")"};
        constexpr std::array<std::string_view, 2> opening = {"\uff08" /* （ */, "("};
        if (found_.figures.empty()) {
            return {};
        }
        const std::size_t close_end = skip_spaces_back(text_, start);
        const std::string_view close = word_ending_at(text_, close_end, closing);
        if (close.empty() ||
            skip_spaces_back(text_, close_end - close.size()) != last_figure_end_) {
            return {};
        }
        const std::size_t open_end = skip_spaces_back(text_, last_figure_start_);
        const std::string_view open = word_ending_at(text_, open_end, opening);
        if (open.empty() || open_end - open.size() < floor_before_last_) {
            return {};
        }
        return change_before(text_, floor_before_last_,
                             skip_spaces_back(text_, open_end - open.size()));
    }

    // A list says once what its items share: "提高3.2和2.1个百分点" (both points), "分别提高5个
    // 和3个百分点", "分别增长12.5%、8.3%" (both up). A figure directly after the last one and a
    // list's mark (、, 和, 及, 与) gives what it is (percent, points, a unit) to the items before
    // it that say nothing, or only 个 where it is points, though not across a scale word ("3和
    // 5万人" may be 3 or 30,000); then, of the same kind as the item before it, it takes that
    // item's change when it states none ("增加431家和75.1%" is no rise of 75.1%). In English,
    // "and" ("rose 3.2 and 2.1 percentage points") or a comma where the list goes on after the
    // figure ("85, 88 and 90 percent", "rose 12%, 8% and 5%"); a comma alone parts clauses.
    void share_with_list(std::size_t start, std::size_t end, printed_figure& figure) {
        constexpr std::array<std::string_view, 6> list_marks = {
            "\u3001" /* 、 */, "\u548c" /* 和 */, "\u53ca" /* 及 */, "\u4e0e" /* 与 */, ", and",
            "and"};
        const auto mark_then_figure = [&](std::size_t at, std::string_view& word) {
            const std::size_t mark = skip_spaces(text_, at);
            word = word_starting_at(text_, mark, list_marks);
            if (word.empty() && text_.substr(mark, 1) == ",") {
                word = text_.substr(mark, 1);
            }
            if (word.empty()) {
                return std::string_view::npos;
            }
            // A word ("and") needs a space after it; a mark (、, ",") does not.
            const std::size_t next = skip_spaces(text_, mark + word.size());
            const bool spaced = !is_ascii_letter(word.back()) || next > mark + word.size();
            return spaced ? next : std::string_view::npos;
        };
        if (!found_.figures.empty() && last_figure_end_ != 0 && figure.change == direction::none &&
            found_.figures.back().change != direction::none &&
            english_apposition(last_figure_end_, start)) {
            // "an increase of 5,000, or 12 percent": the same change said in percent.
            figure.change = found_.figures.back().change;
            list_start_ = found_.figures.size();
            list_first_at_ = start;
            return;
        }
        std::string_view word;
        const bool after_mark = !found_.figures.empty() && last_figure_end_ != 0 &&
                                mark_then_figure(last_figure_end_, word) == start;
        std::string_view next_word;
        const std::size_t next = after_mark && word == "," ? mark_then_figure(end, next_word)
                                                           : std::string_view::npos;
        const bool in_list = after_mark && (word != "," || (next != std::string_view::npos &&
                                                            digit_at(text_, next)));
        if (!in_list) {
            list_start_ = found_.figures.size();
            list_first_at_ = start;
            return;
        }
        const bool says_what = figure.percent || figure.points || !figure.unit.empty();
        // "The plant employs 500, and 90 percent have returned", "3,000 and 80 percent of them":
        // a percent that begins a clause of its own (a verb or "of" after it) gives the count
        // before it nothing; nor does any percent or points to a number above 100 ("1200和95%").
        const bool clause_of_its_own =
            static_cast<unsigned char>(word.front()) < 0x80 &&
            std::any_of(clause_words_after_a_share.begin(), clause_words_after_a_share.end(),
                        [&](std::string_view w) {
                            return english_word_at(text_, skip_spaces(text_, end), w);
                        });
        for (std::size_t k = found_.figures.size(); says_what && figure.scale_word.empty() &&
                                                    !clause_of_its_own && k-- > list_start_;) {
            printed_figure& item = found_.figures[k];
            const bool bare = !says_its_kind(item);
            const bool measure_word_only = figure.points && item.unit == "\u4e2a";  // 个
            if ((!bare && !measure_word_only) ||
                ((figure.percent || figure.points) && item.value() > 100)) {
                break;
            }
            item.percent = figure.percent;
            item.points = figure.points;
            item.unit = figure.unit;
            item.kind_from_list = true;
        }
        const printed_figure& previous = found_.figures.back();
        const bool same_kind = previous.percent == figure.percent &&
                               previous.points == figure.points && previous.unit == figure.unit;
        // "rose 5 percent and 20 percent of shops remain closed": a share of something, no
        // second rise.
        const bool english_mark = static_cast<unsigned char>(word.front()) < 0x80;  // and, ","
        const bool share_of = english_mark && english_word_at(text_, skip_spaces(text_, end), "of");
        // 分别 (respectively) before the list gives its verb to every item, of whatever kind:
        // "复工企业和返岗人数分别增加120家、8.5万人" is a rise of 85,000 too.
        const std::size_t clause = clause_start_within_reach(text_, list_first_at_);
        const bool respectively =
            text_.substr(clause, list_first_at_ - clause).find("\u5206\u522b") !=  // 分别
            std::string_view::npos;
        if ((same_kind || respectively) && figure.change == direction::none && !share_of) {
            figure.change = previous.change;
            figure.against = previous.against;
        }
        // "分别超过80%、90%", "均超过80%、90%": the qualifier before the list claims each item of
        // its kind (多 and 余 inside a figure are its own).
        const bool each = found_.figures[list_start_].each;
        if ((respectively || each) && same_kind && figure.claim == qualifier::none &&
            previous.claim != qualifier::none && previous.claim != qualifier::odd) {
            figure.claim = previous.claim;
        }
    }

    // Where a range's upper end begins, when a range's mark (spaces around it allowed) stands at
    // `at` before a figure ("3-5成", "5% 至 10%", "七成至八成"); npos otherwise, and before a date
    // ("500家至3月1日": 至 is "until").
    // In English, "5 to 10 percent", "5 or 6 percent", and "between 60 and 70 percent" after the
    // lower end at `lower`, when the ends are alike or the lower one says nothing ("sent 5 tons
    // to 300 firms" is no range).
    std::size_t upper_end_after(std::size_t lower, std::size_t at,
                                const printed_figure& lower_figure) const {
        const std::size_t from = skip_spaces(text_, at);
        const auto upper_figure = [&](std::size_t mark_end) {
            const std::size_t upper = skip_spaces(text_, mark_end);
            const bool figure = figure_starts_at(text_, upper);
            return figure && date_at(text_, upper).end == 0 ? upper : std::string_view::npos;
        };
        for (std::string_view mark : range_marks) {
            if (text_.substr(from, mark.size()) == mark) {
                if (const std::size_t upper = upper_figure(from + mark.size());
                    upper != std::string_view::npos) {
                    return upper;
                }
            }
        }
        if (!says_its_kind(lower_figure) && word_is_at(text_, from, enumeration_comma)) {
            if (const std::size_t upper = upper_figure(from + enumeration_comma.size());
                upper != std::string_view::npos && digit_at(text_, upper) &&
                upper_has_scale(upper, true)) {
                return upper;  // "3、4成", "5、6万人"
            }
        }
        constexpr std::string_view between = "between";
        const std::size_t lower_words = skip_spaces_back(text_, lower);
        for (std::string_view word : {"to", "or", "and"}) {
            const bool after_between =
                lower_words >= between.size() &&
                english_word_at(text_, lower_words - between.size(), between);
            if (!english_word_at(text_, from, word) || (word == "and" && !after_between)) {
                continue;
            }
            const std::size_t upper = upper_figure(from + word.size());
            if (upper > from + word.size() && upper != std::string_view::npos &&
                digit_at(text_, upper) && ends_alike(lower_figure, upper, word == "to")) {
                return upper;
            }
        }
        return std::string_view::npos;
    }

    // The figure at `at` read alone, as its digits and the words after them give it, or nothing
    // when it is refused.
    std::optional<printed_figure> figure_alone_at(std::size_t at) const {
        const figure_scan scan = scan_figure(text_, at, running_number_end(text_, at), false);
        printed_figure figure;
        std::size_t end = 0;
        if (!scan.error.empty() || !take_figure(text_, scan, figure, end).why.empty()) {
            return std::nullopt;
        }
        return figure;
    }

    // Whether the figure at `upper` has a scale word ("2,050 million"), or, when `or_refused`,
    // is refused ("3百家": the bare number before it and 、 may be of its scale, "2、3百家").
    bool upper_has_scale(std::size_t upper, bool or_refused = false) const {
        const figure_scan scan = scan_figure(text_, upper, running_number_end(text_, upper), false);
        return scan.error.empty() ? !scan.suffix.scale_word.empty() : or_refused;
    }

    // Whether the figure at `upper` is of the kind of `lower`, or `lower` says none, and above
    // it ("1,350 or 92.3 percent of enterprises", "allocated 500 to 16 cities": no ranges).
    // After a change, "to" and a figure of its kind is the level it came to ("increased by 2,019
    // to 8,500"), not a range, as "rose 5 to 10 percent" is.
    bool ends_alike(const printed_figure& lower, std::size_t upper, bool to) const {
        const std::optional<printed_figure> read = figure_alone_at(upper);
        if (!read) {
            // Passed over in its turn, with its reason; but after a change "to" goes to a level
            // ("rose 1.2 percent to 2,880 points"), whatever its kind.
            return !(to && lower.change != direction::none);
        }
        const printed_figure& figure = *read;
        const bool says_nothing = !says_its_kind(lower);
        // "20 million to 30 million tonnes": the lower end says its scale and leaves the unit to
        // the upper's, as a lower end that says nothing leaves both.
        const bool scale_only = lower.unit.empty() && !lower.scale_word.empty() &&
                                lower.scale_word == figure.scale_word && !lower.percent &&
                                !lower.points && !figure.percent && !figure.points;
        const bool same = (lower.percent == figure.percent && lower.points == figure.points &&
                           lower.unit == figure.unit) ||
                          scale_only;
        if (same && to && lower.change != direction::none) {
            return false;
        }
        // A lower end that says nothing is of the upper's scale: "1.5 to 2 million".
        const int scale = says_nothing ? figure.exponent : 0;
        const double lower_value =
            lower.value() * (scale >= 0 && scale <= 22 ? exact_powers_of_ten[scale] : 1.0);
        return (says_nothing || same) && lower_value < figure.value();
    }

    // Whether only "or" (or ", or") stands between the figure that ended at `end` and the one at
    // `start`: the same figure said again another way ("5,000, or 12 percent").
    bool english_apposition(std::size_t end, std::size_t start) const {
        std::size_t at = skip_spaces(text_, end);
        if (at < text_.size() && text_[at] == ',') {
            at = skip_spaces(text_, at + 1);
        }
        return english_word_at(text_, at, "or") && skip_spaces(text_, at + 2) == start;
    }

    // "from" before the figure at `lower`.
    bool english_from_before(std::size_t lower) const {
        constexpr std::string_view from = "from";
        const std::size_t end = skip_spaces_back(text_, lower);
        return end != lower && end >= from.size() &&
               english_word_at(text_, end - from.size(), from);
    }

    // "to" between two figures in English, as 到 or 至 in Chinese.
    bool range_word_after(std::size_t figure_end) const {
        const std::size_t word = skip_spaces(text_, figure_end);
        return !word_starting_at(text_, word, range_words).empty() ||
               english_word_at(text_, word, "to");
    }

    // Whether the figure [lower, lower_end) and the one at `upper` say from one to the other:
    // 从 or 由 before the first, 到 or 至 between ("复工率从65%到78%", the rate rose from 65% to
    // 78%), and no 不等 after them in the clause ("从5家到10家不等", from 5 to 10 each: a range),
    // nor 的 after the second (a band that describes a noun).
    bool from_to(std::size_t lower, std::size_t lower_end, std::size_t upper) const {
        constexpr std::array<std::string_view, 2> from_words = {"\u4ece" /* 从 */,
                                                                "\u7531" /* 由 */};
        constexpr std::string_view varying = "\u4e0d\u7b49";  // 不等
        const bool from_word =
            !word_ending_at(text_, skip_spaces_back(text_, lower), from_words).empty() ||
            english_from_before(lower);
        if (!from_word || !range_word_after(lower_end)) {
            return false;
        }
        std::size_t clause_end = upper;
        while (clause_end < text_.size() && clause_start(text_, upper, clause_end + 1) == upper) {
            ++clause_end;
        }
        if (text_.substr(upper, clause_end - upper).find(varying) != std::string_view::npos) {
            return false;
        }
        // A band before 的 describes a noun: "从2000万元到4亿元的中型企业" (enterprises of that
        // size), "员工人数从300人到1000人的企业".
        if (digit_at(text_, upper)) {
            const figure_scan scan =
                scan_figure(text_, upper, running_number_end(text_, upper), false);
            std::size_t end = scan.suffix.end;
            const std::string_view unit = unit_word_at(text_, skip_spaces(text_, end));
            if (!unit.empty()) {
                end = skip_spaces(text_, end) + unit.size();
            }
            return !word_is_at(text_, end, attribute_mark);
        }
        return true;
    }

    // "增加431家至9909家", "提高10个百分点至95%", "下降3.2%至1.2亿千瓦时": a change, then 至 or 到
    // and the level it came to. A range after a direction word states its kind once ("增加5至10
    // 家", whose lower end says nothing) or alike at both ends in percent or in points ("增长5%
    // 至8%", a forecast's band): those stay ranges.
    bool change_to_level(const printed_figure& change, std::size_t change_end,
                         std::size_t upper) const {
        if (change.change == direction::none || !digit_at(text_, upper) ||
            !range_word_after(change_end)) {
            return false;
        }
        const std::optional<printed_figure> level = figure_alone_at(upper);
        return level && !((change.percent && level->percent) || (change.points && level->points));
    }

    // Whether a range's mark ends at `at` (spaces aside) after a number that was no figure of
    // its own: a Chinese numeral ("三至五成"), an ordinal's digits ("第1-3名").
    bool after_range_mark(std::size_t at) const {
        const std::size_t end = skip_spaces_back(text_, at);
        const std::string_view mark = word_ending_at(text_, end, range_marks);
        if (mark.empty()) {
            return false;
        }
        const std::size_t before = skip_spaces_back(text_, end - mark.size());
        if (before > 0 && (is_digit(text_[before - 1]) || text_[before - 1] == '%')) {
            return true;
        }
        for (const numeral& n : tenths_numerals) {
            if (!word_ending_at(text_, before, std::array{n.word}).empty()) {
                return true;
            }
        }
        return !word_ending_at(text_, before, std::array{tenths_word, std::string_view("\uff05")})
                    .empty();
    }

    // Whether the figure in [start, end) ends in "pct" and Chinese stands before it: "提升3.2pct",
    // as Chinese analysts write percentage points, where the wire services' "12.3 pct" is percent.
    bool chinese_pct(std::size_t start, std::size_t end) const {
        const std::size_t before = skip_spaces_back(text_, start);
        const bool chinese = before > 0 && static_cast<unsigned char>(text_[before - 1]) >= 0x80;
        return chinese && end >= 3 && (folded_prefix_at(text_, end - 3, "pct") ||
                                       (end >= 4 && folded_prefix_at(text_, end - 4, "pcts")));
    }

    // Whether a numeral of one digit and 、 stand directly before `at`: "五、六万人", "三、四成".
    bool after_enumerated_numeral(std::size_t at) const {
        if (!word_ending_at(text_, at, std::array{enumeration_comma}).empty()) {
            for (const numeral& n : tenths_numerals) {
                if (!word_ending_at(text_, at - enumeration_comma.size(), std::array{n.word})
                         .empty()) {
                    return true;
                }
            }
        }
        return false;
    }

    plain_text plain_;
    std::string_view text_;
    found_figures found_;
    std::size_t last_figure_end_ = 0;
    std::size_t last_figure_start_ = 0;  // where the last figure's words begin in text_
    std::size_t floor_before_last_ = 0;  // the end of the figure before it
    std::size_t list_start_ = 0;  // the first figure of the list the last one is in
    std::size_t list_first_at_ = 0;  // where that figure begins in text_
    std::size_t range_second_end_ = std::string_view::npos;  // where a range's upper end begins
    std::size_t from_to_upper_ = std::string_view::npos;     // "从65%到78%": where 78% begins
};

}  // namespace detail

// Finds every figure in running text, with its position, sign, precision, scale, percent sign,
// points or unit word, its qualifier, 均, and the change its clause states ("比21日提高3.2个百分点":
// up 3.2 points against 比21日; "比21日少431家": down). 高于 and 低于 directly before a figure claim
// of it ("低于50%": less than 50%), before what they compare against they state a change
// ("高于前三季度0.4个百分点"). Dates and times ("2月22日", "3月1日-27日", "4月上旬", "下午4点",
// "21日", "2019年", "2022-05-11", "2022/5/11", "10:00", "4点半", "截至10点", "正月初八", and
// with spaces between the parts, "2022 年 5 月 11 日") are listed in `dates` with their parts,
// never taken for figures; digits in groups of three after a full-width comma or a space
// ("9，909家", "1 265家": one figure or two) are passed over; figures in Chinese numerals
// ("四家", "三千多家", "百分之八十") are read as digits are; ordinals and numbers ("第45次",
// "45号", "5th"), fractions ("1/3"), multiples ("1.5倍") and bare points ("3.2 points") are
// passed over with their digits. A figure that cannot be read ("1.529.4") is passed over with
// the reason. A comma or point after a figure is
// punctuation ("6,480, then"), unless a percent sign or a scale or unit word is joined to it
// ("84.%"). Digits inside a word or code ("H1N1", "No.5") are not figures. A sign is one
// directly before the digits and not after a digit or an ASCII letter ("1-2" and "COVID-19" are
// not negative); a hyphen after a word or after punctuation other than an opening bracket,
// quote or colon may be a minus or the dash of a range ("增长-3.2%", "3月1日-27日",
// "5%-10%", "(3.2)-5"), and so may an en dash, a figure dash or a hyphen anywhere ("–3.2%"):
// such a figure is passed over, never read unsigned nor guessed negative. So is a figure whose
// sign (hyphen-minus, minus or plus, not after a digit or an ASCII letter) is set apart from its
// digits by spaces ("- 5", "+ 3.2%": "a sign set apart from its digits"), and a figure after
// a fraction in words ("百分之3.5"). "全部复工" (all resumed) has no figure and none is made of
// it. Full-width digits are read as ASCII ones, with positions and text as printed. Any bytes
// may be given.
inline found_figures find_figures(std::string_view text) {
    return detail::figure_finder(text).find();
}

}  // namespace restoration
