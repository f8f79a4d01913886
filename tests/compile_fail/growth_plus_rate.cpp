// A growth rate added to a restoration rate.
// expect: restoration: a growth rate is not a restoration rate: they cannot be compared, added or subtracted
#include <restoration/growth.hpp>

using namespace restoration;

auto restored_now() {
    const growth<period_on_period> g{7.6_percent};
    const rate<production_restoration> restored{80.4_percent};
#ifdef RESTORATION_MISTAKE
    return g + restored;
#else
    return restoration_of(g) == restored;
#endif
}
