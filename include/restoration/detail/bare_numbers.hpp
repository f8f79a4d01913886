// detail/bare_numbers.hpp: a rate, a growth, a difference in points, an output or a cohort beside
// a bare number (`r > 0.5`, `r * 100`, `gap > 1.0`, `masks < 2000.0`, `std::accumulate(cohorts,
// 0)`) or beside a printed percent
// (`r < 84.3_percent`) stops the compile with a message that names the mistake, rather than a
// page of the language's built-in candidates. A bare number says neither whether 0.5 is a half
// or half a percent, nor whether 1.0 is one point or a hundred, nor whether 2000.0 is tonnes or
// kilograms; a printed percent is a rounded figure, not the rate it rounds.
#pragma once

#include <compare>
#include <type_traits>

#include <restoration/decimal.hpp>
#include <restoration/detail/exact.hpp>

namespace restoration {
namespace detail {

// What a type of the library's is, for the messages below; each header says so of its own.
enum class figure_kind { none, rate, points, growth, output, cohort };
template <class T>
inline constexpr figure_kind figure_kind_v = figure_kind::none;

template <class Figure, class Other>
concept bare_beside =
    figure_kind_v<Figure> != figure_kind::none &&
    (std::is_arithmetic_v<Other> || std::same_as<Other, printed_percent>);

// Its return type deduced, so that its body, and the message, is instantiated where it is
// called, before anything that uses the result.
template <class Figure, class Other>
constexpr auto refuse_bare_number() {
    constexpr bool bare = always_false<Figure>;
    constexpr figure_kind what = figure_kind_v<Figure>;
    constexpr bool printed = std::same_as<Other, printed_percent>;
    if constexpr (what == figure_kind::cohort) {
        static_assert(bare, "restoration: a cohort beside a bare number: compare or combine "
                            "cohorts, or its counts, .in_scope() and .resumed()");
    } else if constexpr (what == figure_kind::output) {
        static_assert(bare, "restoration: an output beside a bare number or percent (2000.0: "
                            "tonnes or kilograms?): compare it with an output of its good, or "
                            "call .value()");
    } else if constexpr (what == figure_kind::points) {
        static_assert(bare, "restoration: percentage points beside a bare number or percent "
                            "(1.0: one point or a hundred?): compare them with points, or call "
                            ".to_double()");
    } else if constexpr (what == figure_kind::growth && printed) {
        static_assert(bare, "restoration: a printed percent is a rounded figure, not a growth: "
                            "state it as growth<year_on_year>{7.6_percent}, or check it with "
                            "check_printed");
    } else if constexpr (what == figure_kind::growth) {
        static_assert(bare, "restoration: a growth rate beside a bare number (0.05: five percent, "
                            "or a twentieth of one?): compare it with a growth, or call "
                            ".to_double()");
    } else if constexpr (printed) {
        static_assert(bare, "restoration: a printed percent is a rounded figure, not a rate: "
                            "state it as rate<Kind>{84.3_percent}, or check it with check_printed");
    } else {
        static_assert(bare, "restoration: a rate beside a bare number (0.5: a half, or half a "
                            "percent?): compare it with rate<Kind>{50_percent}, or call "
                            ".to_double()");
    }
    return refused_operation{};
}

}  // namespace detail

// The refusals, either way round (comparisons the other way round are rewritten to these).
template <class Figure, class Other>
    requires detail::bare_beside<Figure, Other>
constexpr bool operator==(const Figure&, const Other&) {
    detail::refuse_bare_number<Figure, Other>();
    return false;
}
template <class Figure, class Other>
    requires detail::bare_beside<Figure, Other>
constexpr std::strong_ordering operator<=>(const Figure&, const Other&) {
    detail::refuse_bare_number<Figure, Other>();
    return std::strong_ordering::equal;
}

template <class Figure, class Other>
    requires detail::bare_beside<Figure, Other>
constexpr auto operator+(const Figure&, const Other&) {
    return detail::refuse_bare_number<Figure, Other>();
}
template <class Other, class Figure>
    requires detail::bare_beside<Figure, Other>
constexpr auto operator+(const Other&, const Figure&) {
    return detail::refuse_bare_number<Figure, Other>();
}
template <class Figure, class Other>
    requires detail::bare_beside<Figure, Other>
constexpr auto operator-(const Figure&, const Other&) {
    return detail::refuse_bare_number<Figure, Other>();
}
template <class Other, class Figure>
    requires detail::bare_beside<Figure, Other>
constexpr auto operator-(const Other&, const Figure&) {
    return detail::refuse_bare_number<Figure, Other>();
}
template <class Figure, class Other>
    requires detail::bare_beside<Figure, Other>
constexpr auto operator*(const Figure&, const Other&) {
    return detail::refuse_bare_number<Figure, Other>();
}
template <class Other, class Figure>
    requires detail::bare_beside<Figure, Other>
constexpr auto operator*(const Other&, const Figure&) {
    return detail::refuse_bare_number<Figure, Other>();
}
template <class Figure, class Other>
    requires detail::bare_beside<Figure, Other>
constexpr auto operator/(const Figure&, const Other&) {
    return detail::refuse_bare_number<Figure, Other>();
}
template <class Other, class Figure>
    requires detail::bare_beside<Figure, Other>
constexpr auto operator/(const Other&, const Figure&) {
    return detail::refuse_bare_number<Figure, Other>();
}

}  // namespace restoration
