// A two-day check given a denominator read as a double from a spreadsheet.
// expect: restoration: a consistency check takes whole counts
#include <restoration/consistency.hpp>

using namespace restoration;

auto hebei_with_its_denominator() {
    const two_days days = two_days::by_change({9'909, 75.1_percent}, {431, {32, 1}});
#ifdef RESTORATION_MISTAKE
    return check_two_days(days, 13'190.0);
#else
    return check_two_days(days, 13'190);
#endif
}
