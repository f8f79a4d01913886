// A two-day check given a denominator of an unsigned type, as a size_t from a container's size.
// expect: restoration: a consistency check takes whole counts \(signed integers
#include <restoration/consistency.hpp>

#include <cstdint>

using namespace restoration;

auto hebei_with_its_denominator() {
    const two_days days = two_days::by_change({9'909, 75.1_percent}, {431, {32, 1}});
#ifdef RESTORATION_MISTAKE
    return check_two_days(days, 13'190ULL);
#else
    return check_two_days(days, std::int64_t{13'190});
#endif
}
