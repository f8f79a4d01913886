// good.hpp: goods, the things whose output bulletins count, each a tag that names its unit.
//
// A good of one's own is two lines (a third, its Chinese name, may be added: names.hpp):
//   struct ventilator { using unit = restoration::piece_unit;
//                       static constexpr std::string_view name = "ventilators"; };
#pragma once

#include <concepts>
#include <string_view>

#include <boost/units/get_dimension.hpp>
#include <boost/units/is_unit.hpp>

#include <restoration/units.hpp>

namespace restoration {

// A good names its usual unit (which fixes its dimension) and how bulletins call it; it may
// carry its Chinese name too (`static constexpr std::string_view name_zh`, names.hpp).
template <class T>
concept good = requires {
    typename T::unit;
    { T::name } -> std::convertible_to<std::string_view>;
} && boost::units::is_unit<typename T::unit>::value;

template <good Good>
using dimension_of_good = typename boost::units::get_dimension<typename Good::unit>::type;

struct face_mask {
    using unit = piece_unit;
    static constexpr std::string_view name = "face masks";
    static constexpr std::string_view name_zh = "口罩";
};

struct protective_suit {
    using unit = piece_unit;
    static constexpr std::string_view name = "protective suits";
    static constexpr std::string_view name_zh = "防护服";
};

struct disinfectant {
    using unit = tonne_unit;
    static constexpr std::string_view name = "disinfectant";
    static constexpr std::string_view name_zh = "消毒剂";
};

struct test_kit_tube {
    using unit = piece_unit;
    static constexpr std::string_view name = "nucleic-acid test kit tubes";
    static constexpr std::string_view name_zh = "核酸检测试剂管";
};

}  // namespace restoration
