// detail/date_scan.hpp: dates and times as bulletins print them, so that the reader passes them
// over as dates with their parts and never takes "截至2月22日" for the figures 2 and 22:
// 2月22日, 2022年5月11日, 3月1日-27日, 4月上旬, 1-2月, 16时, 下午4点, 4点半, 截至10点, 21日,
// 2019年, 2022-05-11, 2022/5/11, 10:00, the lunar 正月初八 and 初八, and English "May 5, 2022"
// and "5 May 2022"; spaces may stand between the parts ("2022 年 5 月 11 日"). Ranges and lists
// of parts are one date: 2月22-23日, 0-24时, 2020—2022年, 5、6月份, 3·15 (month and day named
// by a middle dot). printed_date is public, through printed.hpp.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <restoration/detail/bulletin_words.hpp>

namespace restoration {

// The third of a month a date names: 上旬 (days 1 to 10), 中旬 (11 to 20), 下旬 (21 to the end).
enum class ten_days { none, early, middle, late };

// A date or time as printed, with the parts it states; a part not printed is empty. The hour is
// on the 24-hour clock: "下午4点" (4 in the afternoon) is 16.
struct printed_date {
    std::string text;          // as printed: "2月20日下午4点"
    std::size_t position = 0;  // byte offset of `text` in what was read
    std::optional<int> year;
    std::optional<int> last_year;   // "2020-2022年": years 2020 to 2022
    std::optional<int> month;
    std::optional<int> last_month;  // "1-2月": months 1 to 2
    std::optional<int> day;
    std::optional<int> last_day;    // "3月1日-27日": days 1 to 27
    ten_days part = ten_days::none;  // "4月上旬"
    std::optional<int> hour;
    std::optional<int> last_hour;  // "0-24时", "8点到18点": hours 0 to 24
    std::optional<int> minute;
    std::optional<int> second;     // "10:30:00"
    bool lunar = false;  // 正月初八, 初八: the lunar calendar's month and day
};

namespace detail {

struct small_number {
    int value = -1;  // -1 when no digits stand there
    std::size_t end = 0;
};

// Up to four ASCII digits at `at`, whole: not followed by more digits, nor by a decimal point
// or a comma with a digit after it ("2.5月" is no month).
constexpr small_number small_number_at(std::string_view text, std::size_t at) {
    const auto digit = [&](std::size_t i) {
        return i < text.size() && text[i] >= '0' && text[i] <= '9';
    };
    std::size_t end = at;
    int value = 0;
    while (digit(end) && end - at < 5) {
        value = value * 10 + (text[end] - '0');
        ++end;
    }
    const bool separator = end < text.size() && (text[end] == '.' || text[end] == ',') &&
                           digit(end + 1);
    if (end == at || end - at > 4 || separator) {
        return {};
    }
    return {value, end};
}

struct date_word {
    std::string_view word;
    int plus_hours;  // for a part of the day: 下午4点 is 16
};

// A part of the day before an hour: 下午, 晚上 and 傍晚 add 12 to an hour before 12. 次日 (the
// next day) allows an hour too: "夜间10点至次日6点". A word that begins a longer one comes
// before it (晚 before 晚上): the last that matches is taken.
inline constexpr std::array<date_word, 11> parts_of_day = {{
    {"\u51cc\u6668", 0},   // 凌晨
    {"\u65e9", 0},          // 早: "早8点"
    {"\u65e9\u4e0a", 0},   // 早上
    {"\u4e0a\u5348", 0},   // 上午
    {"\u4e2d\u5348", 0},   // 中午
    {"\u4e0b\u5348", 12},  // 下午
    {"\u508d\u665a", 12},  // 傍晚
    {"\u665a", 12},         // 晚: "晚8点", "晚8时"
    {"\u665a\u4e0a", 12},  // 晚上
    {"\u591c\u95f4", 12},  // 夜间
    {"\u6b21\u65e5", 0},   // 次日
}};

// After a bare "8点", words that make it a time: "8点前" (before eight), "8点后", "8点起".
inline constexpr std::array<std::string_view, 3> clock_followers = {
    "\u524d" /* 前 */, "\u540e" /* 后 */, "\u8d77" /* 起 */};

inline constexpr std::string_view year_word = "\u5e74";   // 年
inline constexpr std::string_view month_word = "\u6708";  // 月
inline constexpr std::array<std::string_view, 2> day_words = {"\u65e5" /* 日 */, "\u53f7" /* 号 */};
inline constexpr std::string_view hour_word = "\u65f6";   // 时
// What a number joined to them is, if anything: a month or an hour (of a date that date_at did
// not take, "13月", "25时", none).
inline constexpr std::array<std::string_view, 2> date_part_words = {month_word, hour_word};
inline constexpr std::string_view clock_word = "\u70b9";  // 点: an hour only after a date or 下午
inline constexpr std::string_view minute_word = "\u5206"; // 分
// Between the hour and the minutes of a clock time: "10:00", "10：00".
inline constexpr std::array<std::string_view, 2> clock_colons = {":", "\uff1a"};
inline constexpr std::string_view month_suffix = "\u4efd"; // 份: "3月份"
inline constexpr std::string_view list_comma = "\u3001";   // 、: "5、6月份"
inline constexpr std::array<std::string_view, 3> ten_day_words = {
    "\u4e0a\u65ec" /* 上旬 */, "\u4e2d\u65ec" /* 中旬 */, "\u4e0b\u65ec" /* 下旬 */};

// The words after a number that make it a date's part, and the range of that part.
struct date_part_word {
    std::string_view word;
    int least;
    int most;
};

// What the scan found: where the date ends, and its parts (text and position are the caller's).
struct date_scan {
    printed_date date;
    std::size_t start = 0;  // before the digits when a part of the day comes first: "下午4点"
    std::size_t end = 0;    // 0 when no date stands there
};

// Where `word` ends when it stands at `at`, spaces before it allowed ("2022 年 5 月 11 日", as
// some sites set dates): 0 when it does not stand there.
constexpr std::size_t spaced_word_end(std::string_view text, std::size_t at,
                                      std::string_view word) {
    const std::size_t from = skip_spaces(text, at);
    return word_is_at(text, from, word) ? from + word.size() : 0;
}

// A number followed by `word`, within [least, most], at `at`; or a number, a range mark, a
// second number and `word` ("1-2月", "1日-27日" is read by the day step): the value and its end.
struct part_scan {
    int value = -1;
    int last = -1;
    std::size_t end = 0;
};

constexpr part_scan part_at(std::string_view text, std::size_t at, std::string_view word,
                            int least, int most) {
    const small_number first = small_number_at(text, at);
    const auto fits = [&](int v) { return v >= least && v <= most; };
    if (first.value < 0 || !fits(first.value)) {
        return {};
    }
    if (const std::size_t end = spaced_word_end(text, first.end, word); end != 0) {
        return {first.value, -1, end};
    }
    const std::string_view mark = word_starting_at(text, first.end, range_marks);
    // "5、6月份" lists two parts; only consecutive ones, which are the range they span.
    const bool listed = mark.empty() && word_is_at(text, first.end, list_comma);
    if (mark.empty() && !listed) {
        return {};
    }
    const small_number second =
        small_number_at(text, first.end + (listed ? list_comma.size() : mark.size()));
    if (second.value <= first.value || !fits(second.value) ||
        (listed && second.value != first.value + 1) || !word_is_at(text, second.end, word)) {
        return {};
    }
    return {first.value, second.value, second.end + word.size()};
}

// After a day: "-27日", "至27日", the last day of a range.
constexpr std::size_t last_day_after(std::string_view text, std::size_t at, printed_date& date) {
    const std::string_view mark = word_starting_at(text, at, range_marks);
    if (mark.empty()) {
        return at;
    }
    const small_number last = small_number_at(text, at + mark.size());
    const std::string_view day = word_starting_at(text, last.end, day_words);
    if (last.value <= *date.day || last.value > 31 || day.empty()) {
        return at;
    }
    date.last_day = last.value;
    return last.end + day.size();
}

// An hour at `at` ("16时", or after a part of the day or a date "4点"), with minutes ("16时30分").
constexpr std::size_t time_after(std::string_view text, std::size_t at, bool clock_allowed,
                                 printed_date& date) {
    int plus = 0;
    std::size_t from = at;
    for (const date_word& part : parts_of_day) {
        if (word_is_at(text, at, part.word)) {
            plus = part.plus_hours;
            from = at + part.word.size();
            clock_allowed = true;
        }
    }
    const small_number hour = small_number_at(text, from);
    if (hour.value < 0 || hour.value > 24) {
        return at;
    }
    if (const part_scan hours = part_at(text, from, hour_word, 0, 24); hours.last >= 0) {
        date.hour = hours.value < 12 ? hours.value + plus : hours.value;  // "0-24时"
        date.last_hour = hours.last < 12 ? hours.last + plus : hours.last;
        return hours.end;
    }
    // "4点半" (half past four) is a time wherever it stands: 半 after 点 makes it one.
    const bool half = word_is_at(text, hour.end, clock_word) &&
                      word_is_at(text, hour.end + clock_word.size(), half_word);
    // "10点30分" (minutes after it) and "8点到18点" (a range of hours) are times wherever they
    // stand too; a bare "4点" may be four points of a list, and is left alone.
    const std::size_t after_clock = hour.end + clock_word.size();
    const small_number minutes = small_number_at(text, after_clock);
    const bool with_minutes = minutes.value >= 0 && minutes.value < 60 &&
                              word_is_at(text, minutes.end, minute_word);
    const std::string_view mark = word_starting_at(text, after_clock, range_marks);
    const small_number last_hour = small_number_at(text, after_clock + mark.size());
    const bool hours_range = !mark.empty() && last_hour.value >= 0 && last_hour.value <= 24 &&
                             word_is_at(text, last_hour.end, clock_word);
    const bool followed = !word_starting_at(text, after_clock, clock_followers).empty();
    const bool clock = (clock_allowed || half || with_minutes || hours_range || followed) &&
                       word_is_at(text, hour.end, clock_word);
    if (!clock && !word_is_at(text, hour.end, hour_word)) {
        return at;
    }
    date.hour = hour.value < 12 ? hour.value + plus : hour.value;
    if (hours_range && !with_minutes) {
        date.last_hour = last_hour.value < 12 ? last_hour.value + plus : last_hour.value;
        return last_hour.end + clock_word.size();  // "8点到18点": the range's hours, one time
    }
    std::size_t end = hour.end + hour_word.size();  // 时 and 点 are both three bytes
    if (half) {
        date.minute = 30;
        return end + half_word.size();
    }
    const small_number minute = small_number_at(text, end);
    if (minute.value >= 0 && minute.value < 60 && word_is_at(text, minute.end, minute_word)) {
        date.minute = minute.value;
        end = minute.end + minute_word.size();
    }
    return end;
}

// The day and what may follow it: a range's last day, a time.
constexpr std::size_t day_and_after(std::string_view text, std::size_t at, bool bare,
                                    printed_date& date) {
    // After a month, spaces may stand before the day and its word ("5 月 11 日"); a bare day is
    // read only joined to its word ("21日").
    const std::size_t from = bare ? at : skip_spaces(text, at);
    const small_number day = small_number_at(text, from);
    const std::size_t word_at = bare || day.value < 0 ? day.end : skip_spaces(text, day.end);
    const std::string_view word = word_starting_at(text, word_at, day_words);
    if (const part_scan days = part_at(text, from, day_words[0], 1, 31); days.last > 0) {
        date.day = days.value;  // "22-23日", "5、6日": two days, the word after the last
        date.last_day = days.last;
        return time_after(text, days.end, true, date);
    }
    // 号 alone is a number ("45号", press conference no. 45), a day only after a month.
    if (day.value < 1 || day.value > 31 || word.empty() || (bare && word != day_words[0])) {
        return at;
    }
    date.day = day.value;
    const std::size_t end = last_day_after(text, word_at + word.size(), date);
    return time_after(text, end, true, date);
}

// The month and what may follow it: a day, 上旬/中旬/下旬, 份.
constexpr std::size_t month_and_after(std::string_view text, std::size_t at,
                                      printed_date& date) {
    const part_scan month = part_at(text, at, month_word, 1, 12);
    if (month.end == 0) {
        return at;
    }
    date.month = month.value;
    if (month.last > 0) {
        date.last_month = month.last;
    }
    std::size_t end = month.end;
    for (std::size_t k = 0; k < ten_day_words.size(); ++k) {
        if (word_is_at(text, end, ten_day_words[k])) {
            date.part = static_cast<ten_days>(k + 1);
            return end + ten_day_words[k].size();
        }
    }
    if (word_is_at(text, end, month_suffix)) {
        return end + month_suffix.size();
    }
    return month.last > 0 ? end : day_and_after(text, end, false, date);
}

// The shape of an ISO date at `at`: four digits, then -dd-dd, and no digit after. A text of
// that shape that is no calendar date ("2022-13-45") is passed over, never read as figures.
constexpr bool iso_shape_at(std::string_view text, std::size_t at) {
    const auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t k = from; k < from + n; ++k) {
            if (k >= text.size() || text[k] < '0' || text[k] > '9') {
                return false;
            }
        }
        return true;
    };
    return digits(at, 4) && word_is_at(text, at + 4, "-") && digits(at + 5, 2) &&
           word_is_at(text, at + 7, "-") && digits(at + 8, 2) && !digits(at + 10, 1);
}

