// numerals_test.cpp: figures in Chinese numerals ("四家", "三千多家", "一亿二千万元",
// "百分之八十五点三"), against a second implementation written the other way round: numbers
// rendered into numerals as dictionaries give them, then read back, every number to 20,000 and
// 100,000 at random up to 10^16 (a tenth of each in sanitized and unoptimised builds); and the
// readings that must not be figures.
#include <restoration/printed.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>

#include "random_cases.hpp"

using namespace restoration;

namespace numerals_reference {

constexpr std::array<std::string_view, 10> digit_words = {"零", "一", "二", "三", "四",
                                                          "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 4> place_words = {"", "十", "百", "千"};

// A group of four digits, 1 to 9999: "三千零五", "一十二" (inside a number) or "十二" (first).
std::string group_text(std::int64_t group, bool first, bool two_as_liang) {
    std::string text;
    bool zero_pending = false;
    for (int place = 3; place >= 0; --place) {
        std::int64_t power = 1;
        for (int k = 0; k < place; ++k) {
            power *= 10;
        }
        const auto digit = static_cast<std::size_t>(group / power % 10);
        if (digit == 0) {
            zero_pending = !text.empty();
            continue;
        }
        if (zero_pending) {
            text += "零";
            zero_pending = false;
        }
        const bool leading_ten = first && text.empty() && place == 1 && digit == 1;
        if (!leading_ten) {
            const bool liang = two_as_liang && digit == 2 && text.empty() && place >= 2;
            text += liang ? std::string_view("两") : digit_words[digit];
        }
        text += place_words[static_cast<std::size_t>(place)];
    }
    return text;
}

// 0 < n < 10^8: "三千零五", "一万零五", "十万".
std::string below_yi(std::int64_t n, bool first, bool two_as_liang) {
    constexpr std::int64_t wan = 10'000;
    const std::int64_t high = n / wan;
    const std::int64_t low = n % wan;
    std::string text;
    if (high != 0) {
        text = group_text(high, first, two_as_liang) + "万";
    }
    if (low != 0) {
        if (high != 0 && low < 1'000) {
            text += "零";
        }
        text += group_text(low, first && high == 0, two_as_liang);
    }
    return text;
}

// n >= 1, as dictionaries write it: "一万零五", "十万", "一亿零五百万", "一万二千亿".
std::string numerals(std::int64_t n, bool two_as_liang) {
    constexpr std::int64_t yi = 100'000'000;
    if (n < yi) {
        return below_yi(n, true, two_as_liang);
    }
    std::string text = numerals(n / yi, two_as_liang) + "亿";
    if (const std::int64_t rest = n % yi; rest != 0) {
        if (rest < 10'000'000) {
            text += "零";
        }
        text += below_yi(rest, false, two_as_liang);
    }
    return text;
}

// The figure's value as a whole number: units x 10^(exponent - decimals).
std::int64_t whole_value(const printed_figure& figure) {
    std::int64_t value = figure.number.units;
    for (int e = figure.number.decimals; e < figure.exponent; ++e) {
        value *= 10;
    }
    return value;
}

void check_reads(std::int64_t n, bool two_as_liang) {
    const std::string text = numerals(n, two_as_liang) + "家";
    const found_figures found = find_figures(text);
    REQUIRE_MESSAGE(found.figures.size() == 1, text);
    CHECK_MESSAGE(found.figures[0].text == text, text);
    CHECK_MESSAGE(whole_value(found.figures[0]) == n, text);
    CHECK_MESSAGE(found.figures[0].unit == "家", text);
    const printed_figure alone = read_figure(text);
    CHECK_MESSAGE(alone.number == found.figures[0].number, text);
    CHECK_MESSAGE(alone.exponent == found.figures[0].exponent, text);
}

}  // namespace numerals_reference

TEST_CASE("every number to 20,000 in numerals reads back as itself") {
    for (std::int64_t n = 2; n <= random_cases::of(20'000); ++n) {
        numerals_reference::check_reads(n, n % 3 == 0);
    }
}

TEST_CASE("100,000 numbers at random up to 10^16 in numerals read back as themselves") {
    std::mt19937_64 random(20'260'128);
    for (int k = 0; k < random_cases::of(100'000); ++k) {
        // Every magnitude alike: a random count of digits, then the digits.
        const int digits = static_cast<int>(random() % 16) + 1;
        std::int64_t top = 1;
        for (int d = 0; d < digits; ++d) {
            top *= 10;
        }
        const auto n = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(top));
        if (n >= 2) {
            numerals_reference::check_reads(n, k % 2 == 0);
        }
    }
}

TEST_CASE("numerals as bulletins shorten them, with qualifiers, scales, decimals and percents") {
    struct reading {
        std::string_view text;
        std::int64_t units;
        int decimals;
        int exponent;
    };
    for (const reading& r : {reading{"三千五家", 3'500, 0, 0}, reading{"一万五千人", 15'000, 0, 0},
                             reading{"一万五人", 15'000, 0, 0}, reading{"两亿三千万元", 23'000, 0, 4},
                             reading{"三千万元", 3'000, 0, 4}, reading{"三点五万人", 35, 1, 4},
                             reading{"三千万亿元", 3'000, 0, 12}, reading{"十万家", 10, 0, 4},
                             reading{"一千零十家", 1'010, 0, 0}, reading{"五千克", 5, 0, 0},
                             reading{"一万二千亿元", 12'000, 0, 8},
                             reading{"六百万亿零三千万元", 60'000'003'000, 0, 4}}) {
        INFO(r.text);
        const found_figures found = find_figures(r.text);
        REQUIRE(found.figures.size() == 1);
        CHECK(found.figures[0].number == decimal{r.units, r.decimals});
        CHECK(found.figures[0].exponent == r.exponent);
    }
    const printed_figure odd = read_figure("三千多家");
    CHECK(odd.number == decimal{3'000, 0});
    CHECK(odd.claim == qualifier::odd);
    CHECK(read_figure("二十余人").claim == qualifier::odd);
    CHECK(read_figure("近两万人").claim == qualifier::nearly);
    const printed_figure percent = read_figure("百分之八十五点三");
    CHECK(percent.percent);
    CHECK(percent.as_percent().figure == decimal{853, 1});
    CHECK(read_figure("百分之百").as_percent().figure == decimal{100, 0});
    const printed_figure points = find_figures("比上周提高三个百分点").figures.at(0);
    CHECK(points.points);
    CHECK(points.number == decimal{3, 0});
    CHECK(points.change == direction::up);
    CHECK(find_figures("比上周增加三十家").figures.at(0).against == "比上周");
    // Per mille is no percent, in words as in signs ("5‰"): passed over, refused.
    CHECK(find_figures("千分之三").passed.at(0).reason.find("per mille") != std::string::npos);
    CHECK_THROWS_AS(read_figure("千分之三"), std::invalid_argument);
}

// 零点 begins a decimal below one: "零点五个百分点" is half a point, not 5 (it was read from the
// 五, ten times too large), and "零点零五" is 0.05. Every decimal of one to four digits after
// 零点, with a unit, a scale or as points, against its digits written out.
TEST_CASE("a decimal below one in numerals, 零点, keeps its zero") {
    for (int digits = 1; digits <= 4; ++digits) {
        int end = 1;
        for (int k = 0; k < digits; ++k) {
            end *= 10;
        }
        for (int fraction = 0; fraction < end; fraction += digits < 4 ? 1 : 7) {
            std::string words = "零点";
            for (int k = digits - 1, rest = fraction; k >= 0; --k) {
                int power = 1;
                for (int j = 0; j < k; ++j) {
                    power *= 10;
                }
                words += numerals_reference::digit_words[static_cast<std::size_t>(rest / power)];
                rest %= power;
            }
            for (const auto& [after, exponent, points] :
                 {std::tuple{std::string_view("吨"), 0, false},
                  std::tuple{std::string_view("万人"), 4, false},
                  std::tuple{std::string_view("个百分点"), 0, true}}) {
                const std::string text = "同比提高" + words + std::string(after);
                CAPTURE(text);
                const found_figures found = find_figures(text);
                REQUIRE(found.figures.size() == 1);
                CHECK(found.figures[0].number == decimal{fraction, digits});
                CHECK(found.figures[0].exponent == exponent);
                CHECK(found.figures[0].points == points);
                CHECK(found.figures[0].text == words + std::string(after));
            }
        }
    }
    CHECK(read_figure("百分之零点五").as_percent().figure == decimal{5, 1});
    CHECK(read_figure("零点八万人").value() == 8'000.0);
    // A zero alone, or before digits with no 点, begins no number ("二零二二年" is a year).
    CHECK(find_figures("零点").figures.empty());
    CHECK(find_figures("二零二二年").figures.empty());
}

TEST_CASE("numerals that are no figure stay prose") {
    // The article 一, ordinals, numerals inside words, 万 with no numeral before it and no unit
    // after, a year digit by digit, and numerals with no unit.
    for (const std::string_view text :
         {"一家企业", "一个重要", "第三家", "十分重要", "十四五规划", "万家灯火", "千家万户",
          "二〇二二年", "三年", "一季度", "马上万众一心", "数十年来", "一来人手不足"}) {
        INFO(text);
        const found_figures found = find_figures(text);
        CHECK(found.figures.empty());
        CHECK(found.passed.empty());
    }
    // Numerals of a count that state no one figure are passed over with the reason, so that
    // none goes missing unseen: some tens or thousands, ranges, fractions and half.
    struct vague_case {
        std::string_view text;
        std::string_view passed;
        std::string_view reason;
    };
    const std::array<vague_case, 22> vague = {{
        {"数十家", "数十家", "some tens, hundreds"},
        {"几十家", "几十家", "some tens, hundreds"},
        {"数百家企业复工", "数百家", "some tens, hundreds"},
        {"上万家企业", "上万家", "some tens, hundreds"},
        {"上千余人", "上千余人", "some tens, hundreds"},
        {"十几家企业", "十几家", "some tens"},
        {"二十几万人", "二十几万人", "some tens"},
        {"二三十家", "二三十家", "a range in numerals"},
        {"一两家", "一两家", "a range in numerals"},
        {"七八成企业已复工", "七八成", "a range in numerals"},
        {"约三分之二的企业", "三分之二", "a fraction in words"},
        {"四分之三", "四分之三", "a fraction in words"},
        {"半数以上企业复工", "半数以上", "half"},
        {"超过半数", "超过半数", "half"},  // with its qualifier
        {"不到一半企业复工", "不到一半", "half"},
        {"一半以上", "一半以上", "half"},
        {"全区十来家企业尚未复工", "十来家", "some tens"},
        {"十来万人", "十来万人", "some tens"},
        {"二三月份复工率较低", "二三月", "a range in numerals"},
        {"七八月", "七八月", "a range in numerals"},
        {"十一二月份复工企业较多", "十一二月", "a range in numerals"},
        {"八九成员工已返岗", "八九成", "a range in numerals"},  // 成 then 员工, not 成员
    }};
    for (const vague_case& v : vague) {
        INFO(v.text);
        const found_figures found = find_figures(v.text);
        CHECK(found.figures.empty());
        REQUIRE(found.passed.size() == 1);
        CHECK(found.passed[0].text == v.passed);
        CHECK(found.passed[0].reason.find(v.reason) == 0);
    }
    // A range in numerals states neither end: its upper end is passed over, as "3至5家" is.
    const found_figures range = find_figures("三至五家");
    CHECK(range.figures.empty());
    CHECK(range.passed.at(0).reason.find("range") != std::string::npos);
    // After digits (多 and 余 aside), numerals are the figure's scale word; after another
    // numeral they are no figure of their own ("十九成" is no tenths of 九, nor 19 tenths).
    CHECK(find_figures("5十万元").figures.at(0).exponent == 5);
    CHECK(find_figures("180多十亿千克").figures.at(0).exponent == 9);
    CHECK(find_figures("十九成").figures.empty());
    CHECK(find_figures("上汽、特斯拉四家整车企业").figures.at(0).text == "四家");
}
