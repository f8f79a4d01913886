// detail/unit_symbol.hpp: a unit's symbol as Boost.Units writes it ("t", "kg", "t d^-1"),
// without <boost/units/io.hpp>, which would bring <sstream>, <locale> and Boost.Serialization
// into every header that names a unit in a figure or a message.
#pragma once

#include <concepts>
#include <string>

#include <boost/units/dimensionless_type.hpp>
#include <boost/units/heterogeneous_system.hpp>
#include <boost/units/reduce_unit.hpp>
#include <boost/units/scale.hpp>
#include <boost/units/scaled_base_unit.hpp>
#include <boost/units/static_rational.hpp>
#include <boost/units/unit.hpp>
#include <boost/units/units_fwd.hpp>

namespace restoration::detail {

// Whether Boost.Units gives a base unit a symbol of its own by specialising base_unit_info
// (metric::ton_base_unit: "t"). The primary template is defined by io.hpp alone, and marks
// itself, so the answer is the same whether io.hpp is included or not.
template <class BaseUnit>
concept has_own_symbol =
    requires { boost::units::base_unit_info<BaseUnit>::symbol(); } &&
    !requires { typename boost::units::base_unit_info<BaseUnit>::base_unit_info_primary_template; };

template <class T>
inline constexpr bool is_scaled_base_unit = false;
template <class S, class Scale>
inline constexpr bool is_scaled_base_unit<boost::units::scaled_base_unit<S, Scale>> = true;

// "t" for the tonne, "k" "g" for the kilogram (a gram scaled by 10^3), "pcs" for a piece.
template <class BaseUnit>
std::string base_unit_symbol() {
    if constexpr (has_own_symbol<BaseUnit>) {
        return boost::units::base_unit_info<BaseUnit>::symbol();
    } else if constexpr (is_scaled_base_unit<BaseUnit>) {
        return BaseUnit::scale_type::symbol() +
               base_unit_symbol<typename BaseUnit::system_type>();
    } else {
        return BaseUnit::symbol();
    }
}

// "" for a power of 1, "^-1", "^(1/2)".
template <class Exponent>
std::string exponent_text() {
    constexpr auto numerator = Exponent::Numerator;
    constexpr auto denominator = Exponent::Denominator;
    if constexpr (numerator == 1 && denominator == 1) {
        return "";
    } else if constexpr (denominator == 1) {
        return "^" + std::to_string(numerator);
    } else {
        return "^(" + std::to_string(numerator) + "/" + std::to_string(denominator) + ")";
    }
}

// The base units of a reduced unit with their powers, in Boost.Units' order: "t d^-1".
template <class Units>
std::string units_text() {
    using item = typename Units::item;
    std::string text =
        base_unit_symbol<typename item::tag_type>() + exponent_text<typename item::value_type>();
    if constexpr (Units::size::value > 1) {
        text += " " + units_text<typename Units::next>();
    }
    return text;
}

// The prefixes of a unit scaled as a whole (si::kilo * si::meters): "k".
template <class Scale>
std::string scale_text() {
    if constexpr (Scale::size::value == 0) {
        return "";
    } else {
        return Scale::item::symbol() + scale_text<typename Scale::next>();
    }
}

template <class Units, class Scale>
std::string reduced_symbol() {
    if constexpr (Units::size::value == 0) {
        return Scale::size::value == 0 ? "dimensionless" : scale_text<Scale>();
    } else if constexpr (Units::size::value == 1 &&
                         std::same_as<typename Units::item::value_type,
                                      boost::units::static_rational<1>>) {
        using base = typename Units::item::tag_type;
        if constexpr (is_scaled_base_unit<base> && !has_own_symbol<base>) {
            // The base unit's own scale joins the unit's, so that si::milli * si::kilograms is
            // "g", not "mkg".
            using one_base = boost::units::list<
                boost::units::heterogeneous_system_dim<typename base::system_type,
                                                       boost::units::static_rational<1>>,
                boost::units::dimensionless_type>;
            using joined = typename boost::mpl::times<
                Scale, boost::units::list<boost::units::scale_list_dim<typename base::scale_type>,
                                          boost::units::dimensionless_type>>::type;
            return reduced_symbol<one_base, joined>();
        } else {
            return scale_text<Scale>() + units_text<Units>();  // "km"
        }
    } else if constexpr (Scale::size::value == 0) {
        return units_text<Units>();
    } else {
        return scale_text<Scale>() + "(" + units_text<Units>() + ")";  // "k(m s^-1)"
    }
}

template <class Reduced>
struct reduced_parts;
template <class Dimension, class Units, class Scale>
struct reduced_parts<boost::units::unit<
    Dimension, boost::units::heterogeneous_system<
                   boost::units::heterogeneous_system_impl<Units, Dimension, Scale>>>> {
    using units = Units;
    using scale = Scale;
};

// The symbol of any Boost.Units unit, as boost::units::symbol_string gives it: worked out once
// for each unit, since figure(output, ...) prints one for every figure of a table.
template <class Unit>
const std::string& unit_symbol() {
    using parts = reduced_parts<typename boost::units::reduce_unit<Unit>::type>;
    static const std::string symbol =
        reduced_symbol<typename parts::units, typename parts::scale>();
    return symbol;
}

}  // namespace restoration::detail