// An ISO date at `at`: its shape, with a month of 1 to 12 and a day of 1 to 31.
constexpr std::size_t iso_date_end(std::string_view text, std::size_t at, printed_date& date) {
    if (!iso_shape_at(text, at)) {
        return at;
    }
    const auto two = [&](std::size_t from) {
        return (text[from] - '0') * 10 + (text[from + 1] - '0');
    };
    const small_number year = small_number_at(text, at);
    const int month = two(at + 5);
    const int day = two(at + 8);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
        return at;
    }
    date.year = year.value;
    date.month = month;
    date.day = day;
    return at + 10;
}

// A date printed with slashes at `at`: a year of four digits (1900 to 2099), a month and a day
// of one or two digits ("2022/5/11", "2022/05/11"), no digit or slash after. Without a year
// ("5/11") it may be a fraction, and is no date.
constexpr std::size_t slash_date_end(std::string_view text, std::size_t at, printed_date& date) {
    const small_number year = small_number_at(text, at);
    if (year.end != at + 4 || year.value < 1900 || year.value > 2099 ||
        !word_is_at(text, year.end, "/")) {
        return at;
    }
    const small_number month = small_number_at(text, year.end + 1);
    if (month.value < 1 || month.value > 12 || month.end - (year.end + 1) > 2 ||
        !word_is_at(text, month.end, "/")) {
        return at;
    }
    const small_number day = small_number_at(text, month.end + 1);
    if (day.value < 1 || day.value > 31 || day.end - (month.end + 1) > 2 ||
        word_is_at(text, day.end, "/")) {
        return at;
    }
    date.year = year.value;
    date.month = month.value;
    date.day = day.value;
    return day.end;
}

