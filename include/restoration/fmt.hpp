// fmt.hpp: {fmt} formatters for rates, percentage points, cohorts, outputs, printed figures and
// the audit's answers.
// Opt-in: the rest of restoration does not depend on {fmt}. CMake: link restoration::fmt
// (find_package(restoration COMPONENTS fmt)), which brings {fmt}; pkg-config: restoration-fmt.
//
// A spec is [[fill]align][width][.<decimals> <rule>][ zh]. The precision and the rounding rule
// come both or neither, as percent() takes them:
//   fmt::format("{:.1 half_up}", all.work_rate())       // "84.4%"
//   fmt::format("{:.1 toward_zero}", all.work_rate())   // "84.3%"
//   fmt::format("{}", all.work_rate())                  // "6,480/7,681": exact, no rounding
//   fmt::format("{:.1 half_up}", all)
//       // "6,480 of 7,681 industrial enterprises resumed (84.4%)"
//   fmt::format("{:.0 half_up}", disinfection)          // "1,529 t of disinfectant"
//   fmt::format("{}", check_printed(84.3_percent, 6'480, 7'681))
//       // "84.3%: fits toward zero; not half up (84.4%), ...": as to_string, no rule
// Fill, alignment and width, on every type here, make a table without std::setw:
//   fmt::format("{:>10.1 half_up}|", r)                 // "     84.4%|"
//   fmt::format("{:*^12}|", decimal{950, 1})            // "****95.0****|"
// Numbers (rates, points, means, decimals, printed figures) align right unless told, text
// (cohorts, outputs, the audits' answers) left. The width counts display columns: a Chinese or
// full-width character takes two (detail/display_width.hpp), so that Chinese names line up; the
// fill is one code point one column wide.
// zh, for cohorts, prints the scope's Chinese name as a Chinese bulletin puts it (names.hpp):
//   fmt::format("{:.1 half_up zh}", all)     // "7681家工业企业中已复工6480家，复工率84.4%"
// Rules: half_up, half_even, half_down, toward_zero, away_from_zero. A bad spec in a literal
// format string stops the compile ({fmt} runs this parser at compile time; the compiler shows
// the throw that refused it, with the start of its message: each refusal throws from its own
// line); at run time (fmt::runtime) it throws
// fmt::format_error saying what a spec is.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include <restoration/audit.hpp>
#include <restoration/audit_format.hpp>
#include <restoration/cohort.hpp>
#include <restoration/consistency.hpp>
#include <restoration/detail/display_width.hpp>
#include <restoration/exclusions.hpp>
#include <restoration/format.hpp>
#include <restoration/growth.hpp>
#include <restoration/interval.hpp>
#include <restoration/mean_of_rates.hpp>
#include <restoration/names.hpp>
#include <restoration/output.hpp>
#include <restoration/qualifier.hpp>
#include <restoration/printed.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration::detail {

enum class alignment { unset, left, right, center };

// [[fill]align][width], as {fmt} reads it for strings: what every formatter here takes first.
// The width counts display columns (detail/display_width.hpp): a Chinese character takes two.
struct layout {
    char fill[4] = {' ', 0, 0, 0};  // one code point, in UTF-8
    std::size_t fill_size = 1;
    alignment align = alignment::unset;
    std::size_t width = 0;  // 0: no padding

    static constexpr std::size_t widest = 9'999;

    static constexpr alignment alignment_of(char c) {
        switch (c) {
        case '<': return alignment::left;
        case '>': return alignment::right;
        case '^': return alignment::center;
        default: return alignment::unset;
        }
    }

