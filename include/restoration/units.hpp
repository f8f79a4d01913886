// units.hpp: the Boost.Units vocabulary: counted things, money, and mass and time from Boost.Units.
//
//   auto staff = 248'000 * persons;          // boost::units::quantity<person_unit, int>
//   auto disinfectant = 1'529.0 * tonnes;    // converts exactly to 1'529'000 kg
#pragma once

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/base_units/metric/day.hpp>
#include <boost/units/base_units/metric/ton.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si/mass.hpp>
#include <boost/units/systems/si/time.hpp>
#include <boost/units/unit.hpp>

namespace restoration {

// Boost.Units needs every base dimension and base unit of a program to have its own ordinal.
// restoration takes 7301-7305 for dimensions and 7311-7315 for units; Boost's own are negative.

// Counted things are dimensions of their own, so that enterprises never add to persons.
struct enterprise_base_dimension : boost::units::base_dimension<enterprise_base_dimension, 7301> {};
struct person_base_dimension : boost::units::base_dimension<person_base_dimension, 7302> {};
struct vehicle_passage_base_dimension
    : boost::units::base_dimension<vehicle_passage_base_dimension, 7303> {};
struct piece_base_dimension : boost::units::base_dimension<piece_base_dimension, 7304> {};
struct money_base_dimension : boost::units::base_dimension<money_base_dimension, 7305> {};

using enterprise_dimension = enterprise_base_dimension::dimension_type;
using person_dimension = person_base_dimension::dimension_type;
using vehicle_passage_dimension = vehicle_passage_base_dimension::dimension_type;
using piece_dimension = piece_base_dimension::dimension_type;
using money_dimension = money_base_dimension::dimension_type;

struct enterprise_base_unit
    : boost::units::base_unit<enterprise_base_unit, enterprise_dimension, 7311> {
    static constexpr const char* name() { return "enterprise"; }
    static constexpr const char* symbol() { return "enterprises"; }
};
struct person_base_unit : boost::units::base_unit<person_base_unit, person_dimension, 7312> {
    static constexpr const char* name() { return "person"; }
    static constexpr const char* symbol() { return "persons"; }
};
// Bulletins count vehicle passages as "vehicle-times" (车次).
struct vehicle_passage_base_unit
    : boost::units::base_unit<vehicle_passage_base_unit, vehicle_passage_dimension, 7313> {
    static constexpr const char* name() { return "vehicle-time"; }
    static constexpr const char* symbol() { return "vehicle-times"; }
};
struct piece_base_unit : boost::units::base_unit<piece_base_unit, piece_dimension, 7314> {
    static constexpr const char* name() { return "piece"; }
    static constexpr const char* symbol() { return "pcs"; }
};
// Output value is reported in yuan (元).
struct yuan_base_unit : boost::units::base_unit<yuan_base_unit, money_dimension, 7315> {
    static constexpr const char* name() { return "yuan"; }
    static constexpr const char* symbol() { return "yuan"; }
};

using enterprise_unit = enterprise_base_unit::unit_type;
using person_unit = person_base_unit::unit_type;
using vehicle_passage_unit = vehicle_passage_base_unit::unit_type;
using piece_unit = piece_base_unit::unit_type;
using yuan_unit = yuan_base_unit::unit_type;
using tonne_unit = boost::units::metric::ton_base_unit::unit_type;
using kilogram_unit = boost::units::si::mass;
using day_unit = boost::units::metric::day_base_unit::unit_type;

inline constexpr enterprise_unit enterprises{};
inline constexpr person_unit persons{};
inline constexpr vehicle_passage_unit vehicle_passages{};
inline constexpr piece_unit pieces{};
inline constexpr yuan_unit yuan{};
inline constexpr tonne_unit tonnes{};
inline constexpr kilogram_unit kilograms{};
inline constexpr day_unit days{};

}  // namespace restoration