// "As of", before a time: 截至, 截止, 截止到.
inline constexpr std::array<std::string_view, 3> as_of_words = {
    "\u622a\u81f3" /* 截至 */, "\u622a\u6b62" /* 截止 */, "\u622a\u6b62\u5230" /* 截止到 */};

// A clock time at `at`: an hour (0 to 24, one or two digits), a colon, and two digits of
// minutes ("截至10:00", "9：30"), and perhaps a colon and two digits of seconds ("10:30:00"),
// no digit or colon after.
// An hour in English: "4 p.m.", "10 a.m.", "4pm", "10 AM" (1 to 12, a space or none, then the
// letters, no letter after them). 12 a.m. is midnight, 12 p.m. noon.
inline constexpr std::array<std::string_view, 6> english_hour_marks = {"a.m.", "p.m.", "am", "pm",
                                                                        "AM", "PM"};

// The English hour mark at `at` ("pm", " p.m."), a space before it or none and no letter after
// it (but after a point): where it ends and whether it is the afternoon, or `at` when none is.
struct hour_mark {
    std::size_t end;
    bool afternoon = false;
};

constexpr hour_mark english_hour_mark_at(std::string_view text, std::size_t at) {
    const std::size_t from = at < text.size() && text[at] == ' ' ? at + 1 : at;
    const std::string_view mark = word_starting_at(text, from, english_hour_marks);
    const std::size_t end = from + mark.size();
    const char next = end < text.size() ? text[end] : ' ';
    const bool letter_after = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
    if (mark.empty() || (letter_after && mark.back() != '.')) {
        return {at};
    }
    return {end, mark.front() == 'p' || mark.front() == 'P'};
}

