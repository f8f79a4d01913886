// scope_test.cpp: built-in scopes, their parents and complements, and a user's own scope.
#include <restoration/scope.hpp>

#include <doctest/doctest.h>

#include <string_view>
#include <type_traits>

using namespace restoration;

struct auto_parts {
    using parent = above_designated_size;
    static constexpr std::string_view name = "auto parts makers above designated size";
};

static_assert(scope<industrial> && scope<above_designated_size> && scope<below_designated_size>);
static_assert(scope<pharmaceutical_above_designated_size> && scope<specialized_innovative>);
static_assert(scope<auto_parts> && scope<rest_of<auto_parts>>);
static_assert(!scope<int>);

static_assert(std::is_same_v<parent_of_t<above_designated_size>, industrial>);
static_assert(std::is_same_v<parent_of_t<below_designated_size>, industrial>);
static_assert(
    std::is_same_v<parent_of_t<pharmaceutical_above_designated_size>, above_designated_size>);
static_assert(std::is_void_v<parent_of_t<industrial>>);
static_assert(std::is_void_v<parent_of_t<specialized_innovative>>);

// Declared complements pair up; undeclared ones are the rest of the parent, both ways.
static_assert(std::is_same_v<complement_of_t<above_designated_size>, below_designated_size>);
static_assert(std::is_same_v<complement_of_t<below_designated_size>, above_designated_size>);
static_assert(std::is_same_v<complement_of_t<auto_parts>, rest_of<auto_parts>>);
static_assert(std::is_same_v<complement_of_t<rest_of<auto_parts>>, auto_parts>);
static_assert(std::is_same_v<parent_of_t<rest_of<auto_parts>>, above_designated_size>);

TEST_CASE("scopes carry the names bulletins use") {
    CHECK(industrial::name == "industrial enterprises");
    CHECK(above_designated_size::name == "industrial enterprises above designated size");
    CHECK(below_designated_size::name == "industrial enterprises below designated size");
    CHECK(pharmaceutical_above_designated_size::name ==
          "pharmaceutical enterprises above designated size");
}

TEST_CASE("the rest of a parent scope is named after both scopes") {
    CHECK(rest_of<auto_parts>::name == "industrial enterprises above designated size other than "
                                       "auto parts makers above designated size");
}
