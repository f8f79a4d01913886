// printed.hpp: figures as bulletins print them ("7,681", "84.3%", "28.92 million", "2,892万个",
// "-3.2%"), read into their sign, digits, precision, scale and unit word, alone or found in a
// whole text.
//
//   read_figure("84.3%").as_percent()          // printed_percent{{843, 1}}
//   read_figure("28,92 million")               // 28.92 million, flagged: a decimal comma
//   find_figures(bulletin_text).figures        // each figure with its position
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <restoration/decimal.hpp>
#include <restoration/detail/figure_scan.hpp>
#include <restoration/qualifier.hpp>

namespace restoration {

// One figure as printed. Its value is number x 10^exponent, exactly as the digits say.
struct printed_figure {
    std::string text;          // as printed: "28,92 million"
    std::size_t position = 0;  // byte offset of `text` in what was read
    decimal number;  // the digits, sign and precision: "28,92" is {2892, 2}, "-3.2" {-32, 1}
    // The scale word: 3 thousand, 4 万, 5 十万, 6 million or 百万, 7 千万, 8 亿, 9 billion or
    // 十亿, 10 百亿, 11 千亿, 12 trillion or 万亿.
    int exponent = 0;
    std::string scale_word;    // "million" (for "Million" too), "万", "千万", "万亿", or empty
    bool percent = false;      // "%", "％", "percent" or "per cent"
    std::string unit;          // the unit word that follows: "tons", "vehicle-times", "个"
    bool decimal_comma = false;  // a comma read as a decimal point ("28,92"): always flagged
    qualifier claim = qualifier::none;  // what a word beside it claims: "9000多" is more_than
    bool points = false;  // percentage points: "3.2个百分点", "3.2 percentage points"
    bool each = false;    // said of each of a list: "均超过80%"

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
            if (units > std::numeric_limits<std::int64_t>::max() / 10 ||
                units < std::numeric_limits<std::int64_t>::min() / 10) {
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
    std::string reason;  // "a date", "digits joined to letters", or what made it unreadable
};

// Every figure in a text, in order, and what was passed over.
struct found_figures {
    std::vector<printed_figure> figures;
    std::vector<passed_over> passed;
};

namespace detail {

// A scanned figure's digits, scale and percent into `figure`, with the unit word that follows
// (one find_figures knows: "tons", "vehicle-times", "个", after spaces or none); both readers
// take a figure so. Returns where the figure ends.
inline std::size_t take_figure(std::string_view text, const figure_scan& scan, std::size_t start,
                               printed_figure& figure) {
    figure.number = scan.number;
    figure.decimal_comma = scan.decimal_comma;
    figure.position = start;
    figure.percent = scan.suffix.percent;
    figure.exponent = scan.suffix.exponent;
    figure.scale_word = std::string(scan.suffix.scale_word);
    std::size_t end = scan.suffix.end;
    if (!figure.percent) {
        const std::size_t word = skip_spaces(text, end);
        const std::string_view unit = unit_word_at(text, word);
        if (!unit.empty()) {
            figure.unit = std::string(unit);
            end = word + unit.size();
        }
    }
    return end;
}

}  // namespace detail

// Reads one figure that is the whole of `text` (spaces around it aside: ASCII, no-break and
// ideographic), with the sign it may begin with ("-", "−", "－", "﹣", "+", "＋", "﹢"). A dash
// that is no hyphen-minus ("–3.2%": an en dash, a figure dash, a hyphen) may be a minus or a
// range's dash, and is refused; so is a sign set apart from its digits by spaces ("- 5", "+ 3.2%":
// "a sign set apart from its digits"), never read unsigned. The unit is one of the unit words
// find_figures attaches (detail::unit_words: "tons", "vehicle-times", "个", "千克"); other words
// after the figure ("5 apples", "5 th", "5-") are refused where they begin. A malformed figure,
// or one followed by a word that would change it but that is not read ("5‰", "5千人",
// "5 millions"), throws std::invalid_argument naming the text and the byte position (from 0)
// of the fault. Given a text that is one figure,
// find_figures finds that same figure where this reads it, and passes it over where this
// refuses it (tests/printed_differential_test.cpp checks a million of them).
inline printed_figure read_figure(std::string_view text) {
    const auto fail = [&](std::size_t at, std::string_view why) {
        throw std::invalid_argument("cannot read " + detail::quoted(text) + " as a figure: " +
                                    std::string(why) + " at position " + std::to_string(at));
    };
    const std::size_t start = detail::skip_spaces(text, 0);
    if (start == text.size()) {
        fail(start, "no figure");
    }
    const detail::sign_mark* sign = detail::sign_at(text, start);
    const std::size_t digits = start + (sign != nullptr ? sign->text.size() : 0);
    const bool dash = sign != nullptr && sign->kind == detail::mark_kind::dash;
    if (dash && detail::digit_at(text, digits)) {
        // "–3.2%": an en dash or a hyphen printed for a minus, or the dash of a range.
        fail(start, sign->dash_reason);
    }
    if (sign != nullptr && !dash && !detail::digit_at(text, digits)) {
        // "- 5", "+ 3.2%", "−\u00a05": a sign set apart from its digits by spaces is refused,
        // never read unsigned nor taken as the figure's sign; find_figures passes it over so.
        const std::size_t after = detail::skip_spaces(text, digits);
        if (after != digits && detail::digit_at(text, after)) {
            fail(start, detail::sign_set_apart_reason);
        }
        if (after != digits && after < text.size() && text[after] == '.' &&
            detail::digit_at(text, after + 1)) {
            fail(after, "a decimal point with no digit before it");
        }
    }
    if (!detail::digit_at(text, digits)) {
        if (digits < text.size() && text[digits] == '.' && detail::digit_at(text, digits + 1)) {
            fail(digits, "a decimal point with no digit before it");
        }
        fail(dash ? start : digits,
             sign != nullptr && !dash ? "a sign with no digit after it" : "no digit");
    }
    const detail::figure_scan scan =
        detail::scan_figure(text, digits, text.size(), sign != nullptr && sign->negative);
    if (!scan.error.empty()) {
        fail(scan.error_at, scan.error);
    }
    printed_figure figure;
    // Nothing but spaces may follow the figure and its unit. Other words would be prose in
    // running text, but here the whole text is to be the figure: they are refused.
    std::size_t end = detail::take_figure(text, scan, start, figure);
    const std::size_t rest = detail::skip_spaces(text, end);
    std::size_t rest_end = text.size();
    while (rest_end > rest && detail::space_before(text, rest_end) != 0) {
        rest_end -= detail::space_before(text, rest_end);
    }
    for (std::size_t i = rest; i < rest_end; ++i) {
        if (!detail::is_word_byte(text[i]) && text[i] != ' ') {
            fail(i, "unexpected " + detail::quoted(text.substr(i, 1)));
        }
    }
    if (rest < rest_end) {
        fail(rest, figure.percent ? "words after a percentage"
                                  : "words after a figure that are not a unit it knows");
    }
    figure.text = std::string(text.substr(start, end - start));
    return figure;
}

// Finds every figure in running text, with its position, sign, precision, scale, percent sign
// or unit word. Dates (2022-05-11) and ordinals (5th) are passed over as not figures; a figure
// that cannot be read ("1.529.4") is passed over with the reason. A comma or point after a
// figure is punctuation ("6,480, then"), unless a percent sign or a scale or unit word is joined
// to it ("84.%"). Digits inside a word or code ("H1N1", "No.5") are not figures. A sign is one
// directly before the digits and not after a digit or an ASCII letter ("1-2" and "COVID-19" are
// not negative); a hyphen after a word or after punctuation other than an opening bracket,
// quote or colon may be a minus or the dash of a range ("增长-3.2%", "3月1日-27日",
// "5%-10%", "(3.2)-5"), and so may an en dash, a figure dash or a hyphen anywhere ("–3.2%"):
// such a figure is passed over, never read unsigned nor guessed negative. So is a figure whose
// sign (hyphen-minus, minus or plus, not after a digit or an ASCII letter) is set apart from its
// digits by spaces ("- 5", "+ 3.2%": "a sign set apart from its digits"), and a figure after
// a fraction in words ("百分之3.5"). Any bytes may be given.
inline found_figures find_figures(std::string_view text) {
    found_figures found;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!detail::is_digit(text[i]) || detail::digits_continue_word(text, i)) {
            ++i;
            continue;
        }
        if (detail::iso_date_at(text, i)) {
            found.passed.push_back({std::string(text.substr(i, 10)), i, "a date"});
            i += 10;
            continue;
        }
        const std::size_t number_end = detail::running_number_end(text, i);
        if (i > 0 && text[i - 1] == '.') {  // ".5", as read_figure refuses it
            found.passed.push_back({std::string(text.substr(i - 1, number_end - (i - 1))), i - 1,
                                    "a decimal point with no digit before it at position " +
                                        std::to_string(i - 1)});
            i = number_end;
            continue;
        }
        detail::sign_before_digits sign = detail::sign_before(text, i);
        if (sign.start == i) {
            // "- 5": a sign set apart from the digits is passed over with them, never dropped.
            sign = detail::sign_set_apart_before(text, i);
        }
        const std::size_t start = sign.start;
        const detail::figure_scan scan = detail::scan_figure(text, i, number_end, sign.negative);
        if (!scan.error.empty()) {
            const std::size_t end = std::max(number_end, scan.error_end);
            std::string reason = !sign.ambiguous.empty() ? std::string(sign.ambiguous)
                                 : scan.joined_letters
                                     ? scan.error
                                     : scan.error + " at position " + std::to_string(scan.error_at);
            found.passed.push_back(
                {std::string(text.substr(start, end - start)), start, std::move(reason)});
            i = end;
            continue;
        }
        printed_figure figure;
        std::size_t end = detail::take_figure(text, scan, start, figure);
        figure.text = std::string(text.substr(start, end - start));
        if (!sign.ambiguous.empty()) {
            found.passed.push_back({std::move(figure.text), start, std::string(sign.ambiguous)});
        } else if (detail::fraction_words_before(text, i)) {
            found.passed.push_back({std::move(figure.text), start,
                                    "a fraction in words before the digits (\u767e\u5206\u4e4b, "
                                    "\u5343\u5206\u4e4b): not read"});
        } else {
            found.figures.push_back(std::move(figure));
        }
        i = end;
    }
    return found;
}

}  // namespace restoration