constexpr std::size_t clock_time_end(std::string_view text, std::size_t at, printed_date& date) {
    const small_number hour = small_number_at(text, at);
    if (hour.value < 0 || hour.value > 24 || hour.end - at > 2) {
        return at;
    }
    const std::string_view colon = word_starting_at(text, hour.end, clock_colons);
    if (colon.empty()) {
        return at;
    }
    const std::size_t from = hour.end + colon.size();
    const small_number minute = small_number_at(text, from);
    if (minute.end != from + 2 || minute.value > 59) {
        return at;
    }
    std::size_t end = minute.end;
    if (const std::string_view second_colon = word_starting_at(text, end, clock_colons);
        !second_colon.empty()) {
        // "10:30:00": seconds, two digits; any other colon after the minutes is no clock time.
        const small_number second = small_number_at(text, end + second_colon.size());
        if (second.end != end + second_colon.size() + 2 || second.value > 59 ||
            !word_starting_at(text, second.end, clock_colons).empty()) {
            return at;
        }
        date.second = second.value;
        end = second.end;
    }
    date.hour = hour.value;
    date.minute = minute.value;
    // "2:30 pm" is 14:30; "12:15 a.m." a quarter past midnight.
    if (const hour_mark mark = english_hour_mark_at(text, end);
        mark.end != end && hour.value >= 1 && hour.value <= 12) {
        date.hour = hour.value % 12 + (mark.afternoon ? 12 : 0);
        end = mark.end;
    }
    return end;
}


constexpr std::size_t english_clock_end(std::string_view text, std::size_t at,
                                        printed_date& date) {
    const small_number hour = small_number_at(text, at);
    // "at 8 o'clock", "18 o'clock": an hour of the day, as 8点 is.
    for (const std::string_view clock : {std::string_view{" o'clock"},
                                         std::string_view{" o\u2019clock"}}) {
        const std::size_t after = hour.end + clock.size();
        const char next = after < text.size() ? text[after] : ' ';
        const bool letter_after = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
        if (hour.value >= 0 && hour.value <= 24 && hour.end - at <= 2 &&
            text.substr(hour.end, clock.size()) == clock && !letter_after) {
            date.hour = hour.value;
            return hour.end + clock.size();
        }
    }
    if (hour.value < 1 || hour.value > 12 || hour.end - at > 2) {
        return at;
    }
    const hour_mark mark = english_hour_mark_at(text, hour.end);
    if (mark.end == hour.end) {
        return at;
    }
    date.hour = hour.value % 12 + (mark.afternoon ? 12 : 0);
    return mark.end;
}

// Middle dots that name a day by its month and day: "3·15" (15 March, consumer rights day),
// "7·20". Between other digits ("84·3%") the dot may be a decimal point; the reader passes it.
inline constexpr std::array<std::string_view, 2> middle_dots = {"\u00b7" /* · */,
                                                                "\u30fb" /* ・ */};

// A month and day joined by a middle dot at `at`: a month of 1 to 12, a day of 1 to 31, each
// of one or two digits, and no digit, percent sign or further dot after.
constexpr std::size_t dotted_date_end(std::string_view text, std::size_t at, printed_date& date) {
    const small_number month = small_number_at(text, at);
    const std::string_view dot = word_starting_at(text, month.end, middle_dots);
    if (month.value < 1 || month.value > 12 || month.end - at > 2 || dot.empty()) {
        return at;
    }
    const std::size_t from = month.end + dot.size();
    const small_number day = small_number_at(text, from);
    if (day.value < 1 || day.value > 31 || day.end - from > 2 ||
        !word_starting_at(text, day.end, std::array<std::string_view, 2>{"%", "\uff05"})
             .empty() ||
        !word_starting_at(text, day.end, middle_dots).empty()) {
        return at;
    }
    date.month = month.value;
    date.day = day.value;
    return day.end;
}

