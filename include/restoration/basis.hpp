// basis.hpp: what a production-restoration rate compares. Ningde's "日用电量恢复率达72.7%" is
// by electricity use; Changchun's "72.7%" states no basis. Rates of different bases are
// different kinds, so that they neither compare nor subtract.
//
//   rate<production_restoration_by<basis::electricity_use>> ningde{72.7_percent};
//   rate<production_restoration> changchun{72.7_percent};  // the basis unstated
//   ningde > changchun;  // does not compile: an unstated basis against electricity use
//   masks_now / masks_baseline;  // rate<production_restoration_by<basis::output_volume<face_mask>>>
#pragma once

#include <concepts>
#include <string_view>

namespace restoration {

// The bases a bulletin states. Each names itself, and names the rate measured on it.
namespace basis {

struct unstated {
    static constexpr std::string_view name = "an unstated basis";
    static constexpr std::string_view rate_name = "production restoration";
    static constexpr std::string_view rate_name_zh = "复产率";
};

// 产量: the output of one good, in its own unit (output<Good> / output<Good>).
template <class Good>
struct output_volume {
    using good = Good;
    static constexpr std::string_view name = "output volume";
    static constexpr std::string_view rate_name = "production restoration by output volume";
    static constexpr std::string_view rate_name_zh = "产量恢复率";
};

// 产值: output value, in yuan (production_by_value, aggregate's production_rate()).
struct output_value {
    static constexpr std::string_view name = "output value";
    static constexpr std::string_view rate_name = "production restoration by output value";
    static constexpr std::string_view rate_name_zh = "产值恢复率";
};

// 用电量: electricity use, in kWh, as Ningde's 日用电量恢复率.
struct electricity_use {
    static constexpr std::string_view name = "electricity use";
    static constexpr std::string_view rate_name = "production restoration by electricity use";
    static constexpr std::string_view rate_name_zh = "用电量恢复率";
};

// 产能利用率: output over capacity.
struct capacity_utilisation {
    static constexpr std::string_view name = "capacity utilisation";
    static constexpr std::string_view rate_name = "capacity utilisation";
    static constexpr std::string_view rate_name_zh = "产能利用率";
};

}  // namespace basis

template <class Basis>
concept production_basis = requires {
    { Basis::name } -> std::convertible_to<std::string_view>;
    { Basis::rate_name } -> std::convertible_to<std::string_view>;
};

namespace detail {

// A basis's Chinese rate name, where it has one, as the kind's name_zh (names.hpp).
template <class Basis>
struct chinese_rate_name {};
template <class Basis>
    requires requires { Basis::rate_name_zh; }
struct chinese_rate_name<Basis> {
    static constexpr std::string_view name_zh = Basis::rate_name_zh;
};

}  // namespace detail

// The kind of rate of production restoration on one basis.
template <class Basis>
struct production_restoration_by : detail::chinese_rate_name<Basis> {
    static_assert(production_basis<Basis>,
                  "restoration: production_restoration_by<Basis>: Basis must be a basis, a type "
                  "with a `name` and a `rate_name` (see basis.hpp)");
    using basis_type = Basis;
    static constexpr std::string_view name = Basis::rate_name;
};

// As a bulletin prints it when it does not say what was compared (Changchun's 72.7%).
using production_restoration = production_restoration_by<basis::unstated>;

namespace detail {

template <class Kind>
inline constexpr bool is_production_restoration = false;
template <class Basis>
inline constexpr bool is_production_restoration<production_restoration_by<Basis>> = true;

// Which of the stated bases, for the messages below: the volumes of all goods are one.
template <class Basis>
inline constexpr int basis_index = 5;  // a basis of the user's own
template <>
inline constexpr int basis_index<basis::unstated> = 0;
template <class Good>
inline constexpr int basis_index<basis::output_volume<Good>> = 1;
template <>
inline constexpr int basis_index<basis::output_value> = 2;
template <>
inline constexpr int basis_index<basis::electricity_use> = 3;
template <>
inline constexpr int basis_index<basis::capacity_utilisation> = 4;

template <class B1, class B2>
inline constexpr bool bases_are(int a, int b) {
    return (basis_index<B1> == a && basis_index<B2> == b) ||
           (basis_index<B1> == b && basis_index<B2> == a);
}

template <class B1, class B2>
inline constexpr bool same_basis = std::same_as<B1, B2>;

// A static_assert's message is a literal, so each pair of bases has its own, naming both.
template <class B1, class B2>
constexpr void require_same_basis() {
    constexpr bool same = same_basis<B1, B2>;
    if constexpr (!same) {
        if constexpr (bases_are<B1, B2>(0, 1)) {
            static_assert(same, "restoration: production-restoration rates on an unstated basis "
                                "and on output volume cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(0, 2)) {
            static_assert(same, "restoration: production-restoration rates on an unstated basis "
                                "and on output value cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(0, 3)) {
            static_assert(same, "restoration: production-restoration rates on an unstated basis "
                                "and on electricity use cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(0, 4)) {
            static_assert(same, "restoration: a production-restoration rate on an unstated basis "
                                "and capacity utilisation cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(1, 1)) {
            static_assert(same, "restoration: production-restoration rates on the output volumes "
                                "of different goods cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(1, 2)) {
            static_assert(same, "restoration: production-restoration rates on output volume and "
                                "on output value cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(1, 3)) {
            static_assert(same, "restoration: production-restoration rates on output volume and "
                                "on electricity use cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(1, 4)) {
            static_assert(same, "restoration: a production-restoration rate on output volume and "
                                "capacity utilisation cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(2, 3)) {
            static_assert(same, "restoration: production-restoration rates on output value and "
                                "on electricity use cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(2, 4)) {
            static_assert(same, "restoration: a production-restoration rate on output value and "
                                "capacity utilisation cannot be compared or subtracted");
        } else if constexpr (bases_are<B1, B2>(3, 4)) {
            static_assert(same, "restoration: a production-restoration rate on electricity use "
                                "and capacity utilisation cannot be compared or subtracted");
        } else {
            static_assert(same, "restoration: production-restoration rates on different bases "
                                "cannot be compared or subtracted");
        }
    }
}

}  // namespace detail

}  // namespace restoration
