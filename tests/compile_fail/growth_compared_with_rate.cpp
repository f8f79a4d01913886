// A growth rate compared with a restoration rate: -19.6% year on year is no rate of 80.4%.
// expect: restoration: a growth rate is not a restoration rate: they cannot be compared, added or subtracted
#include <restoration/growth.hpp>

using namespace restoration;

bool fell_below_restoration() {
    const growth<year_on_year> g{decline(19.6_percent)};
    const rate<production_restoration> restored{80.4_percent};
#ifdef RESTORATION_MISTAKE
    return g < restored;
#else
    return restoration_of(g) < restored;
#endif
}
