// printed_test.cpp: the forms figures are printed in, read or refused, alone and in running text.
#include <restoration/printed.hpp>

#include <restoration/detail/text.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

using namespace restoration;

TEST_CASE("counts are read with their thousands separators") {
    CHECK(read_figure("7,681").count() == 7'681);
    CHECK(read_figure("248,000").count() == 248'000);
    CHECK(read_figure("66").count() == 66);
    CHECK(read_figure("1,234,567").number == decimal{1'234'567, 0});
    CHECK_FALSE(read_figure("7,681").decimal_comma);
}

TEST_CASE("percentages keep the precision they were printed with") {
    CHECK(read_figure("84.3%").as_percent().figure == decimal{843, 1});
    CHECK(read_figure("95%").as_percent().figure == decimal{95, 0});
    CHECK(read_figure("95.0%").as_percent().figure == decimal{950, 1});
    CHECK(read_figure("72.7 percent").as_percent().figure == decimal{727, 1});
    CHECK(read_figure("96.3 per cent").as_percent().figure == decimal{963, 1});
    CHECK(read_figure("84.3 %").percent);
    CHECK(read_figure("84.3\uff05").percent);  // a full-width percent sign
}

TEST_CASE("scale words multiply exactly") {
    const printed_figure masks = read_figure("28.92 million");
    CHECK(masks.number == decimal{2'892, 2});
    CHECK(masks.exponent == 6);
    CHECK(masks.scale_word == "million");
    CHECK(masks.count() == 28'920'000);
    CHECK(read_figure("4.76 million").count() == 4'760'000);
    CHECK(read_figure("1.5 billion").count() == 1'500'000'000);
    CHECK(read_figure("470 thousand").count() == 470'000);
}

TEST_CASE("Chinese scales: 万 is ten thousand and 亿 a hundred million") {
    const printed_figure masks = read_figure("2,892\u4e07\u4e2a");  // 2,892万个
    CHECK(masks.count() == 28'920'000);
    CHECK(masks.scale_word == "\u4e07");
    CHECK(masks.unit == "\u4e2a");
    CHECK(read_figure("1.2\u4ebf").count() == 120'000'000);  // 1.2亿
}

TEST_CASE("万亿 is one scale, 10^12, not 万 followed by a unit 亿") {
    const printed_figure five = read_figure("5\u4e07\u4ebf");  // 5万亿: was 50,000 of "亿"
    CHECK(five.number == decimal{5, 0});
    CHECK(five.exponent == 12);
    CHECK(five.scale_word == "\u4e07\u4ebf");
    CHECK(five.unit.empty());
    CHECK(five.count() == 5'000'000'000'000);
    const printed_figure output = read_figure("1.2\u4e07\u4ebf\u5143");  // 1.2万亿元: was 12,000
    CHECK(output.number == decimal{12, 1});
    CHECK(output.exponent == 12);
    CHECK(output.unit == "\u5143");  // 元
    CHECK(output.count() == 1'200'000'000'000);
    CHECK(output.value() == 1.2e12);

    const found_figures found =
        find_figures("\u5168\u5e741.2\u4e07\u4ebf\u5143\uff0c\u5176\u4e2d5\u4e07\u4ebf\u3002");
    REQUIRE(found.figures.size() == 2);  // 全年1.2万亿元，其中5万亿。
    CHECK(found.figures[0].text == "1.2\u4e07\u4ebf\u5143");
    CHECK(found.figures[0].exponent == 12);
    CHECK(found.figures[0].unit == "\u5143");
    CHECK(found.figures[1].count() == 5'000'000'000'000);
    CHECK(found.figures[1].unit.empty());
    CHECK(found.passed.empty());
}

TEST_CASE("a leading sign is kept: minus, minus sign, full-width minus, plus") {
    for (const std::string_view text : {"-3.2%", "\u22123.2%", "\uff0d3.2%"}) {  // -, −, －
        CAPTURE(text);
        const printed_figure down = read_figure(text);
        CHECK(down.number == decimal{-32, 1});
        CHECK(down.percent);
        CHECK(down.as_percent().figure == decimal{-32, 1});
        CHECK(down.value() == -3.2);
        CHECK(down.text == text);
        CHECK(down.position == 0);
    }
    CHECK(read_figure("+431").count() == 431);
    CHECK(read_figure("+431").text == "+431");
    CHECK(read_figure("\uff0b3.2").number == decimal{32, 1});  // ＋3.2
    CHECK(read_figure("-431").count() == -431);
    CHECK(read_figure("-1.5\u4e07").count() == -15'000);  // -1.5万
    CHECK(read_figure("  -7,681 ").position == 2);
    CHECK(read_figure("-922,337,203,685,477\u4e07").count() == -9'223'372'036'854'770'000);
    CHECK_THROWS_AS(read_figure("-922,337,203,685,478\u4e07").count(), std::overflow_error);
    // A zero keeps no sign in its digits; its text does.
    CHECK(read_figure("-0.0%").number == decimal{0, 1});
    CHECK(read_figure("-0.0%").text == "-0.0%");

    CHECK_THROWS_WITH_AS(read_figure("- 3.2%"),
                         "cannot read \"- 3.2%\" as a figure: a sign set apart from its digits at "
                         "position 0",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(read_figure("-"),
                         "cannot read \"-\" as a figure: a sign with no digit after it at "
                         "position 1",
                         std::invalid_argument);
    CHECK_THROWS_AS(read_figure("--3"), std::invalid_argument);
}

TEST_CASE("find_figures keeps a sign, and never reads a minus as nothing") {
    // Each of these was found as 3.2%.
    const std::string_view text = "output -3.2%, sales \u22123.2% and \uff0d3.2% (\uff0d3.2%)";
    const found_figures found = find_figures(text);
    REQUIRE(found.figures.size() == 4);
    for (const printed_figure& figure : found.figures) {
        CHECK(figure.number == decimal{-32, 1});
        CHECK(text.substr(figure.position, figure.text.size()) == figure.text);
    }
    CHECK(found.figures[0].text == "-3.2%");
    CHECK(found.figures[0].position == 7);
    CHECK(found.passed.empty());

    // After CJK punctuation a sign is a sign: （-3.2%） and 增速：-3.2%.
    CHECK(find_figures("\uff08-3.2%\uff09").figures.at(0).number == decimal{-32, 1});
    CHECK(find_figures("\u589e\u901f\uff1a-3.2%").figures.at(0).number == decimal{-32, 1});
    // A minus sign or a plus sign after a Chinese word is a sign: 增速−3.2%, 增加+431家 (after a
    // word of fall, 下降−3.2%, the sign and the word are not told apart: reader_zh_test.cpp).
    CHECK(find_figures("\u589e\u901f\u22123.2%").figures.at(0).number == decimal{-32, 1});
    CHECK(find_figures("\u4e0b\u964d\u22123.2%").figures.empty());
    const found_figures more = find_figures("\u589e\u52a0+431\u5bb6");
    REQUIRE(more.figures.size() == 1);
    CHECK(more.figures[0].text == "+431\u5bb6");
    CHECK(more.figures[0].count() == 431);

    // A hyphen after a Chinese word is a minus (增长-3.2%) or a range (3月1日-27日): the figure
    // is passed over, neither read as 3.2 nor as -27.
    const found_figures growth = find_figures("\u589e\u957f-3.2%");  // 增长-3.2%
    CHECK(growth.figures.empty());
    REQUIRE(growth.passed.size() == 1);
    CHECK(growth.passed[0].text == "-3.2%");
    CHECK(growth.passed[0].position == 6);
    CHECK(growth.passed[0].reason == "a dash between a word and digits: a minus sign or a range");
    // 3月1日-27日 was the figures 3 and 1 and "-27" passed over: it is one date, a range.
    const found_figures days = find_figures("3\u67081\u65e5-27\u65e5");
    CHECK(days.figures.empty());
    CHECK(days.passed.empty());
    REQUIRE(days.dates.size() == 1);
    CHECK(days.dates[0].month == 3);
    CHECK(days.dates[0].day == 1);
    CHECK(days.dates[0].last_day == 27);
    CHECK(find_figures("1\uff0d2\u6708").passed.empty());  // 1－2月: a range after a digit

    // After a digit or an ASCII letter a hyphen joins: ranges, dates, names, subtraction.
    for (const std::string_view joined : {"1-2", "COVID-19", "5\u22123", "May 3-5", "A-1"}) {
        CAPTURE(joined);
        for (const printed_figure& figure : find_figures(joined).figures) {
            CHECK(figure.number.units > 0);
            CHECK(figure.text.find_first_of("-+") == std::string::npos);
        }
    }
    CHECK(find_figures("2022-05-11").dates.at(0).day == 11);
    CHECK(find_figures("2022-05-11").passed.empty());
    // "1-2" is a range: neither end is stated as a figure.
    CHECK(find_figures("1-2").figures.empty());
    CHECK(find_figures("1-2").passed.size() == 2);

    // A signed figure that cannot be read is passed over with its sign.
    const found_figures bad = find_figures("down -84..3% today");
    CHECK(bad.figures.empty());
    REQUIRE(bad.passed.size() == 1);
    CHECK(bad.passed[0].text == "-84..3");
    CHECK(bad.passed[0].position == 5);
}

TEST_CASE("a hyphen after punctuation may be a range's dash: the figure is passed over") {
    // 同比增长5%-10%: the hyphen was read as a minus, giving -10%; then 5% was read as exact.
    // It is a range: both ends are passed over, with the reason.
    const found_figures range = find_figures("\u540c\u6bd4\u589e\u957f5%-10%");
    CHECK(range.figures.empty());
    REQUIRE(range.passed.size() == 2);
    CHECK(range.passed[0].text == "5%");
    CHECK(range.passed[0].reason == "the lower end of a range: a range is not read as figures");
    CHECK(range.passed[1].text == "10%");
    CHECK(range.passed[1].reason == "the upper end of a range: a range is not read as figures");
    // After punctuation that ends no figure, the dash may be a minus or a range's.
    const found_figures after_comma = find_figures("\u540c\u6bd4\u589e\u957f\uff0c-10%");
    CHECK(after_comma.figures.empty());
    REQUIRE(after_comma.passed.size() == 1);
    CHECK(after_comma.passed[0].text == "-10%");
    CHECK(after_comma.passed[0].reason ==
          "a dash after punctuation, before digits: a minus sign or a range");
    // (3.2)-5 gave -5.
    const found_figures bracket = find_figures("(3.2)-5");
    REQUIRE(bracket.figures.size() == 1);
    CHECK(bracket.figures[0].number == decimal{32, 1});
    REQUIRE(bracket.passed.size() == 1);
    CHECK(bracket.passed[0].text == "-5");
    CHECK(bracket.passed[0].position == 5);

    // After closing punctuation, a quote or any other symbol: %, ), ”, ], 。, ，, ）, ", /, ;.
    for (const std::string_view before : {"%", ")", "\u201d", "]", "\u3002", "\uff0c", "\uff09",
                                          "\"", "/", ";", "\u3001", "x%"}) {
        for (const std::string_view hyphen : {"-", "\uff0d", "\ufe63"}) {
            const std::string text = std::string(before) + std::string(hyphen) + "3.2%";
            CAPTURE(text);
            const found_figures found = find_figures(text);
            CHECK(found.figures.empty());
            REQUIRE(found.passed.size() == 1);
            CHECK(found.passed[0].text == std::string(hyphen) + "3.2%");
        }
    }
    // At the start, after a space (ASCII, no-break, ideographic), an opening bracket or quote,
    // or a colon, nothing stands for a range to begin at: a hyphen there is a minus.
    for (const std::string_view before :
         {"", " ", "\n", "\u00a0", "\u3000", "(", "[", "\uff08", "\u3010", "\u300c", "\u201c",
          ":", "\uff1a"}) {
        const std::string text = "x" + std::string(before) + "-3.2%";
        CAPTURE(text);
        const found_figures found = find_figures(before.empty() ? text.substr(1) : text);
        REQUIRE(found.figures.size() == 1);
        CHECK(found.figures[0].number == decimal{-32, 1});
        CHECK(found.passed.empty());
    }
    // A minus sign is never a dash: after punctuation it is a sign.
    CHECK(find_figures("x%\u22123.2%").figures.at(0).number == decimal{-32, 1});
}

TEST_CASE("an en dash, a figure dash or a hyphen before digits: refused by both readers") {
    // Each was ignored by find_figures, which found +3.2%, while read_figure refused the text.
    const std::array<std::pair<std::string_view, std::string_view>, 4> dashes = {{
        {"\u2010", "a hyphen (U+2010)"},
        {"\u2011", "a non-breaking hyphen (U+2011)"},
        {"\u2012", "a figure dash (U+2012)"},
        {"\u2013", "an en dash (U+2013)"},
    }};
    for (const auto& [dash, name] : dashes) {
        const std::string text = std::string(dash) + "3.2%";
        CAPTURE(text);
        const std::string reason = std::string(name) + " before digits: a minus sign or a range";
        CHECK_THROWS_WITH_AS(read_figure(text),
                             ("cannot read \"" + text + "\" as a figure: " + reason +
                              " at position 0")
                                 .c_str(),
                             std::invalid_argument);
        const found_figures alone = find_figures(text);
        CHECK(alone.figures.empty());
        REQUIRE(alone.passed.size() == 1);
        CHECK(alone.passed[0].text == text);
        CHECK(alone.passed[0].reason == reason);
        // Wherever it stands: after a space, a word or an opening bracket.
        for (const std::string_view before : {"output ", "\u589e\u957f", "\uff08"}) {
            const found_figures found = find_figures(std::string(before) + text);
            CHECK(found.figures.empty());
            CHECK(found.passed.size() == 1);
        }
        // After a digit or a letter it is no sign (COVID‐19, 1‐2). An en dash between figures
        // makes a range ("1–2"), of which neither end is a figure.
        const found_figures joined = find_figures("1" + std::string(dash) + "2");
        if (dash == "\u2013") {
            CHECK(joined.figures.empty());
            CHECK(joined.passed.size() == 2);
        } else {
            REQUIRE(joined.figures.size() == 2);
            CHECK(joined.figures[1].number == decimal{2, 0});
            CHECK(joined.passed.empty());
        }
    }
    // A small hyphen-minus is a hyphen-minus, a small plus sign a plus sign.
    CHECK(read_figure("\ufe633.2%").number == decimal{-32, 1});
    CHECK(find_figures("output \ufe633.2%").figures.at(0).number == decimal{-32, 1});
    CHECK(find_figures("\u589e\u957f\ufe633.2%").figures.empty());
    CHECK(read_figure("\ufe62431").count() == 431);
    // A dash with no digit after it is no figure, nor a sign.
    CHECK_THROWS_WITH_AS(read_figure("\u2013"),
                         "cannot read \"\u2013\" as a figure: no digit at position 0",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(read_figure("\u2013.5"),
                         "cannot read \"\u2013.5\" as a figure: a decimal point with no digit "
                         "before it at position 3",
                         std::invalid_argument);
}

TEST_CASE("十万, 百万, 千万, 十亿, 百亿 and 千亿 are scales, matched longest first") {
    // 5千万 and 1.2千亿元 were read as 5 and 1.2 with the scale taken for the unit.
    const printed_figure fifty_million = read_figure("5\u5343\u4e07");  // 5千万
    CHECK(fifty_million.count() == 50'000'000);
    CHECK(fifty_million.exponent == 7);
    CHECK(fifty_million.scale_word == "\u5343\u4e07");
    CHECK(fifty_million.unit.empty());
    const printed_figure output = read_figure("1.2\u5343\u4ebf\u5143");  // 1.2千亿元
    CHECK(output.number == decimal{12, 1});
    CHECK(output.exponent == 11);
    CHECK(output.unit == "\u5143");
    CHECK(output.count() == 120'000'000'000);
    // 产值5千万元 gave 5.
    const found_figures found = find_figures("\u4ea7\u503c5\u5343\u4e07\u5143");
    REQUIRE(found.figures.size() == 1);
    CHECK(found.figures[0].count() == 50'000'000);
    CHECK(found.figures[0].text == "5\u5343\u4e07\u5143");
    CHECK(found.figures[0].unit == "\u5143");
    CHECK(found.passed.empty());

    const std::array<std::pair<std::string_view, int>, 9> scales = {{
        {"\u5341\u4e07", 5},   // 十万
        {"\u767e\u4e07", 6},   // 百万
        {"\u5343\u4e07", 7},   // 千万
        {"\u5341\u4ebf", 9},   // 十亿
        {"\u767e\u4ebf", 10},  // 百亿
        {"\u5343\u4ebf", 11},  // 千亿
        {"\u4e07\u4ebf", 12},  // 万亿
        {"\u4e07", 4},
        {"\u4ebf", 8},
    }};
    for (const auto& [word, exponent] : scales) {
        for (const std::string_view space : {"", " ", "\u3000"}) {
            const std::string text = "3" + std::string(space) + std::string(word) + "\u4eba";
            CAPTURE(text);
            const printed_figure read = read_figure(text);
            CHECK(read.exponent == exponent);
            CHECK(read.scale_word == word);
            CHECK(read.unit == "\u4eba");
            const found_figures in_text = find_figures("\u5171" + text + "\u3002");
            REQUIRE(in_text.figures.size() == 1);
            CHECK(in_text.figures[0].exponent == exponent);
            CHECK(in_text.figures[0].text == text);
        }
    }

    // Scale words run together are refused, not read as the first: 5千万亿 is no 5千万 of 亿.
    CHECK_THROWS_WITH_AS(read_figure("5\u5343\u4e07\u4ebf"),
                         "cannot read \"5\u5343\u4e07\u4ebf\" as a figure: scale words run "
                         "together at position 7",
                         std::invalid_argument);
    CHECK(find_figures("5\u5343\u4e07\u4ebf").figures.empty());

    // 千, 百 or 十 alone multiplies the figure but is not read: refused, never dropped (5千人
    // was 5 persons). 千 of a metric unit (千克, 千瓦) and 百分点 are units, not multiples.
    for (const std::string_view text :
         {"5\u5343\u4eba", "5\u5343", "5 \u5343\u4eba", "3\u767e\u5bb6", "2\u5341\u4e2a"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(read_figure(text), std::invalid_argument);
        const found_figures passed = find_figures(text);
        CHECK(passed.figures.empty());
        CHECK(passed.passed.size() == 1);
    }
    CHECK(find_figures("5\u5343\u4eba").passed.at(0).reason ==
          "\"\u5343\" (a thousand) is no scale word at position 1");
    CHECK(read_figure("5\u5343\u514b").unit == "\u5343\u514b");  // 5千克
    CHECK(find_figures("5\u5343\u514b").figures.at(0).count() == 5);
    const printed_figure power = read_figure("120\u4e07\u5343\u74e6");  // 120万千瓦
    CHECK(power.count() == 1'200'000);
    CHECK(power.unit == "\u5343\u74e6");
    CHECK(find_figures("3.2\u767e\u5206\u70b9").figures.at(0).number == decimal{32, 1});
}

TEST_CASE("English scale words in any case, and before a hyphen") {
    // "5 MILLION tons" was 5 tons.
    const printed_figure tons = read_figure("5 MILLION tons");
    CHECK(tons.count() == 5'000'000);
    CHECK(tons.scale_word == "million");
    CHECK(tons.unit == "tons");
    const found_figures found = find_figures("output 5 MILLION tons");
    REQUIRE(found.figures.size() == 1);
    CHECK(found.figures[0].count() == 5'000'000);
    CHECK(found.figures[0].text == "5 MILLION tons");
    CHECK(read_figure("5 Million").exponent == 6);
    CHECK(read_figure("2 Billion").count() == 2'000'000'000);
    CHECK(read_figure("3 THOUSAND").count() == 3'000);
    CHECK(read_figure("1.2 trillion yuan").count() == 1'200'000'000'000);
    CHECK(read_figure("5 PERCENT").percent);
    CHECK(read_figure("5 Per Cent").percent);

    // "1.5 million-2 million" gave 1.5: the hyphen stopped "million" counting as a scale word.
    // It is a range, whose ends are passed over whole.
    const found_figures range = find_figures("1.5 million-2 million");
    CHECK(range.figures.empty());
    REQUIRE(range.passed.size() == 2);
    CHECK(range.passed[0].text == "1.5 million");
    CHECK(range.passed[1].text == "2 million");
    CHECK_THROWS_WITH_AS(read_figure("1.5 million-2 million"),
                         "cannot read \"1.5 million-2 million\" as a figure: unexpected \"2\" at "
                         "position 12",
                         std::invalid_argument);
    const found_figures percents = find_figures("5 percent-10 percent");
    CHECK(percents.figures.empty());
    CHECK(percents.passed.size() == 2);

    // A scale word run on into letters is no scale word, and the figure is not read without it.
    for (const std::string_view text : {"5 millions", "5 Thousands", "5 billionths"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(read_figure(text), std::invalid_argument);
        CHECK(find_figures(text).figures.empty());
        CHECK(find_figures(text).passed.size() == 1);
    }
    CHECK(find_figures("5 millions").passed.at(0).reason ==
          "a scale word run on into letters at position 2");
}

TEST_CASE("wire-service abbreviations and English compound modifiers keep their scale") {
    // "1.2 bln yuan" was 1.2 yuan, "a 1.5-billion-yuan fund" 1.5, "12.3 pct" 12.3 with no percent:
    // the figures a thousand millionth, or a hundredth, of what was printed.
    const found_figures wire = find_figures("The fund totals 1.2 bln yuan and 350 mln yuan.");
    REQUIRE(wire.figures.size() == 2);
    CHECK(wire.figures[0].text == "1.2 bln yuan");
    CHECK(wire.figures[0].count() == 1'200'000'000);
    CHECK(wire.figures[0].unit == "yuan");
    CHECK(wire.figures[1].count() == 350'000'000);
    CHECK(read_figure("1.2bn").count() == 1'200'000'000);
    CHECK(read_figure("3 TRLN yuan").exponent == 12);
    const printed_figure pct = read_figure("12.3 pct");
    CHECK(pct.percent);
    CHECK(pct.number == decimal{123, 1});
    const printed_figure pct_points = read_figure("1.5 pct points");
    CHECK(pct_points.points);
    CHECK_FALSE(pct_points.percent);

    // A compound modifier joins the number to its words with hyphens: "a 1.5-billion-yuan
    // fund", "a 5-percent rise", "a 3.2-percentage-point rise", "a 2.3-million-ton harvest".
    const found_figures fund = find_figures("The city set up a 1.5-billion-yuan fund for 300 firms.");
    REQUIRE(fund.figures.size() == 2);
    CHECK(fund.figures[0].text == "1.5-billion-yuan");
    CHECK(fund.figures[0].count() == 1'500'000'000);
    CHECK(fund.figures[0].unit == "yuan");
    CHECK(fund.figures[1].count() == 300);
    CHECK(read_figure("5-percent").percent);
    CHECK(read_figure("3.2-percentage-point").points);
    const printed_figure harvest = read_figure("2.3-million-ton");
    CHECK(harvest.count() == 2'300'000);
    CHECK(harvest.unit == "ton");
    CHECK(read_figure("300-tonne").unit == "tonne");
    // Points however the wires write them; basis points are not read without their word, by
    // either function.
    for (const std::string_view text :
         {"a 0.5-pct-point drop", "rose 0.2 pct pts", "0.5 percent points", "a 0.5-percent-point"}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        REQUIRE(found.figures.size() == 1);
        CHECK(found.figures[0].points);
        CHECK_FALSE(found.figures[0].percent);
    }
    CHECK(read_figure("5-per-cent").percent);
    // "12,000-odd enterprises": the digits lead, as 多's do; "20,000-plus" is at least.
    CHECK(read_figure("12,000-odd").claim == qualifier::odd);
    CHECK(find_figures("12,000-odd enterprises").figures.at(0).claim == qualifier::odd);
    CHECK(read_figure("20,000 plus").claim == qualifier::at_least);
    CHECK(find_figures("20,000-plus workers").figures.at(0).claim == qualifier::at_least);
    CHECK(find_figures("20,000 plush toys").figures.at(0).claim == qualifier::none);
    // "9 in 10 enterprises", "nine in 10 firms": a proportion, no count; "up 3 in 2022" is 3.
    CHECK(find_figures("9 in 10 enterprises resumed").figures.empty());
    CHECK(find_figures("nine in 10 firms").passed.at(0).text == "nine in 10");
    CHECK(find_figures("up 3 in 2022").figures.at(0).count() == 3);
    // Dates as the wires write them: abbreviated months, a month and a year, a year after "in".
    const found_figures dated = find_figures(
        "BEIJING, Feb. 20 (Xinhua) -- In 2019, profits rose 3.3%; by the end of March 2020, 84.3%.");
    REQUIRE(dated.figures.size() == 2);
    CHECK(dated.figures[0].text == "3.3%");
    REQUIRE(dated.dates.size() == 3);
    CHECK(dated.dates[0].text == "Feb. 20");
    CHECK(dated.dates[1].year == 2019);
    CHECK(dated.dates[2].month == 3);
    CHECK(find_figures("As of Feb 20, 84.3% resumed").dates.at(0).day == 20);
    CHECK(find_figures("output rose 2019.5 tons").figures.size() == 1);
    for (const std::string_view text : {"25 basis points", "25 bps"}) {
        CAPTURE(text);
        CHECK(find_figures(text).figures.empty());
        CHECK(find_figures(text).passed.size() == 1);
        CHECK_THROWS_AS(read_figure(text), std::invalid_argument);
    }
    // Ton-kilometres are a unit, as 吨公里 is, after a scale word too: "3.5 billion
    // ton-kilometres" was 3.5 billion of nothing, where "5.2 ton-kilometers" was passed over.
    for (const std::string_view text :
         {"5.2 ton-kilometers", "3.5 billion ton-kilometres", "3.5 billion tonne-kilometres",
          "625.4 billion kWh"}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        REQUIRE(found.figures.size() == 1);
        CHECK(found.figures[0].text == text);
        CHECK(read_figure(text).unit == found.figures[0].unit);
        CHECK_FALSE(found.figures[0].unit.empty());
    }
    // Only English words are joined so: "a 3-fold rise" is a multiple, passed over as "1.5
    // times" is, "5-6 tons" a range, "5-成" no tenths.
    const found_figures fold = find_figures("a 3-fold rise");
    CHECK(fold.figures.empty());
    REQUIRE(fold.passed.size() == 1);
    CHECK(fold.passed[0].text == "3-fold");
    CHECK(find_figures("5-6 tons").figures.empty());
    CHECK_THROWS_AS(read_figure("5-\u6210"), std::invalid_argument);
    CHECK_THROWS_AS(read_figure("5-fold"), std::invalid_argument);
}

TEST_CASE("an English verb or noun of change directly before a figure states its direction") {
    const auto change_of = [](std::string_view text, std::string_view figure_text) {
        const found_figures found = find_figures(text);
        for (const printed_figure& figure : found.figures) {
            if (figure.text == figure_text) {
                return figure.change;
            }
        }
        FAIL("no figure \"" << figure_text << "\" in \"" << text << "\"");
        return direction::none;
    };
    // Verbs, in any case, with or without "by", and nouns before "of".
    CHECK(change_of("Retail sales fell 11.1 percent from a year earlier.", "11.1 percent") ==
          direction::down);
    // What it is against follows the figure in English, and is not read.
    CHECK(find_figures("fell 11.1 percent from a year earlier").figures.at(0).against.empty());
    CHECK(change_of("The rate rose 3.2 percentage points to 75.1 percent.",
                    "3.2 percentage points") == direction::up);
    CHECK(change_of("Output Increased by 431 enterprises.", "431") == direction::up);
    CHECK(change_of("Profits declined by 38.3%.", "38.3%") == direction::down);
    CHECK(change_of("a year-on-year rise of 5.8 percent", "5.8 percent") == direction::up);
    CHECK(change_of("an increase of 431 enterprises", "431") == direction::up);
    CHECK(change_of("a drop of 120", "120") == direction::down);
    CHECK(change_of("profits rose more than 5 percent", "more than 5 percent") == direction::up);
    // "up" and "down", "growth of", "expanded" only before a percent or points.
    CHECK(change_of("The rate was up 0.5 percentage point.", "0.5 percentage point") ==
          direction::up);
    CHECK(change_of("- Down 3.2 percent on 2020-02-21.", "3.2 percent") == direction::down);
    CHECK(change_of("They set up 30 factories.", "30") == direction::none);
    CHECK(change_of("the growth of 30 firms", "30") == direction::none);
    CHECK(change_of("growth of 5.8%", "5.8%") == direction::up);
    // Before a percent, "up" and "down" are a change at a clause's start, after "be" or a verb
    // of moving; after another verb they are its particle.
    CHECK(change_of("94.6%, up 1.6 percentage points", "1.6 percentage points") == direction::up);
    CHECK(change_of("Exports edged down 0.5 percent.", "0.5 percent") == direction::down);
    CHECK(change_of("Utilization picked up 5 percentage points.", "5 percentage points") ==
          direction::up);
    CHECK(change_of("Manufacturing made up 45 percent of output.", "45 percent") ==
          direction::none);
    CHECK(change_of("The sector took up 30 percent of power use.", "30 percent") ==
          direction::none);
    CHECK(change_of("The city shut down 30 percent of its lines.", "30 percent") ==
          direction::none);
    // Negative growth is a fall.
    CHECK(change_of("Output registered a negative growth of 6.8 percent.", "6.8 percent") ==
          direction::down);
    // No change: a level after "to", a word that does not stand directly before the figure, a
    // word parted from it by punctuation, the end of a hyphenated word.
    CHECK(change_of("The rate rose 3.2 percentage points to 75.1 percent.", "75.1 percent") ==
          direction::none);
    CHECK(change_of("prices rose, 30 firms closed", "30") == direction::none);
    CHECK(change_of("rose in 30 cities", "30") == direction::none);
    CHECK(change_of("a follow-up 30 percent", "30 percent") == direction::none);
    CHECK(change_of("arose 5 percent", "5 percent") == direction::none);
    // A Chinese direction word is read as before.
    CHECK(change_of("\u540c\u6bd4\u4e0b\u964d13.5%", "13.5%") == direction::down);
}

TEST_CASE("English as the financial press and economists write it") {
    // "3.5 mn tonnes" was 3.5 tonnes, "RMB5 billion" nothing at all, "minus 2.1 percent" +2.1%,
    // "1.5-fold" the count 1.5, "up 12.1 ppt" a count of 12.1.
    const found_figures mn = find_figures("Output reached 3.5 mn tonnes, worth $1.2tn.");
    REQUIRE(mn.figures.size() == 2);
    CHECK(mn.figures[0].count() == 3'500'000);
    CHECK(mn.figures[0].unit == "tonnes");
    CHECK(mn.figures[1].exponent == 12);
    CHECK(read_figure("3.5 mn").count() == 3'500'000);
    // A currency code joined to the amount; other letters joined to digits are a code.
    const found_figures rmb = find_figures("Banks lent RMB12.5 billion and USD5bn to A4 firms.");
    REQUIRE(rmb.figures.size() == 2);
    CHECK(rmb.figures[0].text == "12.5 billion");
    CHECK(rmb.figures[0].count() == 12'500'000'000);
    CHECK(rmb.figures[1].count() == 5'000'000'000);
    // read_figure reads them as find_figures does: it refused them ("no digit at position 0").
    for (const std::string_view text : {"RMB5 billion", "USD5bn", "USD1.2bn", "cny300"}) {
        CAPTURE(text);
        const printed_figure read = read_figure(text);
        const found_figures found = find_figures(text);
        REQUIRE(found.figures.size() == 1);
        CHECK(read.text == found.figures[0].text);
        CHECK(read.position == found.figures[0].position);
        CHECK(read.value() == found.figures[0].value());
    }
    CHECK_THROWS_AS(read_figure("RMB"), std::invalid_argument);
    // Review 36: a currency sign between a qualifier and the amount dropped the qualifier
    // ("topped $200 billion", "about $1.2tn": exact); both readers claim past it.
    struct currency_case {
        std::string_view text;
        qualifier claim;
    };
    for (const currency_case& c : std::array<currency_case, 6>{{
             {"about $1.2tn", qualifier::about},
             {"more than US$5 billion", qualifier::more_than},
             {"topped $200 billion", qualifier::more_than},
             {"about RMB5 billion", qualifier::about},
             {"\u7ea6\uffe5300\u4e07", qualifier::about},  // 约￥300万
             {"$1.2tn", qualifier::none},
         }}) {
        CAPTURE(c.text);
        const printed_figure read = read_figure(c.text);
        const found_figures found = find_figures(c.text);
        REQUIRE(found.figures.size() == 1);
        CHECK(read.claim == c.claim);
        CHECK(found.figures[0].claim == c.claim);
        CHECK(read.value() == found.figures[0].value());
    }
    CHECK(find_figures("$1.2tn").figures.at(0).text == "1.2tn");  // a sign alone is outside
    // Points as economists abbreviate them; "pts" alone is points as "points" is, not said to
    // be percentage points, "pc" per cent or pieces, "ppt" parts per trillion too, "pp" pages:
    // all passed over, by both readers.
    for (const std::string_view text : {"rose 2 ppts", "up 12.1 ppts"}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        REQUIRE(found.figures.size() == 1);
        CHECK(found.figures[0].points);
        CHECK(found.figures[0].change == direction::up);
    }
    CHECK(read_figure("2 ppts").points);
    for (const std::string_view text :
         {"0.3 pts", "20 pc", "1.5-fold", "a 20-fold rise", "0.5 ppt", "120 pp"}) {
        CAPTURE(text);
        CHECK(find_figures(text).figures.empty());
        CHECK(find_figures(text).passed.size() == 1);
    }
    CHECK_THROWS_AS(read_figure("0.3 pts"), std::invalid_argument);
    CHECK_THROWS_AS(read_figure("20 pc"), std::invalid_argument);
    CHECK(find_figures("1,000 pcs").figures.at(0).unit == "pcs");
    // "minus" and "negative" in words are a sign the reader does not take: passed over with the
    // figure, never read as a rise ("posted negative 3.5 percent growth").
    for (const std::string_view text :
         {"Profits were minus 2.1 percent.", "Net profit rose by MINUS 5.2 percent.",
          "Exports posted negative 3.5 percent growth.", "Growth was negative 2.1 percent.",
          "The growth rate was a negative 3.5 percent."}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        CHECK(found.figures.empty());
        REQUIRE(found.passed.size() == 1);
        CHECK(found.passed[0].text.substr(0, 5) != "2.1 p");
        CHECK(found.passed[0].reason ==
              "a sign in words (\"minus\", \"negative\", \u8d1f, \u96f6\u4e0b): not read");
    }
    CHECK(find_figures("a terminus 5 km away").passed.empty());
    const found_figures negative_rate =
        find_figures("Exports posted a negative growth rate of 3.5 percent.");
    CHECK(negative_rate.figures.at(0).change == direction::down);
}

TEST_CASE("English lists share their kind and change; English ranges are no figures") {
    const found_figures rates =
        find_figures("Rates of 85, 88 and 90 percent respectively; output rose 12%, 8% and 5%.");
    REQUIRE(rates.figures.size() == 6);
    for (std::size_t k = 0; k < 3; ++k) {
        CAPTURE(k);
        CHECK(rates.figures[k].percent);
        CHECK(rates.figures[k].kind_from_list == (k < 2));
        CHECK(rates.figures[3 + k].change == direction::up);
    }
    const found_figures points = find_figures("Rates rose 3.2 and 2.1 percentage points.");
    REQUIRE(points.figures.size() == 2);
    CHECK(points.figures[0].points);
    CHECK(points.figures[1].change == direction::up);
    // A comma alone parts clauses: the list goes on after the figure, or it is none.
    const found_figures clauses = find_figures("Output rose 5.2%, 3.1% of it abroad.");
    REQUIRE(clauses.figures.size() == 2);
    CHECK(clauses.figures[1].change == direction::none);
    // Ranges: "to", "or", "between ... and", when the ends are alike or the lower says nothing.
    for (const std::string_view text :
         {"Output rose 5 to 10 percent.", "Between 60 and 70 percent of firms reopened.",
          "Output will grow by 5 or 6 percent.", "It fell between 5 percent and 10 percent."}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        CHECK(found.figures.empty());
        REQUIRE(found.passed.size() == 2);
        CHECK(found.passed[1].reason == "the upper end of a range: a range is not read as figures");
    }
    // Not ranges: a change and the level it came to, from one level to another, and "to" after
    // a figure that says what it is, before one that does not.
    CHECK(find_figures("up 12.1 percentage points to 84.3 percent").figures.size() == 2);
    CHECK(find_figures("rose 5 percent to 1.2 million tonnes").figures.size() == 2);
    CHECK(find_figures("The rate rose from 65% to 78%.").figures.size() == 2);
    CHECK(find_figures("They sent 5 tons to 300 firms.").figures.size() == 2);
    CHECK(find_figures("5 tons to 300 firms and 2 plants").figures.size() == 3);
}

TEST_CASE("English after the figure: nouns and comparatives of change, qualifiers of a level") {
    const auto read = [](std::string_view text) {
        const found_figures found = find_figures(text);
        REQUIRE(found.figures.size() == 1);
        return found.figures[0];
    };
    // They were no change at all.
    CHECK(read("a 3.2 percent decline").change == direction::down);
    CHECK(read("A 3.2-percentage-point decline").change == direction::down);
    CHECK(read("a 3.2 percent year-on-year drop").change == direction::down);
    CHECK(read("a 4-percent rise").change == direction::up);
    CHECK(read("2.1 percent lower than a year earlier").change == direction::down);
    CHECK(read("1.4 percentage points above the average").change == direction::up);
    CHECK(read("12.5% up year on year").change == direction::up);
    CHECK(read("431 more than the day before").change == direction::up);
    CHECK(read("30 percent fewer visitors").change == direction::down);
    // Nouns only after a percent or points: "a 300 drop" is not said so; "300 higher" neither.
    CHECK(read("300 lower").change == direction::none);
    CHECK(read("The plan for 300 growth firms").change == direction::none);
    // A level passed or stood beside is more or less than the figure, and no change of it, even
    // after a verb of change; "more than" after one keeps the change.
    const printed_figure exceeded = read("Output exceeded 3.2 million tonnes.");
    CHECK(exceeded.claim == qualifier::more_than);
    CHECK(exceeded.change == direction::none);
    CHECK(read("The rate topped 99 percent").claim == qualifier::more_than);
    const printed_figure below = read("Output dropped below 50 percent.");
    CHECK(below.claim == qualifier::less_than);
    CHECK(below.change == direction::none);
    CHECK(read("not exceeding 5%").claim == qualifier::at_most);
    CHECK(read("profits rose more than 5 percent").change == direction::up);
    CHECK(read("The rate was 90 percent or more.").claim == qualifier::at_least);
    CHECK(read("The rate was 90 percent or above.").text == "90 percent or above");
    CHECK(read("10 or fewer firms").claim == qualifier::at_most);
    CHECK(read("30 percent or so").claim == qualifier::about);
    CHECK(read_figure("exceeded 3.2 million").claim == qualifier::more_than);
    CHECK(read_figure("90 percent or more").claim == qualifier::at_least);
    CHECK(find_figures("about 90 percent or more").passed.size() == 1);  // two claims disagree
}

TEST_CASE("English spans of days and years after from, by, between, as of are no counts") {
    for (const std::string_view text :
         {"The plant closed for 10 days.", "Within 3 days, all resumed.",
          "Over the past 14 days, 300 firms resumed.", "It was shut for over 10 days."}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        CHECK(found.figures.size() == (text.find("300") != std::string_view::npos ? 1U : 0U));
        REQUIRE(found.passed.size() == 1);
        CHECK(found.passed[0].reason.find("a span of time") == 0);
    }
    // Days measured, not a span: "an average stay of 9.5 days", "320 days of good air".
    CHECK(read_figure("10 days").unit == "days");
    CHECK(find_figures("The average stay was 9.5 days.").figures.at(0).unit == "days");
    CHECK(find_figures("320 days of good air, 15 days more than last year").figures.size() == 2);
    const found_figures years = find_figures(
        "5 million yuan from 1998 to 2010; between 2019 and 2021, 300 firms; by 2025, 95%; "
        "As of 2022, 6,480; by the end of 2020, 84.3%.");
    REQUIRE(years.figures.size() == 5);
    CHECK(years.figures[1].count() == 300);
    CHECK(years.figures[2].text == "95%");
    CHECK(years.dates.size() == 7);
    // By how much, not by when; a count of firms after "to"; a date of its own.
    const found_figures by = find_figures("Resumed firms increased by 2019 to 8,500.");
    REQUIRE(by.figures.size() == 2);
    CHECK(by.figures[0].count() == 2'019);
    CHECK(by.figures[0].change == direction::up);
    CHECK(by.figures[1].count() == 8'500);
    CHECK(find_figures("The number rose to 2010 firms.").figures.at(0).count() == 2'010);
    const found_figures numeric = find_figures("As of 2020/02/24, 84.3 percent had resumed.");
    REQUIRE(numeric.dates.size() == 1);
    CHECK(numeric.dates[0].text == "2020/02/24");
    CHECK(find_figures("As of Sep 30, 300 firms had resumed.").figures.at(0).count() == 300);
}

// "1,000 trucks or more" lost its "or more": the qualifier stood after the noun.
TEST_CASE("a qualifier after a count and one noun claims the count: 1,000 trucks or more") {
    struct noun_case {
        std::string_view text;
        std::string_view figure;
        qualifier claim;
    };
    for (const noun_case& c : std::array<noun_case, 4>{{
             {"Some 1,000 trucks or more crossed.", "", qualifier::none},  // two claims: passed
             {"It sent 1,000 trucks or more.", "1,000 trucks or more", qualifier::at_least},
             {"Firms of 500 workers or fewer resumed.", "500 workers or fewer", qualifier::at_most},
             {"In all 3,000 firms or so reopened.", "3,000 firms or so", qualifier::about},
         }}) {
        CAPTURE(c.text);
        const found_figures found = find_figures(c.text);
        if (c.figure.empty()) {
            CHECK(found.figures.empty());
            REQUIRE(found.passed.size() == 1);
            CHECK(found.passed[0].reason.find("two qualifiers that disagree") == 0);
            continue;
        }
        REQUIRE(found.figures.size() == 1);
        CHECK(found.figures[0].text == c.figure);
        CHECK(found.figures[0].claim == c.claim);
        CHECK(found.figures[0].unit.empty());
    }
    // Not where the words go on to another figure, nor into a longer word.
    const found_figures more = find_figures("1,000 trucks or more than 20 percent");
    REQUIRE(more.figures.size() == 2);
    CHECK(more.figures[0].claim == qualifier::none);
    CHECK(find_figures("1,000 trucks or moreover").figures.at(0).claim == qualifier::none);
    CHECK(find_figures("1,000 trucks and over 500 cars").figures.at(0).claim == qualifier::none);
}

// Review 36: "never exceeded 50 percent" was more than 50 percent.
TEST_CASE("never exceeded, did not exceed: at most; more or less: about") {
    CHECK(find_figures("Output never exceeded 50 percent of normal levels.").figures.at(0).claim ==
          qualifier::at_most);
    CHECK(find_figures("The rate did not exceed 50 percent.").figures.at(0).claim ==
          qualifier::at_most);
    CHECK(find_figures("The rate was more or less 50 percent.").figures.at(0).claim ==
          qualifier::about);
    CHECK(find_figures("Output exceeded 50 percent.").figures.at(0).claim ==
          qualifier::more_than);
}

// Review 36: changes lost in wire English.
TEST_CASE("to drop, was cut by, reduced rates by, a slide, a recovery, slower than: changes") {
    struct english_change {
        std::string_view text;
        direction way;
    };
    for (const english_change& c : std::array<english_change, 14>{{
             {"The central bank cut the reserve requirement ratio by 0.5 percentage point.",
              direction::down},
             {"The firm raised its output target by 5 percent.", direction::up},
             {"It reduced the fees by 10 percent.", direction::down},
             {"Output grew by an annual 5.8 percent.", direction::up},
             {"Output jumped an annualised 5.8 percent.", direction::up},
             {"Output is forecast to drop 1.5 percent.", direction::down},
             {"Exports are expected to grow 3 percent.", direction::up},
             {"The RRR was cut by 0.5 percentage points.", direction::down},
             {"Banks reduced rates by 0.25 percentage points.", direction::down},
             {"a 1.5% slide", direction::down},
             {"a 1.5% reduction", direction::down},
             {"a 1.5% recovery", direction::up},
             {"GDP grew by a revised 3.9 percent.", direction::up},
             {"0.5 percentage points slower than in 2019", direction::down},
         }}) {
        CAPTURE(c.text);
        CHECK(find_figures(c.text).figures.at(0).change == c.way);
    }
    // Of rates only: no change of a count, nor of a season's year.
    CHECK(find_figures("Jobs were cut by 500 workers.").figures.at(0).change == direction::none);
    CHECK(find_figures("It raised the number of firms by 300.").figures.at(0).change ==
          direction::none);
    CHECK(find_figures("It increased the number of firms by 300.").figures.at(0).change ==
          direction::up);
    CHECK(find_figures("A price cut 10 percent below cost").figures.at(0).change ==
          direction::none);
    CHECK(find_figures("in fall 2020").figures.at(0).change == direction::none);
    // A shortfall against a target is no fall of the figure; after a comma the fall stands.
    CHECK(find_figures("Output fell 1.2 percentage points short of target.").figures.at(0).change ==
          direction::none);
    CHECK(find_figures("Output fell 5 percent, short of forecasts").figures.at(0).change ==
          direction::down);
}

// Review 37: silently wrong readings in wire English.
TEST_CASE("a count keeps its kind before a percent that begins a clause; trn is a trillion") {
    // "The plant employs 500, and 90 percent have returned" gave 500%.
    for (const std::string_view text :
         {"The plant employs 500, and 90 percent have returned.",
          "The company employs 3,000 and 80 percent of them are back.",
          "In 2021 it made 400 and 30 percent went abroad."}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        REQUIRE(found.figures.size() >= 2);
        CHECK_FALSE(found.figures[found.figures.size() - 2].percent);
        CHECK(found.figures.back().percent);
    }
    const found_figures listed = find_figures("85, 88 and 90 percent");  // still a list
    REQUIRE(listed.figures.size() == 3);
    CHECK(listed.figures[0].percent);
    // "2 trn yuan" was 2; "mil" and "bil", cut short, are refused as whole words only.
    CHECK(find_figures("Loans reached 2 trn yuan.").figures.at(0).value() == 2e12);
    CHECK(find_figures("2 mil yuan").figures.empty());
    CHECK(find_figures("2 bil yuan").figures.empty());
    CHECK(find_figures("the 3 military bases").figures.at(0).count() == 3);
}

TEST_CASE("up to after a verb of moving is a level; ends that share a scale make a range") {
    for (const std::string_view text :
         {"The jobless rate ticked up to 5.2% in March.", "The rate edged up to 6.1% in April.",
          "Output climbed up to 5.2%.", "Rehiring brought the workforce back up to 3,000."}) {
        CAPTURE(text);
        const printed_figure figure = find_figures(text).figures.at(0);
        CHECK(figure.claim == qualifier::none);
        CHECK(figure.change == direction::none);
    }
    CHECK(find_figures("subsidies of up to 500,000 yuan").figures.at(0).claim ==
          qualifier::at_most);
    for (const std::string_view text :
         {"Output was 20 million to 30 million tonnes.", "It costs 1 million to 2 million yuan.",
          "Between 2 million and 3 million people returned."}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        CHECK(found.figures.empty());
        CHECK(found.passed.size() == 2);
    }
    // A market's close moves up or down; "advanced" as an adjective states nothing.
    CHECK(find_figures("The index closed up 1.5%.").figures.at(0).change == direction::up);
    CHECK(find_figures("The index ended down 0.8%.").figures.at(0).change == direction::down);
    CHECK(find_figures("SMIC's advanced 14 nm process").figures.at(0).change == direction::none);
    CHECK(find_figures("Output advanced 3.2 percent.").figures.at(0).change == direction::up);
}

TEST_CASE("years after for, during, over, compared with, fiscal, and after a name, are dates") {
    for (const std::string_view text :
         {"a target of around 5.5% for 2022.", "Output grew 12% over 2021.",
          "compared with 2019, output rose 5%", "fiscal 2021", "Made in China 2025",
          "Shaanxi 2021 industrial value-added growth: 7.6%", "since the 2008 crisis",
          "2021 profit rose 20%"}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        REQUIRE(found.dates.size() == 1);
        for (const printed_figure& figure : found.figures) {
            CHECK(figure.value() < 1900);
        }
    }
    // Counts stay counts.
    CHECK(find_figures("over 2000 workers").figures.at(0).count() == 2'000);
    CHECK(find_figures("The Output 2000 tonnes").figures.at(0).count() == 2'000);
    // Names: a rank, a chip, a class of truck.
    for (const std::string_view name : {"Top 10 automakers", "top 3 battery makers", "Kirin 9000",
                                        "Class 8 truck", "Forever 21"}) {
        CAPTURE(name);
        CHECK(find_figures(name).figures.empty());
    }
}

// Review 36: names, ages and years in English read as counts.
TEST_CASE("names with numbers, ages and a year that begins a sentence are no counts") {
    for (const std::string_view name :
         {"Fortune 500 companies", "Group of 20 leaders", "Foxconn's Plant 2 resumed",
          "Tier 1 suppliers", "near Highway 101", "Apple's iPhone 12 production",
          "Huawei's Mate 30 phones", "Windows 10", "The COVID 19 outbreak", "Document 5"}) {
        CAPTURE(name);
        const found_figures found = find_figures(name);
        CHECK(found.figures.empty());
        REQUIRE(found.passed.size() == 1);
        CHECK(found.passed[0].reason.find("a number that names") == 0);
    }
    const found_figures age = find_figures("The 27-year-old worker returned.");
    CHECK(age.figures.empty());
    CHECK(age.passed.at(0).text == "27-year-old");
    for (const std::string_view text :
         {"2020 was the worst year for the factory.", "Sales fell. 2019 output was low."}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        CHECK(found.figures.empty());
        CHECK(found.dates.size() == 1);
    }
    // A count that begins a sentence stays one; so does a name's word in lower case.
    CHECK(find_figures("2000 workers returned.").figures.at(0).count() == 2'000);
    CHECK(find_figures("the plant 2,000 workers returned to").figures.at(0).count() == 2'000);
}

// "The 2020 target was met" reported a count of 2,020.
TEST_CASE("a year before a noun years qualify, after a determiner or a possessive, is a date") {
    for (const std::string_view text :
         {"The 2020 target was met.", "Its 2022 plan aims higher.", "China's 2021 plan",
          "China\u2019s 2021 plan", "a 2019 survey of firms", "the 2020 total"}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        CHECK(found.figures.empty());
        REQUIRE(found.dates.size() == 1);
        CHECK(found.dates[0].year >= 2019);
    }
    // Before other nouns, or after no determiner, digits stay a count; so does a word that
    // ends in "the".
    CHECK(find_figures("the 2000 workers").figures.at(0).count() == 2'000);
    CHECK(find_figures("bathe 2020 target").figures.at(0).count() == 2'020);
}

// A second review read the rules above against ordinary English prose, where their words stand
// in other senses; each of these was misread by the first version of them.
TEST_CASE("English prose where those words mean something else") {
    const auto figures = [](std::string_view text) { return find_figures(text).figures; };
    // "or" between a count and its share is no range; "to" before a smaller count neither.
    const auto share = figures("A total of 1,350 or 92.3 percent of enterprises have resumed.");
    REQUIRE(share.size() == 2);
    CHECK(share[1].percent);
    CHECK(figures("Hubei allocated 500 to 16 cities.").size() == 2);
    // The same change said again in percent after "or".
    const auto again = figures("Resumed firms fell by 30, or 5.1 percent.");
    REQUIRE(again.size() == 2);
    CHECK(again[1].change == direction::down);
    // Counts after from, by, between when a noun follows; a change's levels after from.
    CHECK(figures("Workers from 1980 firms returned.").at(0).count() == 1'980);
    CHECK(figures("It was joined by 2000 workers.").at(0).count() == 2'000);
    CHECK(figures("Resumed firms rose from 1956 to 2048.").size() == 2);
    const auto tons = figures("Output was raised from 2000 to 2500 tons.");
    REQUIRE(tons.size() == 2);
    CHECK(tons[0].unit == "tons");  // the lower end takes the upper's unit
    CHECK(tons[0].kind_from_list);
    // Words after a figure that begin the next clause's figure claim nothing for this one.
    CHECK(figures("3,012 or more than 95 percent").at(0).claim == qualifier::none);
    CHECK(figures("92 percent and above the provincial average").at(0).claim ==
          qualifier::none);
    // A list's change is not carried to a share of something in the next clause.
    const auto shops = figures("Retail sales rose 5 percent and 20 percent of shops remain closed.");
    REQUIRE(shops.size() == 2);
    CHECK(shops[1].change == direction::none);
    const auto comma_and = figures("Sales rose 5 percent, and 20 percent of shops remain closed.");
    REQUIRE(comma_and.size() == 2);
    CHECK(comma_and[1].change == direction::none);
    // "the above 12 measures" (上述); a level up from another; days to go; more or less.
    CHECK(figures("The above 12 measures").at(0).claim == qualifier::none);
    CHECK(figures("92 percent up from 85 percent").at(0).change == direction::none);
    CHECK(figures("90 percent up to Sunday").at(0).change == direction::none);
    // More verbs and nouns of change; "more ... than" across one noun.
    for (const std::string_view fall :
         {"Output plummeted 25.9 percent.", "Exports tumbled 12 percent.", "Sales sank 3 percent.",
          "Prices dipped 0.5 percent.", "Growth eased 0.3 percentage points.",
          "Costs were reduced by 15 percent.", "Emissions were lowered by 3 percent.",
          "Growth slowed by 0.5 percentage points.", "recorded a 12 percent slump",
          "Exports slipped 2.1 percent.", "Factories shed 300 jobs.", "Output lost 4 percent.",
          "Sales receded 1.5%.", "Demand weakened 0.3 percentage points.",
          "Exports fell, declining 5 percent on the year.", "sliding 2 percent"}) {
        CAPTURE(fall);
        CHECK(figures(fall).at(0).change == direction::down);
    }
    for (const std::string_view rise :
         {"Growth accelerated by 0.5 percentage points.", "a 5 percent surge",
          "The company hired 500 more workers than last year.", "The index advanced 3.2 percent.",
          "Stocks rallied 5%.", "profits increasing 12 percent", "growing 3 percent"}) {
        CAPTURE(rise);
        CHECK(figures(rise).at(0).change == direction::up);
    }
    CHECK(figures("20 more days to go").at(0).change == direction::none);
    CHECK(figures("the growing 30 firms").at(0).change == direction::none);  // -ing: rates only
    // After a change, "to" and a figure read alone or not is the level it came to, no range.
    const found_figures index = find_figures("The index rose 1.2 percent to 2,880 points.");
    REQUIRE(index.figures.size() == 1);
    CHECK(index.figures[0].change == direction::up);
    CHECK(index.passed.at(0).text == "2,880 points");
    // "N out of M" is a proportion, as "N in M" is; a list's mark is no minus.
    CHECK(find_figures("Eight out of 10 firms have resumed.").passed.at(0).text ==
          "Eight out of 10");
    // In digits they are two counts: "65 out of 100 enterprises", as "930 out of 1,331".
    CHECK(figures("65 out of 100 enterprises had resumed").size() == 2);
    const found_figures listed =
        find_figures("Figures:\n- 930 out of 1,331 firms\n  * 111,000 staff");
    REQUIRE(listed.figures.size() == 3);
    CHECK(listed.figures[0].count() == 930);
    CHECK(listed.figures[2].count() == 111'000);
    CHECK(find_figures("- 5").passed.at(0).reason == "a sign set apart from its digits");
    CHECK(find_figures("Output:\n\n- 5 tons").passed.empty());
    // After a line of prose it may be a minus carried over: passed over, as before.
    CHECK(find_figures("Output fell\n- 3.2 percent").passed.at(0).reason ==
          "a sign set apart from its digits");
    // Regressions of these rules, as a review found them.
    CHECK(find_figures("Twenty ").passed.empty());  // read no further than the text
    CHECK(figures("In 2022 up to 60% of output was exported.").at(0).claim ==
          qualifier::at_most);
    CHECK(figures("Each team has 5 up to 10 members.").at(1).claim == qualifier::at_most);
    CHECK(figures("A growth rate of 0.5 percentage points lower than last year.").at(0).change ==
          direction::down);
    CHECK(figures("Capacity has recovered 85 percent of pre-epidemic levels.").at(0).change ==
          direction::none);
    CHECK(find_figures("The only one in 2022 to close").dates.at(0).year == 2022);
    CHECK(figures("Only one in 2,000 firms went bankrupt.").at(0).count() == 2'000);
    CHECK(figures("Half of 2000 workers had returned.").at(0).count() == 2'000);
    CHECK(figures("Those testing negative 7 days in a row").at(0).unit == "days");
    CHECK(figures("Non-negative 5 values").at(0).count() == 5);
    CHECK(figures("A price cut 10 percent below cost").at(0).change == direction::none);
    CHECK(figures("The terminal 5 percent fee").at(0).percent);
    CHECK(figures("Call 2020 a lost year.").at(0).count() == 2'020);
    CHECK(find_figures("ten o'clock news").passed.empty());
    CHECK(find_figures("finished in half an hour").passed.empty());
    CHECK(find_figures("The company doubled down on safety.").passed.empty());
    // A year after a part of a year, or after "after" at a clause's end; an hour "o'clock";
    // a span after "lasted" or "took", across a qualifier; names before their numbers.
    CHECK(find_figures("In the first quarter of 2020, output fell").dates.at(0).year == 2020);
    CHECK(find_figures("In the first half of 2020, output fell.").figures.empty());
    CHECK(find_figures("born after 1990").dates.at(0).year == 1990);
    CHECK(figures("After 2000 workers returned").at(0).count() == 2'000);
    CHECK(figures("80 percent of 2020 firms").at(1).count() == 2'020);
    CHECK(find_figures("from 8 o'clock to 18 o'clock").dates.at(1).hour == 18);
    CHECK(find_figures("The lockdown lasted 76 days.").figures.empty());
    CHECK(find_figures("It took more than 70 days to recover.").figures.empty());
    for (const std::string_view name : {"Tesla's Model 3", "Boeing 737", "Terminal 3",
                                        "The Double 11 festival", "Call 12345 for help"}) {
        CAPTURE(name);
        CHECK(find_figures(name).figures.empty());
    }
    // "up to" after a figure is where the change goes, no bound on the figure after it.
    CHECK(figures("It rose from 85 percent up to 92 percent.").at(1).claim == qualifier::none);
    CHECK(figures("from 1,200 up to 1,500 firms").at(1).claim == qualifier::none);
    CHECK(figures("capacity is up to 92 percent").at(0).claim == qualifier::at_most);
    CHECK(figures("5 tons, up to 7 tons").at(1).claim == qualifier::at_most);
    CHECK(figures("5 percent below the poverty line").at(0).change == direction::none);
    CHECK(figures("20 more days to go").at(0).change == direction::none);
    CHECK(figures("the growing 30 firms").at(0).change == direction::none);  // -ing: rates only
    CHECK(figures("Some 2,000 more or less").at(0).change == direction::none);
    // Polypropylene is no points; a year's levels are a date.
    CHECK(figures("300 PP bags").at(0).count() == 300);
    CHECK(figures("Output surpassed 2019 levels by 3 percent.").size() == 1);
    // The lower end of "from ... to" takes the upper's kind, not across a scale word.
    const auto percents = figures("The rate rose from 3 to 5 percent.");
    REQUIRE(percents.size() == 2);
    CHECK(percents[0].percent);
    CHECK(figures("from 1,950 to 2,050 million yuan").empty());
}

TEST_CASE("English numbers in words that state a figure are passed over with the reason") {
    // Each with its text: the reader reads none of them, and says so, as it says of 一半以上.
    const auto passed = [](std::string_view text) {
        const found_figures found = find_figures(text);
        CHECK(found.figures.empty());
        std::vector<std::string> texts;
        for (const passed_over& p : found.passed) {
            texts.push_back(p.text + ": " + p.reason.substr(0, p.reason.find(' ', 2)));
        }
        return texts;
    };
    using texts = std::vector<std::string>;
    CHECK(passed("Ninety percent of firms resumed.") == texts{"Ninety percent: a number"});
    CHECK(passed("Ninety-two per cent") == texts{"Ninety-two per cent: a number"});
    CHECK(passed("up seven percentage points") == texts{"seven percentage points: a number"});
    CHECK(passed("one hundred and twenty tons") == texts{"one hundred and twenty tons: a number"});
    CHECK(passed("one million masks") == texts{"one million: a number"});
    CHECK(passed("ten percent-twelve percent") ==
          texts{"ten percent: a number", "twelve percent: a number"});
    CHECK(passed("Two-thirds of firms") == texts{"Two-thirds: a fraction"});
    CHECK(passed("two thirds") == texts{"two thirds: a fraction"});
    CHECK(passed("one in five firms") == texts{"one in five: a fraction"});
    CHECK(passed("a third of the firms") == texts{"a third of: a fraction"});
    CHECK(passed("Half of the firms; more than half of shops") ==
          texts{"Half of: a fraction", "more than half: a fraction"});
    CHECK(passed("Dozens of plants") == texts{"Dozens of: a vague"});
    CHECK(passed("tens of thousands of workers") == texts{"tens of thousands of: a vague"});
    // Counts in words: compounds, and single words from ten; "a" and "several" before a scale;
    // fractions and multiples as changes; "point" inside; spans of time with their own reason.
    CHECK(passed("Twenty-three enterprises resumed.") == texts{"Twenty-three: a number"});
    CHECK(passed("Sixty firms, or more") == texts{"Sixty: a number"});
    CHECK(passed("Three hundred and sixty-five firms") ==
          texts{"Three hundred and sixty-five: a number"});
    CHECK(passed("a million masks") == texts{"a million: a number"});
    CHECK(passed("half a million masks") == texts{"half a million: a number"});
    CHECK(passed("A dozen companies") == texts{"A dozen: a number"});
    CHECK(passed("One and a half million masks") == texts{"One and a half million: a number"});
    CHECK(passed("Sixty-eight point five percent") ==
          texts{"Sixty-eight point five percent: a number"});
    CHECK(passed("a five-billion-yuan fund") == texts{"five-billion: a number"});
    CHECK(passed("a two-percentage-point rise") == texts{"two-percentage-point: a number"});
    CHECK(passed("Four out of five firms") == texts{"Four out of five: a fraction"});
    CHECK(passed("One in every three") == texts{"One in every three: a fraction"});
    CHECK(passed("Output fell by a third.") == texts{"a third: a fraction"});
    CHECK(passed("Output was cut in half.") == texts{"half: a fraction"});
    CHECK(passed("Output almost doubled.") == texts{"doubled: a multiple"});
    CHECK(passed("a threefold rise") == texts{"threefold: a multiple"});
    CHECK(passed("Several thousand workers") == texts{"Several thousand: a vague"});
    CHECK(passed("Thousands more returned") == texts{"Thousands more: a vague"});
    CHECK(passed("Hundreds of thousands of masks") == texts{"Hundreds of thousands of: a vague"});
    CHECK(passed("within two days") == texts{"two days: a span"});
    CHECK(passed("for three working days") == texts{"three working days: a span"});
    // Digits after "one in" keep their rule; words before a noun are prose.
    CHECK(passed("one in 10 firms") == texts{"one in 10: a proportion"});
    for (const std::string_view prose :
         {"six of the seven districts", "No one was hurt; one of the measures", "one-stop service",
          "the Five-Year Plan", "zero-COVID policy", "in the first half of the year",
          "a half-day shift", "Thousand Island Lake", "one third-party audit"}) {
        CAPTURE(prose);
        CHECK(passed(prose).empty());
    }
    // Beside figures in digits, which are read as before.
    const found_figures mixed = find_figures("Ninety percent, or 1,234 firms, resumed.");
    REQUIRE(mixed.figures.size() == 1);
    CHECK(mixed.figures[0].count() == 1'234);
    CHECK(mixed.passed.size() == 1);
}

TEST_CASE("letters joined to digits are passed over to the letters' end, not the text's") {
    const found_figures found =
        find_figures("4S\u5e97\u6062\u590d\u8425\u4e1a\uff0c\u590d\u5de5120\u5bb6\u3002");
    REQUIRE(found.passed.size() == 1);
    CHECK(found.passed[0].text == "4S");
    CHECK(found.passed[0].reason == "digits joined to letters");
    REQUIRE(found.figures.size() == 1);
    CHECK(found.figures[0].text == "120\u5bb6");
    CHECK(find_figures("5th\u201d").passed.at(0).text == "5th");
}

TEST_CASE("a no-break space and an ideographic space stand where a space may") {
    // "5　万" (U+3000) read as 5; "5 %" (U+00A0) as the count 5.
    const printed_figure wan = read_figure("5\u3000\u4e07");
    CHECK(wan.count() == 50'000);
    CHECK(wan.scale_word == "\u4e07");
    CHECK(find_figures("5\u3000\u4e07").figures.at(0).count() == 50'000);
    CHECK(read_figure("5\u00a0%").as_percent().figure == decimal{5, 0});
    const found_figures percent = find_figures("rate 5\u00a0%");
    REQUIRE(percent.figures.size() == 1);
    CHECK(percent.figures[0].percent);
    CHECK(percent.figures[0].text == "5\u00a0%");
    CHECK(read_figure("28.92\u00a0million").count() == 28'920'000);
    CHECK(find_figures("1,529\u3000\u5428").figures.at(0).unit == "\u5428");  // 1,529　吨
    const printed_figure spaced = read_figure("\u00a05,000\u3000");
    CHECK(spaced.text == "5,000");
    CHECK(spaced.position == 2);
}

TEST_CASE("per mille is not a percent") {
    // "5‰" was the count 5.
    CHECK_THROWS_WITH_AS(read_figure("5\u2030"),
                         "cannot read \"5\u2030\" as a figure: per mille is not a percent at "
                         "position 1",
                         std::invalid_argument);
    const found_figures found = find_figures("\u4e0b\u964d5\u2030");  // 下降5‰
    CHECK(found.figures.empty());
    REQUIRE(found.passed.size() == 1);
    CHECK(found.passed[0].text == "5\u2030");
    CHECK(found.passed[0].reason == "per mille is not a percent at position 7");
    for (const std::string_view text : {"5 \u2030", "5\u00a0\u2030", "5\u2031", "5.\u2030"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(read_figure(text), std::invalid_argument);
        CHECK(find_figures(text).figures.empty());
        CHECK(find_figures(text).passed.size() == 1);
    }
    // A fraction in words is not read as the bare digits: 百分之3.5 is 3.5%.
    const found_figures words = find_figures("\u767e\u5206\u4e4b3.5");
    CHECK(words.figures.empty());
    CHECK(words.passed.size() == 1);
}

TEST_CASE("spaces around a figure are not part of its text") {
    // A figure with no unit word kept the spaces after it: "84.3% " and "0  ".
    CHECK(read_figure(" 84.3% ").text == "84.3%");
    CHECK(read_figure("  0  ").text == "0");
    CHECK(read_figure("28.92 million  ").text == "28.92 million");
    CHECK(read_figure("1,529 tons ").text == "1,529 tons");
    CHECK(read_figure("1,529 tons ").unit == "tons");
}

TEST_CASE("a unit word after the figure is kept") {
    CHECK(read_figure("1,529 tons").unit == "tons");
    CHECK(read_figure("57,000 vehicle-times").unit == "vehicle-times");
    CHECK(read_figure("5\u5343\u514b").unit == "\u5343\u514b");          // 5千克
    CHECK(read_figure("3.2\u767e\u5206\u70b9").points);  // 3.2百分点: points, no unit
}

TEST_CASE("read_figure reads as the unit only a word find_figures knows, and refuses others") {
    // "4.76 million test kit tubes" had the unit "test kit tubes", "5 apples" "apples", and
    // "5-" the unit "-", where find_figures attaches no unit; the whole text is to be a figure.
    const auto refused = [](std::string_view text) {
        try {
            read_figure(text);
        } catch (const std::invalid_argument& error) {
            return std::string(error.what());
        }
        return std::string();
    };
    CHECK(refused("5 apples") == "cannot read \"5 apples\" as a figure: words after a figure "
                                 "that are not a unit it knows at position 2");
    CHECK(refused("4.76 million test kit tubes") ==
          "cannot read \"4.76 million test kit tubes\" as a figure: words after a figure that "
          "are not a unit it knows at position 13");
    CHECK(refused("5-") == "cannot read \"5-\" as a figure: words after a figure that are not "
                           "a unit it knows at position 1");
    CHECK(refused("5 th") == "cannot read \"5 th\" as a figure: words after a figure that are "
                             "not a unit it knows at position 2");
    CHECK(refused("5 tons of disinfectant") ==
          "cannot read \"5 tons of disinfectant\" as a figure: words after a figure that are "
          "not a unit it knows at position 7");
    CHECK(refused("5\u4e2a\u4eba") ==  // 5个人: 个 is the unit, 人 more
          "cannot read \"5\u4e2a\u4eba\" as a figure: words after a figure that are not a "
          "unit it knows at position 4");
    CHECK(refused("500 t-shirts") == "cannot read \"500 t-shirts\" as a figure: words after a "
                                     "figure that are not a unit it knows at position 4");
    CHECK(refused("5\u9897").find("not a unit it knows at position 1") != std::string::npos);
    // In running text the same words are prose after a figure that has no unit.
    for (const std::string_view text : {"5 apples", "4.76 million test kit tubes", "5 th"}) {
        CAPTURE(text);
        const found_figures found = find_figures(text);
        REQUIRE(found.figures.size() == 1);
        CHECK(found.figures[0].unit.empty());
        CHECK(found.passed.empty());
    }
    // Known words, joined or after spaces, are read alike by both.
    for (const std::string_view text :
         {"5 tons", "5tons", "57,000 vehicle-times", "2,892\u4e07\u4e2a", "50\u5bb6",
          "3\u3000\u4eba", "1.5 million yuan  ", "120\u4e07\u5343\u74e6", "5 t"}) {
        CAPTURE(text);
        const printed_figure read = read_figure(text);
        const found_figures found = find_figures(text);
        REQUIRE(found.figures.size() == 1);
        CHECK(found.passed.empty());
        CHECK(found.figures[0].unit == read.unit);
        CHECK(found.figures[0].text == read.text);
        CHECK(!read.unit.empty());
    }
}

TEST_CASE("a sign set apart from its digits is refused and passed over, never dropped") {
    // "- 5", "+ 3.2%" and "−\u00a05" were refused by read_figure but found as positive.
    const auto refused = [](std::string_view text) {
        try {
            read_figure(text);
        } catch (const std::invalid_argument& error) {
            return std::string(error.what());
        }
        return std::string();
    };
    for (const std::string_view text :
         {"- 5", "+ 3.2%", "\u2212\u00a05", "\uff0d\u30005", "\ufe63 5", "\uff0b 5\u4e07",
          "\ufe62  7,681 tons", "-\u00a0 \u30001.5 million"}) {
        CAPTURE(text);
        CHECK(refused(text) == "cannot read \"" + std::string(text) +
                                   "\" as a figure: a sign set apart from its digits at "
                                   "position 0");
        const found_figures found = find_figures(text);
        CHECK(found.figures.empty());
        REQUIRE(found.passed.size() == 1);
        CHECK(found.passed[0].reason == "a sign set apart from its digits");
        CHECK(found.passed[0].position == 0);
        CHECK(found.passed[0].text == text);
    }
    // With spaces around it, its position is the sign's.
    CHECK(refused("  - 5 ") == "cannot read \"  - 5 \" as a figure: a sign set apart from its "
                               "digits at position 2");
    // In running text: after a space, an opening bracket, a colon, a word or punctuation.
    for (const std::string_view before : {"fell ", "(", "\uff1a", "\u589e\u957f", "\uff0c", ""}) {
        const std::string text = std::string(before) + "\u2212 3.2%\u3002";
        CAPTURE(text);
        const found_figures found = find_figures(text);
        CHECK(found.figures.empty());
        REQUIRE(found.passed.size() == 1);
        CHECK(found.passed[0].position == before.size());
        CHECK(found.passed[0].text == "\u2212 3.2%");
        CHECK(found.passed[0].reason == "a sign set apart from its digits");
    }
    // A hyphen after a digit or an ASCII letter joins, as when it touches the digits.
    CHECK(find_figures("COVID- 19").figures.size() == 1);
    // "8 - 3" is a range (or a subtraction): neither 8 nor 3 is a figure of its own.
    const found_figures subtraction = find_figures("8 - 3");
    CHECK(subtraction.figures.empty());
    REQUIRE(subtraction.passed.size() == 2);
    CHECK(subtraction.passed[0].text == "8");
    CHECK(subtraction.passed[1].text == "3");
    // A point with no digit before it after a set-apart sign: the same reason and position.
    CHECK(refused("- .5") == "cannot read \"- .5\" as a figure: a decimal point with no digit "
                             "before it at position 2");
    CHECK(find_figures("- .5").passed.at(0).reason ==
          "a decimal point with no digit before it at position 2");
    // A sign with no digit after it at all is still that.
    CHECK(refused("- ") == "cannot read \"- \" as a figure: a sign with no digit after it at "
                           "position 1");
}

TEST_CASE("a decimal comma is read as a decimal point, and flagged") {
    const printed_figure masks = read_figure("28,92 million");
    CHECK(masks.decimal_comma);
    CHECK(masks.number == decimal{2'892, 2});
    CHECK(masks.count() == 28'920'000);
    CHECK(read_figure("0,5%").decimal_comma);
    // Three digits after a comma are a thousands group, not decimals.
    CHECK_FALSE(read_figure("28,920").decimal_comma);
}

TEST_CASE("a figure's value, and the questions it cannot answer") {
    CHECK(read_figure("28.92 million").value() == doctest::Approx(28'920'000.0));
    // The nearest double to what is printed, not 843 * 10^-1 (84.300000000000011).
    CHECK(read_figure("84.3").value() == 84.3);
    CHECK(read_figure("84.3%").value() == 84.3);
    CHECK(read_figure("0.1").value() == 0.1);
    CHECK(read_figure("1.529").value() == 1.529);
    CHECK(read_figure("95.96%").value() == 95.96);
    CHECK(read_figure("28.92 million").value() == 28'920'000.0);
    CHECK(read_figure("1.08\u4e07").value() == 10'800.0);  // 1.08万
    CHECK_THROWS_WITH_AS(read_figure("84.3%").count(), "\"84.3%\" is a percentage, not a count",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(read_figure("1.5").count(), "\"1.5\" is not a whole count",
                         std::invalid_argument);
    CHECK_THROWS_WITH_AS(read_figure("7,681").as_percent(), "\"7,681\" is not a percentage",
                         std::invalid_argument);
    CHECK_THROWS_AS(read_figure("2.50").count(), std::invalid_argument);
    CHECK(read_figure("2.0").count() == 2);
}

TEST_CASE("malformed figures are refused with the text and the position of the fault") {
    const auto refused = [](std::string_view text) {
        try {
            read_figure(text);
        } catch (const std::invalid_argument& error) {
            return std::string(error.what());
        }
        return std::string("accepted");
    };
    CHECK(refused("84..3%") == "cannot read \"84..3%\" as a figure: a decimal point with no "
                               "digit after it at position 2");
    CHECK(refused("") == "cannot read \"\" as a figure: no figure at position 0");
    CHECK(refused("12,34,5") ==
          "cannot read \"12,34,5\" as a figure: digits grouped irregularly at position 2");
    CHECK(refused("6,480,") ==
          "cannot read \"6,480,\" as a figure: a comma with no digit after it at position 5");
    CHECK(refused("1.529.4") ==
          "cannot read \"1.529.4\" as a figure: a second decimal point at position 5");
    CHECK(refused("1234,567") ==
          "cannot read \"1234,567\" as a figure: digits grouped irregularly at position 4");
    CHECK(refused("abc") == "cannot read \"abc\" as a figure: no digit at position 0");
    CHECK(refused("84.3% up") ==
          "cannot read \"84.3% up\" as a figure: words after a percentage at position 6");
    CHECK(refused("99999999999999999999") ==
          "cannot read \"99999999999999999999\" as a figure: too many digits at position 0");
    CHECK(refused("7,681 (2022)") ==
          "cannot read \"7,681 (2022)\" as a figure: unexpected \"(\" at position 6");
}

TEST_CASE("figures are found in running text with their positions") {
    const std::string_view text =
        "Updated 2022-05-11. By May 5th, 640 of 768 firms (83.3%) were back; staff: 24,800 "
        "staffs, 5,700 vehicle-times, output 2,89 million masks and 152.9 tons.";
    const found_figures found = find_figures(text);
    REQUIRE(found.figures.size() == 7);
    CHECK(found.figures[0].text == "640");
    CHECK(found.figures[0].position == text.find("640"));
    CHECK(found.figures[1].count() == 768);
    CHECK(found.figures[2].as_percent().figure == decimal{833, 1});
    CHECK(found.figures[3].unit == "staffs");
    CHECK(found.figures[4].unit == "vehicle-times");
    CHECK(found.figures[5].text == "2,89 million");
    CHECK(found.figures[5].decimal_comma);
    CHECK(found.figures[6].unit == "tons");
    for (const printed_figure& figure : found.figures) {
        CHECK(text.substr(figure.position, figure.text.size()) == figure.text);
    }
    REQUIRE(found.dates.size() == 2);
    CHECK(found.dates[0].text == "2022-05-11");
    CHECK(found.dates[0].year == 2022);
    CHECK(found.dates[1].text == "May 5th");
    CHECK(found.passed.empty());
}

TEST_CASE("punctuation after a figure in running text ends it") {
    const found_figures found = find_figures("6,480, then 7,681. Then 1.5.");
    REQUIRE(found.figures.size() == 3);
    CHECK(found.figures[0].count() == 6'480);
    CHECK(found.figures[1].count() == 7'681);
    CHECK(found.figures[2].number == decimal{15, 1});
    CHECK(found.passed.empty());
}

TEST_CASE("an unreadable figure in running text is passed over with the reason") {
    const found_figures found = find_figures("version 1.529.4 and 12,34,5 here");
    CHECK(found.figures.empty());
    REQUIRE(found.passed.size() == 2);
    CHECK(found.passed[0].text == "1.529.4");
    CHECK(found.passed[0].reason == "a second decimal point at position 13");
    CHECK(found.passed[1].text == "12,34,5");
}

TEST_CASE("a malformed figure in running text is passed over, as read_figure refuses it") {
    // "84..3%" was found as a figure 84, with nothing passed over.
    const found_figures found = find_figures("rate 84..3% today");
    CHECK(found.figures.empty());
    REQUIRE(found.passed.size() == 1);
    CHECK(found.passed[0].text == "84..3");
    CHECK(found.passed[0].position == 5);
    CHECK(found.passed[0].reason == "a decimal point with no digit after it at position 7");
    CHECK_THROWS_WITH_AS(read_figure("84..3%"),
                         "cannot read \"84..3%\" as a figure: a decimal point with no digit "
                         "after it at position 2",
                         std::invalid_argument);

    // A separator joined to a percent sign or a scale or unit word belongs to the figure.
    for (const std::string_view text : {"84.%", "2,892,\u4e07\u4e2a", "5.kg", "1.5.%"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(read_figure(text), std::invalid_argument);
        const found_figures alone = find_figures(text);
        CHECK(alone.figures.empty());
        CHECK(alone.passed.size() == 1);
    }
    CHECK(find_figures("84.%").passed[0].reason ==
          "a decimal point with no digit after it at position 2");
    CHECK(find_figures("1.5.%").passed[0].reason == "a second decimal point at position 3");
    CHECK_THROWS_WITH_AS(read_figure("1.5."),
                         "cannot read \"1.5.\" as a figure: a second decimal point at position 3",
                         std::invalid_argument);

    // A point with no digit before it: read_figure refuses ".5"; find_figures passes it over.
    CHECK_THROWS_WITH_AS(read_figure(".5%"),
                         "cannot read \".5%\" as a figure: a decimal point with no digit before "
                         "it at position 0",
                         std::invalid_argument);
    const found_figures point = find_figures("rate .5% up");
    CHECK(point.figures.empty());
    REQUIRE(point.passed.size() == 1);
    CHECK(point.passed[0].text == ".5");
    CHECK(point.passed[0].reason == "a decimal point with no digit before it at position 5");
}

TEST_CASE("a scale, percent or unit word joined to the digits is read by both functions") {
    // "28.92million" was read by read_figure but passed over by find_figures.
    const printed_figure alone = read_figure("28.92million");
    CHECK(alone.count() == 28'920'000);
    for (const std::string_view text : {"28.92million", "84.3percent", "1529tons", "5kg"}) {
        CAPTURE(text);
        const printed_figure read = read_figure(text);
        const found_figures found = find_figures(text);
        REQUIRE(found.figures.size() == 1);
        CHECK(found.passed.empty());
        CHECK(found.figures[0].number == read.number);
        CHECK(found.figures[0].exponent == read.exponent);
        CHECK(found.figures[0].percent == read.percent);
        CHECK(found.figures[0].unit == read.unit);
        CHECK(found.figures[0].text == read.text);
    }
    // Other letters joined to the digits make an ordinal or a code, for both.
    for (const std::string_view text : {"5th", "3D", "28.92millions", "5kgs"}) {
        CAPTURE(text);
        CHECK_THROWS_AS(read_figure(text), std::invalid_argument);
        CHECK(find_figures(text).figures.empty());
        CHECK(find_figures(text).passed.size() == 1);
    }
    CHECK_THROWS_WITH_AS(read_figure("5th"),
                         "cannot read \"5th\" as a figure: digits joined to letters at position 1",
                         std::invalid_argument);
    // An English unit word ends where its letters and hyphens do: "t" is not "t-shirts".
    CHECK(find_figures("500 t-shirts").figures[0].unit.empty());
    CHECK(find_figures("500 t, then").figures[0].unit == "t");
}

TEST_CASE("digits after a comma that follows a Chinese word are a figure") {
    // Stored copies of Chinese bulletins print half-width commas: "获悉,截至" and "示,50家".
    const std::string_view text = "\u6570\u636e\u663e\u793a,50\u5bb6";  // 数据显示,50家
    const found_figures found = find_figures(text);
    REQUIRE(found.figures.size() == 1);  // was skipped, as if part of another number
    CHECK(found.figures[0].text == "50\u5bb6");
    CHECK(found.figures[0].unit == "\u5bb6");
    // Digits inside a code are still not a figure.
    CHECK(find_figures("H1N1 and No.5 and v1.5").figures.empty());
}

TEST_CASE("any bytes can be searched") {
    const std::string bytes("\0\xff\xfe 12,\x80 9\xe4\xb8", 12);
    CHECK_NOTHROW(find_figures(bytes));
    CHECK_THROWS_AS(read_figure(bytes), std::invalid_argument);
}

// The number text of error messages (detail/text.hpp), which the reader's messages share.
TEST_CASE("numbers in messages are grouped before the point, never inside an exponent") {
    CHECK(detail::plain(-1e300) == "-1e+300");  // was "-1e+,300"
    // Written out between 10^-7 and 10^21, as bulletins print figures: was "1e+06".
    CHECK(detail::plain(1e6) == "1,000,000");
    CHECK(detail::plain(28e6) == "28,000,000");
    CHECK(detail::plain(0.0003) == "0.0003");
    CHECK(detail::plain(1.5e-7) == "0.00000015");
    CHECK(detail::plain(9.5e-8) == "9.5e-08");
    CHECK(detail::plain(1e21) == "1e+21");
    CHECK(detail::plain(123'456'789.125) == "123,456,789.125");
    CHECK(detail::plain(28'920'000.0) == "28,920,000");
    CHECK(detail::plain(-1'234'567.25) == "-1,234,567.25");
    CHECK(detail::plain(84.3) == "84.3");
    CHECK(detail::plain(std::numeric_limits<double>::infinity()) == "inf");
    CHECK(detail::plain(-std::numeric_limits<double>::infinity()) == "-inf");
    CHECK(detail::plain(std::numeric_limits<double>::quiet_NaN()) == "nan");
    CHECK(detail::plain(std::int64_t{-1'234'567}) == "-1,234,567");
    CHECK(detail::plain(std::numeric_limits<std::int64_t>::min()) == "-9,223,372,036,854,775,808");
    CHECK(detail::group_thousands("1234567.1234") == "1,234,567.1234");
}

// Qualifiers the English press uses that claimed nothing: "an estimated 3,000" was exact.
TEST_CASE("an estimated, in excess of, in the region of, approx., not quite, as much as claim") {
    struct english_case {
        std::string_view text;
        qualifier claim;
    };
    for (const english_case& c : std::array<english_case, 9>{{
             {"an estimated 3,000", qualifier::about},
             {"in excess of 3,000", qualifier::more_than},
             {"upward of 3,000", qualifier::more_than},
             {"in the region of 3,000", qualifier::about},
             {"approx. 3,000", qualifier::about},
             {"Approx 3,000", qualifier::about},
             {"not quite 90 percent", qualifier::nearly},
             {"as much as 30 percent", qualifier::at_most},
             {"As many as 3,000", qualifier::at_most},
         }}) {
        CAPTURE(c.text);
        CHECK(read_figure(c.text).claim == c.claim);
        const found_figures found = find_figures(std::string("Of the firms, ") +
                                                 std::string(c.text) + " resumed.");
        REQUIRE(found.figures.size() == 1);
        CHECK(found.figures[0].claim == c.claim);
        CHECK(found.figures[0].text == c.text);
    }
}

// Review 35: "per cent points" was a percent, and a rate trimmed or raised stated no change.
TEST_CASE("per cent points are points; trimmed, slashed, raised, boosted and hiked change rates") {
    const printed_figure points = find_figures("The rate rose 3.2 per cent points.").figures.at(0);
    CHECK(points.points);
    CHECK_FALSE(points.percent);
    CHECK(read_figure("0.8 per cent point").points);
    CHECK(find_figures("fell 0.8 per cent point").figures.at(0).change == direction::down);
    CHECK(find_figures("Banks trimmed 0.25 percentage point").figures.at(0).change ==
          direction::down);
    CHECK(find_figures("Tariffs were hiked 10 percent").figures.at(0).change == direction::up);
    // Of a count, not rates: no change.
    CHECK(find_figures("raised 5 billion yuan").figures.at(0).change == direction::none);
    CHECK(find_figures("A price cut 10 percent below cost").figures.at(0).change ==
          direction::none);
}

// "rose as much as 30%" and "a 5.8 percent expansion" lost their claim and their change.
TEST_CASE("rose as much as: up, at most; an expansion is a rise, as a contraction is a fall") {
    const printed_figure most = find_figures("Output rose as much as 30% in May.").figures.at(0);
    CHECK(most.claim == qualifier::at_most);
    CHECK(most.change == direction::up);
    CHECK(most.text == "as much as 30%");
    CHECK(find_figures("a 5.8 percent expansion").figures.at(0).change == direction::up);
    CHECK(find_figures("an expansion of 5.8 percent").figures.at(0).change == direction::up);
    CHECK(find_figures("a 2.1 percent contraction").figures.at(0).change == direction::down);
    // Of rates only: the expansion of a count of firms is no rise of it.
    CHECK(find_figures("an expansion of 3,000 firms").figures.at(0).change == direction::none);
}
