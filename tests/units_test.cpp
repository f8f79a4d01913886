// units_test.cpp: the Boost.Units vocabulary: counted things stay apart, mass and time convert.
#include <restoration/units.hpp>

#include <boost/units/base_units/cgs/gram.hpp>
#include <boost/units/base_units/metric/hour.hpp>
#include <boost/units/base_units/metric/liter.hpp>
#include <boost/units/cmath.hpp>
#include <boost/units/io.hpp>
#include <boost/units/systems/si.hpp>
#include <boost/units/systems/si/prefixes.hpp>
#include <doctest/doctest.h>

#include <restoration/detail/unit_symbol.hpp>

#include <string>
#include <type_traits>

using namespace restoration;
namespace bu = boost::units;

// Counted things are distinct dimensions: no quantity of one converts to another.
static_assert(
    !std::is_convertible_v<bu::quantity<enterprise_unit, int>, bu::quantity<person_unit, int>>);
static_assert(!std::is_convertible_v<bu::quantity<piece_unit>, bu::quantity<tonne_unit>>);
static_assert(!std::is_same_v<piece_dimension, enterprise_dimension>);
static_assert(!std::is_same_v<vehicle_passage_dimension, person_dimension>);
static_assert(!std::is_same_v<money_dimension, piece_dimension>);

TEST_CASE("tonnes convert to kilograms exactly") {
    const bu::quantity<kilogram_unit> kg(1'529.0 * tonnes);
    CHECK(kg.value() == 1'529'000.0);
}

TEST_CASE("kilograms convert back to tonnes") {
    const bu::quantity<tonne_unit> t(500.0 * kilograms);
    CHECK(t.value() == 0.5);
}

TEST_CASE("days are 86,400 seconds") {
    const bu::quantity<bu::si::time> seconds(55.0 * days);
    CHECK(seconds.value() == 55.0 * 86'400.0);
}

TEST_CASE("counted units keep integer values") {
    const auto staff = 248'000 * persons;
    static_assert(std::is_same_v<decltype(staff)::value_type, int>);
    CHECK(staff.value() == 248'000);
    CHECK((staff + 2'000 * persons).value() == 250'000);
}

TEST_CASE("units print the symbols bulletins use") {
    CHECK(bu::symbol_string(tonnes) == "t");
    CHECK(bu::symbol_string(kilograms) == "kg");
    CHECK(bu::symbol_string(days) == "d");
    CHECK(bu::symbol_string(pieces) == "pcs");
    CHECK(bu::symbol_string(persons) == "persons");
    CHECK(bu::symbol_string(vehicle_passages) == "vehicle-times");
    CHECK(bu::symbol_string(enterprises) == "enterprises");
    CHECK(bu::symbol_string(yuan) == "yuan");
}

// The headers name units in figures and messages without Boost.Units' io.hpp (which brings
// <sstream> and Boost.Serialization): detail::unit_symbol writes a symbol as io.hpp would.
TEST_CASE("unit symbols are written as Boost.Units writes them") {
    const auto same_as_boost = [](auto unit) {
        const std::string ours = detail::unit_symbol<decltype(unit)>();
        const std::string boost = bu::symbol_string(unit);
        INFO(ours, " against ", boost);
        return ours == boost;
    };
    // restoration's own, and what outputs per day and output values are in
    CHECK(same_as_boost(tonnes));
    CHECK(same_as_boost(kilograms));
    CHECK(same_as_boost(days));
    CHECK(same_as_boost(pieces));
    CHECK(same_as_boost(persons));
    CHECK(same_as_boost(vehicle_passages));
    CHECK(same_as_boost(enterprises));
    CHECK(same_as_boost(yuan));
    CHECK(same_as_boost(pieces / days));
    CHECK(same_as_boost(tonnes / days));
    CHECK(same_as_boost(yuan / persons));
    CHECK(same_as_boost(tonnes * pieces / days));
    // what a good of one's own may be counted in: powers, roots, scaled base units, prefixes
    CHECK(same_as_boost(pieces * pieces));
    CHECK(same_as_boost(bu::root<2>(pieces)));
    CHECK(same_as_boost(bu::si::meters_per_second));
    CHECK(same_as_boost(bu::si::square_meter));
    CHECK(same_as_boost(bu::si::joule));
    CHECK(same_as_boost(bu::si::dimensionless()));
    CHECK(same_as_boost(bu::cgs::gram_base_unit::unit_type{}));
    CHECK(same_as_boost(bu::metric::liter_base_unit::unit_type{}));
    CHECK(same_as_boost(bu::metric::hour_base_unit::unit_type{}));
    CHECK(same_as_boost(bu::si::kilo * bu::si::meter));
    CHECK(same_as_boost(bu::si::kilo * pieces));
    CHECK(same_as_boost(bu::si::kilo * tonnes));
    CHECK(same_as_boost(bu::si::kilo * bu::si::kilogram));
    CHECK(same_as_boost(bu::si::milli * bu::si::kilogram));
    CHECK(same_as_boost(bu::si::kilo * bu::si::meters_per_second));
    CHECK(same_as_boost(bu::si::mega * (kilograms / days)));
    CHECK(same_as_boost(bu::si::kilo * bu::si::dimensionless()));
    CHECK(detail::unit_symbol<decltype(tonnes / days)>() == "t d^-1");
}
