// fmt.hpp: {fmt} formatters for rates, percentage points, cohorts, outputs, printed figures and
// the audit's answers.
// Opt-in: the rest of restoration does not depend on {fmt}.
//
// A spec carries the precision and the rounding rule, both or neither, as percent() takes them:
//   fmt::format("{:.1 half_up}", all.work_rate())       // "84.4%"
//   fmt::format("{:.1 toward_zero}", all.work_rate())   // "84.3%"
//   fmt::format("{}", all.work_rate())                  // "6,480/7,681": exact, no rounding
//   fmt::format("{:.1 half_up}", all)
//       // "6,480 of 7,681 industrial enterprises resumed (84.4%)"
//   fmt::format("{:.0 half_up}", disinfection)          // "1,529 t of disinfectant"
//   fmt::format("{}", check_printed(84.3_percent, 6'480, 7'681))
//       // "84.3%: fits toward zero; not half up (84.4%), ...": as to_string, no spec
// Rules: half_up, half_even, half_down, toward_zero, away_from_zero. A bad spec in a literal
// format string stops the compile ({fmt} runs this parser at compile time; the wording is the
// compiler's); at run time (fmt::runtime) it throws fmt::format_error saying what a spec is.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include <restoration/audit.hpp>
#include <restoration/audit_format.hpp>
#include <restoration/cohort.hpp>
#include <restoration/consistency.hpp>
#include <restoration/exclusions.hpp>
#include <restoration/format.hpp>
#include <restoration/growth.hpp>
#include <restoration/interval.hpp>
#include <restoration/mean_of_rates.hpp>
#include <restoration/output.hpp>
#include <restoration/qualifier.hpp>
#include <restoration/printed.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration::detail {

// "" or ".<decimals> <rule>", read at compile time where the format string is a literal.
struct rounding_spec {
    int decimals = -1;  // -1: no spec, the exact form
    rounding rule = rounding::half_up;

    constexpr bool given() const { return decimals >= 0; }

    constexpr auto parse(fmt::format_parse_context& ctx) {
        auto it = ctx.begin();
        const auto end = ctx.end();
        if (it == end || *it == '}') {
            return it;
        }
        const auto bad = [] {
            throw fmt::format_error(
                "restoration: a format spec is '.<decimals> <rule>', such as {:.1 half_up}; the "
                "rules are half_up, half_even, half_down, toward_zero, away_from_zero");
        };
        if (*it != '.') {
            bad();
        }
        ++it;
        if (it == end || *it < '0' || *it > '9') {
            bad();
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
            bad();
        }
        ++it;
        const auto word_start = it;
        while (it != end && *it != '}') {
            ++it;
        }
        const std::string_view word(word_start, static_cast<std::size_t>(it - word_start));
        constexpr std::string_view names[] = {"half_up", "half_even", "half_down", "toward_zero",
                                              "away_from_zero"};
        for (std::size_t i = 0; i < std::size(names); ++i) {
            if (word == names[i]) {
                rule = all_rounding_rules[i];
                return it;
            }
        }
        bad();
        return it;
    }
};

// For types printed one way only: the spec must be empty.
struct no_spec {
    constexpr auto parse(fmt::format_parse_context& ctx) {
        auto it = ctx.begin();
        if (it != ctx.end() && *it != '}') {
            throw fmt::format_error("restoration: this type takes no format spec: use {}");
        }
        return it;
    }
};

// A type printed as its to_string gives it, with no spec: the audits' answers.
struct as_to_string : no_spec {
    template <class Answer, class FormatContext>
    auto format(const Answer& answer, FormatContext& ctx) const {
        return fmt::format_to(ctx.out(), "{}", to_string(answer));
    }
};

}  // namespace restoration::detail

template <class Kind, class Rep>
struct fmt::formatter<restoration::rate<Kind, Rep>> : restoration::detail::rounding_spec {
    template <class FormatContext>
    auto format(const restoration::rate<Kind, Rep>& r, FormatContext& ctx) const {
        return fmt::format_to(ctx.out(), "{}",
                              given() ? restoration::percent(r, decimals, rule)
                                      : restoration::to_string(r));
    }
};

template <class Kind, class Rep>
struct fmt::formatter<restoration::percentage_points<Kind, Rep>>
    : restoration::detail::rounding_spec {
    template <class FormatContext>
    auto format(const restoration::percentage_points<Kind, Rep>& p, FormatContext& ctx) const {
        return fmt::format_to(ctx.out(), "{}",
                              given() ? restoration::points(p, decimals, rule)
                                      : restoration::to_string(p));
    }
};

// The mean's functions are its hidden friends, found by argument-dependent lookup.
template <class Kind>
struct fmt::formatter<restoration::mean_of_rates<Kind>> : restoration::detail::rounding_spec {
    template <class FormatContext>
    auto format(const restoration::mean_of_rates<Kind>& mean, FormatContext& ctx) const {
        return fmt::format_to(ctx.out(), "{}",
                              given() ? percent(mean, decimals, rule) : to_string(mean));
    }
};

template <class Kind>
struct fmt::formatter<restoration::mean_minus_rate<Kind>> : restoration::detail::rounding_spec {
    template <class FormatContext>
    auto format(const restoration::mean_minus_rate<Kind>& d, FormatContext& ctx) const {
        return fmt::format_to(ctx.out(), "{}",
                              given() ? points(d, decimals, rule) : to_string(d));
    }
};

template <class Scope, class Count>
struct fmt::formatter<restoration::cohort<Scope, Count>> : restoration::detail::rounding_spec {
    template <class FormatContext>
    auto format(const restoration::cohort<Scope, Count>& c, FormatContext& ctx) const {
        std::string text = restoration::to_string(c);
        if (given()) {
            text += " (" + restoration::percent(c.work_rate(), decimals, rule) + ")";
        }
        return fmt::format_to(ctx.out(), "{}", text);
    }
};

template <class Good, class Rep>
struct fmt::formatter<restoration::output<Good, Rep>> : restoration::detail::rounding_spec {
    template <class FormatContext>
    auto format(const restoration::output<Good, Rep>& o, FormatContext& ctx) const {
        if (!given()) {
            return fmt::format_to(ctx.out(), "{}", restoration::to_string(o));
        }
        return fmt::format_to(ctx.out(), "{} of {}", restoration::figure(o, decimals, rule),
                              Good::name);
    }
};

// A printed figure formats as it was printed: "28,92 million".
template <>
struct fmt::formatter<restoration::printed_figure> : restoration::detail::no_spec {
    template <class FormatContext>
    auto format(const restoration::printed_figure& f, FormatContext& ctx) const {
        return fmt::format_to(ctx.out(), "{}", f.text);
    }
};

template <>
struct fmt::formatter<restoration::decimal> : restoration::detail::no_spec {
    template <class FormatContext>
    auto format(restoration::decimal d, FormatContext& ctx) const {
        return fmt::format_to(ctx.out(), "{}", restoration::to_string(d));
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
struct fmt::formatter<restoration::growth<Comparison, Rep>> : restoration::detail::rounding_spec {
    template <class FormatContext>
    auto format(const restoration::growth<Comparison, Rep>& g, FormatContext& ctx) const {
        return fmt::format_to(ctx.out(), "{}",
                              given() ? restoration::percent(g, decimals, rule)
                                      : restoration::to_string(g));
    }
};
template <>
struct fmt::formatter<restoration::growth_check> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::growth_agreement_check> : restoration::detail::as_to_string {};
template <>
struct fmt::formatter<restoration::growth_change_check> : restoration::detail::as_to_string {};
