// fmt_test.cpp: {fmt} formatting with the precision and the rounding rule in the spec.
#include <restoration/fmt.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>

using namespace restoration;

TEST_CASE("a rate formats as a percent under the rule its spec names") {
    const auto r = cohort<industrial>{7'681, 6'480}.work_rate();
    CHECK(fmt::format("{:.1 half_up}", r) == "84.4%");
    CHECK(fmt::format("{:.1 toward_zero}", r) == "84.3%");
    CHECK(fmt::format("{:.3 half_even}", r) == "84.364%");
    CHECK(fmt::format("{:.0 half_down}", rate<work_resumption>{1, 8}) == "12%");
    CHECK(fmt::format("{:.0 away_from_zero}", rate<work_resumption>{1, 8}) == "13%");
}

TEST_CASE("with no spec a rate formats exactly, as its fraction") {
    CHECK(fmt::format("{}", cohort<industrial>{7'681, 6'480}.work_rate()) == "6,480/7,681");
}

TEST_CASE("percentage points, cohorts and outputs format with the same spec") {
    const cohort<above_designated_size> large{1'331, 1'265};
    const cohort<industrial> all{7'681, 6'480};
    const auto small = all - large;
    CHECK(fmt::format("{:.1 half_up}", large.work_rate() - small.work_rate()) ==
          "12.9 percentage points");
    CHECK(fmt::format("{:.1 half_up}", all) ==
          "6,480 of 7,681 industrial enterprises resumed (84.4%)");
    CHECK(fmt::format("{:.1 toward_zero}", all) ==
          "6,480 of 7,681 industrial enterprises resumed (84.3%)");
    CHECK(fmt::format("{}", all) == "6,480 of 7,681 industrial enterprises resumed");
    const output<disinfectant> d = 1'529.0 * tonnes;
    CHECK(fmt::format("{:.0 half_up}", d) == "1,529 t of disinfectant");
    CHECK(fmt::format("{}", output<disinfectant>(0.5 * tonnes)) == "0.5 t of disinfectant");
}

TEST_CASE("printed figures format as they were printed, decimals as their digits") {
    CHECK(fmt::format("{}", read_figure("28,92 million")) == "28,92 million");
    CHECK(fmt::format("{}", decimal{950, 1}) == "95.0");
}

TEST_CASE("a bad spec is a format_error that says what a spec is") {
    const auto r = rate<work_resumption>{1, 8};
    const std::string expected =
        "restoration: a format spec is [[fill]align][width][.<decimals> <rule>], such as "
        "{:>10.1 half_up} or {:*^12} (a cohort takes zh last: Chinese names); the rules are "
        "half_up, half_even, half_down, toward_zero, away_from_zero";
    for (const std::string spec : {"{:.1}", "{:.1 half_upp}", "{:half_up}", "{:.}", "{:08}", "{:>0}",
                             "{:.1half_up}", "{:.1 half_up x}", "{:>10 .1 half_up}", "{:{<5}",
                             "{:.1 half_up zhh}", "{:10<}", "{:.-1 half_up}"}) {
        CAPTURE(spec);
        CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime(spec), r), expected.c_str(),
                             fmt::format_error);
    }
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:.9 half_up}"), r),
                         "restoration: a format spec asks for more decimals than "
                         "restoration::max_decimals",
                         fmt::format_error);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:x}"), decimal{1, 0}),
                         "restoration: this type takes [[fill]align][width] only, such as "
                         "{:>12} or {:*^12}: it prints one way",
                         fmt::format_error);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:>12.1 half_up}"), decimal{1, 0}),
                         "restoration: this type takes [[fill]align][width] only, such as "
                         "{:>12} or {:*^12}: it prints one way",
                         fmt::format_error);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:>{}}"), r, 10),
                         "restoration: a width is written in the spec, such as {:>10}; a width "
                         "from an argument ({:>{}}) is not taken",
                         fmt::format_error);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:10000}"), r),
                         "restoration: a width is at most 9999 columns", fmt::format_error);
    CHECK(fmt::format(fmt::runtime("{:9999}"), r).size() == 9'999);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:中>10}"), r),
                         "restoration: a fill character takes one column (not a Chinese or "
                         "full-width one, a control or a combining mark), so that padding comes "
                         "out to the width",
                         fmt::format_error);
    // A tab, a combining accent, a zero-width space, a variation selector: none pads a column.
    for (const char* spec : {"{:\t^12}", "{:\u0301^12}", "{:\u200b^12}", "{:\ufe0f^12}",
                             "{:\x7f^12}"}) {
        CHECK_THROWS_AS((void)fmt::format(fmt::runtime(spec), r), fmt::format_error);
    }
    CHECK(restoration::detail::display_width(fmt::format(fmt::runtime("{:\u00b7^9}"), r)) == 9);
    CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:.1 half_up zh}"), r),
                         "restoration: zh (Chinese names) is taken by cohorts only; a rate, "
                         "points or an output prints no name to put in Chinese",
                         fmt::format_error);
}

