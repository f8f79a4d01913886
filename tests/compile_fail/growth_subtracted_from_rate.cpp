// A growth rate subtracted from a restoration rate, as if both were rates of one kind.
// expect: restoration: a growth rate is not a restoration rate: they cannot be compared, added or subtracted
#include <restoration/growth.hpp>

using namespace restoration;

auto gap() {
    const growth<year_on_year> g{7.6_percent};
    const rate<production_restoration> restored{80.4_percent};
#ifdef RESTORATION_MISTAKE
    return restored - g;
#else
    return restored - restoration_of(g);
#endif
}
