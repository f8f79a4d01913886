// staff.hpp: the staff return rate: staff back at work over the normal headcount, a rate kind
// of its own that never compares with a work rate by count of enterprises.
//
//   staff_return_rate(248'000 * persons, 300'000 * persons)   // 248,000/300,000
#pragma once

#include <concepts>

#include <boost/units/quantity.hpp>

#include <restoration/rate.hpp>
#include <restoration/units.hpp>

namespace restoration {

// Headcounts are whole persons. More back than the normal headcount (new hires after a
// shutdown) is a rate above 100%, kept as it is; negative or zero headcounts are refused.
template <std::signed_integral Rep>
rate<staff_return, Rep> staff_return_rate(boost::units::quantity<person_unit, Rep> returned,
                                          boost::units::quantity<person_unit, Rep> headcount) {
    return {returned.value(), headcount.value()};
}

// Exists only to name the mistake: headcounts of enterprises, vehicle-times or fractional
// persons stop here rather than in a page of Boost.Units.
template <class Returned, class Headcount>
auto staff_return_rate(Returned, Headcount) {
    constexpr bool headcounts = detail::always_false<Returned>;
    static_assert(headcounts, "restoration: staff_return_rate takes two whole headcounts in "
                              "persons of one integer type, such as 248'000 * persons");
}

}  // namespace restoration
