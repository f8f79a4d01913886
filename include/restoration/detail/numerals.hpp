// detail/numerals.hpp: numbers in Chinese numerals as bulletins print them, read exactly into
// their digits: "四" 4, "二十" 20, "十二" 12, "一百零五" 105, "三千五" 3,500, "两万三千" 23,000,
// "一亿二千" 100,002,000, "一万二千亿" 12,000 亿, "八十五点三" 85.3. A 万, 亿 or 万亿 that no
// numeral follows is left for the figure's scale word ("三千万" is 三千 and the scale 万), as
// after digits ("3000万").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <restoration/detail/bulletin_words.hpp>

namespace restoration::detail {

// The digits: 零 and 〇 are 0, 两 is 2 as 二 is.
inline constexpr std::array<numeral, 12> numeral_digits = {{
    {"\u96f6", 0}, {"\u3007", 0}, {"\u4e00", 1}, {"\u4e8c", 2}, {"\u4e24", 2}, {"\u4e09", 3},
    {"\u56db", 4}, {"\u4e94", 5}, {"\u516d", 6}, {"\u4e03", 7}, {"\u516b", 8}, {"\u4e5d", 9},
}};

// The places in a group of four (十 10, 百 100, 千 1000) and the groups (万 10^4, 亿 10^8).
inline constexpr std::array<numeral, 3> numeral_places = {{
    {"\u5341", 10}, {"\u767e", 100}, {"\u5343", 1000}}};
inline constexpr std::string_view ten_thousand = "\u4e07";       // 万
inline constexpr std::string_view hundred_million = "\u4ebf";    // 亿
inline constexpr std::string_view numeral_point = "\u70b9";      // 点: "三点五", 3.5

struct numerals_scan {
    std::int64_t units = 0;  // the digits: "八十五点三" is 853
    int decimals = 0;        // after 点: 1
    std::size_t end = 0;     // `at` when no number in numerals stands there
};

// The value of the numeral of `table` at `at`, or -1.
template <std::size_t N>
constexpr int numeral_value_at(std::string_view text, std::size_t at,
                               const std::array<numeral, N>& table) {
    for (const numeral& n : table) {
        if (word_is_at(text, at, n.word)) {
            return n.value;
        }
    }
    return -1;
}

// The number in numerals at `at`. It begins with a digit other than zero, with 零点 ("零点五",
// 0.5), or with 十 ("十二"); after 百分之 (`place_may_lead`) with a place too ("百分之百").
// Places go down within a group of four ("三千二百"), a zero stands for the places skipped
// ("一百零五"), and a digit after the last place with no zero between is of the place below
// ("三千五" is 3,500, "一万五" 15,000).
// Two digits in a row ("二〇二二", a year) and anything that breaks these rules end the number
// before it: "三十千" is 30 and a 千 left over. Numbers past 10^17 are not read.
constexpr numerals_scan numerals_at(std::string_view text, std::size_t at, bool place_may_lead) {
    constexpr std::size_t width = 3;  // every numeral is one character of three bytes
    constexpr std::int64_t limit = 100'000'000'000'000'000;
    std::int64_t groups = 0;   // the 亿 and 万 groups read
    std::int64_t group = 0;    // the group of four being read
    std::int64_t below = 0;    // the place a digit after the last place belongs to
    int pending = -1;          // a digit that no place has taken yet
    bool zero = false;         // a zero since the last place
    std::int64_t last_place = 10'000;
    numerals_scan best{0, 0, at};
    const auto value = [&] {
        const std::int64_t digit = pending < 0 ? 0 : pending * (zero ? 1 : below);
        return groups + group + digit;
    };
    std::size_t i = at;
    const int first = numeral_value_at(text, i, numeral_digits);
    const int first_place = numeral_value_at(text, i, numeral_places);
    // "零点五", 0.5: a zero is the whole part of a decimal below one, its digits after 点.
    const bool below_one = first == 0 && word_is_at(text, i + width, numeral_point) &&
                           numeral_value_at(text, i + 2 * width, numeral_digits) >= 0;
    if (below_one) {
        best.end = i + width;
    } else if (!(first > 0 || first_place == 10 || (place_may_lead && first_place > 0))) {
        return best;
    }
    below = 1;
    while (!below_one && i < text.size()) {
        if (const int digit = numeral_value_at(text, i, numeral_digits); digit >= 0) {
            if (pending >= 0) {
                break;  // two digits in a row
            }
            if (digit == 0) {
                zero = true;
                below = 1;
            } else {
                pending = digit;
            }
            i += width;
        } else if (const int place = numeral_value_at(text, i, numeral_places); place > 0) {
            // Places go down; a place stands without a digit only first ("十二") or as the 十
            // after a zero ("一千零十"); and 千 or 百 that begins a unit (千克, 百分点) is no place.
            const bool bare = (group == 0 && groups == 0 && i == at) || (zero && place == 10);
            if (place >= last_place || (pending < 0 && !bare) ||
                !word_starting_at(text, i, multiple_words_that_are_units).empty()) {
                break;
            }
            group += (pending < 0 ? 1 : pending) * place;
            pending = -1;
            zero = false;
            last_place = place;
            below = place / 10;
            i += width;
        } else if (word_is_at(text, i, ten_thousand) || word_is_at(text, i, hundred_million)) {
            // The groups: 万 (10^4), 亿 (10^8), and 万亿 (10^12) before more numerals.
            const bool wan = word_is_at(text, i, ten_thousand);
            const bool wan_yi = wan && word_is_at(text, i + width, hundred_million);
            const std::size_t next = i + (wan_yi ? 2 * width : width);
            const std::int64_t unit = wan_yi ? 1'000'000'000'000 : wan ? 10'000 : 100'000'000;
            if (numeral_value_at(text, next, numeral_digits) < 0 &&
                numeral_value_at(text, next, numeral_places) < 0) {
                // Not read: the figure's scale word ("三千万", "6380万亿"). What the groups above
                // it took is counted in it too: "一亿二千万" is 12,000 万.
                // A 亿 after 万 alone takes them in ("一万二千亿": 12,000 亿).
                const bool takes_all = unit == 100'000'000 && groups < unit;
                if (groups != 0 && unit < 1'000'000'000'000 && !takes_all) {
                    if (groups % (unit * 10'000) != 0) {
                        return {0, 0, at};  // "一万二千万", "一亿二千亿": no number
                    }
                    best.units = groups / unit + (value() - groups);
                }
                break;
            }
            const std::int64_t whole = group + (pending < 0 ? 0 : pending);
            if (whole == 0 || whole >= 10'000) {
                break;
            }
            if (unit == 100'000'000 && groups < unit) {
                groups = (groups + whole) * unit;  // "一万二千亿": 12,000 亿
            } else if (groups % (unit * 10'000) == 0) {
                groups += whole * unit;  // "一亿二千万", "六百万亿三千亿"
            } else {
                break;
            }
            if (groups >= limit) {
                break;
            }
            group = 0;
            pending = -1;
            zero = false;
            last_place = 10'000;
            below = unit / 10;
            i = next;
        } else {
            break;
        }
        best = {value(), 0, i};
    }
    // 点 and digits one by one: the decimals ("八十五点三").
    if (best.end != at && word_is_at(text, best.end, numeral_point)) {
        std::size_t d = best.end + width;
        numerals_scan decimal = best;
        while (decimal.decimals < 6 && decimal.units < 1'000'000'000'000) {
            const int digit = numeral_value_at(text, d, numeral_digits);
            if (digit < 0) {
                break;
            }
            decimal.units = decimal.units * 10 + digit;
            ++decimal.decimals;
            d += width;
            decimal.end = d;
        }
        if (decimal.decimals > 0) {
            return decimal;
        }
    }
    return best;
}

}  // namespace restoration::detail