// A part of the day printed before an hour that stands at `at` ("下午4点"): where it begins.
constexpr std::size_t part_of_day_before(std::string_view text, std::size_t at) {
    for (const date_word& part : parts_of_day) {
        if (word_is_at(text, at >= part.word.size() ? at - part.word.size() : text.size(),
                       part.word)) {
            return at - part.word.size();
        }
    }
    return at;
}

// English month names, capitalized as in a date ("May 5", "5 May 2022"; "may" is a verb).
inline constexpr std::array<std::string_view, 12> english_months = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

constexpr bool ascii_letter_at(std::string_view text, std::size_t at) {
    return at < text.size() && ((text[at] >= 'a' && text[at] <= 'z') ||
                                (text[at] >= 'A' && text[at] <= 'Z'));
}

// The wires' abbreviations: "BEIJING, Feb. 20 (Xinhua)", "As of Feb 20". Longest first.
struct month_abbreviation {
    std::string_view word;
    int month;
};
inline constexpr std::array<month_abbreviation, 22> english_month_abbreviations = {{
    {"Sept.", 9}, {"Jan.", 1}, {"Feb.", 2}, {"Mar.", 3}, {"Apr.", 4}, {"Aug.", 8},
    {"Sep.", 9}, {"Oct.", 10}, {"Nov.", 11}, {"Dec.", 12}, {"Sept", 9}, {"Sep", 9}, {"Jan", 1},
    {"Feb", 2}, {"Mar", 3}, {"Apr", 4}, {"Jun", 6}, {"Jul", 7}, {"Aug", 8}, {"Oct", 10},
    {"Nov", 11}, {"Dec", 12}}};

// The month whose name or abbreviation ends at `at` as a whole word: the month (or 0) and
// where its name begins.
struct month_ending {
    int month = 0;
    std::size_t start = 0;
};

constexpr month_ending english_month_ending_at(std::string_view text, std::size_t at) {
    const auto ends_here = [&](std::string_view name) {
        return name.size() <= at && text.substr(at - name.size(), name.size()) == name &&
               !(at > name.size() && ascii_letter_at(text, at - name.size() - 1));
    };
    for (std::size_t k = 0; k < english_months.size(); ++k) {
        if (ends_here(english_months[k])) {
            return {static_cast<int>(k) + 1, at - english_months[k].size()};
        }
    }
    for (const month_abbreviation& a : english_month_abbreviations) {
        if (ends_here(a.word)) {
            return {a.month, at - a.word.size()};
        }
    }
    return {};
}

// Words after which a year stands alone as a date: "In 2019, profits rose 3.3%", "from 1998",
// "by 2025", "as of 2022", "the end of 2020".
inline constexpr std::array<std::string_view, 40> words_before_a_year = {
    "In ",      "in ",      "Since ",   "since ",   "From ",   "from ",
    "By ",      "by ",      "Between ", "between ", "Until ",  "until ",
    "Through ", "through ", "As of ",   "as of ",   "End of ", "end of ",
    "After ",   "after ",   "Before ",  "before ",
    // "a target of 5.5% for 2022.", "grew 12% over 2021.", "compared with 2019,".
    "For ", "for ", "During ", "during ", "Throughout ", "throughout ", "over ", "versus ",
    "vs ", "vs. ", "compared with ", "Fiscal ", "fiscal ",
    // A part of a year where no noun follows: "the first quarter of 2020," (not "half of 2000
    // workers").
    "quarter of ", "quarters of ", "half of ", "Half of ", "months of "};

// "the 2020 target", "China's 2021 plan", "a 2019 survey": a year before a noun that years
// qualify, after a determiner or a possessive. Before other nouns the digits stay a count
// written without its separator ("the 2000 workers").
inline constexpr std::array<std::string_view, 13> determiners_before_a_year = {
    "the ", "The ", "its ", "Its ", "their ", "this ", "This ", "our ", "a ", "A ", "an ",
    "'s ", "\u2019s "};
inline constexpr std::array<std::string_view, 24> nouns_after_a_year = {
    "target", "targets",  "plan",   "plans",   "figure", "figures",  "data",  "budget",
    "report", "survey",   "census", "goal",    "goals",  "forecast", "total", "average",
    "peak",   "baseline", "season", "edition", "quota",  "outbreak", "crisis", "Olympics"};

inline constexpr std::array<std::string_view, 13> year_sentence_words = {
    "was", "is", "saw", "will", "marked", "output", "sales", "exports", "revenue", "target",
    "figures", "profit", "profits"};

inline constexpr std::array<std::string_view, 4> year_adjectives = {"industrial", "economic",
                                                                    "annual", "fiscal"};

// After a year, these lead to another: "from 1998 to 2010", "between 2019 and 2021".
inline constexpr std::array<std::string_view, 2> words_between_years = {" to ", " and "};

