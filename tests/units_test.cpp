// units_test.cpp: the Boost.Units vocabulary: counted things stay apart, mass and time convert.
#include <restoration/units.hpp>

#include <boost/units/io.hpp>
#include <doctest/doctest.h>

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
