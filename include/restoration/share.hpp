// share.hpp: the part of a whole that meets a condition (占比, 比重), with the whole named.
// Enterprises with their staff back above 90%, as a share of those resumed; the resumed
// enterprises' 2019 output value as a share of the city's (Ningde, 99.1%). A share is a rate of
// a kind of its own: it prints, rounds and is audited as any rate, and it is not a work rate.
//
//   const cohort<above_designated_size> ningde{1'050, 1'010};
//   auto staffed = share_of_resumed(ningde, 640);       // 640 of the 1,010 resumed
//   auto value = share_of_value(3'320e8 * yuan, 3'350e8 * yuan);  // by value, of those in scope
//   check_printed(99.1_percent, value).fits(rounding::half_up);
//   staffed > ningde.work_rate();  // does not compile: a share is not a work rate
#pragma once

#include <concepts>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <boost/units/quantity.hpp>

#include <restoration/cohort.hpp>
#include <restoration/detail/exact.hpp>
#include <restoration/detail/scope.hpp>
#include <restoration/detail/text.hpp>
#include <restoration/rate.hpp>
#include <restoration/units.hpp>

namespace restoration {

// The wholes a share is taken of, and what it counts.
namespace whole {
struct in_scope {
    static constexpr std::string_view name = "those in scope";
};
struct resumed {
    static constexpr std::string_view name = "those resumed";
};
}  // namespace whole

struct by_count {
    static constexpr std::string_view name = "by count";
};
struct by_value {
    static constexpr std::string_view name = "by output value";
};

namespace detail {

inline constexpr std::string_view share_of_text = "share of ";
inline constexpr std::string_view comma_text = ", ";

}  // namespace detail

// The kind of a share of Whole, counted by Measure: "share of those resumed, by count".
// Its part never exceeds its whole, which the rate checks.
template <class Whole, class Measure = by_count>
struct share_of {
    using whole_type = Whole;
    using measure_type = Measure;
    static constexpr bool part_of_whole = true;
    static constexpr bool of_counts = std::same_as<Measure, by_count>;
    static constexpr std::string_view name_zh = "占比";
    static constexpr std::string_view name =
        detail::joined<detail::share_of_text, Whole::name, detail::comma_text,
                       Measure::name>::value;
};

template <class Whole, class Measure = by_count, class Rep = std::int64_t>
using share = rate<share_of<Whole, Measure>, Rep>;

namespace detail {

template <class Count, class Part>
[[noreturn]] [[gnu::cold]] [[gnu::noinline]] void refuse_share(std::string_view whole_name,
                                                              std::string_view scope_name,
                                                              Part part, Count whole) {
    const std::string share = "a share of " + std::string(whole_name) + " of " +
                              std::string(scope_name) + ": ";
    if (whole == 0) {
        throw std::domain_error(share + "the whole is 0, so no share of it is defined");
    }
    if (std::cmp_less(part, 0)) {
        throw std::invalid_argument(share + plain(part) +
                                    " meet the condition, and a count cannot be negative");
    }
    throw std::invalid_argument(share + plain(part) + " meet the condition, but the whole is " +
                                grouped(whole));
}

template <class Whole, class Scope, class Count, class Part>
share<Whole, by_count, Count> share_of_count(Part part, Count whole_count) {
    constexpr bool integer_part = detail::integer_figure<Part>;
    static_assert(integer_part, "restoration: the part of a share of enterprises is a count, an "
                                "integer; not a floating-point number, a bool, a character or a "
                                "quantity");
    if constexpr (integer_part) {
        if (whole_count == 0 || std::cmp_less(part, 0) || std::cmp_greater(part, whole_count)) {
            refuse_share(Whole::name, Scope::name, part, whole_count);
        }
    }
    return {static_cast<Count>(part), whole_count};
}

}  // namespace detail

// The enterprises of a cohort that meet a condition, as a share of those in scope.
template <class Scope, class Count, class Part>
share<whole::in_scope, by_count, Count> share_of_in_scope(const cohort<Scope, Count>& counts,
                                                          Part part) {
    return detail::share_of_count<whole::in_scope, Scope>(part, counts.in_scope());
}

// The enterprises of a cohort that meet a condition, as a share of those of it that resumed.
template <class Scope, class Count, class Part>
share<whole::resumed, by_count, Count> share_of_resumed(const cohort<Scope, Count>& counts,
                                                        Part part) {
    return detail::share_of_count<whole::resumed, Scope>(part, counts.resumed());
}

// The output value of a part (the resumed enterprises) as a share of the whole's (the city's),
// both in yuan and both as written.
template <class Whole = whole::in_scope>
share<Whole, by_value, double> share_of_value(
    boost::units::quantity<yuan_unit, double> part,
    boost::units::quantity<yuan_unit, double> whole_value) {
    return {part.value(), whole_value.value()};
}

}  // namespace restoration
