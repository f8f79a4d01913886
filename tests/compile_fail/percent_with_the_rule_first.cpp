// The rounding rule before the places.
// expect: restoration: the rounding rule comes after the places
#include <restoration/cohort.hpp>
#include <restoration/format.hpp>

using namespace restoration;

auto printed() {
    const cohort<industrial> all{7'681, 6'480};
#ifdef RESTORATION_MISTAKE
    return percent(all.work_rate(), rounding::half_up, 1);
#else
    return percent(all.work_rate(), 1, rounding::half_up);
#endif
}
