// format.hpp: rates, counts and quantities as bulletins print them, always with a stated
// rounding rule.
//
//   percent(all.work_rate(), 1, rounding::toward_zero)   // "84.3%"
//   figure(7'681)                                        // "7,681"
//   figure(28.92e6, scale::million, 2, rounding::half_up) // "28.92 million"
//   figure(disinfectant_output, 0, rounding::half_up)    // "1,529 t"
#pragma once

#include <concepts>
#include <string>
#include <string_view>

#include <boost/units/io.hpp>
#include <boost/units/quantity.hpp>

#include <restoration/cohort.hpp>
#include <restoration/detail/checked.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/output.hpp>
#include <restoration/rate.hpp>
#include <restoration/rounding.hpp>

namespace restoration {

// The rate in percent, rounded to `decimals` by `rule`: {843, 1} for 84.364...%.
// Decided exactly for integer rates; a floating-point rate is rounded from its shortest form.
template <class Kind, class Rep>
decimal rounded_percent(const rate<Kind, Rep>& r, int decimals, rounding rule) {
    if constexpr (std::integral<Rep>) {
        return {detail::percent_quotient(r.numerator(), r.denominator(), decimals).rounded(rule),
                decimals};
    } else {
        return round_value(100.0 * r.to_double(), decimals, rule);
    }
}

// "84.3%"
template <class Kind, class Rep>
std::string percent(const rate<Kind, Rep>& r, int decimals, rounding rule) {
    return detail::decimal_text(rounded_percent(r, decimals, rule), "%");
}

// "12.9 percentage points", "-3.0 percentage points"
template <class Kind, class Rep>
std::string points(const percentage_points<Kind, Rep>& difference, int decimals, rounding rule) {
    decimal rounded;
    if constexpr (std::integral<Rep>) {
        rounded = {detail::percent_quotient(difference.numerator(), difference.denominator(),
                                            decimals)
                       .rounded(rule),
                   decimals};
    } else {
        rounded = round_value(difference.to_double(), decimals, rule);
    }
    return to_string(rounded) + " percentage points";
}

// A count with its thousands grouped: "7,681".
template <std::integral Count>
std::string figure(Count count) {
    return detail::grouped(count);
}

// A number rounded to `decimals`: figure(1'529.04, 1, rounding::half_up) is "1,529.0".
inline std::string figure(double value, int decimals, rounding rule) {
    return to_string(round_value(value, decimals, rule));
}

// The scales bulletins print with a word.
enum class scale { thousand = 3, million = 6, billion = 9 };

constexpr std::string_view to_string(scale s) {
    switch (s) {
    case scale::thousand: return "thousand";
    case scale::million: return "million";
    case scale::billion: return "billion";
    }
    return "unknown scale";
}

// "28.92 million": the decimal point moves exactly, before rounding.
inline std::string figure(double value, scale s, int decimals, rounding rule) {
    return to_string(round_value(value, decimals, rule, static_cast<int>(s))) + " " +
           std::string(to_string(s));
}

// A Boost.Units quantity with its unit symbol: "248,000 persons", "1,529,000 kg".
template <class Unit, std::integral Rep>
std::string figure(boost::units::quantity<Unit, Rep> amount) {
    return figure(amount.value()) + " " + boost::units::symbol_string(Unit{});
}

template <class Unit, std::floating_point Rep>
std::string figure(boost::units::quantity<Unit, Rep> amount, int decimals, rounding rule) {
    return figure(static_cast<double>(amount.value()), decimals, rule) + " " +
           boost::units::symbol_string(Unit{});
}

// An output in its good's unit: "1,529 t".
template <class Good, class Rep>
std::string figure(const output<Good, Rep>& amount, int decimals, rounding rule) {
    return figure(static_cast<double>(amount.value()), decimals, rule) + " " +
           boost::units::symbol_string(typename Good::unit{});
}

// The exact forms, with no rounding: what io.hpp and fmt.hpp print when no rule is asked for.

// "6,480/7,681"
template <class Kind, class Rep>
std::string to_string(const rate<Kind, Rep>& r) {
    return detail::plain(r.numerator()) + "/" + detail::plain(r.denominator());
}

// "(2/8) x 100 percentage points"
template <class Kind, class Rep>
std::string to_string(const percentage_points<Kind, Rep>& d) {
    return "(" + detail::plain(d.numerator()) + "/" + detail::plain(d.denominator()) +
           ") x 100 percentage points";
}

// "6,480 of 7,681 industrial enterprises resumed"
template <class Scope, class Count>
std::string to_string(const cohort<Scope, Count>& c) {
    return detail::grouped(c.resumed()) + " of " + detail::grouped(c.in_scope()) + " " +
           std::string(Scope::name) + " resumed";
}

// "1,529 t of disinfectant"
template <class Good, class Rep>
std::string to_string(const output<Good, Rep>& amount) {
    return detail::plain(amount.value()) + " " +
           boost::units::symbol_string(typename Good::unit{}) + " of " + std::string(Good::name);
}

}  // namespace restoration