// Whether four digits that end at `end` end as a year does, after "from", "by", "between" and
// the like: at punctuation or the text's end, or before "to", "and", "through", "until" or
// "level(s)"; not before a noun ("from 1980 firms", "joined by 2000 workers": counts).
constexpr bool ends_as_a_year(std::string_view text, std::size_t end) {
    std::size_t next = end;
    while (next < text.size() && text[next] == ' ') {
        ++next;
    }
    if (next == end || next == text.size() || !ascii_letter_at(text, next)) {
        return true;
    }
    for (const std::string_view word : {"levels", "level"}) {
        if (text.substr(next, word.size()) == word && !ascii_letter_at(text, next + word.size())) {
            return true;
        }
    }
    // "from 1998 to 2010", but not "between 1900 and 2000 employees": the other end decides.
    for (const std::string_view word : {"to ", "and ", "through ", "until "}) {
        if (text.substr(next, word.size()) == word) {
            std::size_t other = next + word.size();
            const std::size_t digits = other;
            while (other < text.size() && text[other] >= '0' && text[other] <= '9') {
                ++other;
            }
            if (other == digits) {
                return true;  // "from 2019 to now"
            }
            std::size_t after = other;
            while (after < text.size() && text[after] == ' ') {
                ++after;
            }
            return after == other || after == text.size() || !ascii_letter_at(text, after);
        }
    }
    return false;
}

// "increased by 2019 firms", "rose from 1956 to 2048": "by" or "from" after a verb of change
// states by how much or from what level, not by or from when.
constexpr bool changed_by(std::string_view text, std::size_t at, std::string_view before) {
    if (before != "by " && before != "By " && before != "from " && before != "From ") {
        return false;
    }
    std::size_t end = at;
    while (end > 0 && text[end - 1] == ' ') {
        --end;
    }
    std::size_t start = end;
    while (start > 0 && ascii_letter_at(text, start - 1)) {
        --start;
    }
    const std::string_view verb = text.substr(start, end - start);
    for (const english_direction_word& w : english_direction_verbs) {
        bool same = verb.size() == w.word.size();
        for (std::size_t k = 0; same && k < verb.size(); ++k) {
            same = (verb[k] | 0x20) == w.word[k];  // the verbs are lower-case letters
        }
        if (same) {
            return true;
        }
    }
    return false;
}

// The month whose name begins at `at` as a whole word, and where it ends.
constexpr small_number english_month_at(std::string_view text, std::size_t at) {
    for (std::size_t k = 0; k < english_months.size(); ++k) {
        const std::string_view name = english_months[k];
        if (word_is_at(text, at, name) && !ascii_letter_at(text, at + name.size())) {
            return {static_cast<int>(k) + 1, at + name.size()};
        }
    }
    return {};
}

// ", 2022" or " 2022" after an English date: the year, and where it ends.
constexpr std::size_t english_year_after(std::string_view text, std::size_t at,
                                         printed_date& date) {
    const std::size_t from = at + (word_is_at(text, at, ", ")  ? 2
                                   : word_is_at(text, at, " ") ? 1
                                                               : 0);
    const small_number year = small_number_at(text, from);
    if (from == at || year.end != from + 4 || year.value < 1900 || year.value > 2099 ||
        ascii_letter_at(text, year.end)) {
        return at;
    }
    date.year = year.value;
    return year.end;
}

// The length of the ordinal's letters after a day at `at` that agree with it ("1st", "22nd",
// "13th", not "2th"), when no letter follows them; or 0.
constexpr std::size_t ordinal_letters_after(std::string_view text, std::size_t at, int day) {
    const int last = day % 10;
    const std::string_view letters = day % 100 >= 11 && day % 100 <= 13 ? "th"
                                     : last == 1                        ? "st"
                                     : last == 2                        ? "nd"
                                     : last == 3                        ? "rd"
                                                                        : "th";
    return word_is_at(text, at, letters) && !ascii_letter_at(text, at + 2) ? 2 : 0;
}

