// format.hpp: rates, counts and quantities as bulletins print them, always with a stated
// rounding rule.
//
//   percent(all.work_rate(), 1, rounding::toward_zero)   // "84.3%"
//   figure(7'681)                                        // "7,681"
//   figure(28.92e6, scale::million, 2, rounding::half_up) // "28.92 million"
//   figure(28.92e6, scale::wan, 2, rounding::half_up)     // "2892.00万"
//   figure(disinfectant_output, 0, rounding::half_up)    // "1,529 t"
#pragma once

#include <concepts>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/units/quantity.hpp>

#include <restoration/cohort.hpp>
#include <restoration/decimal.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/detail/unit_symbol.hpp>
#include <restoration/output.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// The rate in percent, rounded to `places` decimals by `rule`: {843, 1} for 84.364...%. Decided
// exactly from the rate's figures as written, whatever their type.
template <class Kind, class Rep>
decimal rounded_percent(const rate<Kind, Rep>& r, decimal_places places, rounding rule) {
    return {detail::percent_quotient(r, places).rounded(rule), places.value()};
}

// "84.3%"
template <class Kind, class Rep>
[[gnu::always_inline]] inline std::string percent(const rate<Kind, Rep>& r, decimal_places places,
                                                  rounding rule) {
    const decimal rounded = rounded_percent(r, places, rule);
    return detail::decimal_text(rounded.units, rounded.decimals, "%");
}

// The difference in points, rounded: {129, 1} for 12.9 points. Exact, as for a rate.
template <class Kind, class Rep>
decimal rounded_points(const percentage_points<Kind, Rep>& difference, decimal_places places,
                       rounding rule) {
    return {detail::scaled_sum(detail::terms_of(difference), places.value() + 2).rounded(rule),
            places.value()};
}

// "12.9 percentage points", "-3.0 percentage points"
template <class Kind, class Rep>
std::string points(const percentage_points<Kind, Rep>& difference, decimal_places places,
                   rounding rule) {
    return to_string(rounded_points(difference, places, rule)) + " percentage points";
}

// A count with its thousands grouped: "7,681".
template <std::integral Count>
std::string figure(Count count) {
    static_assert(detail::integer_figure<Count>, "restoration: figure(count) takes a count, not "
                                                 "a bool or a character ('7' is 55)");
    return detail::grouped(count);
}

namespace detail {

// What figure() rounds, taken as it is: a signed integer exactly (past 2^53 too), a float at
// its own shortest form (2.675f is 2.675), a double; an unsigned integer as its value. A bool
// or a character stops the compile; a long double would be rounded on the way, and does too.
template <class Number>
auto figure_number(Number value) {
    static_assert(no_characters<Number>() && !std::same_as<Number, bool>,
                  "restoration: figure takes a number, not a bool or a character");
    if constexpr (std::unsigned_integral<Number>) {
        if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            throw std::overflow_error("figure: " + grouped(value) +
                                      " is past the largest count it rounds (2^63 - 1)");
        }
        return static_cast<std::int64_t>(value);
    } else {
        return value;
    }
}

}  // namespace detail

// A number rounded to `places` decimals: figure(1'529.04, 1, rounding::half_up) is "1,529.0".
template <class Number>
    requires std::is_arithmetic_v<Number>
std::string figure(Number value, decimal_places places, rounding rule) {
    return to_string(round_value(detail::figure_number(value), places, rule));
}

// The scales bulletins print with a word, each the power of ten it stands for: English
// thousand, million and billion; Chinese 万 (10^4) and 亿 (10^8).
enum class scale { thousand = 3, wan = 4, million = 6, yi = 8, billion = 9 };

constexpr std::string_view to_string(scale s) {
    switch (s) {
    case scale::thousand: return "thousand";
    case scale::wan: return "万";
    case scale::million: return "million";
    case scale::yi: return "亿";
    case scale::billion: return "billion";
    }
    return "unknown scale";
}

// "28.92 million", "2892.00万", "3320亿": the decimal point moves exactly, before rounding. An
// English scale follows a space and its figure is grouped by thousands; a Chinese one follows
// the digits directly, ungrouped, as the bulletins print them ("28.38万人", "约3320亿元").
template <class Number>
    requires std::is_arithmetic_v<Number>