// What {fmt} does to a string with the same fill, alignment and width is the reference: the
// padding of a restoration type must be the padding fmt gives the text it prints. {fmt} counts
// display columns with a table of its own (fmt::detail::compute_width), a second implementation.
namespace {

std::string fmt_padded(const std::string& layout, bool numeric, const std::string& text) {
    // {fmt} aligns strings left; a number of restoration's aligns right unless told.
    std::string spec = layout;
    const bool aligned = spec.find_first_of("<>^") != std::string::npos;
    if (!aligned && numeric) {
        spec = ">" + spec;
    }
    return fmt::format(fmt::runtime("{:" + spec + "}"), text);
}

}  // namespace

TEST_CASE("fill, alignment and width pad as {fmt} pads the text printed, on every type") {
    const cohort<industrial> all{7'681, 6'480};
    const auto r = all.work_rate();
    const cohort<above_designated_size> large{1'331, 1'265};
    const output<disinfectant> d = 1'529.0 * tonnes;
    mean_of_rates<work_resumption> mean;
    mean.add(rate<work_resumption>{1, 10});
    mean.add(rate<work_resumption>{2, 10});
    const std::string fills[] = {"", " ", "*", "0", "\u00b7", "\u00a0"};
    const std::string aligns[] = {"", "<", ">", "^"};
    int compared = 0;
    for (const std::string& fill : fills) {
        for (const std::string& align : aligns) {
            if (!fill.empty() && align.empty()) {
                continue;  // a fill comes with an alignment
            }
            for (int width = 0; width <= 48; width += 3) {
                const std::string layout =
                    fill + align + (width == 0 ? std::string() : std::to_string(width));
                const auto both = [&](const std::string& rest, const auto& value, bool numeric,
                                      const std::string& text) {
                    const std::string ours = fmt::format(fmt::runtime("{:" + layout + rest + "}"),
                                                         value);
                    if (ours != fmt_padded(layout, numeric, text)) {
                        FAIL_CHECK(layout << rest << ": " << ours);
                    }
                    ++compared;
                };
                both(".1 half_up", r, true, percent(r, 1, rounding::half_up));
                both("", r, true, to_string(r));
                both(".2 toward_zero", large.work_rate() - r, true,
                     points(large.work_rate() - r, 2, rounding::toward_zero));
                both(".0 half_even", mean, true, percent(mean, 0, rounding::half_even));
                both("", mean - r, true, to_string(mean - r));
                both("", decimal{950, 1}, true, "95.0");
                both("", read_figure("28.38万"), true, "28.38万");
                both(".1 half_up", all, false, to_string(all) + " (84.4%)");
                both(" zh", all, false, to_string(all, language::chinese));
                both(".1 toward_zero zh", large, false,
                     to_string(large, language::chinese) + "，复工率95.0%");
                both(".0 half_up", d, false, "1,529 t of disinfectant");
                both("", d, false, to_string(d));
                both("", count_range{6'472, 6'478}, false, "6,472 to 6,478");
                both("", exclusion::closed_for_good, false, "closed for good");
            }
        }
    }
    CHECK(compared > 1'500);
}

TEST_CASE("a table of Chinese names and rates lines up in display columns") {
    const cohort<industrial> all{7'681, 6'480};
    const cohort<above_designated_size> large{1'331, 1'265};
    // 规模以上工业企业 is 8 characters of two columns each: 16 columns, 24 bytes.
    CHECK(fmt::format("{:<20}|", name_of<above_designated_size>(language::chinese)) ==
          "规模以上工业企业    |");
    CHECK(fmt::format("{:>10.1 half_up}|{:*^12}|{:<8}|", all.work_rate(), decimal{950, 1},
                      decimal{1, 0}) == "     84.4%|****95.0****|1       |");
    CHECK(fmt::format("{:.1 half_up zh}", all) == "7681家工业企业中已复工6480家，复工率84.4%");
    // 28 columns of text (8 digits, 10 characters of two) in 30: two columns of fill.
    CHECK(fmt::format("{:->30zh}", all) == "--7681家工业企业中已复工6480家");
    CHECK(fmt::format("{:>38 zh}", large) == "  1331家规模以上工业企业中已复工1265家");
    CHECK(fmt::format("{:^7}", read_figure("28.38万")) == "28.38万");  // already 7 columns
    CHECK(fmt::format("{:^8}", read_figure("28.38万")) == "28.38万 ");   // odd padding: right
    CHECK(fmt::format("{:5}", rate<work_resumption>{6'480, 7'681}) == "6,480/7,681");  // no cut
}

namespace {

// UTF-8 by hand, for code points below 0x110000.
std::string utf8_of(char32_t c) {
    const auto byte = [](char32_t bits) { return static_cast<char>(bits); };
    if (c < 0x80) {
        return std::string(1, byte(c));
    }
    if (c < 0x800) {
        return {byte(0xC0 | c >> 6), byte(0x80 | (c & 0x3F))};
    }
    if (c < 0x10000) {
        return {byte(0xE0 | c >> 12), byte(0x80 | (c >> 6 & 0x3F)), byte(0x80 | (c & 0x3F))};
    }
    return {byte(0xF0 | c >> 18), byte(0x80 | (c >> 12 & 0x3F)), byte(0x80 | (c >> 6 & 0x3F)),
            byte(0x80 | (c & 0x3F))};
}

// The columns {fmt} counts: what it leaves of a width of 10 when it pads with one-byte spaces.
std::size_t fmt_columns(const std::string& text) {
    return 10 - (fmt::format("{:<10}", text).size() - text.size());
}

}  // namespace

TEST_CASE("display columns: two for wide and full-width characters, as {fmt} counts them") {
    // Every code point of the first four planes but the surrogates, each alone, against {fmt}.
    int mismatches = 0;
    for (char32_t c = 0; c <= 0x3FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) {
            continue;
        }
        const std::string text = utf8_of(c);
        if (detail::display_width(text) != fmt_columns(text) && ++mismatches <= 5) {
            FAIL_CHECK("U+" << fmt::format("{:04X}", static_cast<std::uint32_t>(c)));
        }
    }
    CHECK(mismatches == 0);
    // Text the library prints.
    CHECK(detail::display_width("规模以上工业企业") == 16);
    CHECK(detail::display_width("28.38万") == 7);
    CHECK(detail::display_width("，复工率84.4%") == 13);
    CHECK(detail::display_width("（）％　") == 8);  // full-width forms, ideographic space
    CHECK(detail::display_width("\u00a0") == 1);    // no-break space
    // Bytes that begin no well-formed sequence count one column each: none is lost.
    CHECK(detail::display_width("\xff\xfe") == 2);
    CHECK(detail::display_width("\xe4\xb8") == 2);   // 中 cut short
    CHECK(detail::display_width("a\x80" "b") == 3);  // a stray continuation byte
}

