// good_test.cpp: built-in goods name their unit; a user's good is declared in a few lines.
#include <restoration/good.hpp>

#include <doctest/doctest.h>

#include <string_view>
#include <type_traits>

using namespace restoration;

struct ventilator {
    using unit = piece_unit;
    static constexpr std::string_view name = "ventilators";
};

struct not_a_good {};
struct good_without_unit {
    static constexpr std::string_view name = "nameless";
};

static_assert(good<face_mask> && good<protective_suit>);
static_assert(good<disinfectant> && good<test_kit_tube>);
static_assert(good<ventilator>);
static_assert(!good<not_a_good>);
static_assert(!good<good_without_unit>);
static_assert(!good<int>);

// Masks and suits share a dimension; the good tells them apart, not the unit.
static_assert(std::is_same_v<dimension_of_good<face_mask>, dimension_of_good<protective_suit>>);
static_assert(std::is_same_v<dimension_of_good<disinfectant>, boost::units::mass_dimension>);

TEST_CASE("built-in goods are named as bulletins name them") {
    CHECK(face_mask::name == "face masks");
    CHECK(protective_suit::name == "protective suits");
    CHECK(disinfectant::name == "disinfectant");
    CHECK(test_kit_tube::name == "nucleic-acid test kit tubes");
}

TEST_CASE("disinfectant is measured in tonnes and masks in pieces") {
    CHECK(std::is_same_v<disinfectant::unit, tonne_unit>);
    CHECK(std::is_same_v<face_mask::unit, piece_unit>);
    CHECK(std::is_same_v<ventilator::unit, piece_unit>);
}
