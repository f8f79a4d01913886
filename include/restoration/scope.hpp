// scope.hpp: scopes, the sets of enterprises a bulletin counts, and which scope each is part of.
//
// A scope of one's own, part of a built-in one (its Chinese name, name_zh, may be left out):
//   struct auto_parts { using parent = restoration::above_designated_size;
//                       static constexpr std::string_view name = "auto parts makers";
//                       static constexpr std::string_view name_zh = "汽车零部件企业"; };
#pragma once

#include <concepts>
#include <string_view>

#include <restoration/detail/scope.hpp>

namespace restoration {

// A scope has a name; it may carry its Chinese name (`name_zh`, names.hpp) and declare the scope it is a subset of (`using parent = ...`) and
// the scope that makes up the rest of that parent (`using complement = ...`).
template <class T>
concept scope = requires {
    { T::name } -> std::convertible_to<std::string_view>;
};

// A scope with no parent says that it is one (detail/tags.hpp), so that no other role takes it.
struct industrial {
    static constexpr std::string_view name = "industrial enterprises";
    static constexpr std::string_view name_zh = "工业企业";
    static constexpr bool of_enterprises = true;
};

struct below_designated_size;

// 规模以上工业企业: annual main-business revenue of at least 20 million yuan (since 2011).
struct above_designated_size {
    using parent = industrial;
    using complement = below_designated_size;
    static constexpr std::string_view name = "industrial enterprises above designated size";
    static constexpr std::string_view name_zh = "规模以上工业企业";
};

struct below_designated_size {
    using parent = industrial;
    using complement = above_designated_size;
    static constexpr std::string_view name = "industrial enterprises below designated size";
    static constexpr std::string_view name_zh = "规模以下工业企业";
};

struct pharmaceutical_above_designated_size {
    using parent = above_designated_size;
    static constexpr std::string_view name = "pharmaceutical enterprises above designated size";
    static constexpr std::string_view name_zh = "规模以上医药企业";
};

// 专精特新 enterprises at or above provincial level. No parent: the designation is not limited
// to industrial enterprises above designated size.
struct specialized_innovative {
    static constexpr std::string_view name =
        "specialized, sophisticated, distinctive and innovative enterprises (provincial level "
        "or above)";
    static constexpr std::string_view name_zh = "专精特新企业（省级及以上）";
    static constexpr bool of_enterprises = true;
};

// The scope a scope is part of, or void.
template <class Scope>
using parent_of_t = typename detail::parent_of<Scope>::type;

// The rest of a parent scope once a declared sub-scope is taken out, for sub-scopes that do not
// name their complement: "industrial enterprises above designated size other than pharmaceutical
// enterprises above designated size".
namespace detail {

inline constexpr std::string_view among_zh = "中除";
inline constexpr std::string_view other_than_zh = "以外的企业";

// The rest's Chinese name, where its parent and its sub-scope both have one:
// "规模以上工业企业中除规模以上医药企业以外的企业".
template <class Sub>
struct rest_name_zh {};
template <class Sub>
    requires requires {
        { Sub::parent::name_zh } -> std::convertible_to<std::string_view>;
        { Sub::name_zh } -> std::convertible_to<std::string_view>;
    }
struct rest_name_zh<Sub> {
    static constexpr std::string_view name_zh =
        joined<Sub::parent::name_zh, among_zh, Sub::name_zh, other_than_zh>::value;
};

}  // namespace detail

template <class Sub>
struct rest_of : detail::rest_name_zh<Sub> {
    using parent = typename Sub::parent;
    using complement = Sub;
    static constexpr std::string_view name =
        detail::joined<parent::name, detail::other_than, Sub::name>::value;
};

namespace detail {

template <class Sub>
struct complement_of {
    using type = rest_of<Sub>;
};
template <class Sub>
    requires requires { typename Sub::complement; }
struct complement_of<Sub> {
    using type = typename Sub::complement;
};

}  // namespace detail

// What is left of Sub's parent without Sub: below_designated_size for above_designated_size.
template <class Sub>
using complement_of_t = typename detail::complement_of<Sub>::type;

}  // namespace restoration