// An English date at the digits at `at`: "May 5" (the month before, with one space; returned
// start is the month's), "May 5, 2022", "5 May 2022", and with the ordinal's letters ("February
// 24th, 2020", "3rd March", "the 3rd of March").
constexpr date_scan english_date_at(std::string_view text, std::size_t at) {
    date_scan scan;
    // "March 2020", "Feb. 2022", "In 2019": a year after a month or after "in", alone.
    const small_number year = small_number_at(text, at);
    // "2019.5", "2,019": a number, no year; "2020/02/24", "2020-02-24": a date of its own.
    const bool runs_on = year.end + 1 < text.size() &&
                         (text[year.end] == '.' || text[year.end] == ',' ||
                          text[year.end] == '/' || text[year.end] == '-') &&
                         text[year.end + 1] >= '0' && text[year.end + 1] <= '9';
    if (year.end == at + 4 && year.value >= 1900 && year.value <= 2099 &&
        !ascii_letter_at(text, year.end) && !runs_on) {
        if (at >= 1 && text[at - 1] == ' ') {
            if (const month_ending month = english_month_ending_at(text, at - 1); month.month) {
                scan.date.month = month.month;
                scan.date.year = year.value;
                scan.start = month.start;
                scan.end = year.end;
                return scan;
            }
        }
        // "surpassed 2019 levels": the year's levels, whatever stands before.
        const std::size_t levels_end = text.substr(year.end, 7) == " levels"  ? year.end + 7
                                       : text.substr(year.end, 6) == " level" ? year.end + 6
                                                                              : year.end;
        const auto the_year = [&] {
            scan.date.year = year.value;
            scan.start = at;
            scan.end = year.end;
            return scan;
        };
        if (levels_end != year.end && !ascii_letter_at(text, levels_end)) {
            return the_year();
        }
        // Whether one space and a whole word of `words` follow the year.
        const auto before_one_of = [&](const auto& words) {
            return word_is_at(text, year.end, " ") &&
                   std::any_of(words.begin(), words.end(), [&](std::string_view word) {
                       return word_is_at(text, year.end + 1, word) &&
                              !ascii_letter_at(text, year.end + 1 + word.size());
                   });
        };
        // "2020 was the worst year", "2019 output was 1,200 tonnes": a year that begins a
        // sentence before a verb of being or a noun years qualify (a count would be written out
        // or with its separator there).
        const bool sentence_start = at == 0 || text[at - 1] == '\n' ||
                                    (at >= 2 && text[at - 1] == ' ' && text[at - 2] == '.');
        if (sentence_start && before_one_of(year_sentence_words)) {
            return the_year();
        }
        // "Shaanxi 2021 industrial value-added growth", "Made in China 2025", "Vision 2030": a
        // year after a name, before a word years qualify or nothing more of the sentence.
        if (!sentence_start && at >= 3 && text[at - 1] == ' ' && ascii_letter_at(text, at - 2)) {
            std::size_t name = at - 1;
            while (name > 0 && ascii_letter_at(text, name - 1)) {
                --name;
            }
            const std::string_view word = text.substr(name, at - 1 - name);
            // A qualifier is no name: "Over 2004" is more than 2,004.
            const bool a_qualifier = std::any_of(
                english_qualifiers_before.begin(), english_qualifiers_before.end(),
                [&](const qualifier_word& q) { return same_word_folded(word, q.word); });
            const bool capitalized = text[name] >= 'A' && text[name] <= 'Z' && !a_qualifier;
            const bool year_word_after = before_one_of(nouns_after_a_year) ||
                                         before_one_of(year_sentence_words) ||
                                         before_one_of(year_adjectives);
            const bool ends = year.end == text.size() || text[year.end] == '.' ||
                              text[year.end] == ',' || text[year.end] == ';';
            if (capitalized && (year_word_after || ends)) {
                return the_year();
            }
        }
        if (const std::string_view determiner =
                word_ending_at(text, at, determiners_before_a_year);
            !determiner.empty() && before_one_of(nouns_after_a_year) &&
            (!ascii_letter_at(determiner, 0) || at == determiner.size() ||
             !ascii_letter_at(text, at - determiner.size() - 1))) {
            return the_year();
        }
        if (const std::string_view before = word_ending_at(text, at, words_before_a_year);
            !before.empty() &&
            (at == before.size() || !ascii_letter_at(text, at - before.size() - 1)) &&
            !changed_by(text, at - before.size(), before) &&
            (before == "In " || before == "in " || before == "Since " || before == "since " ||
             ends_as_a_year(text, year.end))) {
            return the_year();
        }
        if (const std::string_view between = word_ending_at(text, at, words_between_years);
            !between.empty() && at >= between.size() + 4) {
            // The year before it must itself be one: four digits, no more, after a word above.
            const std::size_t first = at - between.size() - 4;
            const small_number earlier = small_number_at(text, first);
            const std::string_view opener = word_ending_at(text, first, words_before_a_year);
            if (earlier.end == first + 4 && earlier.value >= 1900 && earlier.value <= 2099 &&
                !opener.empty() && !changed_by(text, first - opener.size(), opener) &&
                ends_as_a_year(text, year.end)) {
                return the_year();
            }
        }
    }
    const small_number day = small_number_at(text, at);
    const std::size_t ordinal = day.value < 1 || day.value > 31 || day.end - at > 2
                                    ? 0
                                    : ordinal_letters_after(text, day.end, day.value);
    const std::size_t day_end = day.end + ordinal;
    if (day.value < 1 || day.value > 31 || day.end - at > 2 || ascii_letter_at(text, day_end)) {
        return {};
    }
    if (at >= 1 && text[at - 1] == ' ') {
        if (const month_ending month = english_month_ending_at(text, at - 1); month.month) {
            scan.date.month = month.month;
            scan.date.day = day.value;
            scan.start = month.start;
            scan.end = english_year_after(text, day_end, scan.date);
            return scan;
        }
    }
    const std::size_t of = ordinal != 0 && word_is_at(text, day_end, " of") ? 3 : 0;
    const small_number month = english_month_at(text, day_end + of + 1);
    if (!word_is_at(text, day_end + of, " ") || month.value <= 0) {
        return {};
    }
    scan.date.month = month.value;
    scan.date.day = day.value;
    scan.start = at;
    scan.end = english_year_after(text, month.end, scan.date);
    return scan;
}

// A year after a quarter or half in English: "Q1 2022", "H2 2021". (The quarter's own digit
// continues its letter and is no figure.)
constexpr std::size_t quarter_year_end(std::string_view text, std::size_t at, printed_date& date) {
    const small_number year = small_number_at(text, at);
    const bool period_before =
        at >= 3 && text[at - 1] == ' ' &&
        ((text[at - 3] == 'Q' && text[at - 2] >= '1' && text[at - 2] <= '4') ||
         (text[at - 3] == 'H' && (text[at - 2] == '1' || text[at - 2] == '2'))) &&
        (at == 3 || !ascii_letter_at(text, at - 4));
    if (!period_before || year.end != at + 4 || year.value < 1900 || year.value > 2099) {
        return at;
    }
    date.year = year.value;
    return year.end;
}

