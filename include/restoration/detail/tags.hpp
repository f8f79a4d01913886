// detail/tags.hpp: what role a tag type declares it plays. Scopes, goods, bases of production and
// kinds of rate are all types with a `name`, so a name alone does not tell one from another; what
// else each declares does, and a template of one role refuses a type that declares another
// (rate<above_designated_size>, cohort<face_mask>). A tag that declares nothing more, such as a
// scope of the user's own with no parent, is taken at its word.
#pragma once

namespace restoration::detail {

// A good declares its unit (good.hpp).
template <class T>
inline constexpr bool declares_a_unit = requires { typename T::unit; };

// A basis of production restoration declares the name of its rate (basis.hpp).
template <class T>
inline constexpr bool declares_a_rate_name = requires { T::rate_name; };

// A kind of rate declares what its figures are (rate.hpp, share.hpp, basis.hpp, growth.hpp).
template <class T>
inline constexpr bool declares_a_rate_kind =
    requires { T::part_of_whole; } || requires { T::of_counts; } ||
    requires { T::compares_periods; } || requires { typename T::basis_type; } ||
    requires { typename T::whole_type; };

// A scope declares what it is part of, or the rest of that (scope.hpp); one with no parent among
// the library's own says it is a scope of enterprises.
template <class T>
inline constexpr bool declares_a_scope = requires { typename T::parent; } ||
                                         requires { typename T::complement; } ||
                                         requires { T::of_enterprises; };

}  // namespace restoration::detail