std::string figure(Number value, scale s, decimal_places places, rounding rule) {
    const bool chinese = s == scale::wan || s == scale::yi;
    if (!chinese && s != scale::thousand && s != scale::million && s != scale::billion) {
        throw std::invalid_argument("scale " + std::to_string(static_cast<int>(s)) +
                                    " is none of thousand, 万, million, 亿 and billion");
    }
    std::string text =
        to_string(round_value(detail::figure_number(value), places, rule, static_cast<int>(s)));
    if (chinese) {
        std::erase(text, ',');
        return text + std::string(to_string(s));
    }
    return text + " " + std::string(to_string(s));
}

// A Boost.Units quantity with its unit symbol: "248,000 persons", "1,529,000 kg".
template <class Unit, std::integral Rep>
std::string figure(boost::units::quantity<Unit, Rep> amount) {
    return figure(amount.value()) + " " + detail::unit_symbol<Unit>();
}

template <class Unit, std::floating_point Rep>
std::string figure(boost::units::quantity<Unit, Rep> amount, decimal_places places,
                   rounding rule) {
    return to_string(round_value(amount.value(), places, rule)) + " " +
           detail::unit_symbol<Unit>();
}

// An output in its good's unit: "1,529 t".
template <class Good, class Rep>
std::string figure(const output<Good, Rep>& amount, decimal_places places, rounding rule) {
    if constexpr (std::same_as<Rep, double>) {
        // Kept in thousandths (or pieces): rounded from that integer, whose decimal form is the
        // double's own shortest one, without working that form out again.
        if (const auto kept = detail::kept_steps<Good>::of(amount)) {
            const std::int64_t units =
                detail::scaled_ratio(kept->steps, std::int64_t{kept->decimals == 0 ? 1 : 1'000},
                                     places.value())
                    .rounded(rule);
            const std::string& symbol = detail::unit_symbol<typename Good::unit>();
            if (symbol.size() < 8) {  // written with the figure into one string: " t", " pcs"
                char suffix[8] = {' '};
                symbol.copy(suffix + 1, symbol.size());
                return detail::decimal_text(units, places.value(),
                                            std::string_view(suffix, symbol.size() + 1));
            }
            return to_string(decimal{units, places.value()}) + " " + symbol;
        }
    }
    return to_string(round_value(amount.value(), places, rule)) + " " +
           detail::unit_symbol<typename Good::unit>();
}

// The exact forms, with no rounding: what io.hpp and fmt.hpp print when no rule is asked for.

// "6,480/7,681"
template <class Kind, class Rep>
std::string to_string(const rate<Kind, Rep>& r) {
    return detail::plain(r.numerator()) + "/" + detail::plain(r.denominator());
}

// "(1,265/1,331 - 5,215/6,350) x 100 percentage points"; a difference stated by hand as one
// fraction: "(-32/1,000) x 100 percentage points"
template <class Kind, class Rep>
std::string to_string(const percentage_points<Kind, Rep>& d) {
    const auto text = [](fraction<Rep> f) {
        return detail::plain(f.numerator) + "/" + detail::plain(f.denominator);
    };
    const bool stated_by_hand = d.subtrahend().numerator == 0 && d.subtrahend().denominator == 1;
    return "(" + text(d.minuend()) + (stated_by_hand ? "" : " - " + text(d.subtrahend())) +
           ") x 100 percentage points";
}

// "6,480 of 7,681 industrial enterprises resumed"
template <class Scope, class Count>
std::string to_string(const cohort<Scope, Count>& c) {
    return detail::grouped(c.resumed()) + " of " + detail::grouped(c.in_scope()) + " " +
           std::string(Scope::name) + " resumed";
}

namespace detail {

template <class Figure>
constexpr auto refuse_unnamed_rule() {
    constexpr bool unnamed = always_false<Figure>;
    static_assert(unnamed, "restoration: a figure is rounded to its places by a rule named, as in "
                           "percent(r, 1, rounding::half_up); the library never assumes one");
    return refused_operation{};
}

template <class Figure>
constexpr auto refuse_rule_first() {
    constexpr bool swapped = always_false<Figure>;
    static_assert(swapped, "restoration: the rounding rule comes after the places: percent(r, 1, "
                           "rounding::half_up)");
    return refused_operation{};
}

template <class Kind>
constexpr auto refuse_points_as_percent() {
    constexpr bool points_given = always_false<Kind>;
    static_assert(points_given, "restoration: a difference of rates is in percentage points, not "
                                "a percent: points(d, 1, rounding::half_up)");
    return refused_operation{};
}

template <class Kind>
constexpr auto refuse_rate_as_points() {
    constexpr bool rate_given = always_false<Kind>;
    static_assert(rate_given, "restoration: a rate is a percent, not points: percent(r, 1, "
                              "rounding::half_up); points are a difference of rates");
    return refused_operation{};
}

// What the refusals below take as the places: anything, by a conversion of its own, so that any
// other function of the name that fits with at most a standard conversion (a user's own
// percent(rate<their_kind>, long)) is the better match and is called instead.
struct places_given {
    template <class Places>
    constexpr places_given(const Places&) {}  // NOLINT: implicit by design
};

// A figure the library rounds: its own, or a number.
template <class Figure>
concept rounded_figure = figure_kind_v<Figure> != figure_kind::none || std::is_arithmetic_v<Figure>;

}  // namespace detail

// These exist only to name the mistake: a rounded figure with no rule (`percent(r, 1)`,
// `figure(1'529.0)`), or with the rule before the places, finds no overload above, and a page of
// candidates would not say which argument is missing. Which rule a bulletin used is what an audit
// finds out, so none is assumed.
template <detail::rounded_figure Figure>
constexpr auto percent(const Figure&, detail::places_given) {
    return detail::refuse_unnamed_rule<Figure>();
}
template <detail::rounded_figure Figure>
constexpr auto points(const Figure&, detail::places_given) {
    return detail::refuse_unnamed_rule<Figure>();
}
template <detail::rounded_figure Figure>
constexpr auto figure(const Figure&, detail::places_given) {
    return detail::refuse_unnamed_rule<Figure>();
}
template <std::floating_point Value>
constexpr auto figure(Value) {
    return detail::refuse_unnamed_rule<Value>();
}
template <class Good, class Rep>
constexpr auto figure(const output<Good, Rep>&) {
    return detail::refuse_unnamed_rule<Good>();
}
template <class Unit, std::floating_point Rep>
constexpr auto figure(boost::units::quantity<Unit, Rep>) {
    return detail::refuse_unnamed_rule<Unit>();
}
template <detail::rounded_figure Figure>
constexpr auto percent(const Figure&, rounding, detail::places_given) {
    return detail::refuse_rule_first<Figure>();
}
template <detail::rounded_figure Figure>
constexpr auto points(const Figure&, rounding, detail::places_given) {
    return detail::refuse_rule_first<Figure>();
}
template <detail::rounded_figure Figure>
constexpr auto figure(const Figure&, rounding, detail::places_given) {
    return detail::refuse_rule_first<Figure>();
}

// These name the mistake the library exists to stop: the difference of two rates called a
// percentage (84.4% - 80.1% is 4.3 points, not 4.3%), and a rate called points.
template <class Kind, class Rep>
constexpr auto percent(const percentage_points<Kind, Rep>&, detail::places_given, rounding) {
    return detail::refuse_points_as_percent<Kind>();
}
template <class Kind, class Rep>
constexpr auto points(const rate<Kind, Rep>&, detail::places_given, rounding) {
    return detail::refuse_rate_as_points<Kind>();
}

// "1,529 t of disinfectant"
template <class Good, class Rep>
std::string to_string(const output<Good, Rep>& amount) {
    // An output is never negative: -0.0, which it takes as 0, prints as 0 (-0.0 + 0.0 is 0.0).
    return detail::plain(amount.value() + Rep{0}) + " " +
           detail::unit_symbol<typename Good::unit>() + " of " + std::string(Good::name);
}

}  // namespace restoration