TEST_CASE("a mean of rates formats with a rule, or exactly without one") {
    mean_of_rates<work_resumption> mean;
    mean.add(rate<work_resumption>{1, 10});
    mean.add(rate<work_resumption>{2, 10});
    CHECK(fmt::format("{:.2 away_from_zero}", mean) == "15.00%");
    CHECK(fmt::format("{}", mean) == "(1/10 + 2/10) / 2");
    CHECK(fmt::format("{:.2 away_from_zero}", mean - rate<work_resumption>{3, 20}) ==
          "0.00 percentage points");
}

TEST_CASE("the audit's answers format as their text, and take no spec") {
    CHECK(fmt::format("{}", fitting_numerators(84.3_percent, 7'681, rounding::half_up).counts) ==
          "6,472 to 6,478");
    CHECK(fmt::format("{}", count_range{6'472, count_range::unbounded}) == "6,472 or more");
    CHECK(fmt::format("{}", count_range{}) == "none");
    CHECK(fmt::format("{}", check_printed(84.3_percent, 6'480, 7'681)) ==
          "84.3%: fits toward zero; not half up (84.4%), half even (84.4%), half down (84.4%), "
          "away from zero (84.4%)");
    const cohort<above_designated_size> large{1'331, 1'265};
    CHECK(fmt::format("{}", fitting_exclusions(95_percent, large)) ==
          "95% for 1,265 of 1,331 industrial enterprises above designated size resumed fits "
          "leaving out (of the 66 not resumed): half up 0 to 6; half even 0 to 6; half down 0 to "
          "6; toward zero 0 to 13; away from zero none");
    CHECK(fmt::format("{}", exclusion::closed_for_good) == "closed for good");
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:.1 half_up}"), count_range{}),
                    fmt::format_error);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), check_printed(95_percent, 1, 2)),
                    fmt::format_error);
}