    // Reads [[fill]align][width] at `it`; returns where it stopped. A fill is any one code point
    // one column wide but { and }; a width is written out, from 1 to 9999.
    constexpr const char* parse_layout(const char* it, const char* end) {
        if (it == end) {
            return it;
        }
        const code_point first = first_code_point(std::string_view(it, end));
        if (first.bytes != 0 && static_cast<std::size_t>(end - it) > first.bytes &&
            alignment_of(it[first.bytes]) != alignment::unset) {
            if (*it == '{' || *it == '}') {
                return it;  // not a fill: the caller says what a spec is
            }
            if (takes_two_columns(first.value) || takes_no_column(first.value)) {
                throw fmt::format_error("restoration: a fill character takes one column (not a "
                                        "Chinese or full-width one, a control or a combining "
                                        "mark), so that padding comes out to the width");
            }
            for (std::size_t i = 0; i < first.bytes; ++i) {
                fill[i] = it[i];
            }
            fill_size = first.bytes;
            it += first.bytes;
            align = alignment_of(*it++);
        } else if (alignment_of(*it) != alignment::unset) {
            align = alignment_of(*it++);
        }
        if (it != end && *it == '{') {
            throw fmt::format_error("restoration: a width is written in the spec, such as "
                                    "{:>10}; a width from an argument ({:>{}}) is not taken");
        }
        if (it == end || *it < '1' || *it > '9') {
            return it;  // no width; a 0 here is no width either, and the caller refuses it
        }
        while (it != end && *it >= '0' && *it <= '9') {
            width = width * 10 + static_cast<std::size_t>(*it - '0');
            if (width > widest) {
                throw fmt::format_error("restoration: a width is at most 9999 columns");
            }
            ++it;
        }
        return it;
    }

    // Writes `text` padded with the fill to the width, aligned as asked or else by_default.
    template <class Out>
    Out write(Out out, std::string_view text, alignment by_default) const {
        const std::size_t columns = display_width(text);
        const std::size_t padding = width > columns ? width - columns : 0;
        const alignment to = align == alignment::unset ? by_default : align;
        const std::size_t before = to == alignment::right    ? padding
                                   : to == alignment::center ? padding / 2
                                                             : 0;
        const auto pad = [&](std::size_t count) {
            for (std::size_t i = 0; i < count; ++i) {
                out = std::copy(fill, fill + fill_size, out);
            }
        };
        pad(before);
        out = std::copy(text.begin(), text.end(), out);
        pad(padding - before);
        return out;
    }
};

// [[fill]align][width][.<decimals> <rule>][ zh], read at compile time where the format string
// is a literal. The precision and the rule come both or neither, as percent() takes them; zh
// (Chinese names, names.hpp) only where a type takes it. Numbers (rates, points) align right
// unless told otherwise, text (cohorts, outputs) left, as {fmt} aligns numbers and strings.
template <alignment ByDefault, bool TakesLanguage = false>
struct rounding_spec : layout {
    int decimals = -1;  // -1: no precision, the exact form
    rounding rule = rounding::half_up;
    language names = language::english;

    constexpr bool given() const { return decimals >= 0; }

    constexpr auto parse(fmt::format_parse_context& ctx) {
        const auto end = ctx.end();
        auto it = parse_layout(ctx.begin(), end);
        if (it != end && *it == '.') {
            it = parse_rule(it + 1, end);
        }
        it = parse_language(it, end);
        if (it != end && *it != '}') {
            throw fmt::format_error("restoration: a format spec is [[fill]align][width]"
                                    "[.<decimals> <rule>], such as {:>10.1 half_up} or {:*^12} "
                                    "(a cohort takes zh last: Chinese names); the rules are "
                                    "half_up, half_even, half_down, toward_zero, away_from_zero");
        }
        return it;
    }

