// Stating 12.9 points by hand as doubles into integer points: 0.129 would become 0.
// expect: restoration: a figure would change on its way into the difference's number type
#include <restoration/rate.hpp>

using namespace restoration;

auto gap() {
#ifdef RESTORATION_MISTAKE
    return percentage_points<work_resumption>(0.129, 1.0);
#else
    return percentage_points<work_resumption>(129, 1'000);
#endif
}