// The days of a month: 29 in a February whose year is not printed, which may be a leap year's.
constexpr int days_in_month(int month, std::optional<int> year) {
    constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) {
        const bool leap = !year || (*year % 4 == 0 && (*year % 100 != 0 || *year % 400 == 0));
        return leap ? 29 : 28;
    }
    return days[static_cast<std::size_t>(month - 1)];
}

// Why a date names a day that its month has not ("4月31日", "February 29, 2022"), or empty:
// such a date is a misprint to report, not a day to count from (std::chrono would roll it over
// into the next month). A range's last day is its last month's ("3月1日-4月31日"); the lunar
// calendar's months are not the Gregorian's and are not checked.
inline std::string impossible_day(const printed_date& date) {
    if (date.lunar || !date.month || !date.day) {
        return {};
    }
    const auto check = [&](int month, int day) -> std::string {
        if (month < 1 || month > 12) {  // the scanners take none, but the table must not be read
            return "not a calendar date: no month " + std::to_string(month);
        }
        const int days = days_in_month(month, date.year);
        if (day <= days) {
            return {};
        }
        return "not a calendar date: month " + std::to_string(month) +
               (month == 2 && date.year ? " of " + std::to_string(*date.year) : std::string()) +
               " has " + std::to_string(days) + " days, not " + std::to_string(day);
    };
    if (std::string reason = check(*date.month, *date.day); !reason.empty()) {
        return reason;
    }
    return date.last_day ? check(date.last_month.value_or(*date.month), *date.last_day)
                         : std::string();
}

// The date whose first digit is at `at` (the caller has checked that the digits begin there and
// do not continue a word), or none: end 0.
constexpr date_scan date_at(std::string_view text, std::size_t at) {
    date_scan scan;
    scan.start = at;
    printed_date& date = scan.date;
    if (const std::size_t day_part = part_of_day_before(text, at); day_part != at) {
        if (const std::size_t end = time_after(text, day_part, true, date); end != day_part) {
            scan.start = day_part;
            scan.end = end;
            return scan;
        }
    }
    if (const std::size_t end = iso_date_end(text, at, date); end != at) {
        scan.end = end;
        return scan;
    }
    if (const date_scan english = english_date_at(text, at); english.end != 0) {
        return english;
    }
    for (const auto end_of :
         {slash_date_end, clock_time_end, english_clock_end, dotted_date_end, quarter_year_end}) {
        if (const std::size_t end = end_of(text, at, date); end != at) {
            scan.end = end;
            return scan;
        }
    }
    std::size_t end = at;
    const small_number year = small_number_at(text, at);
    std::size_t year_end = year.end == at + 4 ? spaced_word_end(text, year.end, year_word) : 0;
    if (const part_scan years = part_at(text, at, year_word, 1900, 2099);
        years.last > 0 && year.end == at + 4) {
        date.last_year = years.last;  // "2020—2022年", "2021-2022年度"
        year_end = years.end;
    }
    if (year_end != 0 && year.value >= 1900 && year.value <= 2099) {
        date.year = year.value;
        // "2022 年 5 月": the month may follow after spaces; without one the date ends at 年.
        const std::size_t month_from = skip_spaces(text, year_end);
        const std::size_t month_end = month_and_after(text, month_from, date);
        end = month_end != month_from ? month_end : year_end;
    } else {
        end = month_and_after(text, end, date);
    }
    if (end == at) {
        end = day_and_after(text, at, true, date);
    }
    if (end == at) {
        // 点 is an hour after 截至 ("截至10点", as of 10 o'clock), as after a date.
        end = time_after(text, at, !word_ending_at(text, at, as_of_words).empty(), date);
    }
    scan.end = end == at ? 0 : end;
    return scan;
}

// A lunar date at `at`: 正月 or 腊月, then 初一 to 初十, or 初一 to 初十 alone ("正月初八").
inline constexpr std::array<std::string_view, 2> lunar_months = {"\u6b63\u6708" /* 正月 */,
                                                                 "\u814a\u6708" /* 腊月 */};
inline constexpr std::string_view lunar_day_word = "\u521d";  // 初

constexpr date_scan lunar_date_at(std::string_view text, std::size_t at) {
    if (!word_is_at(text, at, lunar_day_word) && word_starting_at(text, at, lunar_months).empty()) {
        return {};
    }
    date_scan scan;
    std::size_t end = at;
    if (const std::string_view month = word_starting_at(text, at, lunar_months); !month.empty()) {
        scan.date.month = month == lunar_months[0] ? 1 : 12;
        end += month.size();
    }
    if (word_is_at(text, end, lunar_day_word)) {
        for (const numeral& n : tenths_numerals) {
            if (n.word != "\u4e24" && word_is_at(text, end + lunar_day_word.size(), n.word)) {
                scan.date.day = n.value;
                end += lunar_day_word.size() + n.word.size();
                break;
            }
        }
    }
    if (!scan.date.day) {
        return {};
    }
    scan.date.lunar = true;
    scan.start = at;
    scan.end = end;
    return scan;
}

}  // namespace detail
}  // namespace restoration