    template <class FormatContext>
    auto write(FormatContext& ctx, std::string_view text) const {
        return layout::write(ctx.out(), text, ByDefault);
    }

private:
    // "<decimals> <rule>", after the point. Where either is missing it returns the point, for
    // the caller to refuse.
    constexpr const char* parse_rule(const char* it, const char* end) {
        const char* const point = it - 1;
        if (it == end || *it < '0' || *it > '9') {
            return point;
        }
        decimals = 0;
        while (it != end && *it >= '0' && *it <= '9') {
            decimals = decimals * 10 + (*it - '0');
            if (decimals > max_decimals) {
                throw fmt::format_error("restoration: a format spec asks for more decimals than "
                                        "restoration::max_decimals");
            }
            ++it;
        }
        if (it == end || *it != ' ') {
            return point;
        }
        ++it;
        const auto word_start = it;
        while (it != end && *it != '}' && *it != ' ') {
            ++it;
        }
        const std::string_view word(word_start, static_cast<std::size_t>(it - word_start));
        constexpr std::string_view names_of_rules[] = {"half_up", "half_even", "half_down",
                                                       "toward_zero", "away_from_zero"};
        for (std::size_t i = 0; i < std::size(names_of_rules); ++i) {
            if (word == names_of_rules[i]) {
                rule = all_rounding_rules[i];
                return it;
            }
        }
        return point;
    }

    // "zh" at the end, after a space or not: {:zh}, {:>40zh}, {:>40 zh}, {:.1 half_up zh}.
    constexpr const char* parse_language(const char* it, const char* end) {
        const std::string_view rest(it, end);
        const std::string_view zh = rest.starts_with(' ') ? " zh" : "zh";
        if (!rest.starts_with(zh) || (rest.size() > zh.size() && rest[zh.size()] != '}')) {
            return it;
        }
        if (!TakesLanguage) {
            throw fmt::format_error("restoration: zh (Chinese names) is taken by cohorts only; "
                                    "a rate, points or an output prints no name to put in "
                                    "Chinese");
        }
        names = language::chinese;
        return it + zh.size();
    }
};

// For types printed one way only: fill, alignment and width, and nothing else.
template <alignment ByDefault>
struct plain_spec : layout {
    constexpr auto parse(fmt::format_parse_context& ctx) {
        auto it = parse_layout(ctx.begin(), ctx.end());
        if (it != ctx.end() && *it != '}') {
            throw fmt::format_error("restoration: this type takes [[fill]align][width] only, "
                                    "such as {:>12} or {:*^12}: it prints one way");
        }
        return it;
    }

    template <class FormatContext>
    auto write(FormatContext& ctx, std::string_view text) const {
        return layout::write(ctx.out(), text, ByDefault);
    }
};

// A type printed as its to_string gives it, with no rule: the audits' answers.
struct as_to_string : plain_spec<alignment::left> {
    template <class Answer, class FormatContext>
    auto format(const Answer& answer, FormatContext& ctx) const {
        return write(ctx, to_string(answer));
    }
};

}  // namespace restoration::detail

template <class Kind, class Rep>
struct fmt::formatter<restoration::rate<Kind, Rep>>
    : restoration::detail::rounding_spec<restoration::detail::alignment::right> {
    template <class FormatContext>
    auto format(const restoration::rate<Kind, Rep>& r, FormatContext& ctx) const {
        return write(ctx, given() ? restoration::percent(r, decimals, rule)
                                  : restoration::to_string(r));
    }
};

template <class Kind, class Rep>
struct fmt::formatter<restoration::percentage_points<Kind, Rep>>
    : restoration::detail::rounding_spec<restoration::detail::alignment::right> {
    template <class FormatContext>
    auto format(const restoration::percentage_points<Kind, Rep>& p, FormatContext& ctx) const {
        return write(ctx, given() ? restoration::points(p, decimals, rule)
                                  : restoration::to_string(p));
    }
};

// The mean's functions are its hidden friends, found by argument-dependent lookup.
template <class Kind>
struct fmt::formatter<restoration::mean_of_rates<Kind>>
    : restoration::detail::rounding_spec<restoration::detail::alignment::right> {
    template <class FormatContext>
    auto format(const restoration::mean_of_rates<Kind>& mean, FormatContext& ctx) const {
        return write(ctx, given() ? percent(mean, decimals, rule) : to_string(mean));
    }
};