TEST_CASE("the audit's answers format as to_string says, for every small case") {
    int compared = 0;
    for (std::int64_t in_scope = 1; in_scope <= 12; ++in_scope) {
        for (std::int64_t resumed = 0; resumed <= in_scope; ++resumed) {
            for (std::int64_t figure = 0; figure <= 1'001; figure += 13) {
                const printed_percent p{{figure, 1}};
                const auto fit = fitting_exclusions(p, cohort<industrial>{in_scope, resumed});
                const percent_check check = check_printed(p, resumed, in_scope);
                if (fmt::format("{}", fit) != to_string(fit) ||
                    fmt::format("{}", check) != to_string(check) ||
                    fmt::format("{}", fit.left_out(rounding::away_from_zero)) !=
                        to_string(fit.left_out(rounding::away_from_zero))) {
                    FAIL_CHECK(to_string(fit));
                }
                ++compared;
            }
        }
    }
    CHECK(compared > 5'000);
}

TEST_CASE("the interval and consistency audits' answers format as their text") {
    const printed_figure in_scope = read_figure("9000多家");
    const interval_check share = check_printed(read_figure("接近50%"),
                                               count_interval(read_figure("4400多家"), rounding::half_up),
                                               count_interval(in_scope, rounding::half_up));
    CHECK(fmt::format("{}", share.verdict(rounding::half_up).fit) ==
          "fits for some counts: numerators 4,400 to 4,499, denominators 9,000 to 9,997");
    CHECK(fmt::format("{}", share.verdict(rounding::half_up).stands_for) == "[45%, 50%)");
    CHECK(fmt::format("{}", interval_fit::never) == "fits for no counts");
    CHECK(fmt::format("{}", in_scope.claim) == "odd");
    CHECK(fmt::format("{}", share) == to_string(share));
    CHECK(fmt::format("{}", claim_reading{}) == to_string(claim_reading{}));
    CHECK(fmt::format("{}", printed_rates_of({4'400, 4'499}, {9'000, 9'999}, 1, rounding::half_up)) ==
          "44.0% to 50.0%");
    const two_day_check hebei_days =
        check_two_days(two_days::by_change({9'909, 75.1_percent}, {431, {32, 1}}));
    CHECK(fmt::format("{}", hebei_days) == to_string(hebei_days));
    CHECK(to_string(hebei_days).find("13,186 to 13,191") != std::string::npos);
    const partition_check zibo = check_partition({2'794, 65.66_percent},
                                                 {{1'589, 92.06_percent}, {1'205, 52.03_percent}});
    CHECK(fmt::format("{}", zibo) == to_string(zibo));
    const precision_check twice = check_precisions(95_percent, 95.0_percent);
    CHECK(fmt::format("{}", twice) == to_string(twice));
}
