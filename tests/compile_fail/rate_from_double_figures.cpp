// Stating a production rate from two doubles into a rate of whole figures: 0.727 would become 0.
// expect: restoration: a figure would change on its way into the rate's number type
#include <restoration/rate.hpp>

using namespace restoration;

auto production() {
#ifdef RESTORATION_MISTAKE
    return rate<production_restoration>(0.727, 1.0);
#else
    return rate<production_restoration, double>(0.727, 1.0);
#endif
}