template <class Kind>
struct fmt::formatter<restoration::mean_minus_rate<Kind>>
    : restoration::detail::rounding_spec<restoration::detail::alignment::right> {
    template <class FormatContext>
    auto format(const restoration::mean_minus_rate<Kind>& d, FormatContext& ctx) const {
        return write(ctx, given() ? points(d, decimals, rule) : to_string(d));
    }
};

// "6,480 of 7,681 industrial enterprises resumed (84.4%)"; with zh, as a Chinese bulletin puts
// it: "7681家工业企业中已复工6480家，复工率84.4%".
template <class Scope, class Count>
struct fmt::formatter<restoration::cohort<Scope, Count>>
    : restoration::detail::rounding_spec<restoration::detail::alignment::left, true> {
    template <class FormatContext>
    auto format(const restoration::cohort<Scope, Count>& c, FormatContext& ctx) const {
        std::string text = restoration::to_string(c, names);
        if (given()) {
            const std::string rate = restoration::percent(c.work_rate(), decimals, rule);
            text += names == restoration::language::chinese ? "，复工率" + rate
                                                            : " (" + rate + ")";
        }
        return write(ctx, text);
    }
};

template <class Good, class Rep>
struct fmt::formatter<restoration::output<Good, Rep>>
    : restoration::detail::rounding_spec<restoration::detail::alignment::left> {
    template <class FormatContext>
    auto format(const restoration::output<Good, Rep>& o, FormatContext& ctx) const {
        if (!given()) {
            return write(ctx, restoration::to_string(o));
        }
        return write(ctx, restoration::figure(o, decimals, rule) + " of " +
                              std::string(Good::name));
    }
};

// A printed figure formats as it was printed: "28,92 million".
template <>
struct fmt::formatter<restoration::printed_figure>
    : restoration::detail::plain_spec<restoration::detail::alignment::right> {
    template <class FormatContext>
    auto format(const restoration::printed_figure& f, FormatContext& ctx) const {
        return write(ctx, f.text);
    }
};

template <>
struct fmt::formatter<restoration::decimal>
    : restoration::detail::plain_spec<restoration::detail::alignment::right> {
    template <class FormatContext>
    auto format(restoration::decimal d, FormatContext& ctx) const {
        return write(ctx, restoration::to_string(d));
    }
};

// The audit's answers format as to_string gives them, and take no spec: a count_range as
// "6,472 to 6,478", a percent_check with each rule's verdict, the exclusions that fit by rule.
template <>
struct fmt::formatter<restoration::count_range> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::percent_check> : restoration::detail::as_to_string {};
template <class Scope, class Count>
struct fmt::formatter<restoration::exclusions_that_fit<Scope, Count>>
    : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::exclusion> : restoration::detail::as_to_string {};

// The interval and consistency audits' answers, as to_string gives them.
template <>
struct fmt::formatter<restoration::qualifier> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::interval_fit> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::rate_interval> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::counts_fit> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::interval_check> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::printed_rate_range> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::claim_reading> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::two_day_check> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::partition_check> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::precision_check> : restoration::detail::as_to_string {};

// A growth formats as a rate does, signed: "{:.1 half_up}" gives "+7.6%" or "-19.6%", "{}" its
// exact form "1,076/1,000 - 1 year on year". Its audits' answers, as to_string gives them.
template <class Comparison, class Rep>
struct fmt::formatter<restoration::growth<Comparison, Rep>>
    : restoration::detail::rounding_spec<restoration::detail::alignment::right> {
    template <class FormatContext>
    auto format(const restoration::growth<Comparison, Rep>& g, FormatContext& ctx) const {
        return write(ctx, given() ? restoration::percent(g, decimals, rule)
                                  : restoration::to_string(g));
    }
};
template <>
struct fmt::formatter<restoration::growth_check> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::growth_agreement_check> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::growth_change_check> : restoration::detail::as_to_string {};
