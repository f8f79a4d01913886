// A staff return rate from counts of enterprises instead of headcounts.
// expect: restoration: staff_return_rate takes two whole headcounts in persons
#include <restoration/staff.hpp>

using namespace restoration;

auto staff() {
#ifdef RESTORATION_MISTAKE
    return staff_return_rate(248 * enterprises, 300 * enterprises);
#else
    return staff_return_rate(248'000 * persons, 300'000 * persons);
#endif
}
